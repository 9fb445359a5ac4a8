"""Pages and furniture that belong to the whole site."""

from wagtail.test.utils import WagtailPageTestCase

from contact.models import ContactPage
from firm_site.base.models import FirmSettings
from firm_site.models import HomePage, StandardPage
from news.models import ArticlePage, NewsIndexPage
from people.models import PeopleIndexPage, PersonPage
from tests.utils import SiteTestCase


class FooterTests(SiteTestCase):
    def test_footer_on_every_page_type(self):
        for url in ["/", "/news/", "/people/", "/privacy-notice/", "/complaints/", "/nowhere/"]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(
                    response,
                    "Authorised and regulated by the Solicitors Regulation Authority",
                    status_code=404 if url == "/nowhere/" else 200,
                )
                self.assertContains(response, "SRA number 123456", status_code=response.status_code)

    def test_editing_the_firms_details_shows_at_once(self):
        self.client.get("/")  # the footer is now cached
        firm = FirmSettings.objects.get()
        firm.phone = "0113 496 0999"
        firm.sra_number = "654321"
        firm.save()
        response = self.client.get("/")
        self.assertContains(response, "0113 496 0999")
        self.assertContains(response, "SRA number 654321")

    def test_unpublished_policy_pages_are_not_linked(self):
        self.tree.complaints.unpublish()
        soup = self.fetch_soup("/")
        self.assertNotIn("Complaints procedure", soup.select_one("footer").get_text())

    def test_menu_follows_publishing(self):
        soup = self.fetch_soup("/")
        self.assertEqual(
            [a.get_text() for a in soup.select("nav[aria-label=Main] a")],
            ["News & Blog", "People", "Contact us"],
        )
        self.tree.people.unpublish()
        soup = self.fetch_soup("/")
        self.assertEqual(
            [a.get_text() for a in soup.select("nav[aria-label=Main] a")],
            ["News & Blog", "Contact us"],
        )


class StandardPageTests(SiteTestCase):
    def test_complaints_page_names_the_legal_ombudsman(self):
        soup = self.fetch_soup("/complaints/")
        self.assertEqual(soup.h1.get_text(), "Complaints procedure")
        self.assertIn("Legal Ombudsman", soup.select_one(".standard__body").get_text())

    def test_unknown_addresses_below_the_listings_are_not_found(self):
        for url in ["/news/no-such-article/", "/people/nobody/", "/news/no/such/thing/"]:
            with self.subTest(url=url):
                self.fetch_soup(url, status=404)

    def test_not_found_page_keeps_the_site_around_it(self):
        soup = self.fetch_soup("/no-such-page/", status=404)
        self.assertEqual(soup.h1.get_text(), "Sorry, we can't find that page")
        self.assertTrue(soup.select_one("header.site-header"))
        self.assertTrue(soup.select_one("a.skip-link[href='#main']"))


class PageTreeRulesTests(WagtailPageTestCase):
    def test_where_pages_may_live(self):
        self.assertAllowedParentPageTypes(ArticlePage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(PersonPage, {PeopleIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, {})
        self.assertAllowedSubpageTypes(NewsIndexPage, {ArticlePage})
        self.assertAllowedSubpageTypes(PeopleIndexPage, {PersonPage})
        self.assertAllowedSubpageTypes(
            HomePage, {NewsIndexPage, PeopleIndexPage, StandardPage, ContactPage}
        )
        self.assertAllowedSubpageTypes(ContactPage, {})


class FaviconTests(SiteTestCase):
    def test_favicon_ico_leads_to_the_icon(self):
        response = self.client.get("/favicon.ico")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/static/img/favicon.ico")
        soup = self.fetch_soup("/")
        self.assertEqual(soup.select_one("link[rel=icon]")["href"], "/static/img/favicon.svg")


class GetUpdatesTests(SiteTestCase):
    def test_explains_feeds_and_gives_their_addresses(self):
        soup = self.fetch_soup("/get-updates/")
        self.assertEqual(soup.h1.get_text(), "Get updates")
        self.assertIn("news reader", soup.select_one(".standard__body").get_text())
        self.assertEqual(
            [a.get_text() for a in soup.select(".standard__body a[type]")],
            ["http://testserver/news/feed/rss/", "http://testserver/news/feed/atom/"],
        )


class HeaderTests(SiteTestCase):
    def test_header_has_name_menu_search_button_and_call_but_no_open_search_box(self):
        header = self.fetch_soup("/news/").select_one("header.site-header")
        self.assertEqual(
            header.select_one(".site-header__brand").get_text(strip=True), "Test Firm LLP"
        )
        self.assertNotIn("Solicitors for survivors", header.get_text())  # no strapline
        search = header.select_one("details.site-search-toggle")
        self.assertEqual(search.summary.get_text(strip=True), "Search")
        self.assertIsNone(search.get("open"))  # the box opens on request
        self.assertEqual(search.select_one("form")["action"], "/search/")
        call = header.select_one("a.site-header__call")
        self.assertEqual(call["href"], "tel:01134960000")
        self.assertEqual(call.get_text(" ", strip=True), "Call 0113 496 0000")


class HomePageTests(SiteTestCase):
    def test_heading_says_what_the_firm_does_and_first_action_is_to_talk(self):
        soup = self.fetch_soup("/")
        self.assertEqual(soup.h1.get_text(), "Solicitors for survivors")
        actions = soup.select("main .hero a")
        self.assertEqual(
            [(a.get_text(), a["href"]) for a in actions[:2]],
            [
                ("Call 0113 496 0000", "tel:01134960000"),
                ("Send a confidential enquiry", "/contact/"),
            ],
        )
        self.assertEqual([a.get_text() for a in actions[2:]], ["News & Blog", "People"])
