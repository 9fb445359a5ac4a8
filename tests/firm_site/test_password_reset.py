"""Password-reset emails go through the background queue: a hung mail server
never holds the request, and the queue never holds a working link."""

import json

from django.core import mail
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from tests.factories import make_user
from tests.hung_server import HungServer
from tests.utils import SiteTestCase, run_worker_once


class PasswordResetTests(SiteTestCase):
    def setUp(self):
        super().setUp()
        self.user = make_user("editor", "Editors")
        self.smtp = HungServer()
        self.addCleanup(self.smtp.close)

    def ask_for_a_reset(self, email="editor@firm.example"):
        with override_settings(
            EMAIL_BACKEND="firm_site.base.mail.RegulatoryFooterEmailBackend",
            FIRM_EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=self.smtp.port,
            EMAIL_TIMEOUT=5,
        ):
            return self.client.post("/admin/password_reset/", {"email": email})

    def test_a_hung_mail_server_is_not_asked_in_the_request(self):
        response = self.ask_for_a_reset()
        self.assertRedirects(response, "/admin/password_reset/done/")
        self.assertEqual(self.smtp.connections, 0)
        task = DBTaskResult.objects.get()
        self.assertEqual(task.backend_name, "notifications")
        # Who and where to, but no token: the worker makes the link when it sends.
        queued = json.dumps(task.args_kwargs)
        self.assertIn("editor@firm.example", queued)
        self.assertNotIn("token", queued)
        self.assertNotIn("/reset/", queued)

    def test_the_worker_sends_a_link_that_works(self):
        self.ask_for_a_reset()
        with override_settings(
            EMAIL_BACKEND="firm_site.base.mail.RegulatoryFooterEmailBackend",
            FIRM_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        ):
            run_worker_once()
        self.assertEqual(len(mail.outbox), 1)
        email = mail.outbox[0]
        self.assertEqual(email.to, ["editor@firm.example"])
        self.assertIn("Test Firm LLP", email.body)  # the regulatory footer
        link = next(word for word in email.body.split() if "/admin/password_reset/confirm/" in word)
        response = self.client.get(link.replace("http://testserver", ""), follow=True)
        self.assertContains(response, 'name="new_password1"')

    def test_unknown_addresses_queue_nothing(self):
        self.ask_for_a_reset("nobody@firm.example")
        self.assertFalse(DBTaskResult.objects.exists())

    def test_an_account_deactivated_meanwhile_gets_no_email(self):
        self.ask_for_a_reset()
        self.user.is_active = False
        self.user.save()
        run_worker_once()
        self.assertEqual(mail.outbox, [])
