"""JSON-LD (schema.org) built from the models: articles, profiles and the firm."""

import json
from datetime import UTC, datetime

import extruct
from django.test import RequestFactory, SimpleTestCase

from firm_site.base.structured_data import json_ld_script, legal_service, postal_address
from tests.factories import ArticlePageFactory, CategoryFactory, ImageFactory, PersonPageFactory
from tests.utils import SiteTestCase


class StructuredDataTestCase(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.tree.firm.logo = ImageFactory(title="Logo")
        cls.tree.firm.save()

    def items(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        found = extruct.extract(
            response.content.decode(), base_url="http://testserver/", syntaxes=["json-ld"]
        )["json-ld"]
        return {item["@type"]: item for item in found}

    def assert_absolute(self, url):
        self.assertTrue(url.startswith("http://testserver/"), url)


class ArticleStructuredDataTests(StructuredDataTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.category = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.jane = PersonPageFactory(
            parent=cls.tree.people, title="Jane Doe", slug="jane-doe", job_title="Partner"
        )
        cls.article = ArticlePageFactory(
            parent=cls.tree.news,
            title="What survivors should know",
            slug="what-survivors-should-know",
            excerpt="A guide for survivors.",
            first_published_at=datetime(2026, 3, 4, 10, 0, tzinfo=UTC),
            last_published_at=datetime(2026, 3, 6, 12, 30, tzinfo=UTC),
            categories=[cls.category],
            authors=[cls.jane],
        )

    def test_news_article(self):
        article = self.items(self.article.url)["NewsArticle"]
        url = "http://testserver/news/what-survivors-should-know/"
        self.assertEqual(article["headline"], "What survivors should know")
        self.assertEqual(article["description"], "A guide for survivors.")
        self.assertEqual(article["datePublished"], "2026-03-04T10:00:00Z")
        self.assertEqual(article["dateModified"], "2026-03-06T12:30:00Z")
        self.assertEqual(article["mainEntityOfPage"], {"@type": "WebPage", "@id": url})
        self.assertEqual(article["articleSection"], ["Child Abuse"])
        self.assertEqual(len(article["image"]), 1)
        self.assert_absolute(article["image"][0])
        self.assertIn("fill-1200x630", article["image"][0])

    def test_its_author_and_publisher(self):
        article = self.items(self.article.url)["NewsArticle"]
        [author] = article["author"]
        self.assertEqual(author["@type"], "Person")
        self.assertEqual(author["name"], "Jane Doe")
        self.assertEqual(author["jobTitle"], "Partner")
        self.assertEqual(author["url"], "http://testserver/people/jane-doe/")
        self.assert_absolute(author["image"])
        publisher = article["publisher"]
        self.assertEqual(publisher["@type"], "LegalService")
        self.assertEqual(publisher["name"], "Test Firm LLP")
        self.assertEqual(publisher["url"], "http://testserver/")
        self.assert_absolute(publisher["logo"]["url"])
        self.assertIn("max-512x512", publisher["logo"]["url"])

    def test_breadcrumbs(self):
        crumbs = self.items(self.article.url)["BreadcrumbList"]["itemListElement"]
        self.assertEqual(
            [(crumb["position"], crumb["name"], crumb["item"]) for crumb in crumbs],
            [
                (1, "Home", "http://testserver/"),
                (2, "News & Blog", "http://testserver/news/"),
                (
                    3,
                    "What survivors should know",
                    "http://testserver/news/what-survivors-should-know/",
                ),
            ],
        )

    def test_a_title_cannot_break_out_of_the_script(self):
        title = '</script><script>alert("x")</script> <!-- & café'
        self.article.title = title
        self.article.save()
        response = self.client.get(self.article.url)
        html = response.content.decode()
        self.assertNotIn('<script>alert("x")', html)
        self.assertNotIn("<!--", html)
        self.assertEqual(self.items(self.article.url)["NewsArticle"]["headline"], title)


class ProfileAndFirmStructuredDataTests(StructuredDataTestCase):
    def test_person_on_their_profile(self):
        PersonPageFactory(
            parent=self.tree.people,
            title="Jane Doe",
            slug="jane-doe",
            job_title="Partner",
            phone="0113 496 0123",
            email="jane@firm.example",
        )
        person = self.items("/people/jane-doe/")["Person"]
        self.assertEqual(person["name"], "Jane Doe")
        self.assertEqual(person["jobTitle"], "Partner")
        self.assertEqual(person["url"], "http://testserver/people/jane-doe/")
        self.assertEqual(person["telephone"], "0113 496 0123")
        self.assertEqual(person["email"], "jane@firm.example")
        self.assert_absolute(person["image"])
        self.assertEqual(person["worksFor"]["@type"], "LegalService")
        self.assertEqual(person["worksFor"]["name"], "Test Firm LLP")

    def test_legal_service_on_the_home_page(self):
        firm = self.items("/")["LegalService"]
        self.assertEqual(firm["name"], "Test Firm LLP")
        self.assertEqual(firm["url"], "http://testserver/")
        self.assertEqual(firm["telephone"], "0113 496 0000")
        self.assertEqual(firm["email"], "enquiries@firm.example")
        self.assertEqual(
            firm["address"],
            {
                "@type": "PostalAddress",
                "addressCountry": "GB",
                "postalCode": "LS1 1AA",
                "addressLocality": "Leeds",
                "streetAddress": "1 Test Street",
            },
        )
        self.assert_absolute(firm["logo"]["url"])
        self.assertEqual(firm["identifier"]["value"], "123456")

    def test_the_builder_serves_any_page_that_stands_for_the_firm(self):
        # The contact page uses the same builder.
        request = RequestFactory().get("/contact/")
        data = legal_service(request)
        self.assertEqual(data["@type"], "LegalService")
        self.assertEqual(data["name"], "Test Firm LLP")
        self.assertEqual(data["url"], "http://testserver/")

    def test_without_a_logo(self):
        self.tree.firm.logo = None
        self.tree.firm.save()
        self.assertNotIn("logo", self.items("/")["LegalService"])

    def test_other_pages_make_no_claims(self):
        # A listing claims only to be a collection (see ListingAndProfilePage... below).
        self.assertEqual(list(self.items("/news/")), ["CollectionPage"])
        self.assertEqual(self.items("/complaints/"), {})


class SerializationTests(SimpleTestCase):
    def test_markup_characters_are_escaped_and_the_json_still_reads_back(self):
        data = {"name": "</script> & <!-- \u2028 café"}
        script = str(json_ld_script(data))
        body = script.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
        for fragment in ["<", ">", "&", "\u2028"]:
            self.assertNotIn(fragment, body)
        self.assertIn("café", body)
        self.assertEqual(json.loads(body), data)

    def test_postal_address(self):
        self.assertEqual(
            postal_address(["2 The Row", "Floor 3", "Leeds", "ls1 2ab"]),
            {
                "@type": "PostalAddress",
                "addressCountry": "GB",
                "postalCode": "ls1 2ab",
                "addressLocality": "Leeds",
                "streetAddress": "2 The Row, Floor 3",
            },
        )
        self.assertEqual(
            postal_address(["Somewhere without a postcode"]),
            {
                "@type": "PostalAddress",
                "addressCountry": "GB",
                "streetAddress": "Somewhere without a postcode",
            },
        )


class ListingAndProfilePageStructuredDataTests(StructuredDataTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.category = CategoryFactory(name="Child Abuse", slug="child-abuse")
        cls.jane = PersonPageFactory(parent=cls.tree.people, title="Jane Doe", slug="jane-doe")
        cls.older = ArticlePageFactory(
            parent=cls.tree.news,
            slug="older",
            categories=[cls.category],
            first_published_at=datetime(2026, 3, 1, tzinfo=UTC),
        )
        cls.newer = ArticlePageFactory(
            parent=cls.tree.news,
            slug="newer",
            first_published_at=datetime(2026, 3, 2, tzinfo=UTC),
        )

    def item_urls(self, collection):
        self.assertEqual(collection["mainEntity"]["@type"], "ItemList")
        elements = collection["mainEntity"]["itemListElement"]
        self.assertEqual([e["position"] for e in elements], list(range(1, len(elements) + 1)))
        return [e["url"] for e in elements]

    def test_listings_are_collection_pages_of_what_they_show(self):
        base = "http://testserver"
        for url, expected in [
            ("/news/", ["/news/newer/", "/news/older/"]),
            ("/news/category/child-abuse/", ["/news/older/"]),
            ("/news/2026/", ["/news/newer/", "/news/older/"]),
            ("/people/", ["/people/jane-doe/"]),
        ]:
            with self.subTest(url=url):
                collection = self.items(url)["CollectionPage"]
                self.assertEqual(collection["url"], base + url)
                self.assertEqual(self.item_urls(collection), [base + path for path in expected])

    def test_other_pages_are_not_collections(self):
        for url in ["/", "/news/newer/", "/people/jane-doe/", "/privacy-notice/"]:
            with self.subTest(url=url):
                self.assertNotIn("CollectionPage", self.items(url))

    def test_a_profile_is_a_profile_page_about_the_person(self):
        items = self.items("/people/jane-doe/")
        profile, person = items["ProfilePage"], items["Person"]
        self.assertEqual(profile["url"], "http://testserver/people/jane-doe/")
        self.assertEqual(profile["mainEntity"], {"@id": person["@id"]})
        self.assertEqual(person["@id"], "http://testserver/people/jane-doe/#person")

    def test_the_firm_gives_its_legal_name_and_vat_number(self):
        self.tree.firm.legal_name = "Test Firm Legal LLP"
        self.tree.firm.vat_number = "GB 999 9999 99"
        self.tree.firm.save()
        firm = self.items("/")["LegalService"]
        self.assertEqual(firm["legalName"], "Test Firm Legal LLP")
        self.assertEqual(firm["vatID"], "GB 999 9999 99")
