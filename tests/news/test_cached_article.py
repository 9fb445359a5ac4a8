"""An article's metadata and content are kept in the cache for views that miss
the shared HTTP cache (firm_site/templatetags/cache_tags.py): readers must still
see every change on their next view, previews must show the draft and never be
kept, and nothing of one reader's view may reach another's."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from firm_site.base.furniture import OTHER_ORIGINS_KEPT
from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory, make_user
from tests.news.test_queries import ARTICLE_PAGE_CACHED_QUERIES
from tests.utils import SiteTestCase


class CachedArticleTests(SiteTestCase):
    def setUp(self):
        super().setUp()
        self.category = CategoryFactory(name="Care Homes", slug="care-homes")
        self.author = PersonPageFactory(parent=self.tree.people, job_title="Associate Solicitor")
        self.article = ArticlePageFactory(
            parent=self.tree.news,
            title="Visiting rights in care homes",
            slug="visiting-rights",
            categories=[self.category],
            authors=[self.author],
        )
        self.url = self.article.url
        self.view()  # now in the cache

    def view(self, **kwargs):
        return self.fetch_soup(self.url, **kwargs)

    def related_titles(self):
        return [link.get_text(strip=True) for link in self.view().select(".related h3 a")]

    def queries_of_a_view(self, **kwargs):
        with CaptureQueriesContext(connection) as context:
            self.assertEqual(self.client.get(self.url, **kwargs).status_code, 200)
        return len(context.captured_queries)

    def test_a_second_view_is_the_same_page_without_fetching_it_again(self):
        first = self.client.get(self.url).content
        with CaptureQueriesContext(connection) as context:
            second = self.client.get(self.url).content
        self.assertEqual(first, second)
        self.assertEqual(len(context.captured_queries), ARTICLE_PAGE_CACHED_QUERIES)

    def test_a_newly_published_related_article_shows_on_the_next_view(self):
        self.assertEqual(self.related_titles(), [])
        ArticlePageFactory(
            parent=self.tree.news, title="Care home fees explained", categories=[self.category]
        )
        self.assertEqual(self.related_titles(), ["Care home fees explained"])

    def test_an_unpublished_or_private_related_article_goes_on_the_next_view(self):
        related = ArticlePageFactory(
            parent=self.tree.news, title="Care home fees explained", categories=[self.category]
        )
        other = ArticlePageFactory(
            parent=self.tree.news, title="Choosing a care home", categories=[self.category]
        )
        self.assertEqual(set(self.related_titles()), {related.title, other.title})
        related.unpublish()
        self.assertEqual(self.related_titles(), [other.title])
        PageViewRestriction.objects.create(page=other, restriction_type=PageViewRestriction.LOGIN)
        self.assertEqual(self.related_titles(), [])

    def test_a_renamed_category_shows_on_the_next_view(self):
        self.category.name = "Residential Care"
        self.category.save()
        published_in = self.view().select_one(".published-in").get_text()
        self.assertIn("Residential Care", published_in)
        self.assertNotIn("Care Homes", published_in)

    def test_a_republished_profile_shows_on_the_next_view(self):
        self.author.job_title = "Partner"
        self.author.save_revision().publish()
        card = self.view().select_one(".author-card__role").get_text(strip=True)
        self.assertEqual(card, "Partner")

    def test_the_republished_article_shows_on_the_next_view(self):
        self.article.title = "Visiting rights in care homes: an update"
        self.article.save_revision().publish()
        soup = self.view()
        self.assertEqual(soup.h1.get_text(strip=True), "Visiting rights in care homes: an update")
        self.assertIn("an update", soup.title.get_text())

    def test_addresses_follow_the_scheme_and_host_asked_for(self):
        soup = self.view(HTTP_HOST="localhost", secure=True)
        self.assertEqual(
            soup.select_one('link[rel="canonical"]')["href"],
            "https://localhost/news/visiting-rights/",
        )
        self.assertIn(
            "https%3A%2F%2Flocalhost%2Fnews%2Fvisiting-rights%2F",
            soup.select_one("section.share a")["href"],
        )
        self.assertEqual(
            self.view().select_one('link[rel="canonical"]')["href"],
            "http://testserver/news/visiting-rights/",
        )

    def test_kept_for_a_few_addresses_not_for_every_port_a_client_names(self):
        # Any port passes ALLOWED_HOSTS; a copy per port would push rate limits out of the cache.
        hosts = [f"localhost:{port}" for port in range(8001, 8001 + OTHER_ORIGINS_KEPT + 2)]
        for host in hosts:
            self.view(HTTP_HOST=host)
        kept, not_kept = hosts[0], hosts[-1]
        self.assertEqual(self.queries_of_a_view(HTTP_HOST=kept), ARTICLE_PAGE_CACHED_QUERIES)
        self.assertGreater(self.queries_of_a_view(HTTP_HOST=not_kept), ARTICLE_PAGE_CACHED_QUERIES)
        self.assertEqual(
            self.view(HTTP_HOST=not_kept).select_one('link[rel="canonical"]')["href"],
            "http://localhost:8005/news/visiting-rights/",
        )
        # The site's own address is always kept.
        self.assertEqual(self.queries_of_a_view(), ARTICLE_PAGE_CACHED_QUERIES)

    def test_a_draft_shows_in_its_preview_and_never_to_readers(self):
        self.client.force_login(make_user("editor", "Editors"))
        self.article.title = "A draft title"
        self.article.save_revision()
        draft = self.fetch_soup(f"/admin/pages/{self.article.pk}/view_draft/")
        self.assertEqual(draft.h1.get_text(strip=True), "A draft title")
        self.client.logout()
        self.assertEqual(self.view().h1.get_text(strip=True), "Visiting rights in care homes")

    def test_a_signed_in_editors_view_is_not_what_readers_get(self):
        cache_filled_by_reader = self.client.get(self.url).content
        self.client.force_login(make_user("editor", "Editors"))
        self.client.get(self.url)
        self.client.logout()
        self.assertEqual(self.client.get(self.url).content, cache_filled_by_reader)
        self.assertNotIn(b"wagtail-userbar", cache_filled_by_reader)

    def test_drafts_being_written_leave_the_cache_alone(self):
        # Autosave saves a draft every few seconds while an author types.
        other = ArticlePageFactory(parent=self.tree.news, title="Another article")
        self.view()
        other.title = "Another article, being rewritten"
        other.save_revision()
        ArticlePageFactory(
            parent=self.tree.news, title="A new draft", live=False, listing_image=None
        )
        self.assertEqual(self.queries_of_a_view(), ARTICLE_PAGE_CACHED_QUERIES)

    def test_a_view_made_before_a_change_was_committed_is_not_kept_after_it(self):
        # In production a view between a change and its commit reads the content as
        # it was; what it cached must not be served once the change is committed.
        with self.captureOnCommitCallbacks() as committed:
            self.category.name = "Residential Care"
            self.category.save()
        self.view()  # between the change and its commit
        self.assertEqual(self.queries_of_a_view(), ARTICLE_PAGE_CACHED_QUERIES)
        for callback in committed:
            callback()
        self.assertGreater(self.queries_of_a_view(), ARTICLE_PAGE_CACHED_QUERIES)
