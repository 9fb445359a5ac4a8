"""
The old site's addresses, kept working with Wagtail's redirects
(`wagtail.contrib.redirects`), all permanent (301) so search engines move
their ranking to the new page.

A post's address is its `<link>` and the shapes WordPress answers whatever
its permalink setting: `/?p=ID`, `/YYYY/MM/DD/slug/`, `/YYYY/MM/slug/`,
`/slug/`, `/archives/ID/` and `/parent-category/child-category/slug/`.
Category, author and date archives and the feeds move too.

Wagtail's middleware only looks for a redirect when a page is not found, and
`/?p=12` is the home page with a query string, so those addresses are
answered by `wordpress_query_redirect` (a `before_serve_page` hook).
"""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

# WordPress's "plain" addresses: a post, a page, a category.
QUERY_KEYS = ("p", "page_id", "cat")
NUMBER = re.compile(r"[0-9]{1,19}")
OLD_PATH_MAX = Redirect._meta.get_field("old_path").max_length


@dataclass(frozen=True)
class Target:
    page: object
    route: str = ""  # a routable page's sub-route, e.g. "/category/child-abuse/"


def normalise(path):
    return Redirect.normalise_path(path)


def path_and_query(url):
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return ""
    if not parts.path and not parts.query:
        return ""
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def blog_prefix(base_blog_url):
    """ "/blog" when WordPress lived below the domain, else ""."""
    try:
        return urlsplit(base_blog_url or "").path.rstrip("/")
    except ValueError:
        return ""


def post_paths(item, *, prefix="", category_path=""):
    """Every address the old site answered for a post."""
    paths = []
    link = path_and_query(item.link)
    if link:
        paths.append(link)
    paths.append(f"{prefix}/?p={item.post_id}")
    paths.append(f"{prefix}/archives/{item.post_id}/")
    if item.slug and item.local_date:
        day = item.local_date
        paths += [
            f"{prefix}/{day:%Y/%m/%d}/{item.slug}/",
            f"{prefix}/{day:%Y/%m}/{item.slug}/",
            f"{prefix}/{item.slug}/",
        ]
        if category_path:
            paths.append(f"{prefix}/{category_path}/{item.slug}/")
    return paths


def save_redirects(wanted, site):
    """Create the redirects in `wanted` ({normalised old path: Target}) that aren't
    there yet. A path already redirected elsewhere (an editor's redirect) is kept.

    Returns (created, already there, kept pointing elsewhere, too long).
    """
    created, same, elsewhere, too_long = [], [], [], []
    paths = list(wanted)
    existing = {}
    for start in range(0, len(paths), 500):
        for redirect in Redirect.get_for_site(site).filter(old_path__in=paths[start : start + 500]):
            # A redirect for this site wins over one for every site, as in the middleware.
            if redirect.old_path not in existing or redirect.site_id:
                existing[redirect.old_path] = redirect
    new = []
    for path, target in wanted.items():
        if len(path) > OLD_PATH_MAX:
            too_long.append(path)
            continue
        redirect = existing.get(path)
        if redirect is None:
            new.append(
                Redirect(
                    old_path=path,
                    site=site,
                    redirect_page=target.page,
                    redirect_page_route_path=target.route,
                    is_permanent=True,
                )
            )
            created.append(path)
        elif redirect.redirect_page_id == target.page.pk and (
            redirect.redirect_page_route_path or ""
        ) == (target.route or ""):
            same.append(path)
        else:
            elsewhere.append(path)
    Redirect.objects.bulk_create(new, batch_size=500)
    return created, same, elsewhere, too_long


def wordpress_query_redirect(request):
    """A permanent redirect for `/?p=12` (and `?page_id=`, `?cat=`) when the
    import left one, else None. One query, only for such requests."""
    if request.method not in ("GET", "HEAD"):
        return None
    for key in QUERY_KEYS:
        value = request.GET.get(key, "")
        if NUMBER.fullmatch(value):
            break
    else:
        return None
    old_path = normalise(f"{request.path}?{key}={value}")
    site = Site.find_for_request(request)
    redirects = sorted(
        Redirect.get_for_site(site).filter(old_path=old_path).select_related("redirect_page"),
        key=lambda redirect: redirect.site_id is None,
    )
    if not redirects or redirects[0].link is None:
        return None
    response_class = (
        HttpResponsePermanentRedirect if redirects[0].is_permanent else HttpResponseRedirect
    )
    return response_class(redirects[0].link)
