"""Which responses a shared cache (Varnish, a CDN) may keep: public pages for
anonymous readers, and nothing with a form, a cookie or a signed-in user."""

from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory, make_user
from tests.utils import SiteTestCase


class SharedCacheTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.category = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.person = PersonPageFactory(parent=cls.tree.people, title="Jane Doe", slug="jane-doe")
        cls.article = ArticlePageFactory(
            parent=cls.tree.news, slug="an-article", categories=[cls.category], authors=[cls.person]
        )

    def assertShared(self, response, url):
        self.assertEqual(response.status_code, 200, url)
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        self.assertIn("public", directives, url)
        self.assertIn("s-maxage=3600", directives, url)
        # Browsers ask again each time: they can't be told when the page changes.
        self.assertIn("max-age=0", directives, url)
        self.assertFalse(response.cookies, url)
        self.assertNotIn("cookie", response.get("Vary", "").lower(), url)

    def assertNotShared(self, response, url):
        cache_control = response.get("Cache-Control", "")
        self.assertNotIn("s-maxage", cache_control, url)
        self.assertNotIn("public", cache_control, url)


class PublicPagesTests(SharedCacheTestCase):
    def test_public_pages_may_be_kept_by_a_shared_cache(self):
        for url in [
            "/",
            "/news/",
            "/news/an-article/",
            "/news/category/child-abuse/",
            f"/news/{self.article.first_published_at.year}/",
            "/news/feed/rss/",
            "/news/category/child-abuse/feed/atom/",
            "/people/",
            "/people/jane-doe/",
            "/news/author/jane-doe/feed/rss/",
            "/complaints/",
            "/search/",
            "/sitemap.xml",
            "/sitemap-pages.xml",
            "/sitemap-categories.xml",
            "/robots.txt",
        ]:
            with self.subTest(url=url):
                self.assertShared(self.client.get(url), url)

    @override_settings(PAGE_CACHE_SECONDS=0)
    def test_zero_seconds_turns_it_off(self):
        self.assertNotShared(self.client.get("/news/"), "/news/")

    def test_a_missing_page_is_not_kept(self):
        response = self.client.get("/news/no-such-article/")
        self.assertEqual(response.status_code, 404)
        self.assertNotShared(response, "404")


class NeverSharedTests(SharedCacheTestCase):
    def test_the_enquiry_form_and_its_routes_are_private(self):
        form = self.client.get("/contact/")
        self.assertIn("csrftoken", form.cookies)
        self.assertNotShared(form, "/contact/")
        self.assertIn("private", form["Cache-Control"])
        self.assertNotShared(self.client.get("/contact/thank-you/"), "thank-you")
        self.assertNotShared(self.client.post("/contact/send/", {}), "send")

    def test_search_results_are_private_and_not_stored(self):
        response = self.client.get("/search/", {"q": "abuse claim"})
        self.assertNotShared(response, "search")
        self.assertIn("no-store", response["Cache-Control"])
        self.assertIn("private", response["Cache-Control"])

    def test_signed_in_users_get_private_pages(self):
        self.client.force_login(make_user("editor", "Editors"))
        for url in ["/", "/news/", "/news/an-article/", "/people/jane-doe/", "/sitemap.xml"]:
            with self.subTest(url=url):
                self.assertNotShared(self.client.get(url), url)

    def test_the_admin_and_previews_are_not_shared(self):
        self.client.force_login(make_user("editor", "Editors"))
        for url in [
            "/admin/",
            f"/admin/pages/{self.article.pk}/edit/",
            f"/admin/pages/{self.article.pk}/edit/preview/",
        ]:
            with self.subTest(url=url):
                self.assertNotShared(self.client.get(url), url)

    def test_a_private_page_is_never_shared_even_once_its_password_is_given(self):
        restriction = PageViewRestriction.objects.create(
            page=self.tree.complaints,
            restriction_type=PageViewRestriction.PASSWORD,
            password="a-shared-password",  # noqa: S106
        )
        form = self.client.get("/complaints/")
        self.assertNotShared(form, "password form")
        self.client.post(
            f"/_util/authenticate_with_password/{restriction.pk}/{self.tree.complaints.pk}/",
            {"password": "a-shared-password", "return_url": "/complaints/"},
        )
        page = self.client.get("/complaints/")
        self.assertEqual(page.status_code, 200)
        self.assertNotShared(page, "private page")

    def test_a_response_that_sets_a_cookie_is_never_shared(self):
        # A reader with a session (after sending an enquiry) gets its cookie
        # renewed on every page; the page must not be kept with that cookie.
        session = self.client.session
        session["contact_enquiry_reference"] = "ENQ-TEST-0001"
        session.save()
        response = self.client.get("/news/")
        self.assertIn("sessionid", response.cookies)
        self.assertNotShared(response, "/news/ setting a cookie")
        self.assertIn("private", response["Cache-Control"])
