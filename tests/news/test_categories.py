"""The category tree: how it is stored, named and shown."""

from django.core.exceptions import ValidationError

from news.models import ArticlePage, Category
from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory
from tests.utils import SiteTestCase


class CategoryTreeTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.child_abuse = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.grooming = CategoryFactory(
            name="Grooming Gangs", slug="grooming-gangs", parent=cls.child_abuse
        )

    def test_path_and_full_name_follow_the_tree(self):
        self.assertEqual(self.grooming.path, "child-abuse/grooming-gangs")
        self.assertEqual(self.grooming.full_name, "Child Abuse – Grooming Gangs")

    def test_renaming_a_parent_renames_its_descendants(self):
        self.child_abuse.name = "Abuse"
        self.child_abuse.slug = "abuse"
        self.child_abuse.save()
        self.grooming.refresh_from_db()
        self.assertEqual(self.grooming.path, "abuse/grooming-gangs")
        self.assertEqual(self.grooming.full_name, "Abuse – Grooming Gangs")

    def test_moving_a_category_moves_its_subtree(self):
        other = CategoryFactory(name="Exploitation", slug="exploitation")
        leaf = CategoryFactory(name="Online", slug="online", parent=self.grooming)
        self.grooming.parent = other
        self.grooming.full_clean()
        self.grooming.save()
        leaf.refresh_from_db()
        self.assertEqual(leaf.path, "exploitation/grooming-gangs/online")

    def test_a_category_cannot_be_placed_under_its_own_descendant(self):
        self.child_abuse.parent = self.grooming
        with self.assertRaisesMessage(ValidationError, "under itself or its own sub-categories"):
            self.child_abuse.full_clean()

    def test_sibling_slugs_must_differ_but_cousins_may_share(self):
        duplicate = Category(name="Grooming", slug="grooming-gangs", parent=self.child_abuse)
        with self.assertRaisesMessage(ValidationError, "already uses this slug"):
            duplicate.full_clean()
        elsewhere = CategoryFactory(name="Other", slug="other")
        Category(name="Grooming Gangs", slug="grooming-gangs", parent=elsewhere).full_clean()

    def test_a_parent_with_children_cannot_be_deleted(self):
        from django.db.models import ProtectedError

        with self.assertRaises(ProtectedError):
            self.child_abuse.delete()


class CategoryPageTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.child_abuse = CategoryFactory(
            name="Child Abuse", slug="child-abuse", description="Our articles on child abuse."
        )
        cls.grooming = CategoryFactory(
            name="Grooming Gangs", slug="grooming-gangs", parent=cls.child_abuse
        )
        cls.clinical = CategoryFactory(name="Clinical Negligence", slug="clinical-negligence")
        author = PersonPageFactory(parent=cls.tree.people)
        cls.in_parent = ArticlePageFactory(
            parent=cls.tree.news,
            title="Parent article",
            categories=[cls.child_abuse],
            authors=[author],
        )
        cls.in_child = ArticlePageFactory(
            parent=cls.tree.news, title="Child article", categories=[cls.grooming], authors=[author]
        )
        cls.elsewhere = ArticlePageFactory(
            parent=cls.tree.news, title="Other article", categories=[cls.clinical], authors=[author]
        )

    def titles(self, soup):
        return [a.get_text() for a in soup.select(".card__title a")]

    def test_parent_category_lists_its_own_and_its_descendants_articles(self):
        soup = self.fetch_soup("/news/category/child-abuse/")
        self.assertEqual(self.titles(soup), ["Child article", "Parent article"])
        self.assertEqual(soup.h1.get_text(), "Child Abuse")
        self.assertIn("Our articles on child abuse.", soup.select_one(".listing__intro").get_text())
        self.assertEqual(
            [a["href"] for a in soup.select("nav[aria-label='Topics in Child Abuse'] a")],
            ["/news/category/child-abuse/grooming-gangs/"],
        )

    def test_nested_category_page(self):
        soup = self.fetch_soup("/news/category/child-abuse/grooming-gangs/")
        self.assertEqual(self.titles(soup), ["Child article"])
        self.assertEqual(soup.h1.get_text(), "Child Abuse – Grooming Gangs")
        crumbs = [a["href"] for a in soup.select(".breadcrumbs a")]
        self.assertEqual(crumbs, ["/news/", "/news/category/child-abuse/"])

    def test_unknown_or_misplaced_category_is_not_found(self):
        self.fetch_soup("/news/category/nothing-here/", status=404)
        # A real slug at the wrong level is not the same category.
        self.fetch_soup("/news/category/grooming-gangs/", status=404)
        self.fetch_soup("/news/category/child-abuse/nothing/", status=404)

    def test_drafts_are_not_listed(self):
        self.in_child.unpublish()
        soup = self.fetch_soup("/news/category/child-abuse/")
        self.assertEqual(self.titles(soup), ["Parent article"])

    def test_category_pages_paginate(self):
        self.fetch_soup("/news/category/child-abuse/?page=2", status=404)
        self.fetch_soup("/news/category/child-abuse/?page=abc", status=404)

    def test_news_index_offers_the_category_tree(self):
        soup = self.fetch_soup("/news/")
        nav = soup.select_one("nav.category-nav")
        hrefs = [a["href"] for a in nav.select("a")]
        self.assertEqual(
            hrefs,
            [
                "/news/",
                "/news/category/child-abuse/",
                "/news/category/child-abuse/grooming-gangs/",
                "/news/category/clinical-negligence/",
            ],
        )


class SensitiveCategoryTests(SiteTestCase):
    def test_sensitivity_carries_down_the_tree(self):
        parent = CategoryFactory(name="Child Abuse", slug="child-abuse")
        child = CategoryFactory(name="Grooming Gangs", slug="grooming-gangs", parent=parent)
        other = CategoryFactory(name="Firm News", slug="firm-news")
        author = PersonPageFactory(parent=self.tree.people)
        article = ArticlePageFactory(parent=self.tree.news, categories=[child], authors=[author])
        plain = ArticlePageFactory(parent=self.tree.news, categories=[other], authors=[author])
        self.assertFalse(ArticlePage.objects.get(pk=article.pk).is_sensitive)

        parent.is_sensitive = True
        parent.save()
        child.refresh_from_db()
        self.assertTrue(child.treated_as_sensitive)
        self.assertTrue(ArticlePage.objects.get(pk=article.pk).is_sensitive)
        self.assertFalse(ArticlePage.objects.get(pk=plain.pk).is_sensitive)
