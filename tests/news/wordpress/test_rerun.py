"""Running the import again, on the same or a newer export, and dry runs."""

from unittest import mock

from django.core.files.storage import default_storage
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from news.models import ArticlePage, Category
from people.models import PersonPage
from tests.news.wordpress.helpers import (
    IMPORTED,
    ImportTestCase,
    export_variant,
    run_import,
)
from tests.utils import SiteTestCase


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "redirects": Redirect.objects.count(),
        "categories": Category.objects.count(),
        "people": PersonPage.objects.count(),
    }


def stored_files():
    try:
        return set(default_storage.listdir("original_images")[1])
    except FileNotFoundError:
        return set()


class RunAgainTests(ImportTestCase):
    def test_a_second_run_changes_nothing(self):
        before = counts()
        report, _ = run_import()
        self.assertEqual(counts(), before)
        self.assertIn("created: 0 ", report)
        self.assertIn("updated: 0", report)
        self.assertIn(f"unchanged: {len(IMPORTED)}", report)
        self.assertIn("Redirects: 0 created", report)
        self.assertIn("Images: 0 imported", report)

    def test_edits_made_here_survive_a_second_run_of_the_same_export(self):
        article = self.article(101)
        article.title = "Time limits for abuse claims, explained"
        article.save_revision().publish()
        run_import()
        self.assertEqual(self.article(101).title, "Time limits for abuse claims, explained")

    def test_a_newer_export_adds_and_updates_only_what_changed(self):
        newer = export_variant(
            self,
            [
                # Post 102 was edited in WordPress...
                (
                    "Grooming gangs: the inquiry&#8217;s findings explained",
                    "Grooming gangs: the inquiry&#8217;s final report explained",
                ),
                (
                    "<wp:post_modified_gmt><![CDATA[2023-07-02 23:30:00]]>",
                    "<wp:post_modified_gmt><![CDATA[2024-02-01 10:00:00]]>",
                ),
                # ...the draft 104 was published...
                (
                    "<wp:post_name><![CDATA[]]></wp:post_name>\n\t\t<wp:status><![CDATA[draft]]>",
                    "<wp:post_name><![CDATA[fixed-costs]]></wp:post_name>\n\t\t"
                    "<wp:status><![CDATA[publish]]>",
                ),
                (
                    "<wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]>",
                    "<wp:post_date_gmt><![CDATA[2024-10-01 10:00:00]]>",
                ),
                # ...and a new post was written.
                (
                    "\t<item>\n\t\t<title><![CDATA[About us]]>",
                    NEW_POST + "\t<item>\n\t\t<title><![CDATA[About us]]>",
                ),
            ],
        )
        unchanged = self.article(101)
        revisions_of_unchanged = unchanged.revisions.count()
        edited_pk = self.article(102).pk

        report, _ = run_import(newer)

        self.assertIn("created: 1 (1 published, 0 drafts, 0 scheduled)", report)
        self.assertIn("updated: 2", report)
        self.assertIn(f"unchanged: {len(IMPORTED) - 2}", report)
        edited = self.article(102)
        self.assertEqual(edited.pk, edited_pk)
        self.assertEqual(edited.title, "Grooming gangs: the inquiry’s final report explained")
        self.assertEqual(edited.slug, "grooming-inquiry-findings")
        self.assertTrue(edited.live)
        self.assertEqual(edited.last_published_at.isoformat(), "2024-02-01T10:00:00+00:00")
        self.assertEqual(self.article(101).revisions.count(), revisions_of_unchanged)
        published_draft = self.article(104)
        self.assertTrue(published_draft.live)
        self.assertEqual(self.client.get("/?p=104")["Location"], published_draft.url)
        new = self.article(111)
        self.assertTrue(new.live)
        self.assertEqual(
            self.client.get("/2024/12/02/new-year-opening-hours/")["Location"], new.url
        )
        self.assertEqual(ArticlePage.objects.filter(wordpress_id=102).count(), 1)

    def test_a_post_gone_private_later_is_left_as_it_is_here(self):
        private = export_variant(
            self,
            [
                (
                    "<wp:post_name><![CDATA[cerebral-palsy-questions]]></wp:post_name>\n\t\t"
                    "<wp:status><![CDATA[publish]]>",
                    "<wp:post_name><![CDATA[cerebral-palsy-questions]]></wp:post_name>\n\t\t"
                    "<wp:status><![CDATA[private]]>",
                )
            ],
        )
        report, _ = run_import(private)
        self.assertTrue(self.article(108).live)
        self.assertIn("left as they are here, though now skipped in WordPress: 1", report)


