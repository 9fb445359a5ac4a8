"""A base test case with the site's page tree in place."""

from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import TestCase

from tests.factories import build_site_tree


class SiteTestCase(TestCase):
    """Builds the page tree once per class; starts each test with an empty cache
    (the site furniture is cached, and ids repeat between tests)."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()

    def setUp(self):
        cache.clear()

    @staticmethod
    def get_soup(markup):
        return BeautifulSoup(markup, "html.parser")

    def fetch_soup(self, url, status=200, **kwargs):
        response = self.client.get(url, **kwargs)
        self.assertEqual(response.status_code, status, f"{url} gave {response.status_code}")
        return BeautifulSoup(response.content, "html.parser")
