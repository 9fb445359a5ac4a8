"""The notification worker rides out a database outage: it waits, then carries on
with the queue. (The real outage, with PostgreSQL's connections cut and
restored under a running worker, is in deploy/check_stack.py.)"""

from unittest import mock

from django.core import mail
from django.db import OperationalError
from django_tasks_db.models import DBTaskResultQuerySet

from firm_site.admin_door.password_reset import send_password_reset_email
from tests.factories import make_user
from tests.utils import SiteTestCase, run_worker_once


class WorkerOutageTests(SiteTestCase):
    def test_a_database_error_is_waited_out_and_the_queue_carries_on(self):
        editor = make_user("editor", "Editors")
        send_password_reset_email.enqueue(
            user_pk=editor.pk,
            to_email="editor@firm.example",
            context={"email": "editor@firm.example", "domain": "testserver", "protocol": "http"},
            subject_template_name="wagtailadmin/account/password_reset/email_subject.txt",
            email_template_name="wagtailadmin/account/password_reset/email.txt",
        )
        real_get_locked = DBTaskResultQuerySet.get_locked
        outage = OperationalError("server closed the connection unexpectedly")
        calls = []

        def get_locked(queryset):
            calls.append(1)
            if len(calls) <= 2:
                raise outage
            return real_get_locked(queryset)

        with (
            mock.patch.object(DBTaskResultQuerySet, "get_locked", get_locked),
            mock.patch("firm_site.management.commands.db_worker.time.sleep") as sleep,
            mock.patch("firm_site.management.commands.db_worker.close_broken_connections"),
            self.assertLogs("firm_site.management.commands.db_worker", "WARNING") as logs,
        ):
            run_worker_once()
        self.assertIn("The database is unavailable (OperationalError)", logs.output[0])
        # Waits of 1 then 2 seconds, then the queued email went out.
        self.assertEqual([call.args[0] for call in sleep.call_args_list], [1, 2])
        self.assertEqual(len(mail.outbox), 1)
