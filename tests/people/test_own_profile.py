"""A solicitor edits their own profile, and only theirs."""

from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, rich_text

from firm_site.base.roles import EDITORS, SOLICITORS
from people.models import PersonPage
from tests.factories import PersonPageFactory, make_user
from tests.utils import SiteTestCase


class OwnProfileTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.profile = PersonPageFactory(parent=cls.tree.people, title="Sol Icitor", slug="sol")
        cls.colleague = PersonPageFactory(parent=cls.tree.people, title="Col League", slug="col")
        cls.solicitor = make_user("solicitor", SOLICITORS, person=cls.profile)
        cls.editor = make_user("editor", EDITORS)

    def profile_data(self, person, **overrides):
        data = {
            "title": person.title,
            "slug": person.slug,
            "job_title": "Partner",
            "legal_career_start_year": 2010,
            "qualified_year": 2014,
            "phone": "",
            "email": "",
            "short_bio": "A new bio.",
            "bio": rich_text(""),
            "photo": person.photo_id,
            "user": "",
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_the_my_profile_link_opens_the_own_profile(self):
        self.client.force_login(self.solicitor)
        response = self.client.get(reverse("my_profile"))
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[self.profile.pk]))
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get(reverse("my_profile")).status_code, 404)

    def test_a_solicitor_submits_a_change_to_their_profile_for_approval(self):
        self.client.force_login(self.solicitor)
        url = reverse("wagtailadmin_pages:edit", args=[self.profile.pk])
        data = self.profile_data(self.profile, job_title="Partner")
        data["action-submit"] = "Submit"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        profile = PersonPage.objects.get(pk=self.profile.pk)
        self.assertEqual(profile.job_title, "Associate Solicitor")  # live version unchanged
        self.assertEqual(profile.get_latest_revision_as_object().job_title, "Partner")
        state = WorkflowState.objects.get(object_id=str(profile.pk))
        self.assertEqual(state.workflow.name, "Editors approval")
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)

    def test_a_solicitor_cannot_publish_their_profile(self):
        self.client.force_login(self.solicitor)
        url = reverse("wagtailadmin_pages:edit", args=[self.profile.pk])
        data = self.profile_data(self.profile, job_title="Senior Partner")
        data["action-publish"] = "Publish"
        self.client.post(url, data)
        self.assertEqual(
            PersonPage.objects.get(pk=self.profile.pk).job_title, "Associate Solicitor"
        )

    def test_a_solicitor_cannot_hand_their_profile_to_another_account(self):
        self.client.force_login(self.solicitor)
        url = reverse("wagtailadmin_pages:edit", args=[self.profile.pk])
        response = self.client.get(url)
        field = self.get_soup(response.content).select_one("[name=user]")
        self.assertTrue(field.has_attr("disabled"))
        data = self.profile_data(self.profile, user=self.editor.pk)
        self.client.post(url, data)
        draft = PersonPage.objects.get(pk=self.profile.pk).get_latest_revision_as_object()
        self.assertEqual(draft.user_id, self.solicitor.pk)

    def test_editing_someone_elses_profile_is_refused(self):
        self.client.force_login(self.solicitor)
        url = reverse("wagtailadmin_pages:edit", args=[self.colleague.pk])
        response = self.client.post(url, self.profile_data(self.colleague, job_title="Cleaner"))
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        colleague = PersonPage.objects.get(pk=self.colleague.pk)
        self.assertEqual(colleague.get_latest_revision_as_object().job_title, "Associate Solicitor")

    def test_an_editor_can_edit_any_profile_and_link_accounts(self):
        self.client.force_login(self.editor)
        url = reverse("wagtailadmin_pages:edit", args=[self.colleague.pk])
        response = self.client.get(url)
        self.assertFalse(
            self.get_soup(response.content).select_one("[name=user]").has_attr("disabled")
        )
