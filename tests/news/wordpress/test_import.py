"""Importing a WordPress export: the articles, categories, authors and images a firm gets."""

import hashlib
from datetime import UTC, datetime

from django.test import override_settings
from wagtail.images import get_image_model

from news.models import ArticlePage, Category
from people.models import PersonPage
from tests.factories import CategoryFactory, PersonPageFactory
from tests.news.wordpress.helpers import (
    DRAFTS,
    IMPORTED,
    PUBLISHED,
    SCHEDULED,
    SKIPPED,
    UPLOADS,
    ImportTestCase,
)


class ImportedArticlesTests(ImportTestCase):
    @classmethod
    def before_import(cls):
        # Already on the site: a sensitive category WordPress also has, and two profiles,
        # one with WordPress's email in other letter case, one with another email.
        cls.child_abuse = CategoryFactory(name="Child Abuse", slug="child-abuse", is_sensitive=True)
        cls.morven = PersonPageFactory(
            parent=cls.tree.people,
            title="Morven Fairley",
            slug="morven-fairley",
            email="m.fairley@hollinsbrae.example",
        )
        cls.tobi = PersonPageFactory(
            parent=cls.tree.people,
            title="Tobi Adeyemi",
            slug="tobi-adeyemi",
            email="tobi@ashdown.example",
        )

    def test_published_drafts_and_scheduled_posts_become_articles_under_news(self):
        articles = {article.wordpress_id: article for article in ArticlePage.objects.all()}
        self.assertEqual(set(articles), IMPORTED)
        for wordpress_id in IMPORTED:
            self.assertEqual(articles[wordpress_id].get_parent().pk, self.tree.news.pk)
        self.assertEqual({i for i, a in articles.items() if a.live}, PUBLISHED)
        self.assertEqual(
            {i for i in DRAFTS | SCHEDULED if not articles[i].live}, DRAFTS | SCHEDULED
        )

    def test_private_password_protected_and_binned_posts_are_skipped_and_listed(self):
        self.assertFalse(ArticlePage.objects.filter(wordpress_id__in=SKIPPED).exists())
        self.assertIn('"Partners’ away day: notes" (post 105): private in WordPress', self.report)
        self.assertIn("(post 106): password-protected in WordPress", self.report)
        self.assertIn("(post 107): in WordPress's bin", self.report)
        self.assertNotIn("Details of a settlement", ArticlePage.objects.values_list("excerpt"))

    def test_scheduled_post_waits_for_its_date(self):
        article = self.article(109)
        revision = article.latest_revision
        self.assertEqual(revision.approved_go_live_at, datetime(2099, 1, 5, 9, 0, tzinfo=UTC))
        self.fetch_soup(article.url, status=404)

    def test_titles_keep_entities_and_non_ascii_and_slugs_are_ascii(self):
        self.assertEqual(
            self.article(101).title,
            "Time limits for abuse claims: what “limitation” really means",
        )
        walk = self.article(103)
        self.assertEqual(walk.title, "Our Día de Campo: the team’s charity walk raised £4,210")
        self.assertEqual(walk.slug, "dia-de-campo-charity-walk")
        soup = self.fetch_soup("/news/dia-de-campo-charity-walk/")
        self.assertEqual(
            soup.h1.get_text(strip=True), "Our Día de Campo: the team’s charity walk raised £4,210"
        )
        # A draft without a WordPress slug gets one from its title.
        self.assertEqual(
            self.article(104).slug, "fixed-costs-what-the-changes-mean-for-clinical-negligence"
        )

    def test_dates_are_wordpress_dates_shown_in_uk_time(self):
        article = self.article(102)
        self.assertEqual(article.first_published_at, datetime(2023, 7, 2, 23, 30, tzinfo=UTC))
        # 23:30 UTC on 2 July is 00:30 on 3 July in London.
        soup = self.fetch_soup(article.url)
        self.assertEqual(soup.select_one(".article__meta time")["datetime"][:10], "2023-07-03")
        self.assertIn(article.title, self.fetch_soup("/news/2023/07/").get_text())
        updated = self.article(101)
        self.assertEqual(updated.last_published_at, datetime(2023, 4, 2, 15, 5, 11, tzinfo=UTC))
        self.assertIn("Updated", self.fetch_soup(updated.url).select_one(".article__meta").text)

    def test_excerpt_from_wordpress_else_from_the_first_paragraph(self):
        self.assertEqual(
            self.article(101).excerpt,
            "It is not always “too late” to bring a claim for childhood abuse. How the courts "
            "treat time limits, and what helps.",
        )
        self.assertEqual(
            self.article(108).excerpt, "Questions parents ask us most about birth injury claims."
        )
        # Made from the first paragraph, which then leaves the body: it isn't shown twice.
        inquiry = self.article(102)
        self.assertTrue(inquiry.excerpt.startswith("The inquiry’s report runs to"))
        soup = self.fetch_soup(inquiry.url)
        self.assertEqual(soup.get_text().count("The inquiry’s report runs to"), 1)
        self.assertEqual(inquiry.body[0].block_type, "heading")

    def test_category_tree_keeps_its_hierarchy_and_matches_existing_categories(self):
        self.assertEqual(
            set(Category.objects.values_list("path", flat=True)),
            {
                "child-abuse",
                "child-abuse/grooming-gangs",
                "clinical-negligence",
                "clinical-negligence/birth-injuries",
                "firm-news",
            },
        )
        grooming = Category.objects.get(path="child-abuse/grooming-gangs")
        self.assertEqual(grooming.parent_id, self.child_abuse.pk)
        self.assertEqual(grooming.full_name, "Child Abuse – Grooming Gangs")
        # The existing category is reused, and so its articles are treated as sensitive.
        self.assertTrue(grooming.treated_as_sensitive)
        self.assertTrue(self.article(102).is_sensitive)
        self.assertEqual(Category.objects.get(path="firm-news").name, "Firm News & Events")
        self.assertEqual(
            sorted(c.path for c in self.article(102).categories.all()),
            ["child-abuse", "child-abuse/grooming-gangs"],
        )
        self.assertIn('WordPress\'s "Uncategorized" was left out', self.report)
        self.assertIn("1 category without imported posts left out", self.report)
        self.assertIn("Tags: 2 in the export, not imported", self.report)

    def test_category_page_lists_imported_articles_of_the_subtree(self):
        soup = self.fetch_soup("/news/category/clinical-negligence/")
        self.assertIn("Cerebral palsy claims: a parent’s questions answered", soup.get_text())

    def test_authors_matched_by_email_or_name_else_created_as_draft_profiles(self):
        self.assertEqual(self.article(101).ordered_authors, [self.morven])
        self.assertEqual(self.article(102).ordered_authors, [self.tobi])
        self.assertIn("Morven Fairley -> Morven Fairley (by email)", self.report)
        self.assertIn("Tobi Adeyemi -> Tobi Adeyemi (by name)", self.report)
        seren = PersonPage.objects.get(email="seren.llewellyn@hollinsbrae.example")
        self.assertEqual(seren.title, "Seren Llewellyn-Øvrebø")
        self.assertEqual(seren.slug, "seren-llewellyn-ovrebo")
        self.assertFalse(seren.live)
        self.assertEqual(seren.get_parent().pk, self.tree.people.pk)
        self.assertEqual(self.article(103).authors.get().person_id, seren.pk)
        self.assertIn("Seren Llewellyn-Øvrebø (/people/seren-llewellyn-ovrebo/)", self.report)
        self.assertEqual(PersonPage.objects.count(), 3)

    def test_a_draft_profile_is_never_linked_from_the_article(self):
        soup = self.fetch_soup("/news/dia-de-campo-charity-walk/")
        self.assertIsNone(soup.select_one('a[href^="/people/seren"]'))
        self.assertNotIn("Seren", soup.select_one(".article__meta").get_text())

    def test_each_image_is_imported_once_from_its_original_file(self):
        image_model = get_image_model()
        self.assertEqual(image_model.objects.count(), 3 + 2)  # + the two portraits
        original = (UPLOADS / "2023/03/courtroom.jpg").read_bytes()
        courtroom = image_model.objects.get(file_hash=hashlib.sha1(original).hexdigest())  # noqa: S324
        self.assertEqual((courtroom.width, courtroom.height), (1200, 800))
        # Shown by two posts, through two different resized addresses.
        for wordpress_id in (101, 102):
            images = [
                block.value["image"].pk
                for block in self.article(wordpress_id).body
                if block.block_type == "image"
            ]
            self.assertEqual(images, [courtroom.pk])
        self.assertIn("Images: 3 imported, 0 already here, 1 missing, 1 refused", self.report)

    def test_featured_image_becomes_the_teaser_image(self):
        article = self.article(101)
        self.assertEqual(article.listing_image.title, "Scales of justice")
        self.assertEqual(article.listing_image_alt, "")

    def test_missing_and_refused_images_are_listed_not_fatal(self):
        self.assertIn("missing: 2024/05/finish-line.jpg", self.report)
        self.assertIn("refused: 2023/09/timeline.gif: Not a supported image format", self.report)
        # The gallery's other image is there.
        walk = self.article(103)
        self.assertEqual([block.block_type for block in walk.body], ["image", "paragraph"])

    def test_sticky_posts_and_skipped_pages_are_noted(self):
        self.assertIn("sticky in WordPress: 1", self.report)
        self.assertIn('"About us" https://www.hollinsbrae.example/about-us/', self.report)
        self.assertIn("Comments not imported: 1", self.report)
        self.assertIn("Other items ignored: nav_menu_item 1", self.report)

    def test_progress_is_shown_on_stderr(self):
        self.assertIn("Posts: 7/7 (100%)", self.progress)


