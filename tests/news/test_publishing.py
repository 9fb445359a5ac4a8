"""What a solicitor and an editor see while publishing: the next step as the main
button, and the firm's words (review, "Changes requested") in the admin and emails."""

from django.core import mail
from django.urls import reverse
from wagtail.models import Workflow
from wagtail.test.utils import WagtailTestUtils

from tests.factories import ArticlePageFactory, PersonPageFactory, make_user
from tests.utils import SiteTestCase


class NextStepTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.person = PersonPageFactory(parent=cls.tree.people, title="Priya Raman")
        cls.solicitor = make_user("solicitor", "Solicitors", person=cls.person)
        cls.editor = make_user("editor", "Editors")
        # A superuser who reviews is an editor too: one email, not two.
        cls.partner = make_user("partner", "Editors", superuser=True)
        cls.article = ArticlePageFactory(
            parent=cls.tree.news, authors=[cls.person], owner=cls.solicitor, live=False
        )

    def main_button(self, url):
        soup = self.get_soup(self.client.get(url).content)
        footer = soup.select_one("footer .w-dropdown-button, footer nav")
        return footer.select_one("button[type=submit]")

    def test_a_solicitor_s_main_button_is_submit_to_legal_review(self):
        self.client.force_login(self.solicitor)
        for url in (
            reverse("wagtailadmin_pages:add", args=["news", "articlepage", self.tree.news.pk]),
            reverse("wagtailadmin_pages:edit", args=[self.article.pk]),
        ):
            with self.subTest(url=url):
                button = self.main_button(url)
                self.assertEqual(button.get("name"), "action-submit")
                self.assertIn("Submit to Legal review", button.get_text())

    def test_save_draft_is_second(self):
        self.client.force_login(self.solicitor)
        soup = self.get_soup(
            self.client.get(reverse("wagtailadmin_pages:edit", args=[self.article.pk])).content
        )
        more = soup.select("footer [data-w-dropdown-target=content] button")
        self.assertIn("Save draft", more[0].get_text())

    def test_an_editor_keeps_wagtail_s_order_with_publish_in_reach(self):
        self.client.force_login(self.editor)
        url = reverse("wagtailadmin_pages:edit", args=[self.article.pk])
        self.assertIn("Save draft", self.main_button(url).get_text())
        self.assertContains(self.client.get(url), 'name="action-publish"')

    def submit(self):
        mail.outbox.clear()
        self.client.force_login(self.solicitor)
        self.article.save_revision(user=self.solicitor)
        Workflow.objects.get(name="Legal review").start(self.article, self.solicitor)

    def test_reviewers_get_one_email_each_in_the_firm_s_words(self):
        self.submit()
        recipients = sorted(address for message in mail.outbox for address in message.to)
        self.assertEqual(recipients, sorted([self.editor.email, self.partner.email]))
        for message in mail.outbox:
            self.assertNotIn("moderation", message.subject + message.body)
            self.assertIn("Legal review", message.subject + message.body)

    def test_the_status_reads_in_review_and_changes_requested(self):
        self.submit()
        self.client.force_login(self.solicitor)
        listing = reverse("wagtailadmin_explore", args=[self.tree.news.pk])
        response = self.client.get(listing)
        self.assertContains(response, "in review")
        self.assertNotContains(response, "moderation")

        self.client.force_login(self.editor)
        task_state = self.article.current_workflow_task_state
        mail.outbox.clear()
        task_state.task.specific.on_action(
            task_state, self.editor, "reject", comment="Please cite the judgment."
        )
        self.assertEqual([m.to for m in mail.outbox], [[self.solicitor.email]])
        email = mail.outbox[0]
        self.assertIn("requested changes", email.body)
        self.assertIn("Please cite the judgment.", email.body)
        self.assertNotIn("rejected", (email.subject + email.body).lower())

        self.client.force_login(self.solicitor)
        history = self.client.get(reverse("wagtailadmin_pages:history", args=[self.article.pk]))
        self.assertContains(history, "Changes requested")
        self.assertNotContains(history, "Rejected")


class ArticleEditorGuidanceTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        from tests.factories import CategoryFactory

        super().setUpTestData()
        cls.person = PersonPageFactory(parent=cls.tree.people, title="Priya Raman")
        cls.solicitor = make_user("solicitor", "Solicitors", person=cls.person)
        cls.abuse = CategoryFactory(name="Child Abuse", slug="child-abuse", is_sensitive=True)
        cls.grooming = CategoryFactory(name="Grooming", slug="grooming", parent=cls.abuse)
        cls.clinical = CategoryFactory(name="Clinical Negligence", slug="clinical")
        cls.sensitive = ArticlePageFactory(
            parent=cls.tree.news, authors=[cls.person], categories=[cls.grooming]
        )
        cls.ordinary = ArticlePageFactory(
            parent=cls.tree.news, authors=[cls.person], categories=[cls.clinical]
        )

    def setUp(self):
        super().setUp()
        self.client.force_login(self.solicitor)

    def editor(self, page):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        return self.get_soup(response.content)

    def test_a_sensitive_article_shows_the_legal_checklist_as_guidance(self):
        checklist = self.editor(self.sensitive).select_one("[data-legal-checklist]")
        self.assertFalse(checklist.has_attr("hidden"))
        text = checklist.get_text(" ", strip=True)
        self.assertIn("can only approve it once", text)
        self.assertIn("anonymity is lifelong", text)
        # The script is told which categories are sensitive, the child included.
        ids = checklist["data-sensitive-categories"].split()
        self.assertEqual(sorted(ids), sorted([str(self.abuse.pk), str(self.grooming.pk)]))

    def test_an_ordinary_article_keeps_the_checklist_hidden(self):
        checklist = self.editor(self.ordinary).select_one("[data-legal-checklist]")
        self.assertTrue(checklist.has_attr("hidden"))

    def test_search_and_sharing_in_one_panel_without_menus_or_title_tag(self):
        soup = self.editor(self.ordinary)
        self.assertIn("Search and sharing", soup.get_text())
        self.assertIsNone(soup.select_one("[name=show_in_menus]"))
        self.assertIsNone(soup.select_one("[name=seo_title]"))
        for name in ("slug", "search_description", "social_image"):
            self.assertIsNotNone(soup.select_one(f"[name={name}]"), name)
        preview = soup.select_one("[data-search-preview]")
        self.assertIn(self.ordinary.title, preview.get_text())
        self.assertIn(f"/news/{self.ordinary.slug}/", preview.get_text())


class ReviewerNameTests(SiteTestCase):
    def test_never_a_username(self):
        from news.review import reviewer_name

        nameless = make_user("zx81")
        nameless.first_name = nameless.last_name = ""
        self.assertNotIn("zx81", reviewer_name(nameless))
        self.assertEqual(reviewer_name(make_user("rhian")), "Rhian Tester")
        person = PersonPageFactory(parent=self.tree.people, title="Rhian Viewer")
        self.assertEqual(reviewer_name(make_user("rv", person=person)), "Rhian Viewer")


class MenusTests(WagtailTestUtils, SiteTestCase):
    def sidebar(self, user):
        self.client.force_login(user)
        return self.client.get(reverse("wagtailadmin_home")).content.decode()

    def test_a_solicitor_sees_no_reports_and_no_whats_new(self):
        html = self.sidebar(make_user("solicitor", "Solicitors"))
        self.assertNotIn('"name": "reports"', html)
        self.assertNotIn("Aging pages", html)
        self.assertNotIn("whats-new", html)

    def test_an_editor_has_the_reports_but_not_whats_new(self):
        html = self.sidebar(make_user("editor", "Editors"))
        self.assertIn("Legal review due", html)
        self.assertIn("Aging pages", html)
        self.assertNotIn("whats-new", html)
