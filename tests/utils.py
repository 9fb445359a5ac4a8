"""A base test case with the site's page tree in place."""

from unittest import mock

from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import call_command
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


def run_worker_once():
    """What `manage.py db_worker --backend notifications` does, once through the queue.

    The worker tidies up database connections between tasks; in a test the
    whole test is one transaction on one connection, which must stay open.
    """
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command(
            "db_worker",
            "--backend",
            "notifications",
            "--batch",
            "--no-startup-delay",
            "--interval",
            "0",
            verbosity=0,
        )