class ImportedBodyTests(ImportTestCase):
    """What a reader sees of a converted body."""

    def test_classic_post_reads_as_written_without_anything_unsafe(self):
        response = self.client.get("/news/time-limits-abuse-claims/")
        self.assertEqual(response.status_code, 200)
        soup = self.get_soup(response.content)
        body = soup.select_one(".article__body")
        text = body.get_text(" ")
        self.assertIn("the law is more forgiving than its reputation.", text)
        # A blank line made a paragraph; a single newline a line break.
        first = body.select(".rich-text p")[0]
        self.assertIsNotNone(first.find("br"))
        self.assertEqual(body.select_one("h2.body-heading").text, "How the court decides")
        self.assertEqual(
            [li.get_text() for li in body.select(".rich-text ul li")][0],
            "Writing down what you remember, in your own words and in your own time",
        )
        # Square brackets in prose are not shortcodes.
        self.assertIn('"[sic] could not have spoken sooner"', text)
        # Scripts, handlers, inline styles, javascript: links and the form shortcode are gone.
        markup = str(body)
        for unsafe in ("<script", "document.write", "onclick", "style=", "javascript:", "[contact"):
            self.assertNotIn(unsafe, markup)
        self.assertIn("click here for nothing at all", text)
        self.assertIsNone(body.find("a", string="click here"))
        self.assertIn("(<script> 1, unsafe link 1)", self.report)
        self.assertIn("shortcode [contact-form-7]: 1 post", self.report)
        # External links keep their address and nothing else.
        link = body.find("a", string="independent guide to limitation")
        self.assertEqual(link.attrs, {"href": "https://example.org/limitation-guide"})

    def test_captioned_image_keeps_its_alt_text_and_caption(self):
        soup = self.fetch_soup("/news/time-limits-abuse-claims/")
        figure = soup.select_one(".article__body figure.body-image")
        self.assertEqual(figure.img["alt"], "An empty courtroom with wooden benches")
        self.assertEqual(figure.figcaption.text, "A county court hearing room")

    def test_links_to_other_old_posts_lead_to_their_new_pages(self):
        soup = self.fetch_soup("/news/time-limits-abuse-claims/")
        link = soup.find("a", string="what the grooming inquiry found")
        self.assertEqual(link["href"], "/news/grooming-inquiry-findings/")
        soup = self.fetch_soup("/news/grooming-inquiry-findings/")
        self.assertEqual(
            soup.find("a", string="our guide to time limits")["href"],
            "/news/time-limits-abuse-claims/",
        )

    def test_block_editor_post_keeps_quote_with_citation_image_heading_levels_and_embed(self):
        soup = self.fetch_soup("/news/grooming-inquiry-findings/")
        body = soup.select_one(".article__body")
        quote = body.select_one("figure.body-quote")
        self.assertEqual(
            quote.blockquote.get_text(strip=True),
            "Nobody asked me what was happening at home. They asked me why I kept running away.",
        )
        self.assertEqual(
            quote.figcaption.get_text(strip=True), "A witness to the inquiry, Volume 2"
        )
        # The block had no alt text: the attachment's own is used.
        self.assertEqual(
            body.select_one("figure.body-image img")["alt"],
            "An empty courtroom with wooden benches",
        )
        self.assertEqual(
            [(h.name, h.text) for h in body.select(".body-heading")],
            [("h2", "What the inquiry found"), ("h3", "What it means for a claim")],
        )
        embed = body.find("a", href="https://www.youtube.com/watch?v=abc123XYZ")
        self.assertEqual(embed.text, "Our partner explains the report in four minutes")
        self.assertIsNone(body.find("iframe"))
        self.assertIn("block core/separator: 1 post", self.report)

    def test_smaller_headings_are_promoted_and_tables_become_lists(self):
        soup = self.fetch_soup("/news/cerebral-palsy-questions/")
        body = soup.select_one(".article__body")
        self.assertEqual(
            [(h.name, h.text) for h in body.select(".body-heading")],
            [("h2", "How long does a claim take?"), ("h3", "Will we have to go to court?")],
        )
        self.assertIn("Letter of claim – Months 1–6", [li.text for li in body.select("li")])
        self.assertIn("block jetpack/subscriptions: 1 post", self.report)
        self.assertIn("tables turned into lists (check them): 1 post", self.report)

    @override_settings(PAGE_PART_CACHE_SECONDS=0)  # rendered each time, not kept
    def test_imported_article_renders_within_the_query_budget(self):
        url = self.article(102).url  # two categories, an image, a quote
        self.client.get(url)  # warm the site furniture cache, as test_queries does
        # As test_queries' article: routing skips the home page's row, the site comes
        # from the cache, and the byline comes with the related posts.
        with self.assertNumQueries(9):
            self.assertEqual(self.client.get(url).status_code, 200)


