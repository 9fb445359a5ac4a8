"""A Redis that hangs costs one timeout per process: after it, the site stops
asking Redis for a while, and pages are served without the cache."""

import os
import unittest

from django.core.cache import cache
from django.test import override_settings
from django_redis.cache import RedisCache

from firm_site.base.cache_breaker import breaker
from tests.hung_server import HungServer
from tests.utils import SiteTestCase

OPTIONS = {
    "IGNORE_EXCEPTIONS": True,
    "SOCKET_CONNECT_TIMEOUT": 0.2,
    "SOCKET_TIMEOUT": 0.2,
    "REDIS_CLIENT_CLASS": "firm_site.base.cache_breaker.CircuitBreakerRedis",
}


def redis_cache_at(port):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{port}/0",
        "OPTIONS": OPTIONS,
    }


class HungRedisTests(SiteTestCase):
    def setUp(self):
        super().setUp()
        self.redis = HungServer()
        self.addCleanup(self.redis.close)
        breaker.reset()
        self.addCleanup(breaker.reset)

    def hung_cache(self):
        return RedisCache(f"redis://127.0.0.1:{self.redis.port}/0", {"OPTIONS": OPTIONS})

    def test_one_timeout_then_no_more_asking(self):
        hung = self.hung_cache()
        with self.assertLogs("firm_site.base.cache_breaker", "WARNING"):
            results = [hung.get(f"key-{n}", "miss") for n in range(20)]
        hung.set("key", "value")
        self.assertEqual(results, ["miss"] * 20)
        # Only the first call reached the server (and waited for it).
        self.assertEqual(self.redis.connections, 1)

    def test_asks_again_after_a_while(self):
        hung = self.hung_cache()
        with self.assertLogs("firm_site.base.cache_breaker", "WARNING"):
            hung.get("key")
        breaker.open_until = 0  # the while has passed
        with self.assertLogs("firm_site.base.cache_breaker", "WARNING"):
            hung.get("key")
        self.assertEqual(self.redis.connections, 2)

    def test_pages_are_served_with_a_hung_cache(self):
        with override_settings(CACHES={"default": redis_cache_at(self.redis.port)}):
            with self.assertLogs("firm_site.base.cache_breaker", "WARNING"):
                for url in ["/", "/news/", "/people/", "/contact/"]:
                    self.assertEqual(self.client.get(url).status_code, 200, url)
        # A dozen cache calls a page, one of them waited.
        self.assertEqual(self.redis.connections, 1)


@unittest.skipUnless(os.environ.get("REDIS_URL"), "needs REDIS_URL")
class TestRedisIsolationTests(SiteTestCase):
    """The suite's own Redis cache (settings/test.py): clearing it leaves other
    test processes' keys alone."""

    def test_clear_removes_this_process_keys_only(self):
        client = cache.client.get_client()
        other_process_key = "firm_site:test1:1:furniture"
        client.set(other_process_key, b"theirs", ex=60)
        self.addCleanup(client.delete, other_process_key)
        cache.set("furniture", "ours")
        cache.clear()
        self.assertIsNone(cache.get("furniture"))
        self.assertEqual(client.get(other_process_key), b"theirs")
