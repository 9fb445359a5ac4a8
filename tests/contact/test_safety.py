"""'Exit this page' on sensitive pages, and encryption keys."""

from io import StringIO

from cryptography.fernet import Fernet
from django.core.checks import run_checks
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from contact.models import Enquiry
from tests.factories import ArticlePageFactory, CategoryFactory, EnquiryFactory, PersonPageFactory
from tests.utils import SiteTestCase


class QuickExitTests(SiteTestCase):
    def test_articles_in_sensitive_categories_offer_exit_this_page(self):
        child_abuse = CategoryFactory(name="Child Abuse", slug="child-abuse", is_sensitive=True)
        grooming = CategoryFactory(name="Grooming Gangs", slug="grooming-gangs", parent=child_abuse)
        firm_news = CategoryFactory(name="Firm News", slug="firm-news")
        author = PersonPageFactory(parent=self.tree.people)
        sensitive = ArticlePageFactory(
            parent=self.tree.news, categories=[grooming], authors=[author]
        )
        ordinary = ArticlePageFactory(
            parent=self.tree.news, categories=[firm_news], authors=[author]
        )

        soup = self.fetch_soup(sensitive.url)
        link = soup.select_one("a.quick-exit__button")
        self.assertEqual(link["href"], "https://www.bbc.co.uk/weather")
        scripts = [script["src"] for script in soup.find_all("script", src=True)]
        self.assertIn("/static/js/quick-exit.js", scripts)

        soup = self.fetch_soup(ordinary.url)
        self.assertIsNone(soup.select_one("a.quick-exit__button"))

    @override_settings(QUICK_EXIT_URL="https://neutral.example/")
    def test_the_destination_is_a_setting(self):
        soup = self.fetch_soup("/contact/")
        self.assertEqual(
            soup.select_one("a.quick-exit__button")["href"], "https://neutral.example/"
        )

    def test_contact_pages_send_no_third_party_content(self):
        response = self.client.get("/contact/")
        policy = response["Content-Security-Policy"]
        self.assertIn("default-src 'self'", policy)
        self.assertIn("script-src 'self'", policy)
        self.assertNotIn("unsafe-inline", policy)


class EncryptionKeyTests(SiteTestCase):
    def test_keys_can_be_rotated(self):
        old_key = Fernet.generate_key().decode()
        new_key = Fernet.generate_key().decode()
        with override_settings(ENQUIRY_ENCRYPTION_KEYS=[old_key]):
            enquiry = EnquiryFactory(message="Encrypted with the old key")
            enquiry.notes.create(text="A note under the old key")
        with override_settings(ENQUIRY_ENCRYPTION_KEYS=[new_key, old_key]):
            self.assertEqual(Enquiry.objects.get().message, "Encrypted with the old key")
            out = StringIO()
            call_command("rotate_enquiry_keys", stdout=out)
            self.assertIn("Re-encrypted 2 row(s).", out.getvalue())
        with override_settings(ENQUIRY_ENCRYPTION_KEYS=[new_key]):
            enquiry = Enquiry.objects.get()
            self.assertEqual(enquiry.message, "Encrypted with the old key")
            self.assertEqual(enquiry.notes.get().text, "A note under the old key")
            self.assertEqual(enquiry.name, "Alex Example")

    def test_a_database_copy_without_the_key_reveals_nothing(self):
        EnquiryFactory(name="Sam Private", email="sam@example.com", message="Secret detail")
        with connection.cursor() as cursor:
            cursor.execute("SELECT * FROM contact_enquiry")
            row = " ".join(str(value) for value in cursor.fetchone())
        for plain in ["Sam Private", "sam@example.com", "Secret detail"]:
            self.assertNotIn(plain, row)

    def test_missing_or_malformed_keys_stop_the_site_starting(self):
        with override_settings(ENQUIRY_ENCRYPTION_KEYS=[]):
            self.assertIn("contact.E001", [error.id for error in run_checks()])
        with override_settings(ENQUIRY_ENCRYPTION_KEYS=["not-a-key"]):
            self.assertIn("contact.E002", [error.id for error in run_checks()])


class ContactPageMetadataTests(SiteTestCase):
    def test_the_intro_describes_the_page_for_search_engines(self):
        self.tree.contact.intro = "<p>Tell us <b>in confidence</b> what happened.</p>"
        self.tree.contact.save()
        soup = self.fetch_soup("/contact/")
        description = soup.select_one("meta[name=description]")["content"]
        self.assertEqual(description, "Tell us in confidence what happened.")
