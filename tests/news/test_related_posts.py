"""Which articles appear under "Related posts"."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory
from tests.utils import SiteTestCase


class RelatedPostsTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.child_abuse = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.grooming = CategoryFactory(
            name="Grooming Gangs", slug="grooming-gangs", parent=cls.child_abuse
        )
        cls.clinical = CategoryFactory(name="Clinical Negligence", slug="clinical-negligence")
        cls.author = PersonPageFactory(parent=cls.tree.people)
        cls.now = timezone.now()

    def article(self, title, categories, days_ago, **kwargs):
        return ArticlePageFactory(
            parent=self.tree.news,
            title=title,
            categories=categories,
            authors=[self.author],
            first_published_at=self.now - timedelta(days=days_ago),
            **kwargs,
        )

    def related_titles(self, article):
        return [a.title for a in article.specific.related_articles()]

    def test_articles_sharing_a_category_come_first_newest_first(self):
        subject = self.article("Subject", [self.child_abuse], 10)
        self.article("Unrelated newest", [self.clinical], 1)
        self.article("Shared older", [self.child_abuse], 30)
        self.article("Shared newer", [self.child_abuse], 20)
        self.assertEqual(
            self.related_titles(subject), ["Shared newer", "Shared older", "Unrelated newest"]
        )

    def test_articles_in_a_descendant_category_count_as_shared(self):
        subject = self.article("Subject", [self.child_abuse], 10)
        self.article("In child category", [self.grooming], 50)
        self.article("Unrelated 1", [self.clinical], 1)
        self.article("Unrelated 2", [self.clinical], 2)
        self.article("Unrelated 3", [self.clinical], 3)
        self.assertEqual(
            self.related_titles(subject), ["In child category", "Unrelated 1", "Unrelated 2"]
        )

    def test_never_itself_a_draft_a_private_or_a_future_article(self):
        subject = self.article("Subject", [self.child_abuse], 10)
        self.article("Draft", [self.child_abuse], 1, live=False)
        private = self.article("Private", [self.child_abuse], 2)
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        # Scheduled: not live until its go-live time.
        self.article(
            "Scheduled",
            [self.child_abuse],
            3,
            live=False,
            go_live_at=self.now + timedelta(days=2),
        )
        self.article("Visible", [self.child_abuse], 40)
        self.assertEqual(self.related_titles(subject), ["Visible"])

    def test_at_most_three_and_shown_on_the_page(self):
        subject = self.article("Subject", [self.grooming], 10)
        for day in range(1, 6):
            self.article(f"Shared {day}", [self.grooming], day)
        soup = self.fetch_soup(subject.url)
        related = [a.get_text() for a in soup.select(".related .card__title a")]
        self.assertEqual(related, ["Shared 1", "Shared 2", "Shared 3"])

    def test_articles_without_categories_get_the_latest(self):
        subject = self.article("Subject", [], 10)
        self.article("Latest", [self.clinical], 1)
        self.assertEqual(self.related_titles(subject), ["Latest"])
