"""`manage.py generate_articles N` fills a database for benchmarks: N published
articles in a sound page tree, with categories and authors, found by search."""

from io import StringIO

from django.core.management import CommandError, call_command
from wagtail.models import Page

from news.models import ArticlePage
from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory
from tests.utils import SiteTestCase


class GenerateArticlesTests(SiteTestCase):
    def test_adds_published_articles_in_a_sound_tree(self):
        parent = CategoryFactory(name="Clinical Negligence", slug="clinical-negligence")
        CategoryFactory(name="Misdiagnosis", slug="misdiagnosis", parent=parent)
        PersonPageFactory(parent=self.tree.people)
        ArticlePageFactory(parent=self.tree.news)  # it goes after existing articles
        call_command("generate_articles", "30", stdout=StringIO())
        articles = ArticlePage.objects.live().order_by("path")
        self.assertEqual(articles.count(), 31)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        generated = articles.exclude(pk=ArticlePage.objects.order_by("pk").first().pk)
        self.assertTrue(all(a.categories.exists() and a.authors.exists() for a in generated))
        article = generated.last()
        self.assertEqual(self.client.get(article.url).status_code, 200)
        self.assertIn(article, ArticlePage.objects.live().search(article.title.split(":")[0]))

    def test_needs_the_demo_content_first(self):
        with self.assertRaises(CommandError):
            call_command("generate_articles", "5", stdout=StringIO())
