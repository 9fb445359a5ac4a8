"""Who may read enquiries: only enquiry handlers and superusers. Everyone else gets a 404."""

import logging
from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.views.debug import SafeExceptionReporterFilter
from wagtail.models import ModelLogEntry
from wagtail.search.index import get_indexed_models

from contact.models import Enquiry
from tests.contact.utils import EnquiryFormTestCase, valid_answers
from tests.factories import EnquiryFactory, PersonPageFactory

User = get_user_model()


def enquiry_urls(enquiry):
    """Every enquiry URL, with the method a user would use on it."""
    return [
        ("get", reverse("contact_enquiries:index")),
        ("get", reverse("contact_enquiries:index") + "?status=new"),
        ("get", reverse("contact_enquiries:index") + "?export=csv"),
        ("get", reverse("contact_enquiries:index") + "?export=xlsx"),
        ("get", reverse("contact_enquiries:index_results")),
        ("get", reverse("contact_enquiries:inspect", args=[enquiry.public_id])),
        ("post", reverse("contact_enquiries:update_status", args=[enquiry.public_id])),
        ("post", reverse("contact_enquiries:add_note", args=[enquiry.public_id])),
        ("get", reverse("contact_enquiries:delete", args=[enquiry.public_id])),
        ("post", reverse("contact_enquiries:delete", args=[enquiry.public_id])),
    ]


