"""What `firm_site.base.wagtail_internals` relies on in Wagtail (and treebeard).

If one of these fails after an upgrade, the saving it pins is gone or, worse, the
override no longer does what Wagtail does: read the module's comments and adapt
or drop the piece.
"""

from unittest import mock

from django.db import connection
from django.db.models import Q
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from firm_site.base import wagtail_internals
from firm_site.base.query import SitePageQuerySet
from news.models import ArticlePage
from tests.factories import ArticlePageFactory
from tests.utils import SiteTestCase


class ServeTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.article = ArticlePageFactory(parent=cls.tree.news, title="Routed")

    def test_pages_are_served_by_the_wrapper(self):
        self.assertIs(resolve(self.article.url).func, wagtail_internals.serve)

    def test_wagtail_reads_the_route_it_keeps_on_the_request(self):
        request = RequestFactory().get("/news/")
        route = object()
        setattr(request, wagtail_internals.ROUTE_CACHE_ATTRIBUTE, route)
        with self.assertNumQueries(0):
            self.assertIs(Page.route_for_request(request, "/news/"), route)

    def test_the_wrapper_routes_as_wagtail_does(self):
        for path in [self.article.url, "/news/", "/people/", "/news/no-such-article/", "/"]:
            with self.subTest(path=path):
                ours = RequestFactory().get(path)
                theirs = RequestFactory().get(path)
                expected = Page.route_for_request(theirs, path)
                # The wrapper keeps the route where Wagtail's serve reads it; serving
                # is mocked out, so only routing is compared.
                with mock.patch("wagtail.views.serve") as serve:
                    wagtail_internals.serve(ours, path)
                serve.assert_called_once_with(ours, path)
                found = Page.route_for_request(ours, path)
                if expected is None:
                    self.assertIsNone(found)
                else:
                    self.assertEqual(found[0], expected[0])
                    self.assertIs(type(found[0]), type(expected[0]))
                    # A routable page's route names its view method, bound to the page.
                    self.assertEqual(repr(found[1:]), repr(expected[1:]))

    def test_the_wrapper_saves_the_home_pages_own_row(self):
        path = self.article.url
        with CaptureQueriesContext(connection) as ours, mock.patch("wagtail.views.serve"):
            wagtail_internals.serve(RequestFactory().get(path), path)
        with CaptureQueriesContext(connection) as theirs:
            Page.route_for_request(RequestFactory().get(path), path)
        self.assertEqual(len(ours), len(theirs) - 1)


class CachedSiteTests(SiteTestCase):
    """The request's site from the cache (`CachedSiteMiddleware`)."""

    def request(self, host):
        return RequestFactory().get("/", HTTP_HOST=host)

    def test_wagtail_reads_the_site_kept_on_the_request(self):
        request = self.request("testserver")
        site = object()
        setattr(request, wagtail_internals.SITE_CACHE_ATTRIBUTE, site)
        with self.assertNumQueries(0):
            self.assertIs(Site.find_for_request(request), site)

    def test_the_same_site_as_wagtails_lookup_then_no_query(self):
        other_home = Page.get_first_root_node().add_child(title="Other", slug="other")
        Site.objects.create(hostname="other.example", port=80, root_page=other_home)
        for host in ["testserver", "other.example", "unknown.example"]:
            with self.subTest(host=host):
                expected = Site._find_for_request(self.request(host))
                self.assertEqual(wagtail_internals.cached_site_for(self.request(host)), expected)
                with self.assertNumQueries(0):
                    found = wagtail_internals.cached_site_for(self.request(host))
                self.assertEqual(found, expected)
                self.assertEqual(found.root_page.pk, expected.root_page.pk)

    def test_a_changed_site_is_looked_up_again(self):
        wagtail_internals.cached_site_for(self.request("testserver"))
        self.tree.site.site_name = "Renamed"
        self.tree.site.save()
        self.assertEqual(
            wagtail_internals.cached_site_for(self.request("testserver")).site_name, "Renamed"
        )

    def test_only_the_first_few_hosts_are_kept(self):
        # Past the limit, hosts are looked up each time, and still found right.
        for n in range(wagtail_internals.SITES_BY_HOST_MAX):
            wagtail_internals.cached_site_for(self.request(f"alias{n}.example"))
        for _ in range(2):
            with self.assertNumQueries(1):
                site = wagtail_internals.cached_site_for(self.request("one-more.example"))
            self.assertEqual(site, self.tree.site)  # the default site

    def test_pages_are_served_with_it(self):
        self.client.get("/")
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get("/").status_code, 200)
        self.assertFalse(any("wagtailcore_site" in query["sql"] for query in queries))


class RoutingTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.article = ArticlePageFactory(parent=cls.tree.news)

    def test_treebeard_returns_the_parent_it_was_given(self):
        article = ArticlePage.objects.get(pk=self.article.pk)
        parent = object()
        article._cached_parent_obj = parent
        with self.assertNumQueries(0):
            self.assertIs(article.get_parent(), parent)

    def test_routing_hands_the_article_its_parent(self):
        request = RequestFactory().get(self.article.url)
        page, _, _ = Page.route_for_request(request, self.article.url)
        with self.assertNumQueries(0):
            self.assertEqual(page.get_parent().pk, self.tree.news.pk)

    def test_serving_checks_restrictions_through_the_page(self):
        # Wagtail's `check_view_restrictions` hook asks the page (so our one-query
        # version is what guards private pages).
        with mock.patch.object(
            ArticlePage, "get_view_restrictions", return_value=PageViewRestriction.objects.none()
        ) as restrictions:
            self.assertEqual(self.client.get(self.article.url).status_code, 200)
        restrictions.assert_called()

    def test_restrictions_match_wagtails(self):
        PageViewRestriction.objects.create(
            page=self.tree.news, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        article = ArticlePage.objects.get(pk=self.article.pk)
        self.assertEqual(
            set(article.get_view_restrictions()), set(Page.get_view_restrictions(article))
        )
        self.assertEqual(self.client.get(self.article.url).status_code, 200)
        self.assertContains(self.client.get(self.article.url), 'type="password"')


class PrivacyQuerySetTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.public = ArticlePageFactory(parent=cls.tree.news)
        PageViewRestriction.objects.create(
            page=cls.tree.people, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )

    def test_public_filters_on_private_q(self):
        queryset = SitePageQuerySet(Page)
        with mock.patch.object(
            SitePageQuerySet, "private_q", return_value=Q(pk=self.public.pk)
        ) as q:
            self.assertNotIn(self.public.pk, queryset.public().values_list("pk", flat=True))
        q.assert_called()

    def test_public_pages_match_wagtails(self):
        ours = set(SitePageQuerySet(Page).public().values_list("pk", flat=True))
        theirs = set(PageQuerySet(Page).public().values_list("pk", flat=True))
        self.assertEqual(ours, theirs)
        self.assertNotIn(self.tree.people.pk, ours)
        self.assertIn(self.public.pk, ours)

    def test_public_costs_no_query_of_its_own(self):
        with self.assertNumQueries(0):
            SitePageQuerySet(Page).public()
        with self.assertNumQueries(1):
            PageQuerySet(Page).public()
