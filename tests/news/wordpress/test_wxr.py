"""Reading the export file into records."""

from datetime import UTC, date, datetime

from django.test import SimpleTestCase

from news.wordpress.wxr import read_export
from tests.news.wordpress.helpers import EXPORT, export_variant


class ReadExportTests(SimpleTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.export = read_export(EXPORT)

    def test_site_authors_and_terms(self):
        self.assertEqual(self.export.title, "Hollins & Brae Solicitors – News")
        self.assertEqual(self.export.base_blog_url, "https://www.hollinsbrae.example")
        self.assertEqual(self.export.authors["seren.l"].name, "Seren Llewellyn-Øvrebø")
        grooming = next(term for term in self.export.categories if term.slug == "grooming-gangs")
        self.assertEqual((grooming.parent, grooming.term_id), ("child-abuse", 4))
        self.assertEqual([tag.slug for tag in self.export.tags], ["limitation", "charity"])

    def test_items(self):
        self.assertEqual(len(self.export.posts), 10)
        self.assertEqual(set(self.export.attachments), {201, 202, 203, 204, 205})
        posts = {item.post_id: item for item in self.export.posts}
        inquiry = posts[102]
        self.assertEqual(inquiry.published_at, datetime(2023, 7, 2, 23, 30, tzinfo=UTC))
        self.assertEqual(inquiry.local_date, date(2023, 7, 3))
        self.assertEqual(inquiry.category_slugs, ["grooming-gangs", "child-abuse"])
        self.assertEqual(inquiry.creator, "tobi")
        self.assertEqual(posts[103].slug, "día-de-campo-charity-walk")
        self.assertTrue(posts[101].sticky)
        self.assertEqual(posts[101].meta["_thumbnail_id"], "202")
        self.assertEqual(posts[101].comment_count, 1)
        self.assertEqual(posts[106].password, "walnut-7")

    def test_a_draft_without_a_utc_date_is_read_in_uk_time(self):
        draft = next(item for item in self.export.posts if item.post_id == 104)
        # "2024-10-01 11:00:00" in London (BST) is 10:00 UTC.
        self.assertEqual(draft.published_at, datetime(2024, 10, 1, 10, 0, tzinfo=UTC))

    def test_titles_lose_tags_and_keep_characters(self):
        path = export_variant(
            self,
            [("<title><![CDATA[About us]]>", "<title><![CDATA[<em>R v Smith</em> &amp; &lt;3]]>")],
        )
        pages = read_export(path).of_type("page")
        self.assertEqual(pages[0].title, "R v Smith & <3")
