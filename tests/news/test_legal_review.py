"""The Legal review workflow, end to end: write, submit, notify, request changes, approve."""

from datetime import date

from django.core import mail
from django.urls import reverse
from freezegun import freeze_time
from wagtail.models import PageLogEntry, TaskState, WorkflowState
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from firm_site.base.roles import EDITORS, SOLICITORS
from news.models import ArticlePage
from news.review import CHECKLIST_ACTION, CHECKLIST_LOG_ACTION
from tests.factories import CategoryFactory, PersonPageFactory, make_user
from tests.utils import SiteTestCase


class LegalReviewTestCase(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.profile = PersonPageFactory(parent=cls.tree.people, title="Sol Icitor", slug="sol")
        cls.solicitor = make_user("solicitor", SOLICITORS, person=cls.profile)
        cls.reviewer_profile = PersonPageFactory(
            parent=cls.tree.people, title="Rhian Viewer", slug="rhian"
        )
        cls.editor = make_user("editor", EDITORS, person=cls.reviewer_profile)
        cls.other_editor = make_user("other", EDITORS)
        cls.plain = CategoryFactory(name="Personal Injury", slug="personal-injury")
        cls.sensitive = CategoryFactory(name="Child Abuse", slug="child-abuse", is_sensitive=True)
        cls.grooming = CategoryFactory(name="Grooming Gangs", slug="grooming", parent=cls.sensitive)

    def setUp(self):
        super().setUp()
        mail.outbox.clear()

    def add_url(self):
        return reverse("wagtailadmin_pages:add", args=["news", "articlepage", self.tree.news.pk])

    def article_data(self, category, **overrides):
        data = {
            "title": "What survivors can do",
            "slug": "what-survivors-can-do",
            "excerpt": "A guide.",
            "authors": inline_formset([{"person": self.profile.pk}]),
            "listing_image": "",
            "listing_image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>Options.</p>"))]),
        }
        data.update(overrides)
        form_data = nested_form_data(data)
        form_data["categories"] = [category.pk]
        return form_data

    def edit_data(self, article, category, **overrides):
        """The edit form's data: the existing byline, by id."""
        authorships = [{"id": a.pk, "person": a.person_id} for a in article.authors.all()]
        return self.article_data(
            category, authors=inline_formset(authorships, initial=len(authorships)), **overrides
        )

    def submit_article(self, category, **overrides):
        self.client.force_login(self.solicitor)
        data = self.article_data(category, **overrides)
        data["action-submit"] = "Submit for review"
        response = self.client.post(self.add_url(), data)
        self.assertEqual(response.status_code, 302, response.content[:3000])
        return ArticlePage.objects.get(slug=data["slug"])

    def task_state(self, article):
        return TaskState.objects.get(
            workflow_state__object_id=str(article.pk), status=TaskState.STATUS_IN_PROGRESS
        )

    def act(self, article, action, data=None, user=None):
        self.client.force_login(user or self.editor)
        url = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[article.pk, action, self.task_state(article).pk],
        )
        return self.client.post(url, data or {})


