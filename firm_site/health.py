"""
`/healthz`: can this app server reach its database and its cache?

200 when both answer, 503 when either does not, always within a second: a
load balancer (or the person running the site) asks it every few seconds, and
a health check that hangs with the thing it checks tells them nothing.

Each check runs in a thread of its own and is given CHECK_TIMEOUT seconds. A
check that hangs (a database that accepts connections and never answers) is
left to finish in the background; until it has, the next probe reports that
part unavailable at once instead of starting another one, so a long outage
costs one thread per check, not one per probe.

Imports no app: it checks what every app stands on.
"""

import logging
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as CheckTimedOut

from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

CHECK_TIMEOUT = 0.8


def check_database():
    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    finally:
        # A fresh connection each time: one kept in this thread would never be
        # checked for having gone stale, as request threads' are.
        connection.close()


def check_cache():
    key = f"healthz:{secrets.token_hex(8)}"
    cache.set(key, "ok", 10)
    try:
        # The site treats a cache that fails as a miss; here a miss is the failure.
        if cache.get(key) != "ok":
            raise RuntimeError("The cache did not keep a value")
    finally:
        cache.delete(key)


CHECKS = {"database": check_database, "cache": check_cache}


class _Checker:
    """One thread and at most one check in flight per part, made after gunicorn forks."""

    def __init__(self):
        self._lock = threading.Lock()
        self._executors = {}
        self._in_flight = {}
        self._last_failed = set()

    def run(self):
        with self._lock:
            futures = {}
            for name, check in CHECKS.items():
                previous = self._in_flight.get(name)
                if previous is not None and not previous.done():
                    futures[name] = None  # still stuck on the last probe
                    continue
                executor = self._executors.get(name)
                if executor is None:
                    executor = self._executors[name] = ThreadPoolExecutor(
                        max_workers=1, thread_name_prefix=f"healthz-{name}"
                    )
                futures[name] = self._in_flight[name] = executor.submit(check)
        results = {name: self._outcome(name, future) for name, future in futures.items()}
        self._log_changes(results)
        return results

    @staticmethod
    def _outcome(name, future):
        if future is None:
            return "unavailable"
        try:
            future.result(timeout=CHECK_TIMEOUT)
        except (CheckTimedOut, Exception):
            return "unavailable"
        return "ok"

    def _log_changes(self, results):
        failed = {name for name, status in results.items() if status != "ok"}
        for name in failed - self._last_failed:
            logger.warning("Health check: the %s is unavailable", name)
        for name in self._last_failed - failed:
            logger.warning("Health check: the %s is available again", name)
        self._last_failed = failed


_checker = _Checker()


def healthz(request):
    results = _checker.run()
    healthy = all(status == "ok" for status in results.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "unavailable", **results}, status=200 if healthy else 503
    )
    add_never_cache_headers(response)
    return response
