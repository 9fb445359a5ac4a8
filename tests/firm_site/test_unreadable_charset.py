"""A body in a character set other than UTF-8 gets a 400 page, never a 500 (issue 9)."""

from django.test import Client, RequestFactory

from firm_site.views import csrf_failure
from tests.utils import SiteTestCase

URLS = ["/contact/send/", "/admin/login/", "/search/", "/", "/news/"]


class UnreadableCharsetTests(SiteTestCase):
    def test_latin_1_and_utf_16_bodies_get_the_400_page_with_the_sites_headers(self):
        client = Client(enforce_csrf_checks=True, raise_request_exception=False)
        client.get("/contact/")
        token = client.cookies["csrftoken"].value
        for url in URLS:
            for charset in ["latin-1", "utf-16", "ISO-8859-1", '"windows-1252"']:
                for body in [f"csrfmiddlewaretoken={token}&name=caf%E9", "name=caf%E9"]:
                    with self.subTest(url=url, charset=charset, with_token=body[:4] == "csrf"):
                        response = client.post(
                            url,
                            body,
                            content_type=f"application/x-www-form-urlencoded; charset={charset}",
                        )
                        self.assertEqual(response.status_code, 400)
                        self.assertContains(
                            response, "we could not read what was sent", status_code=400
                        )
                        # The site's layout and its security headers.
                        self.assertContains(response, 'class="site-header"', status_code=400)
                        self.assertIn("Content-Security-Policy", response)
                        self.assertEqual(response["X-Content-Type-Options"], "nosniff")

    def test_utf_8_declared_either_way_is_read(self):
        for charset in ["utf-8", "UTF-8", "utf8"]:
            with self.subTest(charset=charset):
                response = self.client.post(
                    "/search/",
                    "q=caf%C3%A9",
                    content_type=f"application/x-www-form-urlencoded; charset={charset}",
                )
                self.assertNotEqual(response.status_code, 400)

    def test_the_csrf_failure_page_handles_it_too(self):
        request = RequestFactory().post(
            "/contact/send/",
            "name=caf%E9",
            content_type="application/x-www-form-urlencoded; charset=latin-1",
        )
        request.site = self.tree.site
        response = csrf_failure(request)
        self.assertEqual(response.status_code, 400)