class LegalReviewWorkflowTests(LegalReviewTestCase):
    def test_the_byline_starts_with_the_writers_profile(self):
        self.client.force_login(self.solicitor)
        soup = self.get_soup(self.client.get(self.add_url()).content)
        self.assertEqual(soup.select_one("[name=authors-0-person]")["value"], str(self.profile.pk))
        self.client.force_login(self.other_editor)  # no profile: no default
        soup = self.get_soup(self.client.get(self.add_url()).content)
        self.assertFalse(soup.select_one("[name=authors-0-person]").get("value"))

    def test_submitting_notifies_the_editors_and_publishes_nothing(self):
        article = self.submit_article(self.plain)
        self.assertFalse(article.live)
        state = WorkflowState.objects.get(object_id=str(article.pk))
        self.assertEqual(state.workflow.name, "Legal review")
        recipients = {address for message in mail.outbox for address in message.to}
        self.assertIn(self.editor.email, recipients)
        self.assertIn(self.other_editor.email, recipients)
        self.assertNotIn(self.solicitor.email, recipients)
        self.assertTrue(any("What survivors can do" in message.subject for message in mail.outbox))
        self.client.logout()
        self.fetch_soup("/news/what-survivors-can-do/", status=404)

    def test_requesting_changes_tells_the_author_why(self):
        article = self.submit_article(self.plain)
        mail.outbox.clear()
        response = self.act(article, "reject", {"comment": "Please cite the judgment."})
        self.assertEqual(response.status_code, 302)
        self.assertEqual([message.to for message in mail.outbox], [[self.solicitor.email]])
        self.assertIn("Please cite the judgment.", mail.outbox[0].body)
        article.refresh_from_db()
        self.assertFalse(article.live)
        self.assertEqual(
            WorkflowState.objects.get(object_id=str(article.pk)).status,
            WorkflowState.STATUS_NEEDS_CHANGES,
        )

    @freeze_time("2026-03-14 10:00")
    def test_approving_publishes_with_the_reviewers_name_and_date(self):
        article = self.submit_article(self.plain)
        mail.outbox.clear()
        response = self.act(article, "approve", {"comment": ""})
        self.assertEqual(response.status_code, 302)
        article.refresh_from_db()
        self.assertTrue(article.live)
        self.assertEqual(article.reviewed_by_name, "Rhian Viewer")
        self.assertEqual(article.reviewed_at, date(2026, 3, 14))
        self.assertIn(self.solicitor.email, [m.to[0] for m in mail.outbox])  # told it's approved
        self.client.logout()
        soup = self.fetch_soup(article.url)
        self.assertEqual(
            soup.select_one(".article__reviewed").get_text(" ", strip=True),
            "Reviewed by Rhian Viewer on 14 March 2026",
        )

    def test_a_later_edit_keeps_the_review(self):
        article = self.submit_article(self.plain)
        self.act(article, "approve", {"comment": ""})
        self.client.force_login(self.editor)
        data = self.edit_data(article, self.plain, title="What survivors can do now")
        data["action-publish"] = "Publish"
        self.client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
        article.refresh_from_db()
        self.assertEqual(article.title, "What survivors can do now")
        self.assertEqual(article.reviewed_by_name, "Rhian Viewer")

    def test_the_same_author_twice_is_a_form_error(self):
        self.client.force_login(self.solicitor)
        data = self.article_data(
            self.plain,
            authors=inline_formset([{"person": self.profile.pk}, {"person": self.profile.pk}]),
        )
        response = self.client.post(self.add_url(), data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "duplicate data")
        self.assertFalse(ArticlePage.objects.filter(slug="what-survivors-can-do").exists())

    def test_a_solicitor_cannot_approve(self):
        article = self.submit_article(self.plain)
        response = self.act(article, "approve", {"comment": ""}, user=self.solicitor)
        self.assertIn(response.status_code, (302, 403))
        article.refresh_from_db()
        self.assertFalse(article.live)

    def test_editors_may_publish_directly(self):
        self.client.force_login(self.editor)
        data = self.article_data(self.plain)
        data["action-publish"] = "Publish"
        self.assertEqual(self.client.post(self.add_url(), data).status_code, 302)
        article = ArticlePage.objects.get(slug="what-survivors-can-do")
        self.assertTrue(article.live)
        self.assertEqual(article.reviewed_by_name, "")  # publishing is not a legal review

    def test_a_solicitor_cannot_publish_directly(self):
        self.client.force_login(self.solicitor)
        data = self.article_data(self.plain)
        data["action-publish"] = "Publish"
        self.client.post(self.add_url(), data)
        self.assertFalse(ArticlePage.objects.filter(live=True, slug="what-survivors-can-do"))

    def test_approving_an_article_with_a_go_live_date_schedules_it(self):
        article = self.submit_article(self.plain, go_live_at="01/06/2099 09:00")
        self.act(article, "approve", {"comment": ""})
        article.refresh_from_db()
        self.assertFalse(article.live)
        revision = article.scheduled_revision
        self.assertIsNotNone(revision)
        self.assertEqual(revision.as_object().reviewed_by_name, "Rhian Viewer")


