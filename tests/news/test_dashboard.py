"""The dashboard starts work: "Write an article", the writer's articles by where
they stand, and for editors what awaits review (oldest first) and the review-due count."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow
from wagtail.test.utils import WagtailTestUtils

from tests.factories import ArticlePageFactory, PersonPageFactory, make_user
from tests.utils import SiteTestCase


class DashboardTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.person = PersonPageFactory(parent=cls.tree.people, title="Priya Raman")
        cls.reviewer_page = PersonPageFactory(parent=cls.tree.people, title="Alex Partner")
        cls.solicitor = make_user("solicitor", "Solicitors", person=cls.person)
        cls.colleague = make_user("colleague", "Solicitors")
        cls.editor = make_user("editor", "Editors", person=cls.reviewer_page)
        cls.workflow = Workflow.objects.get(name="Legal review")

        def article(title, owner, live=False, **kwargs):
            return ArticlePageFactory(
                parent=cls.tree.news,
                title=title,
                authors=[cls.person] if owner == cls.solicitor else [],
                owner=owner,
                live=live,
                **kwargs,
            )

        cls.draft = article("My draft", cls.solicitor)
        cls.draft.save_revision(user=cls.solicitor)
        cls.first_sent = article("Sent first", cls.solicitor)
        cls.second_sent = article("Sent second", cls.solicitor)
        cls.bounced = article("Needs a citation", cls.solicitor)
        cls.published = article("Already out", cls.solicitor, live=True)
        cls.colleagues = article("A colleague's draft", cls.colleague)
        cls.colleagues.save_revision(user=cls.colleague)
        for page in (cls.first_sent, cls.second_sent, cls.bounced):
            page.save_revision(user=cls.solicitor)
            cls.workflow.start(page, cls.solicitor)
        task_state = cls.bounced.current_workflow_task_state
        task_state.task.specific.on_action(
            task_state, cls.editor, "reject", comment="Please cite the judgment."
        )
        # The first was sent a day before the second.
        first_state = cls.first_sent.current_workflow_task_state
        first_state.started_at = timezone.now() - timedelta(days=1)
        first_state.save()

    def dashboard(self, user):
        self.client.force_login(user)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 200)
        return self.get_soup(response.content)

    def test_write_an_article_goes_straight_to_a_new_article_under_news(self):
        soup = self.dashboard(self.solicitor)
        [link] = [a for a in soup.select("a") if a.get_text(strip=True) == "Write an article"]
        self.assertEqual(
            link["href"],
            reverse("wagtailadmin_pages:add", args=["news", "articlepage", self.tree.news.pk]),
        )

    def test_a_solicitor_sees_their_articles_by_where_they_stand(self):
        soup = self.dashboard(self.solicitor)
        panel = soup.select_one("#my-articles-section, #my-articles")
        self.assertIsNotNone(panel, "no 'Your articles' panel")
        text = panel.get_text(" ", strip=True)
        sections = {}
        for heading in panel.find_all("h3"):
            items = heading.find_next_sibling(["ul", "p"])
            sections[heading.get_text(strip=True)] = items.get_text(" ", strip=True)
        self.assertIn("My draft", sections["Drafts"])
        self.assertIn("Sent first", sections["In Legal review"])
        self.assertIn("Sent second", sections["In Legal review"])
        self.assertIn("Needs a citation", sections["Changes requested"])
        # With the reviewer's name (their profile's) and comment.
        self.assertIn("Alex Partner", sections["Changes requested"])
        self.assertIn("Please cite the judgment.", text)
        self.assertIn("Already out", sections["Recently published"])
        self.assertNotIn("A colleague's draft", text)
        self.assertNotIn("Needs a citation", sections["In Legal review"])

    def test_an_editor_sees_what_awaits_review_oldest_first_and_the_due_count(self):
        soup = self.dashboard(self.editor)
        awaiting = soup.select_one("#awaiting-review-section, #awaiting-review")
        titles = [a.get_text(strip=True) for a in awaiting.select("td.title a, .title a")]
        titles = [t for t in titles if t in ("Sent first", "Sent second")]
        self.assertEqual(titles[:2], ["Sent first", "Sent second"])
        due = soup.select_one("#legal-review-due-section, #legal-review-due")
        # "Already out" was published without a legal review.
        self.assertIn("1 live article", due.get_text(" ", strip=True))

    def test_a_solicitor_sees_no_review_panels(self):
        soup = self.dashboard(self.solicitor)
        self.assertIsNone(soup.select_one("#legal-review-due-section, #legal-review-due"))

    def test_the_panel_costs_the_same_queries_for_one_article_or_many(self):
        self.client.force_login(self.solicitor)
        url = reverse("wagtailadmin_home")
        self.client.get(url)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as few:
            self.client.get(url)
        for n in range(5):
            page = ArticlePageFactory(
                parent=self.tree.news, title=f"More {n}", owner=self.solicitor, live=False
            )
            page.save_revision(user=self.solicitor)
            self.workflow.start(page, self.solicitor)
        self.client.get(url)  # the site furniture, cleared by the new images
        with CaptureQueriesContext(connection) as many:
            self.client.get(url)
        self.assertEqual(len(many), len(few))
