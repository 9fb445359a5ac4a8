"""
Which responses a shared HTTP cache (Varnish, a CDN) may keep, and for how long.

A public page says so with `Cache-Control: public, max-age=0, s-maxage=N`: the
shared cache keeps it for N seconds (or until it is purged on publish, see
`firm_site.base.frontend_cache`), browsers always ask again. Anything else is never
stored in a shared cache: responses that already say how to cache them (the
contact form and its routes mark themselves private), anything for a signed-in
user, and anything that sets a cookie.

Pages opt in through `SharedCacheMixin` (on `BasePage`); other views through
the `shared_cache` decorator. `SharedCacheGuardMiddleware` has the last word on
every response, so that nothing added after the view (a cookie, a session)
can end up in a shared cache.
"""

from functools import wraps

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

# Statuses whose response is the same for every reader of the URL.
SHAREABLE_STATUSES = {200, 301, 404, 410}


def shared_cache_seconds_default():
    return settings.PAGE_CACHE_SECONDS


def mark_shared(response, seconds):
    """Let shared caches keep the response for `seconds`; browsers always revalidate
    (they can't be purged when the page changes)."""
    patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
    response._shared_cache = True
    return response


def mark_private(response):
    """Never store the response in a shared cache, nor in the browser's (what a
    frightened reader searched for should not stay on a shared computer either)."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def may_share(request, response):
    """Whether this response, to this request, may be shared with other readers."""
    user = getattr(request, "user", None)
    return (
        request.method in ("GET", "HEAD")
        and response.status_code in SHAREABLE_STATUSES
        # The view, or Wagtail for a private page, has its own opinion.
        and not response.has_header("Cache-Control")
        and not response.cookies
        and not (user is not None and user.is_authenticated)
    )


class SharedCacheMixin:
    """For page types: served pages may be kept by a shared cache.

    `shared_cache_seconds` is how long (None: PAGE_CACHE_SECONDS); 0 opts the
    page type out. A page type whose content depends on the request in other
    ways overrides `get_shared_cache_seconds`.
    """

    shared_cache_seconds = None

    def get_shared_cache_seconds(self, request):
        if self.shared_cache_seconds is None:
            return shared_cache_seconds_default()
        return self.shared_cache_seconds

    def add_cache_headers(self, request, response):
        """Called for every public serve of the page (see wagtail_hooks.py)."""
        seconds = self.get_shared_cache_seconds(request)
        if seconds and may_share(request, response):
            mark_shared(response, seconds)
        return response


def shared_cache(view):
    """For views that are not pages (sitemap, robots.txt): the same rules as pages."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        seconds = shared_cache_seconds_default()
        if seconds and may_share(request, response):
            mark_shared(response, seconds)
        return response

    return wrapper


class SharedCacheGuardMiddleware:
    """The outermost middleware: a response marked for sharing that has since
    picked up a cookie, or was made for a signed-in user, becomes private.

    It also takes `Cookie` out of `Vary` on shared responses: they were made
    without looking at cookies (the reader was anonymous), and a shared cache
    that honoured it would keep one copy per visitor.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not getattr(response, "_shared_cache", False):
            return response
        user = getattr(request, "user", None)
        if response.cookies or (user is not None and user.is_authenticated):
            del response["Cache-Control"]
            return mark_private(response)
        if response.has_header("Vary"):
            vary = [
                value.strip()
                for value in response["Vary"].split(",")
                if value.strip() and value.strip().lower() != "cookie"
            ]
            if vary:
                response["Vary"] = ", ".join(vary)
            else:
                del response["Vary"]
        return response
