"""'Get updates by email' on News & Blog, category pages, profiles and articles."""

from tests.factories import ArticlePageFactory
from tests.updates.utils import UpdatesTestCase


class SignupLinkTests(UpdatesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.article = ArticlePageFactory(
            parent=cls.tree.news, categories=[cls.gangs], authors=[cls.jane]
        )

    def link(self, url):
        soup = self.fetch_soup(url)
        box = soup.select_one("aside.email-updates")
        self.assertIsNotNone(box, url)
        self.assertEqual(box.h2.get_text(), "Get updates by email")
        return box.select_one("a")["href"]

    def test_each_page_links_to_the_form_with_its_own_choice(self):
        self.assertEqual(self.link("/news/"), "/email-updates/")
        self.assertEqual(
            self.link("/news/category/child-abuse/grooming-gangs/"),
            "/email-updates/?category=child-abuse/grooming-gangs",
        )
        self.assertEqual(self.link("/people/jane-doe/"), "/email-updates/?author=jane-doe")
        self.assertEqual(self.link(self.article.url), "/email-updates/")

    def test_the_link_opens_the_form_with_the_choice_ticked(self):
        href = self.link("/people/jane-doe/")
        soup = self.fetch_soup(href)
        ticked = soup.select('input[name="authors"][checked]')
        self.assertEqual([i["value"] for i in ticked], [str(self.jane.pk)])

    def test_feeds_are_still_offered_beside_it(self):
        soup = self.fetch_soup("/news/")
        feeds = soup.select_one(".subscribe")
        self.assertIn("news reader", feeds.get_text())
        self.assertTrue(feeds.select_one('a[type="application/rss+xml"]'))


class ExitThisPageTests(UpdatesTestCase):
    """The sign-up form lists every category, sensitive ones included, and
    whoever opens it may be a survivor: "Exit this page" is always there."""

    def test_the_sign_up_page_offers_exit_this_page(self):
        soup = self.fetch_soup("/email-updates/")
        self.assertTrue(soup.select_one("[data-quick-exit] a[data-quick-exit-link]"))

    def test_a_bad_link_page_offers_it_too(self):
        soup = self.fetch_soup("/email-updates/confirm/not-a-token/", status=400)
        self.assertTrue(soup.select_one("[data-quick-exit]"))
