"""Roles: what each kind of user can reach in the admin, and the News & Blog set-up."""

from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage
from wagtail.test.utils import WagtailTestUtils

from firm_site.base.roles import EDITORS, ENQUIRY_HANDLERS, SOLICITORS
from news.models import NewsIndexPage
from tests.factories import ArticlePageFactory, EnquiryFactory, PersonPageFactory, make_user
from tests.utils import SiteTestCase

OK, DENIED, LOGIN, NOT_FOUND = "ok", "denied", "login", "not found"


class RolesMigrationTests(SiteTestCase):
    def test_every_install_has_the_groups(self):
        names = set(Group.objects.values_list("name", flat=True))
        self.assertLessEqual({SOLICITORS, EDITORS, ENQUIRY_HANDLERS}, names)
        self.assertNotIn("Moderators", names)

    def test_moderators_approval_became_editors_approval(self):
        workflow = Workflow.objects.get(name="Editors approval")
        task = workflow.workflow_tasks.get().task.specific
        self.assertEqual([group.name for group in task.groups.all()], [EDITORS])

    def test_legal_review_is_reviewed_by_editors(self):
        task = Workflow.objects.get(name="Legal review").workflow_tasks.get().task.specific
        self.assertEqual(type(task).__name__, "LegalReviewTask")
        self.assertEqual([group.name for group in task.groups.all()], [EDITORS])

    def test_a_news_page_created_after_migrating_is_set_up(self):
        # The tree is built after the migrations ran, as on a fresh install.
        self.assertEqual(
            WorkflowPage.objects.get(page=self.tree.news).workflow.name, "Legal review"
        )
        codenames = set(
            GroupPagePermission.objects.filter(
                group__name=SOLICITORS, page=self.tree.news
            ).values_list("permission__codename", flat=True)
        )
        self.assertEqual(codenames, {"add_page"})

    def test_setting_up_a_news_page_twice_changes_nothing(self):
        from news.permissions import set_up_news_section

        before = GroupPagePermission.objects.count()
        set_up_news_section(NewsIndexPage.objects.get())
        self.assertEqual(GroupPagePermission.objects.count(), before)


