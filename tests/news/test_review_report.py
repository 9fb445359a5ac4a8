"""Reports › Legal review due: live articles whose review is too old, or missing."""

from datetime import date

from bs4 import BeautifulSoup
from django.test import SimpleTestCase, override_settings
from django.urls import reverse
from freezegun import freeze_time

from firm_site.base.roles import EDITORS, SOLICITORS
from news.views import months_before
from tests.factories import ArticlePageFactory, make_user
from tests.utils import SiteTestCase


class MonthsBeforeTests(SimpleTestCase):
    def test_calendar_months(self):
        self.assertEqual(months_before(date(2026, 11, 29), 12), date(2025, 11, 29))
        self.assertEqual(months_before(date(2026, 3, 31), 1), date(2026, 2, 28))
        self.assertEqual(months_before(date(2026, 1, 15), 1), date(2025, 12, 15))
        self.assertEqual(months_before(date(2026, 5, 1), 0), date(2026, 5, 1))


@freeze_time("2026-06-15 12:00")
class LegalReviewDueReportTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = make_user("editor", EDITORS)
        cls.solicitor = make_user("solicitor", SOLICITORS)

        def article(title, reviewed_at, **kwargs):
            return ArticlePageFactory(
                parent=cls.tree.news,
                title=title,
                reviewed_by_name="Rhian Viewer" if reviewed_at else "",
                reviewed_at=reviewed_at,
                **kwargs,
            )

        article("Reviewed last month", date(2026, 5, 10))
        article("Reviewed 13 months ago", date(2025, 5, 10))
        article("Never reviewed", None)
        article("Old draft", date(2020, 1, 1), live=False)

    def titles(self, response):
        self.assertEqual(response.status_code, 200)
        page = BeautifulSoup(response.content, "html.parser")
        return [link.get_text(strip=True) for link in page.select("td.title a")]

    def test_lists_old_and_missing_reviews_oldest_first(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("legal_review_due"))
        self.assertEqual(self.titles(response), ["Never reviewed", "Reviewed 13 months ago"])
        self.assertContains(response, "more than 12 months ago")

    @override_settings(LEGAL_REVIEW_MAX_AGE_MONTHS=24)
    def test_the_age_is_a_setting(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("legal_review_due"))
        self.assertEqual(self.titles(response), ["Never reviewed"])

    def test_exports_as_csv(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("legal_review_due") + "?export=csv")
        self.assertEqual(response.status_code, 200)
        content = b"".join(response.streaming_content).decode()
        self.assertIn("Reviewed 13 months ago", content)
        self.assertIn("2025-05-10", content)

    def test_the_menu_shows_it_to_publishers_only(self):
        self.client.force_login(self.editor)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), "Legal review due")
        self.client.force_login(self.solicitor)
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), "Legal review due")
