"""The demo editor, enquiry handler and named admin `make run` prints beside the solicitor."""

from django.contrib.auth import get_user_model
from django.test import override_settings

from demo.management.commands.load_demo_content import (
    DEMO_EDITOR_PASSWORD,
    DEMO_EDITOR_PROFILE,
    DEMO_HANDLER_PASSWORD,
    Command,
)
from firm_site.base.roles import EDITORS, ENQUIRY_HANDLERS
from news.review import reviewer_name
from tests.factories import PersonPageFactory
from tests.utils import SiteTestCase

User = get_user_model()


class DemoRolesTests(SiteTestCase):
    def setUp(self):
        super().setUp()
        self.partner = PersonPageFactory(
            parent=self.tree.people, title="Eleanor Whitcombe", slug=DEMO_EDITOR_PROFILE
        )
        self.command = Command()
        self.command.created = 0

    def test_an_editor_who_reviews_as_a_partner(self):
        line = self.command.load_demo_editor()
        self.assertIn("user: editor", line)
        self.assertIn(DEMO_EDITOR_PASSWORD, line)
        user = User.objects.get(username="editor")
        self.assertTrue(user.groups.filter(name=EDITORS).exists())
        self.assertEqual(reviewer_name(user), "Eleanor Whitcombe")

    def test_an_enquiry_handler_with_a_note_on_two_factor(self):
        line = self.command.load_demo_handler()
        self.assertIn("user: handler", line)
        self.assertIn(DEMO_HANDLER_PASSWORD, line)
        self.assertIn("two-factor", line)
        user = User.objects.get(username="handler")
        self.assertTrue(user.groups.filter(name=ENQUIRY_HANDLERS).exists())

    def test_the_admin_has_a_name_and_reviews(self):
        self.command.load_admin_user()
        admin = User.objects.get(username="admin")
        self.assertEqual(reviewer_name(admin), "Morgan Ashdown")
        self.assertTrue(admin.groups.filter(name=EDITORS).exists())

    def test_an_admin_made_without_a_name_gets_one(self):
        User.objects.create_superuser("admin", "admin@example.com", "demo-admin-password")
        self.command.load_admin_user()
        self.assertEqual(User.objects.get(username="admin").get_full_name(), "Morgan Ashdown")

    def test_running_again_adds_nobody(self):
        for _ in range(2):
            self.command.load_demo_editor()
            self.command.load_demo_handler()
        self.assertEqual(User.objects.filter(username__in=["editor", "handler"]).count(), 2)

    @override_settings(DEMO_ADMIN_ALLOWED=False)
    def test_no_demo_accounts_where_not_allowed(self):
        self.assertIn("No demo editor", self.command.load_demo_editor())
        self.assertIn("No demo enquiry handler", self.command.load_demo_handler())
        self.assertFalse(User.objects.filter(username__in=["editor", "handler"]).exists())