class PermissionMatrixTests(WagtailTestUtils, SiteTestCase):
    """Each role against the admin URLs that matter."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.own_profile = PersonPageFactory(parent=cls.tree.people, title="Sol Icitor")
        cls.other_profile = PersonPageFactory(parent=cls.tree.people, title="Someone Else")
        cls.article = ArticlePageFactory(parent=cls.tree.news, authors=[cls.own_profile])
        cls.colleagues_article = ArticlePageFactory(
            parent=cls.tree.news, authors=[cls.other_profile]
        )
        cls.enquiry = EnquiryFactory(solicitor=cls.own_profile)
        cls.other_enquiry = EnquiryFactory(solicitor=cls.other_profile)
        cls.users = {
            "solicitor": make_user("solicitor", SOLICITORS, person=cls.own_profile),
            "editor": make_user("editor", EDITORS),
            "enquiry_handler": make_user("handler", ENQUIRY_HANDLERS),
            "superuser": make_user("root", superuser=True),
        }

    def outcome(self, response):
        if response.status_code == 200:
            return OK
        if response.status_code == 404:
            return NOT_FOUND
        if response.status_code == 403:
            return DENIED
        if response.status_code == 302:
            location = response["Location"]
            if location.startswith(reverse("wagtailadmin_login")):
                return LOGIN
            # Wagtail sends a user without permission to the dashboard with a message.
            if location == reverse("wagtailadmin_home"):
                return DENIED
        return f"{response.status_code} {response.get('Location', '')}"

    def rows(self):
        tree, article = self.tree, self.article
        everyone_signed_in = {"solicitor": OK, "editor": OK, "enquiry_handler": OK, "superuser": OK}
        writers = {"solicitor": OK, "editor": OK, "superuser": OK}
        publishers = {"editor": OK, "superuser": OK}
        superuser_only = {"superuser": OK}
        # The Enquiries area answers 404 to everyone else, signed in or not
        # (tests/contact/test_permissions.py covers every enquiry URL and method).
        handlers_only = {
            "anonymous": NOT_FOUND,
            "solicitor": NOT_FOUND,
            "editor": NOT_FOUND,
            "enquiry_handler": OK,
            "superuser": OK,
        }
        # The solicitor an enquiry is addressed to may read that one, and no other.
        addressed_solicitor_too = {**handlers_only, "solicitor": OK}
        enquiry = self.enquiry
        return [
            ("dashboard", reverse("wagtailadmin_home"), everyone_signed_in),
            ("account", reverse("wagtailadmin_account"), everyone_signed_in),
            ("News & Blog listing", reverse("wagtailadmin_explore", args=[tree.news.pk]), writers),
            (
                "add an article",
                reverse("wagtailadmin_pages:add", args=["news", "articlepage", tree.news.pk]),
                writers,
            ),
            ("edit an article", reverse("wagtailadmin_pages:edit", args=[article.pk]), writers),
            (
                "edit a colleague's live article",
                reverse("wagtailadmin_pages:edit", args=[self.colleagues_article.pk]),
                publishers,
            ),
            ("article history", reverse("wagtailadmin_pages:history", args=[article.pk]), writers),
            (
                "delete a live article",
                reverse("wagtailadmin_pages:delete", args=[article.pk]),
                publishers,
            ),
            (
                "unpublish an article",
                reverse("wagtailadmin_pages:unpublish", args=[article.pk]),
                publishers,
            ),
            ("upload an image", reverse("wagtailimages:add"), writers),
            ("upload a document", reverse("wagtaildocs:add"), writers),
            (
                "edit own profile",
                reverse("wagtailadmin_pages:edit", args=[self.own_profile.pk]),
                writers,
            ),
            (
                "edit someone else's profile",
                reverse("wagtailadmin_pages:edit", args=[self.other_profile.pk]),
                publishers,
            ),
            (
                "add a person",
                reverse("wagtailadmin_pages:add", args=["people", "personpage", tree.people.pk]),
                publishers,
            ),
            (
                "edit the home page",
                reverse("wagtailadmin_pages:edit", args=[tree.home.pk]),
                publishers,
            ),
            ("categories", reverse("wagtailsnippets_news_category:list"), publishers),
            ("add a category", reverse("wagtailsnippets_news_category:add"), publishers),
            (
                "firm details",
                reverse("wagtailsettings:edit", args=["firm_site", "firmsettings", tree.site.pk]),
                publishers,
            ),
            ("redirects", reverse("wagtailredirects:index"), publishers),
            ("legal review report", reverse("legal_review_due"), publishers),
            ("users", reverse("wagtailusers_users:index"), superuser_only),
            ("groups", reverse("wagtailusers_groups:index"), superuser_only),
            ("workflows", reverse("wagtailadmin_workflows:index"), superuser_only),
            ("locked logins", reverse("locked_logins"), superuser_only),
            ("enquiries", reverse("contact_enquiries:index"), handlers_only),
            (
                "an enquiry addressed to the solicitor",
                reverse("contact_enquiries:inspect", args=[enquiry.public_id]),
                addressed_solicitor_too,
            ),
            (
                "an enquiry addressed to someone else",
                reverse("contact_enquiries:inspect", args=[self.other_enquiry.public_id]),
                handlers_only,
            ),
            (
                "enquiries export",
                reverse("contact_enquiries:index") + "?export=csv",
                handlers_only,
            ),
        ]

    def test_the_matrix(self):
        for name, url, allowed in self.rows():
            self.client.logout()
            with self.subTest(page=name, role="anonymous"):
                self.assertEqual(
                    self.outcome(self.client.get(url)), allowed.get("anonymous", LOGIN)
                )
            for role, user in self.users.items():
                self.client.force_login(user)
                with self.subTest(page=name, role=role):
                    expected = allowed.get(role, DENIED)
                    self.assertEqual(self.outcome(self.client.get(url)), expected)


class RolesMigrationOnExistingSiteTests(SiteTestCase):
    """The migration run on a database that already has a News & Blog page and
    Wagtail's Moderators, as on a site that existed before the roles did."""

    MIGRATION = ("firm_site", "0002_roles_and_legal_review_workflow")

    def run_migration(self):
        from importlib import import_module

        from django.db import connection
        from django.db.migrations.loader import MigrationLoader

        state = MigrationLoader(connection).project_state(self.MIGRATION)
        module = import_module("firm_site.migrations." + self.MIGRATION[1])
        module.set_up_roles(state.apps, None)

    def test_sets_up_the_existing_news_page_and_folds_moderators_into_editors(self):
        GroupPagePermission.objects.filter(page=self.tree.news).delete()
        WorkflowPage.objects.filter(page=self.tree.news).delete()
        moderators = Group.objects.create(name="Moderators")
        moderator = make_user("moderator")
        moderator.groups.add(moderators)

        self.run_migration()

        self.assertEqual(
            WorkflowPage.objects.get(page=self.tree.news).workflow.name, "Legal review"
        )
        self.assertTrue(
            GroupPagePermission.objects.filter(
                group__name=SOLICITORS, page=self.tree.news, permission__codename="add_page"
            ).exists()
        )
        self.assertFalse(Group.objects.filter(name="Moderators").exists())
        self.assertTrue(moderator.groups.filter(name=EDITORS).exists())

    def test_running_twice_changes_nothing(self):
        self.run_migration()
        before = (GroupPagePermission.objects.count(), Workflow.objects.count())
        self.run_migration()
        self.assertEqual((GroupPagePermission.objects.count(), Workflow.objects.count()), before)
