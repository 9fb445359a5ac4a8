"""The Enquiries admin as handlers use it: Wagtail's listing, filters and export."""

from datetime import datetime
from io import BytesIO
from zoneinfo import ZoneInfo

from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from contact.models import Enquiry
from firm_site.base.roles import ENQUIRY_HANDLERS, SOLICITORS
from tests.factories import AreaOfLawFactory, EnquiryFactory, PersonPageFactory, make_user
from tests.utils import SiteTestCase

LONDON = ZoneInfo("Europe/London")
INDEX = "contact_enquiries:index"


def listed(response):
    """The references the listing shows."""
    return {
        link.get_text(strip=True)
        for link in SiteTestCase.get_soup(response.content).select("table a")
        if link.get_text(strip=True).startswith("ENQ-")
    }


def exported_csv(response):
    return b"".join(response.streaming_content).decode("utf-8-sig")


class ListingTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.handler = make_user("handler", ENQUIRY_HANDLERS)
        AreaOfLawFactory(name="Child Abuse")
        AreaOfLawFactory(name="Clinical Negligence")
        cls.abuse = EnquiryFactory(
            area_of_law_name="Child Abuse", received_at=datetime(2026, 11, 2, 9, tzinfo=LONDON)
        )
        cls.clinical = EnquiryFactory(
            area_of_law_name="Clinical Negligence",
            status=Enquiry.Status.CONTACTED,
            received_at=datetime(2026, 11, 20, 9, tzinfo=LONDON),
        )

    def setUp(self):
        super().setUp()
        self.client.force_login(self.handler)

    def test_filters_by_status_area_of_law_and_date(self):
        url = reverse(INDEX)
        everything = {self.abuse.reference, self.clinical.reference}
        response = self.client.get(url)
        self.assertEqual(listed(response), everything)
        # Wagtail's export links are offered.
        self.assertContains(response, "?export=csv")
        self.assertContains(response, "?export=xlsx")
        for query, expected in [
            ({"status": "new"}, {self.abuse.reference}),
            ({"status": "contacted"}, {self.clinical.reference}),
            ({"area": "Clinical Negligence"}, {self.clinical.reference}),
            ({"area": "Child Abuse", "status": "contacted"}, set()),
            ({"received_at_from": "2026-11-10"}, {self.clinical.reference}),
            ({"received_at_to": "2026-11-10"}, {self.abuse.reference}),
        ]:
            with self.subTest(query=query):
                self.assertEqual(listed(self.client.get(url, query)), expected)

    def test_a_filter_that_makes_no_sense_is_refused_not_ignored(self):
        for query in [
            {"status": "nope"},
            {"area": "Nowhere"},
            {"received_at_from": "yesterday"},
            {"status": "nope", "export": "csv"},
        ]:
            with self.subTest(query=query):
                self.assertEqual(self.client.get(reverse(INDEX), query).status_code, 404)
        self.assertFalse(ModelLogEntry.objects.filter(action="contact.enquiry.export").exists())

    def test_the_export_is_of_what_the_filter_shows_and_logs_each_one(self):
        response = self.client.get(reverse(INDEX), {"area": "Child Abuse", "export": "csv"})
        content = exported_csv(response)
        self.assertIn(self.abuse.reference, content)
        self.assertNotIn(self.clinical.reference, content)
        self.assertEqual(
            list(
                ModelLogEntry.objects.filter(action="contact.enquiry.export").values_list(
                    "object_id", "user"
                )
            ),
            [(str(self.abuse.pk), self.handler.pk)],
        )

    def test_the_xlsx_export_is_logged_and_formula_safe(self):
        risky = EnquiryFactory(name="=1+2", phone="+44 113 496 0999", message="＠SUM(A1)")
        response = self.client.get(reverse(INDEX), {"export": "xlsx"})
        self.assertEqual(response.status_code, 200)
        self.assertIn(".xlsx", response["Content-Disposition"])
        sheet = load_workbook(BytesIO(b"".join(response.streaming_content))).active
        rows = list(sheet.iter_rows(values_only=True))
        headings = rows[0]
        row = next(row for row in rows if risky.reference in row)
        values = dict(zip(headings, row, strict=True))
        self.assertEqual(values["Name"], "'=1+2")
        self.assertEqual(values["Phone"], "'+44 113 496 0999")
        self.assertEqual(values["Message"], "'＠SUM(A1)")
        self.assertFalse(any(cell.data_type == "f" for line in sheet.iter_rows() for cell in line))
        self.assertEqual(ModelLogEntry.objects.filter(action="contact.enquiry.export").count(), 3)

    def test_the_list_costs_the_same_queries_however_many_enquiries(self):
        url = reverse(INDEX)
        # Signing in, the admin's menus, the settings, the areas of law, one count,
        # one page of enquiries with their solicitors, their notifications.
        with self.assertNumQueries(20):
            self.client.get(url)
        for _ in range(5):
            EnquiryFactory(solicitor=PersonPageFactory(parent=self.tree.people))
        with self.assertNumQueries(20):
            response = self.client.get(url)
        self.assertEqual(len(listed(response)), 7)


class MenuTests(SiteTestCase):
    def test_only_handlers_see_enquiries_in_the_menu(self):
        profile = PersonPageFactory(parent=self.tree.people)
        EnquiryFactory(solicitor=profile)
        url = reverse(INDEX)
        for user, shown in [
            (make_user("handler", ENQUIRY_HANDLERS), True),
            (make_user("solicitor", SOLICITORS, person=profile), False),
        ]:
            with self.subTest(user=user.username):
                self.client.force_login(user)
                dashboard = self.client.get(reverse("wagtailadmin_home"))
                self.assertEqual(url in dashboard.content.decode(), shown)


class GroupEditorTests(SiteTestCase):
    def test_enquiry_permissions_stay_with_the_handlers_group(self):
        """Only Enquiry handlers must use a second factor: no other group may be given them,
        and saving the handlers' group in the editor keeps them."""
        from django.contrib.auth.models import Group
        from wagtail.users.forms import GroupForm

        handlers = Group.objects.get(name=ENQUIRY_HANDLERS)
        form = GroupForm(instance=handlers)
        offered = set(form.fields["permissions"].queryset.values_list("codename", flat=True))
        self.assertFalse({"view_enquiry", "change_enquiry", "delete_enquiry"} & offered)
        form = GroupForm({"name": ENQUIRY_HANDLERS, "permissions": []}, instance=handlers)
        self.assertTrue(form.is_valid(), form.errors)
        form.save()
        kept = handlers.permissions.filter(codename__in=["view_enquiry", "delete_enquiry"])
        self.assertEqual(kept.count(), 2)
