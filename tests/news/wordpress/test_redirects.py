"""Every old address of an imported post answers 301 to its new page."""

from wagtail.contrib.redirects.models import Redirect

from tests.news.wordpress.helpers import ImportTestCase, run_import


class OldAddressTests(ImportTestCase):
    def assert_moved(self, old, new):
        response = self.client.get(old)
        self.assertEqual(response.status_code, 301, f"{old} gave {response.status_code}")
        self.assertEqual(response["Location"], new, old)
        return response

    def test_the_posts_own_link_moves_to_the_article(self):
        self.assert_moved(
            "/2023/03/14/time-limits-abuse-claims/", "/news/time-limits-abuse-claims/"
        )
        # And the article answers there.
        response = self.client.get("/2023/03/14/time-limits-abuse-claims/", follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "what “limitation” really means")

    def test_plain_query_address_moves_although_the_home_page_answers_there(self):
        self.assertEqual(self.client.get("/").status_code, 200)
        self.assert_moved("/?p=101", "/news/time-limits-abuse-claims/")
        self.assert_moved("/?p=102&preview=true", "/news/grooming-inquiry-findings/")
        self.assert_moved("/?cat=4", "/news/category/child-abuse/grooming-gangs/")
        self.assertEqual(self.client.head("/?p=101").status_code, 301)

    def test_other_query_strings_are_the_home_page(self):
        for url in ("/?p=999", "/?p=abc", "/?p=", "/?p=%00", "/?page=2", "/?p=104"):
            self.assertEqual(self.client.get(url).status_code, 200, url)

    def test_every_common_permalink_shape_moves(self):
        new = "/news/grooming-inquiry-findings/"
        for old in (
            "/2023/07/03/grooming-inquiry-findings/",  # the day in the old site's time zone
            "/2023/07/03/grooming-inquiry-findings",  # no trailing slash
            "/2023/07/grooming-inquiry-findings/",
            "/grooming-inquiry-findings/",
            "/archives/102/",
            "/child-abuse/grooming-inquiry-findings/",  # /%category%/%postname%/
        ):
            response = self.client.get(old, follow=True)
            self.assertEqual(response.redirect_chain[-1], (new, 301), old)
            self.assertEqual(response.status_code, 200, old)

    def test_non_ascii_slug_in_its_percent_encoded_form(self):
        self.assert_moved(
            "/2024/05/20/d%C3%ADa-de-campo-charity-walk/", "/news/dia-de-campo-charity-walk/"
        )
        self.assert_moved(
            "/2024/05/20/d%c3%ada-de-campo-charity-walk/", "/news/dia-de-campo-charity-walk/"
        )

    def test_category_archives_and_feeds_move(self):
        self.assert_moved(
            "/category/child-abuse/grooming-gangs/", "/news/category/child-abuse/grooming-gangs/"
        )
        self.assert_moved(
            "/category/clinical-negligence/birth-injuries/",
            "/news/category/clinical-negligence/birth-injuries/",
        )
        self.assert_moved("/category/child-abuse/feed/", "/news/category/child-abuse/feed/rss/")
        self.assert_moved("/feed/", "/news/feed/rss/")
        response = self.client.get("/category/child-abuse/grooming-gangs/", follow=True)
        self.assertContains(response, "Grooming gangs: the inquiry’s findings explained")

    def test_date_and_author_archives_move(self):
        self.assert_moved("/2023/07/", "/news/2023/07/")
        self.assert_moved("/2023/", "/news/2023/")
        profile = self.article(102).authors.get().person
        self.assert_moved("/author/tobi/", profile.url)
        self.assertTrue(Redirect.objects.filter(old_path="/author/seren-l").exists())

    def test_all_redirects_are_permanent_and_for_this_site(self):
        redirects = Redirect.objects.all()
        self.assertTrue(redirects.exists())
        self.assertFalse(redirects.filter(is_permanent=False).exists())
        self.assertEqual(set(redirects.values_list("site", flat=True)), {self.tree.site.pk})

    def test_no_redirect_for_posts_that_never_had_a_public_address(self):
        for wordpress_id in (104, 105, 106, 107, 109, 110):
            self.assertFalse(
                Redirect.objects.filter(old_path=f"/?p={wordpress_id}").exists(), wordpress_id
            )
        self.assertEqual(self.client.get("/2024/06/01/partners-away-day/").status_code, 404)

    def test_an_editors_existing_redirect_is_kept(self):
        Redirect.objects.filter(old_path="/grooming-inquiry-findings").update(
            redirect_page=self.tree.contact
        )
        report, _ = run_import()
        self.assert_moved("/grooming-inquiry-findings/", "/contact/")
        self.assertIn("1 old address already redirects elsewhere", report)
        self.assertIn("/grooming-inquiry-findings", report)
