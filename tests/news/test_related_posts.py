"""Which articles appear under "Related posts": the article's own area, newest
first, never a sensitive article below one that is not, and fewer rather than
filled up from elsewhere."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory
from tests.utils import SiteTestCase


class RelatedPostsTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # Child Abuse (sensitive) › Grooming Gangs, › Historic Abuse
        cls.child_abuse = CategoryFactory(name="Child Abuse", slug="child-abuse", is_sensitive=True)
        cls.grooming = CategoryFactory(
            name="Grooming Gangs", slug="grooming-gangs", parent=cls.child_abuse
        )
        cls.historic = CategoryFactory(
            name="Historic Abuse", slug="historic-abuse", parent=cls.child_abuse
        )
        # Clinical Negligence › Misdiagnosis › Cancer; Clinical Negligence › Birth Injury
        cls.clinical = CategoryFactory(name="Clinical Negligence", slug="clinical-negligence")
        cls.misdiagnosis = CategoryFactory(
            name="Misdiagnosis", slug="misdiagnosis", parent=cls.clinical
        )
        cls.cancer = CategoryFactory(name="Cancer", slug="cancer", parent=cls.misdiagnosis)
        cls.birth = CategoryFactory(name="Birth Injury", slug="birth-injury", parent=cls.clinical)
        cls.conveyancing = CategoryFactory(name="Conveyancing", slug="conveyancing")
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

    def test_same_category_newest_first(self):
        subject = self.article("Subject", [self.misdiagnosis], 10)
        self.article("Shared older", [self.misdiagnosis], 30)
        self.article("Shared newer", [self.misdiagnosis], 20)
        self.assertEqual(self.related_titles(subject), ["Shared newer", "Shared older"])

    def test_the_parent_and_the_categories_below_are_the_same_area(self):
        subject = self.article("Subject", [self.misdiagnosis], 10)
        self.article("In the parent", [self.clinical], 40)
        self.article("In a sub-category", [self.cancer], 50)
        self.assertEqual(self.related_titles(subject), ["In the parent", "In a sub-category"])

    def test_fewer_cards_rather_than_articles_from_elsewhere(self):
        subject = self.article("Subject", [self.misdiagnosis], 10)
        self.article("Only neighbour", [self.misdiagnosis], 20)
        # Newer, but in another area: a sibling's sub-tree, another top-level category.
        self.article("Sibling category", [self.birth], 1)
        self.article("Elsewhere", [self.conveyancing], 2)
        self.assertEqual(self.related_titles(subject), ["Only neighbour"])

    def test_an_article_without_categories_has_none_and_no_section(self):
        subject = self.article("Subject", [], 10)
        self.article("Latest", [self.conveyancing], 1)
        self.assertEqual(self.related_titles(subject), [])
        soup = self.fetch_soup(subject.url)
        self.assertIsNone(soup.select_one(".related"))

    def test_never_a_sensitive_article_on_one_that_is_not(self):
        # A category below a sensitive one is sensitive too; so is an article
        # filed in a sensitive category as well as an ordinary one.
        general = CategoryFactory(name="Abuse Law", slug="abuse-law")
        subject = self.article("Subject", [general], 10)
        self.article("Ordinary", [general], 30)
        self.article("Also sensitive", [general, self.grooming], 1)
        self.article("Sensitive sub-category", [general, self.child_abuse], 2)
        self.assertEqual(self.related_titles(subject), ["Ordinary"])

    def test_a_sensitive_article_shows_its_own_area(self):
        subject = self.article("Subject", [self.grooming], 10)
        self.article("Same sensitive category", [self.grooming], 20)
        self.article("Sensitive parent", [self.child_abuse], 30)
        self.article("Sibling", [self.historic], 1)
        self.assertEqual(
            self.related_titles(subject), ["Same sensitive category", "Sensitive parent"]
        )

    def test_never_itself_a_draft_a_private_or_a_future_article(self):
        subject = self.article("Subject", [self.grooming], 10)
        self.article("Draft", [self.grooming], 1, live=False)
        private = self.article("Private", [self.grooming], 2)
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        # Scheduled: not live until its go-live time.
        self.article(
            "Scheduled",
            [self.grooming],
            3,
            live=False,
            go_live_at=self.now + timedelta(days=2),
        )
        self.article("Visible", [self.grooming], 40)
        self.assertEqual(self.related_titles(subject), ["Visible"])

    def test_each_once_at_most_three_and_shown_on_the_page(self):
        subject = self.article("Subject", [self.misdiagnosis, self.cancer], 10)
        # In two of the subject's categories: still one card.
        self.article("Shared 1", [self.misdiagnosis, self.cancer], 1)
        for day in range(2, 6):
            self.article(f"Shared {day}", [self.misdiagnosis], day)
        soup = self.fetch_soup(subject.url)
        related = [a.get_text() for a in soup.select(".related .card__title a")]
        self.assertEqual(related, ["Shared 1", "Shared 2", "Shared 3"])
