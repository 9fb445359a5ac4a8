"""The shared cache is told what changed, once the change is committed: the page
itself, the home page and sitemap, and the whole site when the menu, the
footer or the firm's details change. (What an article, an author or a
category takes with it: tests/news/test_cache_purge.py.)"""

import http.server
import socket
import threading
from unittest import mock

from django.test import SimpleTestCase
from wagtail.actions.move_page import MovePageAction

from firm_site.base.frontend_cache import CloudflarePurgeBackend, HTTPPurgeBackend
from firm_site.models import StandardPage
from tests.factories import ImageFactory
from tests.frontend_cache import PurgeAssertions, record_purges
from tests.utils import SiteTestCase

SITE = "http://testserver"


@record_purges()
class WiringPurgeTests(PurgeAssertions, SiteTestCase):
    def test_publishing_a_page_purges_it_the_home_page_and_the_sitemap(self):
        about = StandardPage(title="Our history", slug="history")
        self.tree.complaints.add_child(instance=about)
        with self.purges() as urls:
            about.save_revision().publish()
        self.assertLessEqual(
            {
                f"{SITE}/complaints/history/",
                f"{SITE}/",
                f"{SITE}/sitemap.xml",
                f"{SITE}/sitemap-pages.xml",
            },
            urls,
        )
        self.assertNotIn(f"{SITE}/*", urls)

    def test_a_page_in_the_menu_or_the_footer_purges_the_whole_site(self):
        for page in [self.tree.people, self.tree.complaints]:
            with self.subTest(page=page.title), self.purges() as urls:
                page.save_revision().publish()
            self.assertIn(f"{SITE}/*", urls)

    def test_a_nested_page_the_footer_links_purges_the_whole_site(self):
        statement = StandardPage(title="Accessibility statement", slug="accessibility")
        self.tree.complaints.add_child(instance=statement)
        statement.save_revision().publish()
        with self.purges() as urls:
            statement.save_revision().publish()
        self.assertNotIn(f"{SITE}/*", urls)
        self.tree.firm.accessibility_page = statement
        self.tree.firm.save()
        with self.purges() as urls:
            statement.save_revision().publish()
        self.assertIn(f"{SITE}/*", urls)

    def test_unpublishing_and_deleting_purge_the_page(self):
        about = StandardPage(title="Our history", slug="history")
        self.tree.complaints.add_child(instance=about)
        about.save_revision().publish()
        with self.purges() as urls:
            about.unpublish()
        self.assertIn(f"{SITE}/complaints/history/", urls)
        about.save_revision().publish()
        with self.purges() as urls:
            about.delete()
        self.assertIn(f"{SITE}/complaints/history/", urls)

    def test_moving_a_page_purges_its_old_and_new_addresses(self):
        about = StandardPage(title="Our history", slug="history")
        self.tree.complaints.add_child(instance=about)
        about.save_revision().publish()
        with self.purges() as urls:
            MovePageAction(about, self.tree.privacy, pos="last-child").execute()
        self.assertLessEqual(
            {f"{SITE}/complaints/history/*", f"{SITE}/privacy-notice/history/*"}, urls
        )

    def test_a_new_slug_purges_the_old_address(self):
        about = StandardPage(title="Our history", slug="history")
        self.tree.complaints.add_child(instance=about)
        about.save_revision().publish()
        about.slug = "our-history"
        with self.purges() as urls:
            about.save_revision().publish()
        self.assertIn(f"{SITE}/complaints/history/*", urls)

    def test_the_firms_details_purge_the_whole_site(self):
        self.tree.firm.phone = "0113 496 0001"
        with self.purges() as urls:
            self.tree.firm.save()
        self.assertEqual(urls, {f"{SITE}/*"})

    def test_an_edited_image_purges_the_whole_site_but_recording_its_hash_does_not(self):
        image = ImageFactory()
        with self.purges() as urls:
            image.save(update_fields=["file_hash"])
        self.assertEqual(urls, set())
        image.focal_point_x = 10
        with self.purges() as urls:
            image.save()
        self.assertEqual(urls, {f"{SITE}/*"})

    def test_nothing_is_purged_without_a_cache(self):
        with self.settings(WAGTAILFRONTENDCACHE={}), self.purges() as urls:
            self.tree.firm.save()
        self.assertEqual(urls, set())


class PurgeRequestHandler(http.server.BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        PurgeRequestHandler.received.append((self.path, self.headers["Host"]))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class HTTPPurgeBackendTests(SimpleTestCase):
    def test_sends_a_purge_request_per_url_with_the_sites_host(self):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRequestHandler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.addCleanup(server.server_close)
        self.addCleanup(server.shutdown)
        PurgeRequestHandler.received = []
        backend = HTTPPurgeBackend({"LOCATION": f"http://127.0.0.1:{server.server_port}"})
        backend.purge_batch(["https://news.example.com/news/*", "https://news.example.com/"])
        self.assertEqual(
            PurgeRequestHandler.received,
            [("/news/*", "news.example.com"), ("/", "news.example.com")],
        )

    def test_a_cache_that_never_answers_is_given_up_on(self):
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        self.addCleanup(listener.close)
        port = listener.getsockname()[1]
        backend = HTTPPurgeBackend({"LOCATION": f"http://127.0.0.1:{port}", "TIMEOUT": 0.2})
        with self.assertLogs("firm_site.base.frontend_cache", "ERROR") as logs:
            backend.purge("https://news.example.com/")
        self.assertIn("Couldn't purge https://news.example.com/", logs.output[0])


class CloudflarePurgeBackendTests(SimpleTestCase):
    def backend(self):
        return CloudflarePurgeBackend({"ZONEID": "zone", "BEARER_TOKEN": "token"})

    def test_a_wildcard_purges_everything(self):
        with mock.patch("firm_site.base.frontend_cache.requests.post") as post:
            self.backend().purge_batch(["https://news.example.com/news/*"])
        self.assertEqual(post.call_args.kwargs["json"], {"purge_everything": True})

    def test_exact_urls_are_purged_as_they_are(self):
        with mock.patch("wagtail.contrib.frontend_cache.backends.cloudflare.requests.post") as post:
            post.return_value.json.return_value = {"success": True}
            self.backend().purge_batch(["https://news.example.com/"])
        self.assertEqual(post.call_args.kwargs["json"], {"files": ["https://news.example.com/"]})
