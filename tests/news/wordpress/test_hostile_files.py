"""Exports that are hostile, broken or not exports at all: a clear message, and nothing written."""

import tempfile
import time
from pathlib import Path

from django.core.management.base import CommandError
from django.test import TestCase
from wagtail.images import get_image_model

from news.models import ArticlePage
from tests.factories import PersonPageFactory
from tests.news.wordpress.helpers import EXPORT, export_variant, run_import
from tests.utils import SiteTestCase

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<title>&lol9;</title>
<item><title>&lol9;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>
<wp:status>publish</wp:status></item>
</channel></rss>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<item><title>&secret;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>
<wp:status>publish</wp:status></item>
</channel></rss>
"""

NOT_WORDPRESS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>A podcast</title>
<item><title>Episode 1</title></item></channel></rss>
"""


class HostileExportTests(SiteTestCase):
    def assert_refused(self, text, message):
        path = export_variant(self, text=text)
        started = time.monotonic()
        # Refused before the database is touched at all.
        with self.assertNumQueries(0), self.assertRaisesMessage(CommandError, message):
            run_import(path)
        self.assertLess(time.monotonic() - started, 2)
        self.assertFalse(ArticlePage.objects.exists())

    def test_billion_laughs_is_refused_quickly_with_nothing_written(self):
        self.assert_refused(BILLION_LAUGHS, "it declares a document type or entities")

    def test_external_entity_is_refused(self):
        self.assert_refused(EXTERNAL_ENTITY, "Nothing was imported")

    def test_malformed_xml_says_where(self):
        truncated = EXPORT.read_text(encoding="utf-8")[:20_000]
        self.assert_refused(truncated, "is not well-formed XML (line")

    def test_a_file_that_is_not_a_wordpress_export(self):
        self.assert_refused(NOT_WORDPRESS, "is not a WordPress export")

    def test_missing_export_and_uploads(self):
        with self.assertRaisesMessage(CommandError, "Can't read"):
            run_import(Path("/nonexistent/export.xml"))
        with self.assertRaisesMessage(CommandError, "no such folder"):
            run_import(EXPORT, uploads="/nonexistent/uploads")

    def test_an_item_without_a_post_id(self):
        text = EXPORT.read_text(encoding="utf-8").replace(
            "<wp:post_id>101</wp:post_id>", "<wp:post_id>one</wp:post_id>"
        )
        self.assert_refused(text, "has an item without a post id")


class UploadsFolderTests(SiteTestCase):
    def test_an_attachment_cannot_reach_outside_the_uploads_folder(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        root = Path(folder.name)
        (root / "uploads").mkdir()
        secret = root / "secret.png"
        from PIL import Image

        Image.new("RGB", (20, 20), "red").save(secret)
        hostile = export_variant(
            self,
            [
                (
                    "<wp:meta_value><![CDATA[2023/03/teaser-scales.png]]>",
                    "<wp:meta_value><![CDATA[../secret.png]]>",
                )
            ],
        )
        images = get_image_model().objects.count()
        report, _ = run_import(hostile, uploads=root / "uploads")
        self.assertIn("missing: ../secret.png", report)
        self.assertIsNone(ArticlePage.objects.get(wordpress_id=101).listing_image)
        self.assertEqual(get_image_model().objects.count(), images)

    def test_without_uploads_the_posts_still_import(self):
        report, _ = run_import(uploads=None)
        self.assertIn("no --uploads folder was given", report)
        self.assertTrue(ArticlePage.objects.get(wordpress_id=101).live)


class AuthorMapTests(SiteTestCase):
    def author_map(self, text):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        path = Path(folder.name) / "authors.csv"
        path.write_text(text, encoding="utf-8")
        return str(path)

    def test_the_map_overrides_matching(self):
        partner = PersonPageFactory(parent=self.tree.people, title="Rhiannon Hollins", slug="rh")
        report, _ = run_import(
            author_map=self.author_map("# WordPress login or email, profile slug\nseren.l,rh\n")
        )
        self.assertIn("Seren Llewellyn-Øvrebø -> Rhiannon Hollins (by --author-map)", report)
        self.assertEqual(ArticlePage.objects.get(wordpress_id=103).ordered_authors, [partner])

    def test_an_unknown_profile_stops_the_import_before_anything_is_written(self):
        with self.assertRaisesMessage(CommandError, "names profiles that don't exist: nobody"):
            run_import(author_map=self.author_map("mfairley,nobody\n"))
        self.assertFalse(ArticlePage.objects.exists())

    def test_a_malformed_map_says_which_line(self):
        with self.assertRaisesMessage(CommandError, "line 2: expected"):
            run_import(author_map=self.author_map("mfairley,morven\nonly-one-column\n"))


class NoNewsSectionTests(TestCase):
    def test_a_site_without_news_and_blog_is_told_what_to_do(self):
        with self.assertRaisesMessage(CommandError, "There is no News & Blog page"):
            run_import()
