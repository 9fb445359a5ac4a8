"""Writing, previewing and publishing articles, and managing categories, in the admin."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import ArticlePage, Category
from tests.factories import CategoryFactory, ImageFactory, PersonPageFactory
from tests.utils import SiteTestCase


class ArticleEditorTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = get_user_model().objects.create_superuser(
            "editor", "editor@firm.example", "a-long-test-password"
        )
        cls.child_abuse = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.grooming = CategoryFactory(
            name="Grooming Gangs", slug="grooming-gangs", parent=cls.child_abuse
        )
        cls.jane = PersonPageFactory(parent=cls.tree.people, title="Jane Doe", slug="jane-doe")
        cls.sam = PersonPageFactory(parent=cls.tree.people, title="Sam Roe", slug="sam-roe")
        cls.image = ImageFactory(title="Teaser")

    def setUp(self):
        super().setUp()
        self.client.force_login(self.editor)

    def add_url(self):
        return reverse("wagtailadmin_pages:add", args=["news", "articlepage", self.tree.news.pk])

    def article_data(self, **overrides):
        data = {
            "title": "Grooming gangs: what survivors can do",
            "slug": "grooming-gangs-what-survivors-can-do",
            "excerpt": "A guide to the options open to survivors.",
            "authors": inline_formset([{"person": self.sam.pk}, {"person": self.jane.pk}]),
            "listing_image": self.image.pk,
            "listing_image_alt": "",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Survivors have options.</p>")),
                    ("heading", {"text": "Time limits", "level": "h2"}),
                    (
                        "quote",
                        {"quote": "You will be believed.", "attribution": "", "source": ""},
                    ),
                ]
            ),
        }
        data.update(overrides)
        form_data = nested_form_data(data)
        # A multiple choice is a repeated key, which nested_form_data would number.
        form_data["categories"] = [self.grooming.pk]
        return form_data

    def test_the_add_form_offers_the_category_tree_and_an_author_chooser(self):
        response = self.client.get(self.add_url())
        self.assertEqual(response.status_code, 200)
        soup = self.get_soup(response.content)
        labels = [
            label.get_text(strip=True) for label in soup.select("[name=categories] + *, label")
        ]
        self.assertTrue(any("Child Abuse – Grooming Gangs" in label for label in labels))
        self.assertEqual(len(soup.select("input[name=categories][type=checkbox]")), 2)
        self.assertContains(response, "Authors")

    def test_write_and_publish_an_article(self):
        data = self.article_data()
        data["action-publish"] = "action-publish"
        response = self.client.post(self.add_url(), data)
        self.assertEqual(response.status_code, 302, response.content[:2000])
        article = ArticlePage.objects.get(slug="grooming-gangs-what-survivors-can-do")
        self.assertTrue(article.live)
        self.assertEqual([a.person.title for a in article.authors.all()], ["Sam Roe", "Jane Doe"])
        self.assertEqual(list(article.categories.all()), [self.grooming])

        self.client.logout()
        soup = self.fetch_soup(article.url)
        self.assertEqual(soup.h1.get_text(), "Grooming gangs: what survivors can do")
        self.assertEqual([a.get_text() for a in soup.select(".byline a")], ["Sam Roe", "Jane Doe"])
        self.assertEqual(
            soup.select_one(".published-in a").get_text(), "Child Abuse – Grooming Gangs"
        )
        listed = self.fetch_soup("/news/category/child-abuse/")
        self.assertIn(
            "Grooming gangs: what survivors can do",
            [a.get_text() for a in listed.select(".card__title a")],
        )

    def test_save_a_draft_and_preview_it(self):
        response = self.client.post(self.add_url(), self.article_data())
        self.assertEqual(response.status_code, 302)
        article = ArticlePage.objects.get(slug="grooming-gangs-what-survivors-can-do")
        self.assertFalse(article.live)
        self.client.logout()
        self.fetch_soup(article.url, status=404)

        self.client.force_login(self.editor)
        preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
        edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])
        form = self.client.get(edit_url)
        self.assertEqual(form.status_code, 200)
        data = self.article_data(title="A previewed title")
        response = self.client.post(preview_url, data)
        self.assertEqual(response.json(), {"is_valid": True, "is_available": True})
        response = self.client.get(preview_url)
        self.assertContains(response, "A previewed title")
        self.assertContains(response, "Survivors have options.")

    def test_an_article_needs_an_author(self):
        data = self.article_data(authors=inline_formset([]))
        data["action-publish"] = "action-publish"
        response = self.client.post(self.add_url(), data)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(
            ArticlePage.objects.filter(slug="grooming-gangs-what-survivors-can-do").exists()
        )

    def test_slugs_that_clash_with_news_routes_are_refused(self):
        for slug in ["category", "feed", "2026", "1999"]:
            with self.subTest(slug=slug):
                data = self.article_data(slug=slug)
                data["action-publish"] = "action-publish"
                response = self.client.post(self.add_url(), data)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "is kept for other addresses under News &amp; Blog")
                self.assertFalse(ArticlePage.objects.filter(slug=slug).exists())

    def test_a_year_like_slug_with_more_is_fine(self):
        data = self.article_data(slug="2026-review")
        data["action-publish"] = "action-publish"
        self.assertEqual(self.client.post(self.add_url(), data).status_code, 302)


class CategoryAdminTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = get_user_model().objects.create_superuser(
            "editor", "editor@firm.example", "a-long-test-password"
        )
        cls.child_abuse = CategoryFactory(name="Child Abuse", slug="child-abuse")

    def setUp(self):
        super().setUp()
        self.client.force_login(self.editor)

    def test_add_a_sub_category(self):
        url = reverse("wagtailsnippets_news_category:add")
        response = self.client.post(
            url,
            {
                "name": "Grooming Gangs",
                "slug": "grooming-gangs",
                "parent": self.child_abuse.pk,
                "description": "Organised grooming and exploitation.",
            },
        )
        self.assertEqual(response.status_code, 302)
        category = Category.objects.get(slug="grooming-gangs")
        self.assertEqual(category.full_name, "Child Abuse – Grooming Gangs")
        listing = self.client.get(reverse("wagtailsnippets_news_category:list"))
        self.assertContains(listing, "Child Abuse – Grooming Gangs")

    def test_a_clashing_slug_gets_a_message_not_an_error(self):
        CategoryFactory(name="Grooming Gangs", slug="grooming-gangs", parent=self.child_abuse)
        response = self.client.post(
            reverse("wagtailsnippets_news_category:add"),
            {"name": "Grooming", "slug": "grooming-gangs", "parent": self.child_abuse.pk},
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "already uses this slug")

    def test_deleting_a_category_with_sub_categories_is_refused_cleanly(self):
        CategoryFactory(name="Grooming Gangs", slug="grooming-gangs", parent=self.child_abuse)
        url = reverse("wagtailsnippets_news_category:delete", args=[self.child_abuse.pk])
        response = self.client.post(url)
        self.assertLess(response.status_code, 500)
        self.assertTrue(Category.objects.filter(pk=self.child_abuse.pk).exists())


class NewArticleBylineTests(SiteTestCase):
    """A solicitor's new article starts with their own profile in the byline."""

    def test_the_writers_profile_fills_the_first_author(self):
        user = get_user_model().objects.create_user("writer", password="x")
        person = PersonPageFactory(parent=self.tree.people, user=user)
        form_class = ArticlePage.get_edit_handler().get_form_class()
        form = form_class(instance=ArticlePage(), for_user=user, parent_page=self.tree.news)
        self.assertEqual(
            [f.initial for f in form.formsets["authors"].forms], [{"person": person.pk}]
        )
