"""A new article is never lost to autosave: a POST from the "add" form after its
autosave created the page carries on with that page instead of clashing on the slug."""

import uuid
from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import ArticlePage
from tests.factories import CategoryFactory, PersonPageFactory, make_user
from tests.utils import SiteTestCase


class AutosaveThenSubmitTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.person = PersonPageFactory(parent=cls.tree.people, title="Priya Raman")
        cls.solicitor = make_user("solicitor", "Solicitors", person=cls.person)
        cls.colleague = make_user("colleague", "Solicitors")
        make_user("editor", "Editors")
        cls.category = CategoryFactory(name="Clinical Negligence", slug="clinical-negligence")

    def setUp(self):
        super().setUp()
        self.client.force_login(self.solicitor)
        self.add_url = reverse(
            "wagtailadmin_pages:add", args=["news", "articlepage", self.tree.news.pk]
        )

    def form_key(self):
        """The key the "add" form hands out, as a browser would read it."""
        soup = self.get_soup(self.client.get(self.add_url).content)
        return soup.select_one("input[name=draft_key]")["value"]

    def data(self, key, with_body=True, **extra):
        fields = {
            "draft_key": key,
            "title": "When a scan is misread",
            "slug": "when-a-scan-is-misread",
            "excerpt": "What to do when a scan result was misread.",
            "authors": inline_formset([{"person": self.person.pk}]),
            "body": streamfield(
                [("paragraph", rich_text("<p>Scans are read by people.</p>"))] if with_body else []
            ),
        }
        fields.update(extra)
        form_data = nested_form_data(fields)
        form_data["categories"] = [self.category.pk]
        return form_data

    def autosave(self, key, **kwargs):
        """What the autosave sends: the form so far, asking for JSON."""
        response = self.client.post(
            self.add_url, self.data(key, with_body=False), HTTP_ACCEPT="application/json", **kwargs
        )
        self.assertEqual(response.status_code, 200, response.content[:500])
        self.assertTrue(response.json()["success"])
        return ArticlePage.objects.get(pk=response.json()["pk"])

    def test_submit_while_the_first_autosave_was_on_its_way(self):
        key = self.form_key()
        self.autosave(key)
        mail.outbox.clear()

        response = self.client.post(self.add_url, self.data(key, **{"action-submit": "1"}))

        self.assertEqual(response.status_code, 302, response.content[:3000])
        article = ArticlePage.objects.get(slug="when-a-scan-is-misread")
        self.assertEqual(ArticlePage.objects.filter(title="When a scan is misread").count(), 1)
        self.assertEqual(article.current_workflow_state.status, "in_progress")
        # Everything typed is there, once: one author, the body the autosave lacked.
        self.assertEqual([a.person_id for a in article.authors.all()], [self.person.pk])
        self.assertIn(
            "Scans are read by people.", str(article.get_latest_revision_as_object().body)
        )
        # The reviewers are told once.
        self.assertEqual(len([m for m in mail.outbox if "editor@firm.example" in m.to]), 1)

    def test_save_draft_while_the_first_autosave_was_on_its_way(self):
        key = self.form_key()
        first = self.autosave(key)
        response = self.client.post(self.add_url, self.data(key))
        article = ArticlePage.objects.get(slug="when-a-scan-is-misread")
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[article.pk]))
        self.assertFalse(Page.objects.filter(pk=first.pk).exists())
        # The history says what happened to the autosave's copy.
        self.assertTrue(
            PageLogEntry.objects.filter(page_id=first.pk, action="wagtail.delete").exists()
        )

    def test_errors_keep_the_autosaved_draft(self):
        key = self.form_key()
        first = self.autosave(key)
        response = self.client.post(
            self.add_url, self.data(key, excerpt="", **{"action-submit": "1"})
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "could not be created")
        self.assertTrue(ArticlePage.objects.filter(pk=first.pk).exists())

    def test_a_different_form_never_replaces_a_draft(self):
        self.autosave(self.form_key())
        response = self.client.post(
            self.add_url, self.data(str(uuid.uuid4()), **{"action-submit": "1"})
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "is already in use")
        self.assertEqual(ArticlePage.objects.count(), 1)

    def test_a_submitted_draft_is_not_replaced_and_the_author_is_told_where_it_is(self):
        key = self.form_key()
        self.client.post(self.add_url, self.data(key, **{"action-submit": "1"}))
        response = self.client.post(self.add_url, self.data(key, **{"action-submit": "1"}))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This article has already been saved")
        self.assertEqual(ArticlePage.objects.count(), 1)

    def test_an_old_draft_is_not_replaced(self):
        key = self.form_key()
        first = self.autosave(key)
        ArticlePage.objects.filter(pk=first.pk).update(
            latest_revision_created_at=timezone.now() - timedelta(hours=1)
        )
        response = self.client.post(self.add_url, self.data(key))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This article has already been saved")
        self.assertTrue(ArticlePage.objects.filter(pk=first.pk).exists())

    def test_nobody_replaces_a_colleagues_draft(self):
        key = self.form_key()
        first = self.autosave(key)
        self.client.force_login(self.colleague)
        response = self.client.post(self.add_url, self.data(key))
        self.assertEqual(response.status_code, 200)
        self.assertTrue(ArticlePage.objects.filter(pk=first.pk).exists())

    def test_a_malformed_key_is_a_form_error_not_a_500(self):
        response = self.client.post(self.add_url, self.data("not-a-uuid"))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(ArticlePage.objects.count(), 0)

    def test_the_edit_form_has_no_key(self):
        first = self.autosave(self.form_key())
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[first.pk]))
        self.assertNotContains(response, 'name="draft_key"')
