"""Notifications about enquiries: what they say, and that they arrive in the end."""

import socket
import threading
from datetime import timedelta
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from freezegun import freeze_time

from contact.models import Enquiry, EnquiryNotification
from tests.contact.utils import EnquiryFormTestCase, valid_answers
from tests.factories import PersonPageFactory
from tests.utils import run_worker_once

WITH_FOOTER = {
    "EMAIL_BACKEND": "firm_site.base.mail.RegulatoryFooterEmailBackend",
    "FIRM_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
}
PRIVATE = ["Alex Example", "alex@example.com", "0113 496 0999", "my school", "1990s"]


class NotificationContentTests(EnquiryFormTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.jane = PersonPageFactory(
            parent=cls.tree.people, title="Jane Doe", slug="jane-doe", email="jane@firm.example"
        )

    @override_settings(**WITH_FOOTER)
    def test_intake_solicitor_and_acknowledgement_emails_carry_no_enquiry_data(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.send(valid_answers(wants_acknowledgement="on"), query="?solicitor=jane-doe")
        self.assertEqual(mail.outbox, [])  # nothing is sent in the request
        run_worker_once()

        enquiry = Enquiry.objects.get()
        self.assertEqual(
            sorted(enquiry.notifications.values_list("kind", "status")),
            [("acknowledgement", "sent"), ("intake", "sent"), ("solicitor", "sent")],
        )
        by_recipient = {message.to[0]: message for message in mail.outbox}
        self.assertEqual(
            set(by_recipient), {"intake@firm.example", "jane@firm.example", "alex@example.com"}
        )
        for message in mail.outbox:
            whole = message.subject + message.body + " ".join(message.reply_to)
            for private in PRIVATE[2:]:
                self.assertNotIn(private, whole)
            self.assertNotIn("Alex Example", whole)
            self.assertIn(enquiry.reference, message.body)
            self.assertIn(
                "Authorised and regulated by the Solicitors Regulation Authority "
                "(SRA number 123456).",
                message.body,
            )
            self.assertTrue(message.body.rstrip().endswith("(SRA number 123456)."))
        intake = by_recipient["intake@firm.example"]
        # Subjects identify nothing, not even the reference; the area of law is not sent;
        # the link uses the enquiry's random id, not its sequential one.
        for message in mail.outbox:
            self.assertNotIn(enquiry.reference, message.subject)
            self.assertNotIn("Other / not sure", message.body)
        self.assertEqual(intake.subject, "New enquiry through the website")
        self.assertIn(f"http://testserver/admin/enquiries/{enquiry.public_id}/", intake.body)
        self.assertNotIn(f"/admin/enquiries/{enquiry.pk}/", intake.body)
        self.assertEqual(intake.reply_to, ["enquiries@firm.example"])
        # The enquirer's own address is never a Reply-To on the firm's emails.
        self.assertNotIn("alex@example.com", by_recipient["jane@firm.example"].reply_to)
        acknowledgement = by_recipient["alex@example.com"]
        self.assertEqual(acknowledgement.subject, "We have received your enquiry")
        self.assertNotIn("admin", acknowledgement.body)

    @override_settings(**WITH_FOOTER)
    def test_no_acknowledgement_unless_asked_for(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.send(valid_answers(wants_acknowledgement=None))
        run_worker_once()
        self.assertEqual([message.to for message in mail.outbox], [["intake@firm.example"]])

    @override_settings(**WITH_FOOTER)
    def test_every_email_the_site_sends_has_the_footer(self):
        mail.send_mail("Password reset", "Follow the link.", None, ["someone@firm.example"])
        self.assertIn("Solicitors Regulation Authority", mail.outbox[0].body)
        message = mail.EmailMultiAlternatives("Hi", "Text", None, ["a@firm.example"])
        message.attach_alternative("<html><body><p>Hi</p></body></html>", "text/html")
        message.send()
        html = mail.outbox[1].alternatives[0][0]
        self.assertIn("SRA number 123456", html)
        self.assertLess(html.index("SRA number"), html.index("</body>"))

    def test_the_real_settings_send_through_the_footer(self):
        from firm_site.settings import base

        self.assertEqual(base.EMAIL_BACKEND, "firm_site.base.mail.RegulatoryFooterEmailBackend")


class RecordingHandler:
    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class MailServerOutageTests(EnquiryFormTestCase):
    """A real SMTP server on loopback that accepts, goes away and comes back."""

    def setUp(self):
        super().setUp()
        self.port = free_port()
        self.handler = RecordingHandler()
        self.server = None
        settings_override = override_settings(
            EMAIL_BACKEND="firm_site.base.mail.RegulatoryFooterEmailBackend",
            FIRM_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=self.port,
            EMAIL_TIMEOUT=5,
        )
        settings_override.enable()
        self.addCleanup(settings_override.disable)
        self.addCleanup(self.stop_mail_server)

    def start_mail_server(self):
        self.server = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.server.start()

    def stop_mail_server(self):
        if self.server is not None:
            self.server.stop()
            self.server = None

    def submit(self, message):
        with self.captureOnCommitCallbacks(execute=True):
            response = self.send(valid_answers(message=message))
        self.assertEqual(response.status_code, 303)
        return Enquiry.objects.latest("pk")

    def test_notifications_survive_a_mail_server_outage(self):
        self.start_mail_server()
        first = self.submit("First enquiry, while the mail server is up.")
        run_worker_once()
        self.assertEqual(first.notifications.get().status, EnquiryNotification.Status.SENT)
        self.assertEqual(len(self.handler.messages), 1)

        # The mail server goes away. The enquirer still sees success; the enquiry is kept.
        self.stop_mail_server()
        second = self.submit("Second enquiry, while the mail server is down.")
        self.assertContains(self.client.get("/contact/thank-you/"), second.reference)
        run_worker_once()
        notification = second.notifications.get()
        self.assertEqual(notification.status, EnquiryNotification.Status.RETRYING)
        self.assertEqual(notification.attempts, 1)
        self.assertEqual(notification.last_error, "ConnectionRefusedError")
        self.assertGreater(notification.next_attempt_at, timezone.now())
        self.assertEqual(len(self.handler.messages), 1)

        # It comes back. The retry waits for its time, then goes once.
        self.start_mail_server()
        run_worker_once()
        self.assertEqual(len(self.handler.messages), 1)
        with freeze_time(timezone.now() + timedelta(minutes=5), ignore=["asyncio", "aiosmtpd"]):
            run_worker_once()
            run_worker_once()
        notification.refresh_from_db()
        self.assertEqual(notification.status, EnquiryNotification.Status.SENT)
        self.assertEqual(notification.attempts, 2)
        self.assertEqual(len(self.handler.messages), 2)
        delivered = self.handler.messages[1]
        self.assertEqual(delivered["Subject"], "New enquiry through the website")
        self.assertNotIn("Second enquiry", delivered.get_content())
        self.assertTrue(Enquiry.objects.filter(pk=second.pk).exists())

    def test_the_safety_net_command_sends_what_is_owed(self):
        second = self.submit("Queued while the server is down.")
        # Lose the queued task altogether: the notification row still says it is owed.
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.all().delete()
        self.start_mail_server()
        with freeze_time(timezone.now() + timedelta(minutes=1), ignore=["asyncio", "aiosmtpd"]):
            call_command("send_enquiry_notifications", verbosity=0)
            self.assertEqual(second.notifications.get().status, EnquiryNotification.Status.SENT)
            self.assertEqual(len(self.handler.messages), 1)
            # Running it again sends nothing twice.
            call_command("send_enquiry_notifications", verbosity=0)
        self.assertEqual(len(self.handler.messages), 1)
