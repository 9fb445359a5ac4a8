"""`/healthz` answers 200 when the database and the cache answer, 503 when either
does not, and never hangs with what it checks."""

import ast
import threading
from pathlib import Path
from unittest import mock

from django.test import TransactionTestCase, override_settings

from firm_site import health

HUNG_CHECK_TIMEOUT = 0.1


class HealthTests(TransactionTestCase):
    """Not wrapped in a transaction: the checks run in threads of their own, with
    connections of their own (SQLite's test database is locked by a transaction)."""

    def setUp(self):
        # Each test its own checker (threads and in-flight checks).
        patcher = mock.patch.object(health, "_checker", health._Checker())
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_healthy(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok", "database": "ok", "cache": "ok"})
        self.assertIn("no-store", response["Cache-Control"])

    @override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    )
    def test_a_cache_that_keeps_nothing_is_unhealthy(self):
        with self.assertLogs("firm_site.health", "WARNING"):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["cache"], "unavailable")
        self.assertEqual(response.json()["database"], "ok")

    def test_a_database_error_is_unhealthy(self):
        def broken():
            raise health.connections["default"].Database.OperationalError("gone")

        with (
            mock.patch.dict(health.CHECKS, {"database": broken}),
            self.assertLogs("firm_site.health", "WARNING"),
        ):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["database"], "unavailable")

    def test_a_hung_database_gives_503_without_piling_up_checks(self):
        release = threading.Event()
        started = []

        def hangs():
            started.append(1)
            release.wait(10)

        self.addCleanup(release.set)
        with (
            mock.patch.dict(health.CHECKS, {"database": hangs}),
            mock.patch.object(health, "CHECK_TIMEOUT", HUNG_CHECK_TIMEOUT),
            self.assertLogs("firm_site.health", "WARNING"),
        ):
            first = self.client.get("/healthz")
            second = self.client.get("/healthz")
            release.set()
        self.assertEqual([first.status_code, second.status_code], [503, 503])
        # The second probe found the first check still stuck and did not start another.
        self.assertEqual(len(started), 1)

    @override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=[r"^healthz$"])
    def test_answers_over_plain_http_behind_production_redirects(self):
        self.assertEqual(self.client.get("/healthz").status_code, 200)

    def test_imports_no_app(self):
        tree = ast.parse(Path(health.__file__).read_text())
        modules = {
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        }
        for module in modules:
            self.assertFalse(
                module.split(".")[0] in {"firm_site", "news", "people", "contact"}, module
            )
