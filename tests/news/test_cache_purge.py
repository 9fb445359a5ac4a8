"""What News tells the shared cache: an article, an author or a category change
takes the News & Blog section (listings and their pages, category pages,
archives, feeds, related posts) and the profiles that list the articles."""

from wagtail.models import Page

from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory
from tests.frontend_cache import PurgeAssertions, record_purges
from tests.utils import SiteTestCase

SITE = "http://testserver"
NEWS_SECTION = f"{SITE}/news/*"
PEOPLE_SECTION = f"{SITE}/people/*"


@record_purges()
class ArticlePurgeTests(PurgeAssertions, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.category = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.person = PersonPageFactory(parent=cls.tree.people, title="Jane Doe", slug="jane-doe")
        cls.article = ArticlePageFactory(
            parent=cls.tree.news, slug="an-article", categories=[cls.category], authors=[cls.person]
        )

    def test_publishing_an_article_purges_everything_that_shows_it(self):
        with self.purges() as urls:
            self.article.save_revision().publish()
        self.assertLessEqual(
            {
                f"{SITE}/news/an-article/",
                NEWS_SECTION,  # listings with every ?page=, categories, archives, feeds
                PEOPLE_SECTION,  # its authors' profiles (and their feeds)
                f"{SITE}/",  # the home page's latest articles
                # The sitemap's index, and its files (with every ?p=) that list
                # the article and its year's and month's archives.
                f"{SITE}/sitemap.xml",
                f"{SITE}/sitemap-pages.xml",
                f"{SITE}/sitemap-archives.xml",
            },
            urls,
        )

    def test_unpublishing_or_deleting_an_article_purges_the_same(self):
        with self.purges() as urls:
            self.article.unpublish()
        self.assertLessEqual({f"{SITE}/news/an-article/", NEWS_SECTION, PEOPLE_SECTION}, urls)
        self.article.save_revision().publish()
        with self.purges() as urls:
            Page.objects.get(pk=self.article.pk).delete()
        self.assertLessEqual({f"{SITE}/news/an-article/", NEWS_SECTION, PEOPLE_SECTION}, urls)

    def test_an_author_changing_purges_their_profile_the_people_page_and_the_news(self):
        self.person.job_title = "Partner"
        with self.purges() as urls:
            self.person.save_revision().publish()
        self.assertLessEqual(
            {f"{SITE}/people/jane-doe/*", f"{SITE}/people/", NEWS_SECTION, f"{SITE}/"}, urls
        )

    def test_a_category_changing_purges_the_news_the_profiles_and_the_home_page(self):
        self.category.name = "Abuse"
        with self.purges() as urls:
            self.category.save()
        self.assertLessEqual(
            {NEWS_SECTION, PEOPLE_SECTION, f"{SITE}/", f"{SITE}/sitemap-categories.xml"}, urls
        )
