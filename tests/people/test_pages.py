"""The People listing and profile pages."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone
from freezegun import freeze_time

from tests.factories import ArticlePageFactory, DepartmentFactory, PersonPageFactory
from tests.utils import SiteTestCase


class ExperienceTests(SiteTestCase):
    def person(self, start, qualified=None):
        return PersonPageFactory.build(legal_career_start_year=start, qualified_year=qualified)

    @freeze_time("2026-11-29")
    def test_years_are_counted_from_the_start_year(self):
        self.assertEqual(self.person(2012).years_of_experience, 14)
        self.assertEqual(
            self.person(2012).experience_text, "14 years' experience in the legal sector"
        )
        self.assertEqual(
            self.person(2025).experience_text, "1 year's experience in the legal sector"
        )
        self.assertEqual(
            self.person(2026).experience_text, "Less than a year's experience in the legal sector"
        )

    def test_experience_never_goes_stale(self):
        person = self.person(2012)
        with freeze_time("2030-01-01"):
            self.assertEqual(person.years_of_experience, 18)

    @freeze_time("2026-12-31 23:30:00")
    def test_the_year_is_the_year_in_london(self):
        # 23:30 UTC on 31 December 2026 is still 2026 in London (GMT).
        self.assertEqual(self.person(2016).years_of_experience, 10)

    @freeze_time("2026-11-29")
    def test_impossible_years_are_refused(self):
        with self.assertRaises(ValidationError) as raised:
            self.person(2030).clean()
        self.assertIn("legal_career_start_year", raised.exception.message_dict)
        with self.assertRaises(ValidationError) as raised:
            self.person(2015, qualified=2010).clean()
        self.assertIn("qualified_year", raised.exception.message_dict)


class PeoplePagesTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.abuse = DepartmentFactory(name="Abuse Claims", slug="abuse-claims")
        cls.clinical = DepartmentFactory(name="Clinical Negligence", slug="clinical-negligence")
        cls.jane = PersonPageFactory(
            parent=cls.tree.people,
            title="Jane Doe",
            slug="jane-doe",
            job_title="Associate Solicitor",
            phone="0113 496 0123",
            email="jane@firm.example",
            qualified_year=2016,
            bio="<p>Jane has acted for survivors for many years.</p>",
            departments=[cls.abuse],
        )
        cls.raj = PersonPageFactory(
            parent=cls.tree.people,
            title="Raj Patel",
            slug="raj-patel",
            job_title="Paralegal",
            qualified_year=None,
            departments=[cls.clinical, cls.abuse],
        )
        now = timezone.now()
        cls.articles = [
            ArticlePageFactory(
                parent=cls.tree.news,
                title=f"Jane's article {n:02d}",
                authors=[cls.jane],
                first_published_at=now - timedelta(days=n),
            )
            for n in range(1, 14)
        ]
        ArticlePageFactory(parent=cls.tree.news, title="Raj's article", authors=[cls.raj])

    def test_people_grouped_by_department(self):
        soup = self.fetch_soup("/people/")
        groups = {
            section.h2.get_text(): [a.get_text() for a in section.select(".person-card__name a")]
            for section in soup.select("section.people-group")
        }
        # Raj, in two departments, appears once: under the first of them.
        self.assertEqual(groups, {"Abuse Claims": ["Jane Doe", "Raj Patel"]})
        names = [a.get_text() for a in soup.select(".person-card__name a")]
        self.assertEqual(sorted(names), ["Jane Doe", "Raj Patel"])
        # The filter still lists everyone in the department.
        soup = self.fetch_soup("/people/?department=abuse-claims")
        names = [a.get_text() for a in soup.select(".person-card__name a")]
        self.assertEqual(names, ["Jane Doe", "Raj Patel"])

    def test_filter_by_department(self):
        soup = self.fetch_soup("/people/?department=clinical-negligence")
        names = [a.get_text() for a in soup.select(".person-card__name a")]
        self.assertEqual(names, ["Raj Patel"])
        current = soup.select_one("nav[aria-label=Departments] a[aria-current=page]")
        self.assertEqual(current.get_text(), "Clinical Negligence")

    def test_unknown_department_is_not_found(self):
        self.fetch_soup("/people/?department=nothing", status=404)

    def test_profile(self):
        soup = self.fetch_soup("/people/jane-doe/")
        self.assertEqual(soup.h1.get_text(), "Jane Doe")
        text = soup.select_one(".profile__header").get_text(" ", strip=True)
        self.assertIn("Associate Solicitor", text)
        self.assertIn("Abuse Claims", text)
        self.assertIn("years' experience in the legal sector", text)
        self.assertIn("Qualified as a solicitor in 2016", text)
        hrefs = [a["href"] for a in soup.select(".profile__contact a")]
        self.assertEqual(
            hrefs, ["tel:01134960123", "mailto:jane@firm.example", "/contact/?solicitor=jane-doe"]
        )
        self.assertIn("fill-400x400", soup.select_one(".profile__photo")["src"])
        self.assertIn(
            "acted for survivors for many years", soup.select_one(".profile__bio").get_text()
        )

    def test_unqualified_people_do_not_claim_a_qualification(self):
        soup = self.fetch_soup("/people/raj-patel/")
        self.assertNotIn("Qualified as a solicitor", soup.get_text())

    def test_profile_lists_their_articles_paginated(self):
        soup = self.fetch_soup("/people/jane-doe/")
        titles = [a.get_text() for a in soup.select(".profile__articles .card__title a")]
        self.assertEqual(titles, [f"Jane's article {n:02d}" for n in range(1, 13)])
        soup = self.fetch_soup("/people/jane-doe/?page=2")
        titles = [a.get_text() for a in soup.select(".profile__articles .card__title a")]
        self.assertEqual(titles, ["Jane's article 13"])
        self.fetch_soup("/people/jane-doe/?page=3", status=404)
        self.fetch_soup("/people/jane-doe/?page=x", status=404)

    def test_unpublished_profile_is_not_found(self):
        self.raj.unpublish()
        self.fetch_soup("/people/raj-patel/", status=404)
