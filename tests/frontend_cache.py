"""A frontend cache backend for tests: it records what it was asked to purge."""

from django.test import override_settings
from wagtail.contrib.frontend_cache.backends import BaseBackend


class RecordingBackend(BaseBackend):
    purged = []

    def purge(self, url):
        RecordingBackend.purged.append(url)


def record_purges():
    """override_settings for a test (class) whose purges land in `RecordingBackend.purged`."""
    return override_settings(
        WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.frontend_cache.RecordingBackend"}}
    )


class PurgeAssertions:
    """For a TestCase: `with self.purges() as urls:` collects what the block purged,
    once its transaction (the test's savepoint) would have committed."""

    def setUp(self):
        super().setUp()
        RecordingBackend.purged = []

    def purges(self):
        test = self

        class Collector:
            def __enter__(self):
                RecordingBackend.purged = []
                self.urls = set()
                self._capture = test.captureOnCommitCallbacks(execute=True)
                self._capture.__enter__()
                return self.urls

            def __exit__(self, *exc):
                # Nothing goes before the commit: a reader could put the old page back.
                test.assertEqual(RecordingBackend.purged, [], "purged before the commit")
                result = self._capture.__exit__(*exc)
                self.urls.update(RecordingBackend.purged)
                return result

        return Collector()
