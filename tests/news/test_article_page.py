"""What a reader sees on an article page."""

from datetime import UTC, datetime

from wagtail.models import PageViewRestriction

from tests.factories import (
    ArticlePageFactory,
    CategoryFactory,
    ImageFactory,
    PersonPageFactory,
    body_json,
)
from tests.utils import SiteTestCase


class ArticlePageTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.child_abuse = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.grooming = CategoryFactory(
            name="Grooming Gangs", slug="grooming-gangs", parent=cls.child_abuse
        )
        cls.jane = PersonPageFactory(
            parent=cls.tree.people,
            title="Jane Doe",
            slug="jane-doe",
            job_title="Associate Solicitor",
            phone="+44 (0)113 496 0123",
            email="jane.doe@firm.example",
            legal_career_start_year=2012,
            qualified_year=2016,
            short_bio="Jane acts for survivors of abuse.",
        )
        cls.sam = PersonPageFactory(parent=cls.tree.people, title="Sam Roe", slug="sam-roe")
        cls.body_image = ImageFactory(title="Courthouse")
        cls.article = ArticlePageFactory(
            parent=cls.tree.news,
            title="What survivors should know",
            slug="what-survivors-should-know",
            excerpt="A guide for survivors.",
            # 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
            first_published_at=datetime(2026, 6, 30, 23, 30, tzinfo=UTC),
            last_published_at=datetime(2026, 9, 2, 10, 0, tzinfo=UTC),
            categories=[cls.grooming, cls.child_abuse],
            authors=[cls.sam, cls.jane],
            body=body_json(
                (
                    "paragraph",
                    '<p>Read <a href="https://example.org/guide">the guide</a>.</p>'
                    "<ul><li>First point</li><li>Second point</li></ul>"
                    "<ol><li>Step one</li></ol>",
                ),
                ("heading", {"text": "What happens next", "level": "h2"}),
                (
                    "image",
                    {
                        "image": cls.body_image.pk,
                        "alt_text": "A drawing of a courthouse",
                        "caption": "The court building",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "Nobody should have to tell their story twice.",
                        "attribution": "A survivor",
                        "source": "Our 2026 survey",
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "Need to talk?",
                        "text": "We listen.",
                        "link_text": "Contact us",
                        "page": None,
                        "url": "https://example.org/contact/",
                    },
                ),
            ),
        )

    def test_title_dates_and_byline(self):
        soup = self.fetch_soup(self.article.url)
        self.assertEqual(soup.h1.get_text(strip=True), "What survivors should know")
        self.assertEqual(len(soup.find_all("h1")), 1)
        times = soup.select(".article__meta time")
        self.assertEqual(times[0].get_text(), "1 July 2026")
        self.assertEqual(times[0]["datetime"], "2026-07-01T00:30:00+0100")
        self.assertEqual(times[1].get_text(), "2 September 2026")
        self.assertIn("Updated", soup.select_one(".article__meta").get_text())
        byline = soup.select(".byline a")
        self.assertEqual([a.get_text() for a in byline], ["Sam Roe", "Jane Doe"])
        self.assertEqual(byline[1]["href"], "/people/jane-doe/")

    def test_no_updated_date_when_republished_the_same_day(self):
        self.article.last_published_at = self.article.first_published_at
        self.article.save()
        soup = self.fetch_soup(self.article.url)
        self.assertNotIn("Updated", soup.select_one(".article__meta").get_text())

    def test_published_in_shows_each_category_with_its_ancestors(self):
        soup = self.fetch_soup(self.article.url)
        links = soup.select(".published-in a")
        self.assertEqual(
            [(a.get_text(), a["href"]) for a in links],
            [
                ("Child Abuse", "/news/category/child-abuse/"),
                ("Child Abuse – Grooming Gangs", "/news/category/child-abuse/grooming-gangs/"),
            ],
        )

    def test_body_blocks(self):
        soup = self.fetch_soup(self.article.url)
        body = soup.select_one(".article__body")
        self.assertEqual(
            body.select_one("a[href='https://example.org/guide']").get_text(), "the guide"
        )
        self.assertEqual(len(body.select("ul li")), 2)
        self.assertEqual(len(body.select("ol li")), 1)
        self.assertEqual(body.select_one("h2.body-heading").get_text(), "What happens next")
        figure = body.select_one("figure.body-image")
        self.assertEqual(figure.img["alt"], "A drawing of a courthouse")
        self.assertEqual(figure.figcaption.get_text(), "The court building")
        quote = body.select_one("figure.body-quote")
        self.assertIn("Nobody should have to tell their story twice.", quote.blockquote.get_text())
        self.assertEqual(quote.cite.get_text(), "Our 2026 survey")
        self.assertIn("A survivor", quote.figcaption.get_text())
        cta = body.select_one(".cta-panel")
        self.assertEqual(cta.select_one("a")["href"], "https://example.org/contact/")

    def test_contact_the_author_in_confidence(self):
        soup = self.fetch_soup(self.article.url)
        panel = soup.select_one(".contact-author")
        hrefs = [a["href"] for a in panel.select("a")]
        self.assertIn("tel:+441134960123", hrefs)
        self.assertIn("mailto:jane.doe@firm.example", hrefs)
        self.assertIn("/contact/?solicitor=jane-doe", hrefs)
        self.assertIn("/contact/?solicitor=sam-roe", hrefs)

    def test_author_card(self):
        soup = self.fetch_soup(self.article.url)
        cards = soup.select(".author-card")
        self.assertEqual(len(cards), 2)
        jane = cards[1]
        self.assertEqual(jane.select_one(".author-card__name").get_text(strip=True), "Jane Doe")
        self.assertEqual(jane.select_one(".author-card__role").get_text(), "Associate Solicitor")
        self.assertIn("fill-400x400", jane.img["src"])
        facts = jane.select_one(".author-card__facts").get_text()
        self.assertRegex(facts, r"\d+ years' experience in the legal sector")
        self.assertIn("Qualified as a solicitor in 2016", facts)
        self.assertIn("Jane acts for survivors of abuse.", jane.get_text())
        self.assertEqual(jane.select_one(".author-card__more")["href"], "/people/jane-doe/")

    def test_back_to_news_and_blog(self):
        soup = self.fetch_soup(self.article.url)
        back = soup.select_one(".back-link a")
        self.assertEqual(back["href"], "/news/")
        self.assertIn("Back to News & Blog", back.get_text())

    def test_draft_article_is_not_found(self):
        self.article.unpublish()
        self.fetch_soup(self.article.url, status=404)

    def test_private_article_asks_for_a_password(self):
        PageViewRestriction.objects.create(
            page=self.article, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
        response = self.client.get(self.article.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "A guide for survivors.")
        self.assertContains(response, "password")

    def test_title_is_escaped(self):
        self.article.title = "<script>alert(1)</script> & more"
        self.article.save()
        response = self.client.get(self.article.url)
        self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")

    def test_footer_with_the_firms_details(self):
        soup = self.fetch_soup(self.article.url)
        footer = soup.select_one("footer").get_text(" ", strip=True)
        self.assertIn("News, views and information from us and the industry", footer)
        self.assertIn("1 Test Street", footer)
        self.assertIn("0113 496 0000", footer)
        self.assertIn("Authorised and regulated by the Solicitors Regulation Authority", footer)
        self.assertIn("SRA number 123456", footer)
        footer_links = {a.get_text(): a["href"] for a in soup.select("footer a")}
        self.assertEqual(footer_links["Complaints procedure"], "/complaints/")
        self.assertEqual(footer_links["Privacy notice"], "/privacy-notice/")


class LeadImageTests(SiteTestCase):
    def test_the_lead_image_follows_the_standfirst_sized_and_not_lazy(self):
        article = ArticlePageFactory(parent=self.tree.news, excerpt="What this is about.")
        soup = self.fetch_soup(article.url)
        standfirst = soup.select_one(".article__body .article__excerpt")
        lead = standfirst.find_next_sibling("figure", class_="article__lead")
        img = lead.select_one("picture img")
        self.assertEqual(img["alt"], "An illustration")
        self.assertTrue(img["width"] and img["height"])
        self.assertNotIn("loading", img.attrs)
        self.assertIn("format-webp", lead.select_one("source[type='image/webp']")["srcset"])

    def test_an_article_without_one_has_no_lead(self):
        article = ArticlePageFactory(parent=self.tree.news, listing_image=None)
        self.assertIsNone(self.fetch_soup(article.url).select_one(".article__lead"))
