"""
Taking pages out of the shared HTTP cache when what they show changes.

Pages say a shared cache may keep them (`firm_site.base.http_cache`); the receivers
in the wiring (`firm_site.purges`) and in each app (`news.cache`,
`people.cache`) name what to take out again, with Wagtail's frontend cache
(`PurgeBatch` and its backends). Every backend configured here reads a URL
the same way:

- `https://site/news/` is that page *and* every query string of it (a
  listing's `?page=2`), which is what a paginated listing needs;
- `https://site/news/*` is everything below it, which is what a change to an
  article needs (it shows on listings, category pages, archives, feeds and
  other articles' related posts: enumerating them would be thousands of URLs,
  the wildcard is one request).

URLs are worked out while the change is made (a deleted page still has its
address then) and sent once the transaction commits: purging before the new
content is visible would let a reader put the old page straight back.

Wagtail's own receivers (`wagtail.contrib.frontend_cache` in INSTALLED_APPS)
are left out for that reason: they purge before the commit.
"""

import logging
from urllib.error import HTTPError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

import requests
from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.backends import (
    CloudflareBackend,
    CloudfrontBackend,
    HTTPBackend,
)
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Site

logger = logging.getLogger(__name__)

EVERYTHING_BELOW = "*"


def page_urls(page):
    """The page's own addresses (with the extra paths it names in `get_cached_paths`)."""
    url = page.get_full_url()
    if url is None:
        return []
    return [url + path.lstrip("/") for path in page.specific_deferred.get_cached_paths()]


def everything_below(page):
    """The page and every page and route below it."""
    url = page.get_full_url()
    return [url + EVERYTHING_BELOW] if url else []


def everything_below_url_path(url_path):
    """Everything below a page's former address (its `url_path` before a move),
    on the site it was on."""
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            return [f"{root.root_url}/{url_path[len(root.root_path) :]}{EVERYTHING_BELOW}"]
    return []


def site_root_url(page):
    """`https://host` of the page's site, or "" for a page outside every site."""
    parts = page.get_url_parts()
    return parts[1] if parts else ""


def whole_site():
    return [f"{site.root_url}/{EVERYTHING_BELOW}" for site in Site.get_site_root_paths()]


def purge_after_commit(urls):
    """Send the purge once the change is committed (at once outside a transaction)."""
    urls = sorted({url for url in urls if url})
    if not urls or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return

    def purge():
        try:
            PurgeBatch(urls).purge()
        except Exception:
            # The change is saved; a cache that can't be told expires it in
            # PAGE_CACHE_SECONDS. Never turn the editor's publish into an error.
            logger.exception("Could not purge %d URLs from the frontend cache", len(urls))

    transaction.on_commit(purge)


class HTTPPurgeBackend(HTTPBackend):
    """Wagtail's HTTP backend (a `PURGE` request per URL; Varnish here, see
    deploy/varnish/) with a timeout, so a hung cache costs a publish a second,
    not forever. Varnish reads a trailing `*` as "everything below"."""

    def __init__(self, params):
        self.timeout = float(params.pop("TIMEOUT", 2))
        super().__init__(params)

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, ""]),
            headers={"Host": host, "User-Agent": "Wagtail-frontendcache"},
        )
        try:
            urlopen(request, timeout=self.timeout).close()  # noqa: S310 (LOCATION is configured)
        except HTTPError as error:
            logger.error("Couldn't purge %s: HTTP %s", url, error.code)
        except OSError as error:  # URLError and timeouts are OSErrors
            logger.error("Couldn't purge %s: %s", url, getattr(error, "reason", error))


class CloudfrontPurgeBackend(CloudfrontBackend):
    """CloudFront: every path becomes a wildcard, so that `?page=2` goes with
    its listing (CloudFront's own `*` already means "everything below")."""

    def purge_batch(self, urls):
        super().purge_batch(
            [url if url.endswith(EVERYTHING_BELOW) else url + EVERYTHING_BELOW for url in urls]
        )


class CloudflarePurgeBackend(CloudflareBackend):
    """Cloudflare purges exact URLs only (prefixes need an Enterprise plan): a
    wildcard purges the zone's whole cache instead. Paginated listings after
    the first page expire after PAGE_CACHE_SECONDS."""

    def purge_batch(self, urls):
        if any(url.endswith(EVERYTHING_BELOW) for url in urls):
            self._purge_everything()
        else:
            super().purge_batch(urls)

    def _purge_everything(self):
        headers = {"Content-Type": "application/json"}
        if self.cloudflare_token:
            headers["Authorization"] = f"Bearer {self.cloudflare_token}"
        else:
            headers["X-Auth-Email"] = self.cloudflare_email
            headers["X-Auth-Key"] = self.cloudflare_api_key
        try:
            response = requests.post(
                self.cloudflare_purge_endpoint_url,
                json={"purge_everything": True},
                headers=headers,
                timeout=10,
            )
            response.raise_for_status()
        except requests.RequestException:
            logger.exception("Couldn't purge the Cloudflare cache")
