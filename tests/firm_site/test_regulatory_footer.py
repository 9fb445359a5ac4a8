"""The regulatory footer: the firm's legal details and the SRA's badge (issue 13)."""

from firm_site.base.models import FirmSettings
from firm_site.base.sra_badge import SRA_BADGE_ORIGIN
from tests.utils import SiteTestCase


def directives(response):
    """The Content Security Policy as {directive: [sources]}."""
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


class SraBadgeTests(SiteTestCase):
    def turn_badge(self, on):
        FirmSettings.objects.update(show_sra_badge=on)

    def test_off_by_default_no_frame_strict_policy_and_a_link_to_the_register(self):
        response = self.client.get("/")
        soup = self.get_soup(response.content)
        self.assertIsNone(soup.select_one("footer iframe"))
        policy = directives(response)
        self.assertEqual(policy["frame-src"], ["'self'"])
        self.assertEqual(policy["script-src"], ["'self'"])
        self.assertNotIn("yoshki", response["Content-Security-Policy"])
        link = soup.find("a", string="Our entry on the SRA register")
        self.assertEqual(
            link["href"],
            "https://www.sra.org.uk/consumers/register/organisation/?sraNumber=123456",
        )

    def test_on_the_badge_shows_and_the_policy_allows_its_origin_alone(self):
        self.turn_badge(True)
        for url, status in [("/", 200), ("/news/", 200), ("/contact/", 200), ("/nowhere/", 404)]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, status)
                frame = self.get_soup(response.content).select_one("footer iframe")
                self.assertTrue(frame["src"].startswith(SRA_BADGE_ORIGIN + "/"))
                self.assertTrue(frame["title"])
                policy = directives(response)
                self.assertEqual(policy["frame-src"], ["'self'", SRA_BADGE_ORIGIN])
                # Only frames are widened: scripts, styles, images and connections stay ours.
                for name in ["default-src", "script-src", "style-src", "connect-src"]:
                    self.assertEqual(policy[name], ["'self'"], name)
                self.assertEqual(policy["img-src"], ["'self'", "data:"])
                # The static link stays, for when the frame is blocked.
                self.assertContains(response, "Our entry on the SRA register", status_code=status)

    def test_turning_it_off_again_shows_without_a_deploy(self):
        self.turn_badge(True)
        self.assertIn("yoshki", self.client.get("/")["Content-Security-Policy"])
        firm = FirmSettings.objects.get()
        firm.show_sra_badge = False
        firm.save()  # clears the cached furniture, as the admin's save does
        response = self.client.get("/")
        self.assertNotIn("yoshki", response["Content-Security-Policy"])
        self.assertNotIn(b"yoshki", response.content)

    def test_responses_without_the_footer_keep_the_strict_policy(self):
        self.turn_badge(True)
        for url in ["/robots.txt", "/news/feed/rss/", "/sitemap.xml"]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertNotIn("yoshki", response.get("Content-Security-Policy", ""))


class LegalDetailsFooterTests(SiteTestCase):
    def test_footer_shows_the_legal_entity_insurer_and_hours(self):
        FirmSettings.objects.update(
            legal_name="Test Firm Legal LLP",
            company_number="OC999999",
            registered_office="2 Office Row\nLeeds\nLS2 2BB",
            vat_number="GB 999 9999 99",
            pi_insurer="Example Mutual Insurance Ltd",
            pi_coverage="England and Wales",
            opening_hours="Monday to Friday, 9am to 5.30pm",
        )
        footer = self.fetch_soup("/news/").select_one("footer")
        facts = {
            dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
            for dt in footer.select(".site-footer__facts dt")
        }
        self.assertEqual(
            facts,
            {
                "Legal entity": "Test Firm Legal LLP",
                "Company number": "OC999999 (registered in England and Wales)",
                "Registered office": "2 Office Row, Leeds, LS2 2BB",
                "VAT number": "GB 999 9999 99",
                "Professional indemnity insurer": (
                    "Example Mutual Insurance Ltd (coverage: England and Wales)"
                ),
            },
        )
        self.assertIn("Monday to Friday, 9am to 5.30pm", footer.get_text())

    def test_empty_details_are_left_out_and_the_office_defaults_to_the_address(self):
        footer = self.fetch_soup("/").select_one("footer")
        facts = [dt.get_text(strip=True) for dt in footer.select(".site-footer__facts dt")]
        self.assertEqual(facts, ["Legal entity", "Registered office"])
        self.assertIn("Test Firm LLP", footer.select_one(".site-footer__facts").get_text())
        self.assertIn("1 Test Street, Leeds, LS1 1AA", footer.get_text())

    def test_a_change_shows_at_once(self):
        self.client.get("/")  # the footer is now cached
        firm = FirmSettings.objects.get()
        firm.pi_insurer = "New Insurer plc"
        firm.save()
        self.assertContains(self.client.get("/"), "New Insurer plc")

    def test_footer_links_the_policy_pages_that_are_live(self):
        tree = self.tree
        cookies = tree.privacy.add_sibling(
            instance=type(tree.privacy)(title="Cookies", slug="cookies")
        )
        cookies.save_revision().publish()
        FirmSettings.objects.update(cookies_page=cookies, accessibility_page=tree.complaints)
        links = self.fetch_soup("/").select("footer nav[aria-label='About this site'] a")
        self.assertEqual(
            [(a.get_text(), a["href"]) for a in links],
            [
                ("Complaints procedure", "/complaints/"),
                ("Privacy notice", "/privacy-notice/"),
                ("Cookies", "/cookies/"),
                ("Accessibility statement", "/complaints/"),
            ],
        )

    def test_footer_escapes_the_firms_details(self):
        FirmSettings.objects.update(pi_insurer="<script>alert(1)</script>")
        response = self.client.get("/")
        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
