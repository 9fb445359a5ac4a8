"""Go-live and expiry dates: a scheduled article is nowhere until its time, then
appears once `publish_scheduled` runs. The clock is moved, never slept on."""

from datetime import timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from firm_site.base.roles import EDITORS
from news.models import ArticlePage
from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory, make_user
from tests.utils import SiteTestCase

TITLE = "Limitation periods explained"


def admin_datetime(value):
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M")


class SchedulingTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = make_user("editor", EDITORS)
        cls.category = CategoryFactory(name="Personal Injury", slug="personal-injury")
        cls.author = PersonPageFactory(parent=cls.tree.people, title="Ann Author", slug="ann")
        cls.neighbour = ArticlePageFactory(
            parent=cls.tree.news, categories=[cls.category], authors=[cls.author]
        )

    def publish(self, **dates):
        self.client.force_login(self.editor)
        data = nested_form_data(
            {
                "title": TITLE,
                "slug": "limitation-periods",
                "excerpt": "Three years, usually.",
                "authors": inline_formset([{"person": self.author.pk}]),
                "listing_image": "",
                "listing_image_alt": "",
                "body": streamfield([("paragraph", rich_text("<p>Time limits.</p>"))]),
                **{name: admin_datetime(value) for name, value in dates.items()},
            }
        )
        data["categories"] = [self.category.pk]
        data["action-publish"] = "Publish"
        url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", self.tree.news.pk])
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        self.client.logout()
        return ArticlePage.objects.get(slug="limitation-periods")

    def places_listing_it(self):
        """Every public page that lists articles, and whether it shows this one."""
        urls = [
            "/",
            "/news/",
            f"/news/category/{self.category.path}/",
            self.neighbour.url,  # related posts
            self.author.url,  # the author's articles
        ]
        return {url: TITLE in self.client.get(url).content.decode() for url in urls}

    def test_a_scheduled_article_appears_only_after_its_time(self):
        go_live = timezone.now() + timedelta(days=2)
        article = self.publish(go_live_at=go_live)
        self.assertFalse(article.live)
        self.assertIsNotNone(article.scheduled_revision)
        self.assertFalse(any(self.places_listing_it().values()), self.places_listing_it())
        self.fetch_soup("/news/limitation-periods/", status=404)

        with freeze_time(go_live - timedelta(minutes=1)):
            call_command("publish_scheduled", verbosity=0)
            self.assertFalse(ArticlePage.objects.get(pk=article.pk).live)

        with freeze_time(go_live + timedelta(minutes=1)):
            call_command("publish_scheduled", verbosity=0)
            self.assertTrue(ArticlePage.objects.get(pk=article.pk).live)
            self.fetch_soup("/news/limitation-periods/")
            self.assertTrue(all(self.places_listing_it().values()), self.places_listing_it())

    def test_an_article_disappears_after_its_expiry(self):
        expire = timezone.now() + timedelta(days=7)
        article = self.publish(expire_at=expire)
        self.assertTrue(article.live)
        self.fetch_soup("/news/limitation-periods/")

        with freeze_time(expire + timedelta(minutes=1)):
            call_command("publish_scheduled", verbosity=0)
            article.refresh_from_db()
            self.assertFalse(article.live)
            self.assertTrue(article.expired)
            self.fetch_soup("/news/limitation-periods/", status=404)
            self.assertFalse(any(self.places_listing_it().values()))
