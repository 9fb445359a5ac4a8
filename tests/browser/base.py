"""
Tests in a real browser: Debian's Chromium driven by Playwright against the
site served on loopback by Django's live server.

Without Chromium these tests are skipped with a message saying how to install
it, unless REQUIRE_BROWSER_TESTS is set (as `.ci/run` does), when its absence
is a failure.
"""

import os
import re
import shutil
import tempfile
import unittest
from io import StringIO
from pathlib import Path

from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from django.test import override_settings, tag

from tests.factories import USER_PASSWORD, build_site_tree

SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def chromium_path():
    return (
        os.environ.get("CHROMIUM_PATH")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )


MEDIA_ROOT = tempfile.mkdtemp(prefix="browser-test-media-")


@tag("browser")
@override_settings(
    ROOT_URLCONF="tests.browser.urls",
    MEDIA_ROOT=MEDIA_ROOT,
    STORAGES={
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    },
    # People in browsers are quick; the minimum time is tested elsewhere.
    ENQUIRY_MIN_SECONDS_TO_SUBMIT=0,
)
class BrowserTestCase(StaticLiveServerTestCase):
    """A live server with the site's page tree, and a headless Chromium."""

    # Restore what migrations create (Wagtail's root page, the groups) between tests.
    serialized_rollback = True
    # The small page tree of tests.factories; a test class can load the demo content instead.
    build_tree = True

    @classmethod
    def setUpClass(cls):
        path = chromium_path()
        if not path:
            message = (
                "Chromium is not installed, so the browser tests cannot run. "
                "Install it with: sudo apt-get install -y chromium"
            )
            if os.environ.get("REQUIRE_BROWSER_TESTS"):
                raise RuntimeError(message)
            raise unittest.SkipTest(message)
        cls.chromium = path
        # Playwright's sync API keeps an event loop in this thread; the ORM
        # calls the tests make between browser steps are still synchronous.
        os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        super().setUpClass()

    def setUp(self):
        super().setUp()
        cache.clear()
        if self.build_tree:
            self.tree = build_site_tree()
            # The live server answers as localhost, not testserver.
            self.tree.site.hostname = "localhost"
            self.tree.site.port = self.server_thread.port
            self.tree.site.save()
        # A browser per test: Playwright's event loop must not be running while
        # Django resets the database between tests.
        from playwright.sync_api import sync_playwright

        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(
            executable_path=self.chromium,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        self.context = self.browser.new_context(viewport=DESKTOP, locale="en-GB")
        self.context.add_init_script(
            "document.addEventListener('w-unsaved:watch-edits',"
            " () => { window.editorWatchesForEdits = true; });"
        )
        self.page = self.context.new_page()

    def tearDown(self):
        self.context.close()
        self.browser.close()
        # Queries made while Playwright's loop was in charge opened connections of
        # their own; close them, or PostgreSQL can't drop the test database.
        connections.close_all()
        self.playwright.stop()
        connections.close_all()
        super().tearDown()

    def sign_in(self, username, password=USER_PASSWORD):
        """Sign in to the admin (with the password `make_user` gives, unless told)."""
        self.visit("/admin/login/")
        self.page.get_by_label("Username").fill(username)
        self.page.get_by_label("Password").fill(password)
        self.page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
        self.page.wait_for_load_state()

    def wait_until_the_editor_watches_for_edits(self):
        """Wagtail's editor notes the form as it stands two seconds after the page
        loads, and only what changes after that counts as an edit (and is
        autosaved). A person takes longer than that to start typing; a test must
        wait for it, or what it types becomes the starting point."""
        self.page.wait_for_function("() => window.editorWatchesForEdits === true")

    def url(self, path):
        return f"{self.live_server_url}{path}"

    def visit(self, path):
        response = self.page.goto(self.url(path))
        return response

    def screenshot(self, name):
        """Save the page at phone and desktop widths for people to look at, when
        asked to (`make screenshots`): two full-page pictures of every page type
        took longer than all the checks made on them."""
        if not os.environ.get("SCREENSHOTS"):
            return
        SCREENSHOT_DIR.mkdir(exist_ok=True)
        for label, viewport in [("390", PHONE), ("1280", DESKTOP)]:
            self.page.set_viewport_size(viewport)
            # Scroll through the page so lazily loaded images are in the picture.
            self.page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            self.page.wait_for_load_state("networkidle")
            self.page.evaluate("window.scrollTo(0, 0)")
            self.page.screenshot(path=SCREENSHOT_DIR / f"{name}-{label}.png", full_page=True)
        self.page.set_viewport_size(DESKTOP)

    def assert_accessible(self, name=""):
        """No axe-core violations of the WCAG 2.2 A and AA rules."""
        from axe_playwright_python.sync_playwright import Axe

        results = Axe().run(self.page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        violations = results.response["violations"]
        report = "\n".join(
            f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}x) "
            f"{[node['target'] for node in violation['nodes'][:3]]}"
            for violation in violations
        )
        self.assertEqual(
            violations, [], f"Accessibility violations on {name or self.page.url}:\n{report}"
        )


class DemoSiteTestCase(BrowserTestCase):
    """Tests that only read the demo content (as `make run` shows it) share one load
    of it per class: loading it takes longer than most browser tests. A test that
    changes something puts it back (addCleanup)."""

    build_tree = False
    demo_loaded = False

    @classmethod
    def setUpClass(cls):
        cls.demo_loaded = False
        super().setUpClass()

    @classmethod
    def _fixture_setup(cls):
        # The first test of the class restores what migrations made (serialized_rollback)...
        if not cls.demo_loaded:
            super()._fixture_setup()

    def setUp(self):
        super().setUp()
        # ... and loads the demo content; the rest of the class reads it.
        if not type(self).demo_loaded:
            call_command("load_demo_content", "--no-admin", stdout=StringIO())
            type(self).demo_loaded = True

    def _fixture_teardown(self):
        # The database is emptied once, after the class's last test (tearDownClass).
        pass

    @classmethod
    def tearDownClass(cls):
        try:
            super(DemoSiteTestCase, cls())._fixture_teardown()
        finally:
            connections.close_all()
            super().tearDownClass()
