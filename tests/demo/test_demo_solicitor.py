"""The demo solicitor account `make run` prints beside the admin login."""

from django.contrib.auth import get_user_model
from django.test import override_settings

from demo.management.commands.load_demo_content import (
    DEMO_SOLICITOR_PASSWORD,
    DEMO_SOLICITOR_PROFILE,
    Command,
)
from firm_site.base.roles import SOLICITORS
from people.models import PersonPage
from tests.factories import PersonPageFactory
from tests.utils import SiteTestCase


class DemoSolicitorTests(SiteTestCase):
    def setUp(self):
        super().setUp()
        self.profile = PersonPageFactory(
            parent=self.tree.people, title="Daniel Okafor", slug=DEMO_SOLICITOR_PROFILE
        )
        self.command = Command()
        self.command.created = 0

    def test_a_solicitor_linked_to_a_profile(self):
        line = self.command.load_demo_solicitor()
        self.assertIn("user: solicitor", line)
        self.assertIn(f"password: {DEMO_SOLICITOR_PASSWORD}", line)
        user = get_user_model().objects.get(username="solicitor")
        self.assertTrue(user.check_password(DEMO_SOLICITOR_PASSWORD))
        self.assertEqual(list(user.groups.values_list("name", flat=True)), [SOLICITORS])
        self.assertFalse(user.is_superuser)
        profile = PersonPage.objects.get(pk=self.profile.pk)
        self.assertEqual(profile.user, user)
        # Linked in the live revision too, so the profile's next edit keeps the link.
        self.assertEqual(profile.get_latest_revision_as_object().user_id, user.pk)

    def test_a_second_run_creates_nothing(self):
        self.command.load_demo_solicitor()
        self.command.created = 0
        self.command.load_demo_solicitor()
        self.assertEqual(self.command.created, 0)
        self.assertEqual(get_user_model().objects.filter(username="solicitor").count(), 1)

    @override_settings(DEMO_ADMIN_ALLOWED=False)
    def test_never_where_demo_accounts_are_not_allowed(self):
        self.assertIn("No demo solicitor", self.command.load_demo_solicitor())
        self.assertFalse(get_user_model().objects.filter(username="solicitor").exists())
