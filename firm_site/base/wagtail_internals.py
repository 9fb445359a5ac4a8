"""
Where the site leans on Wagtail's internals to save queries, all in one place.

Each piece says what it relies on and what it saves (query counts on the
demo-like content of tests/news/test_queries.py; timings on this shared machine
were too noisy to tell one query apart). tests/firm_site/test_wagtail_internals.py
fails if a Wagtail upgrade changes what they rely on: check these first after one.
Overrides measured and dropped as not worth it are listed in docs/performance.md.
"""

from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.http.request import split_domain_port
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

# `Page.route_for_request` keeps its result on the request under this name, and
# `wagtail.views.serve` (and everything else that asks for the request's page)
# reads it from there before routing again.
ROUTE_CACHE_ATTRIBUTE = "_wagtail_route_for_request"
# `Site.find_for_request` keeps the request's site under this name, and reads it
# from there before looking it up.
SITE_CACHE_ATTRIBUTE = "_wagtail_site"
# Which site answers which host name and server port, in the cache; cleared
# with the site furniture (any site or page change). ALLOWED_HOSTS may hold a
# wildcard, so only the first few are kept; others are looked up as Wagtail does.
SITES_BY_HOST_CACHE_KEY = "sites-by-host"
SITES_BY_HOST_MAX = 8
SITES_BY_HOST_TIMEOUT = 300


class CachedSiteMiddleware:
    """Gives the request its Wagtail site from the cache.

    Relies on: `Site.find_for_request` returning `request._wagtail_site` when
    set, and `Site._find_for_request` being its lookup. Saves: the site's query
    (with its root page), on every page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not hasattr(request, SITE_CACHE_ATTRIBUTE):
            setattr(request, SITE_CACHE_ATTRIBUTE, cached_site_for(request))
        return self.get_response(request)


def cached_site_for(request):
    host = (split_domain_port(request._get_raw_host())[0], request.get_port())
    sites = cache.get(SITES_BY_HOST_CACHE_KEY) or {}
    if host in sites:
        return sites[host]
    site = Site._find_for_request(request)
    if len(sites) < SITES_BY_HOST_MAX:
        sites[host] = site
        cache.set(SITES_BY_HOST_CACHE_KEY, sites, SITES_BY_HOST_TIMEOUT)
    return site


def serve(request, path):
    """Wagtail's `serve` view, with the route found starting from a root page
    loaded without its own fields when the URL goes below it.

    Relies on: `Page.route_for_request` routing from
    `site.root_page.localized.specific` and caching the result in
    `request._wagtail_route_for_request`. Saves: the root (home) page's own row,
    one query on every page but the home page."""
    if not hasattr(request, ROUTE_CACHE_ATTRIBUTE):
        site = Site.find_for_request(request)
        components = [component for component in path.split("/") if component]
        if site is not None and components:
            try:
                route = site.root_page.localized.specific_deferred.route(request, components)
            except Http404:
                route = None
            setattr(request, ROUTE_CACHE_ATTRIBUTE, route)
    # Imported here: wagtail.views loads the page model, and this module loads with the models.
    from wagtail import views as wagtail_views

    return wagtail_views.serve(request, path)


class RoutingMixin:
    """For the site's page class: routing and view restrictions in fewer queries."""

    def route(self, request, path_components):
        """As `Page.route`, but a page the URL only passes through (`/news/` on
        the way to `/news/<slug>/`) is loaded without its own fields, and the
        child is told its parent.

        Relies on: treebeard's `get_parent()` returning `_cached_parent_obj` when
        set (breadcrumbs and metadata ask for the parent). Saves: 3 queries on an
        article, 3 on a profile, 1 on a category page (the parent's own row, the
        parent again for the breadcrumbs, the child's untyped row). Should the page
        passed through turn out to be the one served (a routable page's
        sub-route), its fields load on use."""
        if not path_components:
            return super().route(request, path_components)
        child_slug, remaining = path_components[0], path_components[1:]
        try:
            child = self.routable_children().get(slug=child_slug)
        except ObjectDoesNotExist as error:
            # A typed queryset raises its own model's DoesNotExist (ArticlePage's is
            # not a Page.DoesNotExist), so catch them all: an unknown slug is a 404,
            # which also lets the redirects middleware send an old slug on.
            raise Http404 from error
        child._cached_parent_obj = self
        if type(child) is Page:
            child = child.specific_deferred if remaining else child.specific
        return child.route(request, remaining)

    def routable_children(self):
        """The pages URLs below this one resolve to. A page whose children are
        all of one type returns them typed, so routing needs no second query."""
        return self.get_children()

    def get_view_restrictions(self):
        """The view restrictions on this page and its ancestors, in one query.

        Relies on: `wagtail.views.serve` (through the `before_serve_page` hook
        `check_view_restrictions`) asking the page for `get_view_restrictions()`.
        Wagtail's version first loads the ancestors to resolve aliases; their
        paths are prefixes of this page's path, so they need no query. An alias
        takes the restrictions of the page it copies (`page__aliases`).
        Saves: 1 query on every page."""
        steplen = self.steplen
        paths = [self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
        ).distinct()


class PrivacyQuerySetMixin:
    """For the site's page querysets: `.public()` without a query of its own."""

    def private_q(self):
        """Pages in a private section, as one correlated subquery.

        Relies on: `PageQuerySet.public()` and `not_public()` filtering on
        `self.private_q()`. Wagtail's own `private_q()` first loads every view
        restriction in a query of its own, on each call; listings, related posts
        and menus call `.public()` on every page. A restriction covers a page when
        the restricted page's path is a prefix of its path. Saves: 1 query on
        every page."""
        covering_restrictions = PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
        return Q(Exists(covering_restrictions))

    def searchable(self):
        """Live pages outside private sections, filtered in a form search backends accept.

        Search backends filter only on indexed fields (`index.FilterField`) and
        refuse the subquery in `private_q()`, so this uses Wagtail's own version
        (path and depth, indexed on every page).
        See https://docs.wagtail.org/en/stable/topics/search/searching.html#filtering
        """
        return self.live().exclude(PageQuerySet.private_q(self))
