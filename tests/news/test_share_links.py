"""'Share this post': plain links carrying the article's absolute URL."""

from urllib.parse import parse_qs, urlsplit

from news.templatetags.news_tags import share_urls
from tests.factories import ArticlePageFactory, PersonPageFactory
from tests.utils import SiteTestCase

AWKWARD_TITLE = 'Tom & Jerry\'s "day" in court – café #1?'


class ShareUrlTests(SiteTestCase):
    def test_every_network_gets_the_url_and_title_intact(self):
        url = "https://firm.example/news/tom-jerry/?x=1&y=2"
        links = {link["network"]: link["url"] for link in share_urls(AWKWARD_TITLE, url)}
        self.assertEqual(set(links), {"X", "Facebook", "LinkedIn", "WhatsApp", "Email"})

        x = parse_qs(urlsplit(links["X"]).query)
        self.assertEqual(x, {"text": [AWKWARD_TITLE], "url": [url]})
        self.assertEqual(parse_qs(urlsplit(links["Facebook"]).query), {"u": [url]})
        self.assertEqual(parse_qs(urlsplit(links["LinkedIn"]).query), {"url": [url]})
        self.assertEqual(
            parse_qs(urlsplit(links["WhatsApp"]).query), {"text": [f"{AWKWARD_TITLE} {url}"]}
        )
        email = urlsplit(links["Email"])
        self.assertEqual(email.scheme, "mailto")
        self.assertEqual(
            parse_qs(email.query),
            {"subject": [AWKWARD_TITLE], "body": [f"{AWKWARD_TITLE}\n\n{url}"]},
        )
        # mailto: does not read "+" as a space, so spaces must be %20.
        self.assertNotIn("+", links["Email"])

    def test_share_links_on_the_page(self):
        author = PersonPageFactory(parent=self.tree.people)
        article = ArticlePageFactory(
            parent=self.tree.news, title=AWKWARD_TITLE, slug="tom-and-jerry", authors=[author]
        )
        soup = self.fetch_soup(article.url)
        section = soup.select_one("section.share")
        self.assertEqual(section.h2.get_text(), "Share this post")
        links = section.select("a.share__link")
        self.assertEqual(len(links), 5)
        absolute_url = "http://testserver/news/tom-and-jerry/"
        for link in links:
            query = parse_qs(urlsplit(link["href"]).query)
            self.assertTrue(
                any(absolute_url in value for values in query.values() for value in values),
                link["href"],
            )
        copy_button = section.select_one("button[data-copy-link]")
        self.assertEqual(copy_button["data-copy-link"], absolute_url)
        # Only JavaScript reveals it.
        self.assertTrue(copy_button.has_attr("hidden"))
        # No third-party script anywhere on the page (JSON-LD is data, not code).
        for script in soup.find_all("script"):
            if script.get("type") == "application/ld+json":
                self.assertFalse(script.has_attr("src"), script)
                continue
            self.assertTrue(script["src"].startswith("/static/"), script)