class SensitiveArticleTests(LegalReviewTestCase):
    CONFIRMED = {
        "no_identifiable_complainant": "on",
        "restrictions_checked": "on",
        "accurate": "on",
        "comment": "Checked against the order of 3 March.",
    }

    def test_the_plain_approve_is_not_offered_or_accepted(self):
        article = self.submit_article(self.grooming)  # sensitive through its parent
        response = self.act(article, "approve", {"comment": ""})
        self.assertIn(response.status_code, (302, 403))
        article.refresh_from_db()
        self.assertFalse(article.live)
        self.assertEqual(self.task_state(article).status, TaskState.STATUS_IN_PROGRESS)

    def test_the_checklist_form_shows_every_point(self):
        article = self.submit_article(self.grooming)
        self.client.force_login(self.editor)
        url = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[article.pk, CHECKLIST_ACTION, self.task_state(article).pk],
        )
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        html = response.json()["html"]
        self.assertIn("anonymity is lifelong", html)
        self.assertIn("Reporting restrictions and live proceedings", html)
        self.assertIn("accurate and not misleading", html)

    def test_approval_without_the_checklist_is_refused(self):
        article = self.submit_article(self.grooming)
        partial = {"no_identifiable_complainant": "on", "accurate": "on", "comment": ""}
        response = self.act(article, CHECKLIST_ACTION, partial)
        self.assertLess(response.status_code, 500)
        article.refresh_from_db()
        self.assertFalse(article.live)
        self.assertEqual(self.task_state(article).status, TaskState.STATUS_IN_PROGRESS)

    def test_the_modal_shows_what_is_missing(self):
        article = self.submit_article(self.grooming)
        self.client.force_login(self.editor)
        url = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[article.pk, CHECKLIST_ACTION, self.task_state(article).pk],
        )
        response = self.client.post(
            url, {"accurate": "on"}, headers={"x-requested-with": "XMLHttpRequest"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Confirm this before approving.", response.json()["html"])

    def test_the_edit_views_approve_button_cannot_skip_the_checklist(self):
        article = self.submit_article(self.grooming)
        self.client.force_login(self.editor)
        data = self.edit_data(article, self.grooming)
        data["action-workflow-action"] = "true"
        data["workflow-action-name"] = CHECKLIST_ACTION
        data["workflow-action-extra-data"] = '{"comment": "", "accurate": true}'
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
        # Wagtail turns the refusal into its "no permission" redirect to the dashboard.
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        article.refresh_from_db()
        self.assertFalse(article.live)
        self.assertEqual(self.task_state(article).status, TaskState.STATUS_IN_PROGRESS)

    def test_approval_with_the_checklist_publishes_and_is_kept_in_the_history(self):
        article = self.submit_article(self.grooming)
        response = self.act(article, CHECKLIST_ACTION, self.CONFIRMED)
        self.assertEqual(response.status_code, 302)
        article.refresh_from_db()
        self.assertTrue(article.live)
        self.assertEqual(article.reviewed_by_name, "Rhian Viewer")

        checklist_entry = PageLogEntry.objects.get(page=article, action=CHECKLIST_LOG_ACTION)
        self.assertEqual(checklist_entry.user, self.editor)
        approval = PageLogEntry.objects.get(page=article, action="wagtail.workflow.approve")
        self.assertEqual(approval.user, self.editor)
        self.assertIn("Legal checklist confirmed", approval.data["comment"])
        self.assertIn("anonymity is lifelong", approval.data["comment"])
        self.assertIn("Checked against the order of 3 March.", approval.data["comment"])

        self.client.force_login(self.editor)
        history = self.client.get(reverse("wagtailadmin_pages:history", args=[article.pk]))
        self.assertContains(history, "Legal checklist confirmed")

    def test_the_edit_view_approves_with_a_confirmed_checklist(self):
        article = self.submit_article(self.grooming)
        self.client.force_login(self.editor)
        data = self.edit_data(article, self.grooming)
        data["action-workflow-action"] = "true"
        data["workflow-action-name"] = CHECKLIST_ACTION
        data["workflow-action-extra-data"] = (
            '{"comment": "", "no_identifiable_complainant": true, '
            '"restrictions_checked": true, "accurate": true}'
        )
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
        self.assertEqual(response.status_code, 302)
        article.refresh_from_db()
        self.assertTrue(article.live)
