"""`manage.py load_demo_content`."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from demo.management.commands.load_demo_content import Command
from firm_site.base.models import FirmSettings
from firm_site.models import HomePage
from news.models import ArticlePage, Category
from people.models import PersonPage


def load_demo_content():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


class DemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        # Drawing the demo images takes a few seconds: load once for the class.
        cls.first_output = load_demo_content()

    def snapshot(self):
        return {
            "pages": list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")),
            "revisions": Revision.objects.count(),
            "images": get_image_model().objects.count(),
            "categories": list(Category.objects.values_list("pk", "path")),
            "users": get_user_model().objects.count(),
            "settings": list(FirmSettings.objects.values()),
        }

    def test_builds_the_firm(self):
        self.assertIn("user: admin", self.first_output)
        home = HomePage.objects.get()
        self.assertEqual(Site.objects.get(is_default_site=True).root_page_id, home.pk)
        self.assertGreaterEqual(PersonPage.objects.live().count(), 4)
        self.assertGreaterEqual(ArticlePage.objects.live().count(), 15)
        self.assertGreaterEqual(Category.objects.count(), 6)
        self.assertTrue(Category.objects.filter(full_name="Child Abuse – Grooming Gangs").exists())
        self.assertTrue(all(person.photo_id for person in PersonPage.objects.all()))
        firm = FirmSettings.objects.get()
        self.assertEqual(firm.complaints_page.slug, "complaints")
        self.assertEqual(firm.privacy_page.slug, "privacy-notice")
        self.assertEqual(firm.logo.title, "Logo: Ashdown Marlowe Solicitors")
        # Articles are spread over time, so listings and pagination show real behaviour.
        dates = set(ArticlePage.objects.values_list("first_published_at__date", flat=True))
        self.assertGreaterEqual(len(dates), 15)
        self.assertTrue(get_user_model().objects.get(username="admin").is_superuser)

    def test_the_site_is_where_make_run_serves_it(self):
        # So that links in emails (Legal review, enquiries) lead back to the running site.
        site = Site.objects.get(is_default_site=True)
        self.assertEqual((site.hostname, site.port), ("testserver", 80))
        call_command("load_demo_content", site_url="http://127.0.0.1:8001", stdout=StringIO())
        site.refresh_from_db()
        self.assertEqual(site.root_url, "http://127.0.0.1:8001")

    def test_a_second_run_changes_nothing(self):
        before = self.snapshot()
        output = load_demo_content()
        self.assertIn("0 new objects", output)
        self.assertEqual(self.snapshot(), before)

    def test_every_page_of_the_demo_renders(self):
        for page in Page.objects.live().specific().exclude(depth=1):
            with self.subTest(page=page.url):
                self.assertEqual(self.client.get(page.url).status_code, 200)
        for category in Category.objects.all():
            with self.subTest(category=category.path):
                response = self.client.get(f"/news/category/{category.path}/")
                self.assertEqual(response.status_code, 200)
        self.assertEqual(self.client.get("/news/?page=2").status_code, 200)

    @override_settings(DEMO_ADMIN_ALLOWED=False)
    def test_no_admin_user_unless_the_settings_allow_it(self):
        get_user_model().objects.all().delete()
        message = Command().load_admin_user()
        self.assertIn("No admin user created", message)
        self.assertFalse(get_user_model().objects.exists())
