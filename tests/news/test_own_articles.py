"""Solicitors add articles and edit their own (those they created or are an
author of), never a colleague's; Editors edit them all."""

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils

from news.models import ArticlePage
from tests.factories import ArticlePageFactory, PersonPageFactory, make_user
from tests.utils import SiteTestCase


class OwnArticlesOnlyTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.priya_page = PersonPageFactory(parent=cls.tree.people, title="Priya Raman")
        cls.sam_page = PersonPageFactory(parent=cls.tree.people, title="Sam Roe")
        cls.priya = make_user("priya", "Solicitors", person=cls.priya_page)
        cls.sam = make_user("sam", "Solicitors", person=cls.sam_page)
        cls.editor = make_user("editor", "Editors")
        # Sam's live article, and a draft Sam created.
        cls.sams_live = ArticlePageFactory(
            parent=cls.tree.news, authors=[cls.sam_page], owner=cls.sam
        )
        cls.sams_draft = ArticlePageFactory(
            parent=cls.tree.news, authors=[cls.sam_page], owner=cls.sam, live=False
        )
        # Written by Priya, entered by an editor (so Priya doesn't own the page).
        cls.priyas_article = ArticlePageFactory(
            parent=cls.tree.news, authors=[cls.priya_page], owner=cls.editor
        )

    def edit_url(self, page):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    def can_edit(self, user, page):
        return ArticlePage.objects.get(pk=page.pk).permissions_for_user(user).can_edit()

    def test_a_solicitor_cannot_open_a_colleagues_live_article(self):
        self.client.force_login(self.priya)
        response = self.client.get(self.edit_url(self.sams_live))
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertFalse(self.can_edit(self.priya, self.sams_live))

    def test_a_solicitor_cannot_change_a_colleagues_article_by_posting(self):
        self.client.force_login(self.priya)
        title = self.sams_draft.title
        response = self.client.post(
            self.edit_url(self.sams_draft), {"title": "Overwritten", "action-submit": "1"}
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Page.objects.get(pk=self.sams_draft.pk).title, title)
        self.assertFalse(self.sams_draft.revisions.filter(user=self.priya).exists())

    def test_a_solicitor_cannot_open_a_colleagues_draft(self):
        self.assertFalse(self.can_edit(self.priya, self.sams_draft))

    def test_a_solicitor_edits_what_they_created(self):
        self.client.force_login(self.sam)
        self.assertEqual(self.client.get(self.edit_url(self.sams_draft)).status_code, 200)
        self.assertEqual(self.client.get(self.edit_url(self.sams_live)).status_code, 200)

    def test_a_solicitor_edits_an_article_they_are_an_author_of(self):
        self.client.force_login(self.priya)
        self.assertEqual(self.client.get(self.edit_url(self.priyas_article)).status_code, 200)

    def test_being_named_as_an_author_is_not_enough_without_the_role(self):
        self.priya.groups.clear()
        self.assertFalse(self.can_edit(self.priya, self.priyas_article))

    def test_a_solicitor_still_cannot_publish_or_delete_a_live_article(self):
        permissions = ArticlePage.objects.get(pk=self.sams_live.pk).permissions_for_user(self.sam)
        self.assertFalse(permissions.can_publish())
        self.assertFalse(permissions.can_delete())
        self.assertFalse(permissions.can_unpublish())

    def test_an_editor_edits_every_article(self):
        self.client.force_login(self.editor)
        for article in (self.sams_live, self.sams_draft, self.priyas_article):
            with self.subTest(article=article.title):
                self.assertEqual(self.client.get(self.edit_url(article)).status_code, 200)

    def test_the_news_listing_offers_a_solicitor_edit_links_for_their_own_only(self):
        self.client.force_login(self.priya)
        response = self.client.get(reverse("wagtailadmin_explore", args=[self.tree.news.pk]))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, self.edit_url(self.priyas_article))
        self.assertNotContains(response, self.edit_url(self.sams_live))
