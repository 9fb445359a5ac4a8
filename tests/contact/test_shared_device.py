"""Leave no trace on a shared device; "Exit this page" wherever a survivor may be;
named support services (issue 9)."""

from django.conf import settings
from django.test import Client

from contact.models import Enquiry
from firm_site.base.models import SupportService
from firm_site.models import StandardPage
from tests.contact.utils import FORM_URL, THANK_YOU_URL, EnquiryFormTestCase
from tests.factories import ArticlePageFactory, CategoryFactory, PersonPageFactory


class SharedDeviceTests(EnquiryFormTestCase):
    def test_the_message_is_not_remembered_by_the_browser_and_the_form_empties_on_return(self):
        soup = self.get_soup(self.show_form().content)
        self.assertEqual(soup.select_one("textarea[name=message]")["autocomplete"], "off")
        self.assertTrue(soup.select_one("form.enquiry-form").has_attr("data-clear-on-return"))
        scripts = [script["src"] for script in soup.find_all("script", src=True)]
        self.assertIn("/static/js/enquiry-form.js", scripts)

    def test_the_csrf_cookie_lasts_for_the_browser_session_only(self):
        self.assertIsNone(settings.CSRF_COOKIE_AGE)
        response = self.show_form()
        cookie = response.cookies[settings.CSRF_COOKIE_NAME]
        self.assertEqual(cookie["max-age"], "")
        self.assertEqual(cookie["expires"], "")

    def test_exit_forgets_the_visitors_session(self):
        self.send()
        self.assertIn("contact_enquiries_sent", self.client.session)
        soup = self.get_soup(self.client.get(FORM_URL).content)
        forget_url = soup.select_one("[data-quick-exit]")["data-forget-url"]
        # Without JavaScript the link still leads away.
        self.assertEqual(soup.select_one("a.quick-exit__button")["href"], settings.QUICK_EXIT_URL)
        # A beacon carries no CSRF token.
        response = Client(enforce_csrf_checks=True, raise_request_exception=False)
        response.cookies = self.client.cookies
        answer = response.post(forget_url)
        self.assertEqual(answer.status_code, 204)
        self.assertEqual(answer.cookies[settings.SESSION_COOKIE_NAME].value, "")
        self.assertNotIn("contact_enquiries_sent", self.client.session)
        self.assertEqual(self.client.get(forget_url).status_code, 405)

    def test_cover_your_tracks_is_linked_beside_exit(self):
        page = StandardPage(title="Cover your tracks online", slug="cover-your-tracks")
        self.tree.home.add_child(instance=page)
        page.save_revision().publish()
        soup = self.get_soup(self.show_form().content)
        link = soup.select_one(".quick-exit a.quick-exit__tracks")
        self.assertEqual(link["href"], settings.COVER_TRACKS_URL)
        self.assertEqual(self.client.get(link["href"]).status_code, 200)

    def test_the_thank_you_page_keeps_exit_and_names_support_services(self):
        SupportService.objects.create(
            name="Samaritans", phone="116 123", description="Any time, day or night."
        )
        self.send()
        soup = self.get_soup(self.client.get(THANK_YOU_URL).content)
        self.assertIsNotNone(soup.select_one("a.quick-exit__button"))
        services = soup.select_one(".support-services").get_text(" ", strip=True)
        self.assertIn("Samaritans", services)
        self.assertIn("116 123", services)
        self.assertEqual(soup.select_one(".support-services a[href^='tel:']")["href"], "tel:116123")
        self.assertNotIn("a helpline", soup.get_text())
        self.assertTrue(Enquiry.objects.exists())


class ExitWhereverASurvivorMayBeTests(EnquiryFormTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        child_abuse = CategoryFactory(name="Child Abuse", slug="child-abuse", is_sensitive=True)
        cls.grooming = CategoryFactory(
            name="Grooming Gangs", slug="grooming-gangs", parent=child_abuse
        )
        CategoryFactory(name="Firm News", slug="firm-news")
        cls.writer = PersonPageFactory(parent=cls.tree.people, slug="writes-sensitive")
        cls.other = PersonPageFactory(parent=cls.tree.people, slug="writes-ordinary")
        ArticlePageFactory(parent=cls.tree.news, categories=[cls.grooming], authors=[cls.writer])

    def has_exit(self, url):
        soup = self.fetch_soup(url)
        return soup.select_one("a.quick-exit__button") is not None

    def test_exit_is_on_sensitive_category_pages_profiles_and_search(self):
        SupportService.objects.create(name="NAPAC", phone="0808 801 0331", description="x")
        self.assertTrue(self.has_exit("/news/category/child-abuse/"))
        self.assertTrue(self.has_exit("/news/category/child-abuse/grooming-gangs/"))
        self.assertFalse(self.has_exit("/news/category/firm-news/"))
        self.assertTrue(self.has_exit("/people/writes-sensitive/"))
        self.assertFalse(self.has_exit("/people/writes-ordinary/"))
        self.assertTrue(self.has_exit("/search/?q=grooming"))
        # Sensitive pages name the support services.
        soup = self.fetch_soup("/news/category/child-abuse/")
        self.assertIn("NAPAC", soup.select_one("main .support-services").get_text())
        self.assertIsNone(
            self.fetch_soup("/news/category/firm-news/").select_one(".support-services")
        )