class PermissionMatrixTests(EnquiryFormTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.handler = User.objects.create_user("handler", "h@firm.example", "x-long-password")
        cls.handler.groups.add(Group.objects.get(name="Enquiry handlers"))
        cls.superuser = User.objects.create_superuser("super", "s@firm.example", "x-long-password")
        # Wagtail's own "Editors" group: pages, images, documents, but no enquiries.
        cls.editor = User.objects.create_user("editor", "e@firm.example", "x-long-password")
        cls.editor.groups.add(Group.objects.get(name="Editors"))
        # A solicitor with an admin account and a profile, whom enquiries may name.
        cls.solicitor = User.objects.create_user("solicitor", "j@firm.example", "x-long-password")
        cls.solicitor.groups.add(Group.objects.get(name="Editors"))
        PersonPageFactory(parent=cls.tree.people, slug="jane-doe", user=cls.solicitor)
        cls.staff_without_groups = User.objects.create_user(
            "staff", "st@firm.example", "x-long-password", is_staff=True
        )

    def setUp(self):
        super().setUp()
        self.enquiry = EnquiryFactory()

    def request(self, method, url):
        data = {"status": "closed", "text": "A note"} if method == "post" else None
        return getattr(self.client, method)(url, data)

    def test_everyone_else_gets_404_from_every_enquiry_url(self):
        for name, user in [
            ("anonymous", None),
            ("editor", self.editor),
            ("solicitor", self.solicitor),
            ("staff without groups", self.staff_without_groups),
        ]:
            self.client.logout()
            if user:
                self.client.force_login(user)
            for method, url in enquiry_urls(self.enquiry):
                with self.subTest(user=name, method=method, url=url):
                    response = self.request(method, url)
                    self.assertEqual(response.status_code, 404)
                    self.assertNotContains(response, self.enquiry.reference, status_code=404)
        self.assertTrue(Enquiry.objects.filter(pk=self.enquiry.pk, status="new").exists())
        self.assertFalse(self.enquiry.notes.exists())

    def test_handlers_and_superusers_can_use_every_enquiry_url(self):
        for user in [self.handler, self.superuser]:
            enquiry = EnquiryFactory()
            self.client.force_login(user)
            for method, url in enquiry_urls(enquiry):
                with self.subTest(user=user.username, method=method, url=url):
                    self.assertIn(self.request(method, url).status_code, (200, 302))
            self.assertFalse(Enquiry.objects.filter(pk=enquiry.pk).exists())

    def test_the_menu_and_dashboard_show_enquiries_to_handlers_only(self):
        self.client.force_login(self.handler)
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(dashboard, reverse("contact_enquiries:index"))
        self.assertContains(dashboard, "1 new enquiry")
        self.client.force_login(self.editor)
        dashboard = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(dashboard.status_code, 200)
        self.assertNotContains(dashboard, reverse("contact_enquiries:index"))
        self.assertNotContains(dashboard, "new enquir")


class HandlerTests(EnquiryFormTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.handler = User.objects.create_user("handler", "h@firm.example", "x-long-password")
        cls.handler.groups.add(Group.objects.get(name="Enquiry handlers"))

    def setUp(self):
        super().setUp()
        self.client.force_login(self.handler)

    def test_the_list_shows_no_personal_data(self):
        enquiry = EnquiryFactory(name="Alex Example", email="alex@example.com")
        response = self.client.get(reverse("contact_enquiries:index"))
        self.assertContains(response, enquiry.reference)
        self.assertNotContains(response, "Alex Example")
        self.assertNotContains(response, "alex@example.com")
        self.assertIn("no-store", response["Cache-Control"])

    def test_reading_an_enquiry_escapes_what_was_written_and_is_logged(self):
        enquiry = EnquiryFactory(name='<script>alert("x")</script>', message="<b>Help</b>")
        response = self.client.get(reverse("contact_enquiries:inspect", args=[enquiry.public_id]))
        self.assertContains(response, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
        self.assertNotContains(response, '<script>alert("x")</script>')
        self.assertContains(response, "&lt;b&gt;Help&lt;/b&gt;")
        entry = ModelLogEntry.objects.get(action="contact.enquiry.view")
        self.assertEqual(entry.user, self.handler)
        self.assertEqual(entry.label, enquiry.reference)
        self.assertEqual(entry.object_id, str(enquiry.pk))

    def test_status_changes_notes_and_deletions_are_logged(self):
        enquiry = EnquiryFactory()
        self.client.post(
            reverse("contact_enquiries:update_status", args=[enquiry.public_id]),
            {"status": "contacted"},
        )
        enquiry.refresh_from_db()
        self.assertEqual(enquiry.status, "contacted")
        entry = ModelLogEntry.objects.get(action="contact.enquiry.status")
        self.assertEqual(entry.data, {"from": "new", "to": "contacted"})

        self.client.post(
            reverse("contact_enquiries:add_note", args=[enquiry.public_id]),
            {"text": "Called back."},
        )
        self.assertEqual(enquiry.notes.get().text, "Called back.")
        self.assertTrue(ModelLogEntry.objects.filter(action="contact.enquiry.note").exists())

        self.client.post(
            reverse("contact_enquiries:update_status", args=[enquiry.public_id]),
            {"status": "closed"},
        )
        enquiry.refresh_from_db()
        self.assertIsNotNone(enquiry.closed_at)

        self.client.post(reverse("contact_enquiries:delete", args=[enquiry.public_id]))
        self.assertFalse(Enquiry.objects.filter(pk=enquiry.pk).exists())
        deletion = ModelLogEntry.objects.get(action="wagtail.delete", object_id=str(enquiry.pk))
        self.assertEqual(deletion.user, self.handler)
        self.assertEqual(deletion.label, enquiry.reference)

    def test_a_bad_status_is_refused_without_change(self):
        enquiry = EnquiryFactory()
        response = self.client.post(
            reverse("contact_enquiries:update_status", args=[enquiry.public_id]),
            {"status": "deleted"},
        )
        self.assertEqual(response.status_code, 302)
        enquiry.refresh_from_db()
        self.assertEqual(enquiry.status, "new")
        self.assertEqual(
            self.client.get(reverse("contact_enquiries:index") + "?status=nope").status_code, 404
        )
        self.assertEqual(
            self.client.get(reverse("contact_enquiries:index") + "?p=abc").status_code, 404
        )

    def test_csv_export_is_logged_and_safe_from_formula_injection(self):
        enquiry = EnquiryFactory(
            name='=HYPERLINK("http://evil.example")', message="+1 then -2 @ here"
        )
        response = self.client.get(reverse("contact_enquiries:index") + "?export=csv")
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertIn("attachment;", response["Content-Disposition"])
        content = b"".join(response.streaming_content).decode("utf-8-sig")
        self.assertIn("'=HYPERLINK", content)
        self.assertIn("'+1 then -2 @ here", content)
        self.assertNotIn(",=HYPERLINK", content)
        entry = ModelLogEntry.objects.get(action="contact.enquiry.export")
        self.assertEqual(entry.object_id, str(enquiry.pk))


class NoLeaksTests(EnquiryFormTestCase):
    def test_no_log_line_carries_what_an_enquirer_wrote(self):
        with (
            self.assertLogs(level=logging.DEBUG) as logs,
            self.captureOnCommitCallbacks(execute=True),
        ):
            logging.getLogger("probe").info("start")
            self.send(valid_answers(message="Something only the enquirer knows."))
        everything = "\n".join(logs.output)
        for private in [
            "Alex Example",
            "alex@example.com",
            "0113 496 0999",
            "only the enquirer knows",
        ]:
            self.assertNotIn(private, everything)
        self.assertIn(Enquiry.objects.get().reference, everything)

    def test_error_reports_hide_the_form(self):
        from django.test import RequestFactory

        from contact.views import submit_enquiry

        request = RequestFactory().post("/contact/send/", valid_answers())
        # The decorator marks every POST parameter as sensitive for error reports.
        request.sensitive_post_parameters = None
        # A bug while handling the form: what would the error report show?
        with (
            mock.patch("contact.views._form", side_effect=RuntimeError("a bug")),
            self.assertRaises(RuntimeError),
        ):
            submit_enquiry(request, self.tree.contact)
        self.assertEqual(request.sensitive_post_parameters, "__ALL__")
        cleaned = SafeExceptionReporterFilter().get_post_parameters(request)
        self.assertNotIn("Alex Example", cleaned.values())
        self.assertNotIn("alex@example.com", str(cleaned))

    def test_enquiries_are_in_no_search_index_sitemap_or_page_listing(self):
        self.send()
        enquiry = Enquiry.objects.get()
        # Not an indexed model, so no search backend ever holds it.
        self.assertNotIn(Enquiry, get_indexed_models())
        for url in ["/", "/news/", "/people/", "/contact/", "/nowhere/"]:
            response = self.client.get(url)
            self.assertNotContains(response, enquiry.reference, status_code=response.status_code)


class TwoFactorForHandlersTests(EnquiryFormTestCase):
    """In production settings handlers must use a second factor before any enquiry URL."""

    def test_a_handler_without_a_second_factor_is_sent_to_set_one_up(self):
        from django.test import override_settings

        handler = User.objects.create_user("handler", "h@firm.example", "x-long-password")
        handler.groups.add(Group.objects.get(name="Enquiry handlers"))
        enquiry = EnquiryFactory()
        self.client.force_login(handler)
        with override_settings(ADMIN_2FA_REQUIRED=True):
            for _, url in enquiry_urls(enquiry)[:6]:
                with self.subTest(url=url):
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 302)
                    self.assertIn(reverse("two_factor_setup"), response["Location"])