NEW_POST = """\t<item>
\t\t<title><![CDATA[New year opening hours]]></title>
\t\t<link>https://www.hollinsbrae.example/2024/12/02/new-year-opening-hours/</link>
\t\t<dc:creator><![CDATA[mfairley]]></dc:creator>
\t\t<content:encoded><![CDATA[We close at noon on Christmas Eve, open again on 2 January.]]>
\t\t</content:encoded>
\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>
\t\t<wp:post_id>111</wp:post_id>
\t\t<wp:post_date><![CDATA[2024-12-02 09:00:00]]></wp:post_date>
\t\t<wp:post_date_gmt><![CDATA[2024-12-02 09:00:00]]></wp:post_date_gmt>
\t\t<wp:post_name><![CDATA[new-year-opening-hours]]></wp:post_name>
\t\t<wp:status><![CDATA[publish]]></wp:status>
\t\t<wp:post_type><![CDATA[post]]></wp:post_type>
\t\t<wp:post_password><![CDATA[]]></wp:post_password>
\t\t<category domain="category" nicename="firm-news"><![CDATA[Firm News &amp; Events]]></category>
\t</item>

"""


class DryRunTests(SiteTestCase):
    def test_dry_run_reports_the_import_and_writes_nothing(self):
        before, files_before = counts(), stored_files()
        report, _ = run_import(dry_run=True)
        self.assertEqual(counts(), before)
        self.assertEqual(stored_files(), files_before)
        self.assertIn("DRY RUN: nothing was written", report)
        # The same figures as the real import reports.
        self.assertIn("created: 7 (4 published, 2 drafts, 1 scheduled)", report)
        self.assertIn("Images: 3 imported", report)
        self.assertIn("Authors: 0 matched to profiles, 3 draft profiles created", report)

    def test_publish_as_draft_publishes_nothing_but_keeps_dates_and_redirects(self):
        report, _ = run_import(publish_as_draft=True)
        self.assertFalse(ArticlePage.objects.filter(live=True).exists())
        self.assertIn("created: 7 (0 published, 7 drafts, 0 scheduled)", report)
        article = ArticlePage.objects.get(wordpress_id=101)
        self.assertEqual(article.first_published_at.isoformat(), "2023-03-14T09:30:00+00:00")
        # Once an editor publishes it, the old address leads to it.
        article.save_revision().publish()
        self.assertEqual(self.client.get("/?p=101")["Location"], article.url)

    def test_tags_as_categories(self):
        report, _ = run_import(tags_as_categories=True)
        self.assertIn("Tags: 2 in the export, imported as top-level categories", report)
        limitation = Category.objects.get(path="limitation")
        self.assertIn(limitation, ArticlePage.objects.get(wordpress_id=101).categories.all())
        self.assertEqual(
            self.client.get("/tag/limitation/")["Location"], "/news/category/limitation/"
        )


class FailureTests(SiteTestCase):
    def test_a_failure_part_way_keeps_nothing_not_even_image_files(self):
        before, files_before = counts(), stored_files()
        with (
            mock.patch(
                "news.wordpress.importer.save_redirects", side_effect=RuntimeError("disk full")
            ),
            self.assertRaisesMessage(RuntimeError, "disk full"),
        ):
            run_import()
        self.assertEqual(counts(), before)
        self.assertEqual(stored_files(), files_before)