class ImportedArticlesAreFoundTests(ImportTestCase):
    """Indexing is done once per article at the end of the import: check it was done."""

    def test_site_search_finds_imported_articles_by_text_and_author(self):
        soup = self.fetch_soup("/search/?q=curiosity")
        self.assertIn("Grooming gangs: the inquiry’s findings explained", soup.get_text())
        soup = self.fetch_soup("/search/?q=Adeyemi")
        self.assertIn("Cerebral palsy claims", soup.get_text())

    def test_image_usage_lists_the_articles_that_show_it(self):
        from wagtail.models import ReferenceIndex

        courtroom = get_image_model().objects.get(title="courtroom")
        using = {reference.object_id for reference in ReferenceIndex.get_references_to(courtroom)}
        self.assertEqual(using, {str(self.article(101).pk), str(self.article(102).pk)})

    def test_history_shows_the_articles_were_published(self):
        from wagtail.models import PageLogEntry

        article = self.article(101)
        actions = set(PageLogEntry.objects.filter(page=article).values_list("action", flat=True))
        self.assertEqual(actions, {"wagtail.create", "wagtail.publish"})
        self.assertEqual(article.live_revision, article.latest_revision)
        self.assertFalse(article.has_unpublished_changes)


class EditingImportedArticlesTests(ImportTestCase):
    def test_editors_open_imported_articles_and_their_bodies_pass_the_editors_checks(self):
        from django.urls import reverse

        from tests.factories import make_user

        self.client.force_login(make_user("editor", superuser=True))
        stream_block = ArticlePage._meta.get_field("body").stream_block
        for article in ArticlePage.objects.filter(wordpress_id__isnull=False):
            response = self.client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
            self.assertEqual(response.status_code, 200, article.title)
            # What the editor's form runs on save: lengths, required alt text and so on.
            stream_block.clean(article.specific.get_latest_revision_as_object().body)
