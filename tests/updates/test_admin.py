"""Counts and send history for editors; addresses only with the permission, audited."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import ModelLogEntry

from firm_site.base.roles import EDITORS, SOLICITORS
from tests.factories import make_user
from tests.updates.utils import UpdatesTestCase, make_subscriber
from updates.models import Delivery, Mailing

OVERVIEW = "/admin/email-updates/"
ADDRESSES = "/admin/email-updates/addresses/"
EXPORT = "/admin/email-updates/addresses/export/"


class AdminTests(UpdatesTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = make_user("editor", EDITORS)
        cls.solicitor = make_user("solicitor", SOLICITORS)
        cls.admin = make_user("boss", superuser=True)
        cls.marketing = make_user("marketing", EDITORS)
        group = Group.objects.create(name="Email updates")
        group.permissions.add(Permission.objects.get(codename="view_subscriber_addresses"))
        cls.marketing.groups.add(group)

    def setUp(self):
        super().setUp()
        make_subscriber("all@example.com")
        make_subscriber("abuse@example.com", everything=False, categories=[self.abuse])
        make_subscriber("gangs@example.com", everything=False, categories=[self.gangs])
        make_subscriber("waiting@example.com", confirmed=False)

    def test_editors_see_counts_per_category_and_the_send_history_but_no_address(self):
        mailing = Mailing.objects.create(kind=Mailing.Kind.ARTICLE, title="A sent article")
        for status in ("sent", "sent", "failed"):
            Delivery.objects.create(mailing=mailing, status=status)
        self.client.force_login(self.editor)
        response = self.client.get(OVERVIEW)
        self.assertEqual(response.status_code, 200)
        soup = self.get_soup(response.content)
        rows = {
            tr.select("td")[0].get_text(): [td.get_text() for td in tr.select("td")[1:]]
            for tr in soup.select("table")[0].select("tbody tr")
        }
        # Chose it / receive its articles (everything + itself + the categories above).
        self.assertEqual(rows["Child Abuse"], ["1", "2"])
        self.assertEqual(rows["Child Abuse – Grooming Gangs"], ["1", "3"])
        self.assertEqual(rows["Property"], ["0", "1"])
        self.assertEqual(soup.select_one('[data-count="total"]').get_text(), "3")
        history = soup.select("table")[-1].get_text()
        self.assertIn("A sent article", history)
        self.assertNotIn("@example.com", response.content.decode())
        self.assertNotIn(ADDRESSES, response.content.decode())
        for url in (ADDRESSES, EXPORT):
            self.assertEqual(self.client.get(url).status_code, 404)

    def test_solicitors_see_nothing(self):
        self.client.force_login(self.solicitor)
        for url in (OVERVIEW, ADDRESSES, EXPORT):
            self.assertEqual(self.client.get(url).status_code, 404)

    def test_anonymous_visitors_are_sent_to_sign_in(self):
        for url in (OVERVIEW, ADDRESSES, EXPORT):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 302)
            self.assertIn("/admin/login/", response["Location"])

    def test_the_permission_shows_addresses_and_every_look_is_audited(self):
        for user in (self.marketing, self.admin):
            with self.subTest(user=user.username):
                ModelLogEntry.objects.all().delete()
                self.client.force_login(user)
                response = self.client.get(ADDRESSES)
                self.assertContains(response, "waiting@example.com")
                self.assertNotIn("Child Abuse", response.content.decode())  # choices stay hidden
                export = self.client.get(EXPORT)
                self.assertEqual(export["Content-Type"], "text/csv; charset=utf-8")
                self.assertIn("no-store", export["Cache-Control"])
                self.assertIn("abuse@example.com", export.content.decode())
                actions = sorted(
                    ModelLogEntry.objects.filter(user=user).values_list("action", flat=True)
                )
                self.assertEqual(actions, ["updates.addresses.export", "updates.addresses.view"])

    def test_the_export_defuses_spreadsheet_formulas(self):
        make_subscriber("=cmd@example.com")
        self.client.force_login(self.admin)
        self.assertIn("'=cmd@example.com", self.client.get(EXPORT).content.decode())

    def test_the_permission_can_be_given_to_a_group_in_the_admin(self):
        self.client.force_login(self.admin)
        response = self.client.get(f"/admin/groups/edit/{Group.objects.get(name=EDITORS).pk}/")
        self.assertContains(response, "Can see and export email update addresses")
