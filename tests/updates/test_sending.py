"""Sending: who gets an article, what the email says (and never says), once only."""

from datetime import timedelta
from email.utils import parseaddr
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import PageViewRestriction

from tests.factories import ArticlePageFactory
from tests.updates.utils import UpdatesTestCase, make_subscriber, run_worker
from updates import sending
from updates.models import Delivery, Mailing, Subscriber
from updates.tasks import deliver_update, queue_deliveries

WITH_FOOTER = {
    "EMAIL_BACKEND": "firm_site.base.mail.RegulatoryFooterEmailBackend",
    "FIRM_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
}
SENSITIVE_TITLE = "Survivors of grooming in Rotherham win damages"


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


class WhoGetsAnArticleTests(UpdatesTestCase):
    def test_choices_decide_and_a_parent_category_includes_its_children(self):
        make_subscriber("all@example.com")
        make_subscriber("abuse@example.com", everything=False, categories=[self.abuse])
        make_subscriber("gangs@example.com", everything=False, categories=[self.gangs])
        make_subscriber("property@example.com", everything=False, categories=[self.property])
        make_subscriber("jane@example.com", everything=False, authors=[self.jane])
        make_subscriber("sam@example.com", everything=False, authors=[self.sam])
        make_subscriber("weekly@example.com", frequency=Subscriber.Frequency.WEEKLY)
        make_subscriber("waiting@example.com", confirmed=False)

        self.publish_article(categories=[self.gangs], authors=[self.jane])
        self.assertEqual(mail.outbox, [])  # nothing in the publishing request
        run_worker()
        self.assertEqual(
            recipients(),
            ["abuse@example.com", "all@example.com", "gangs@example.com", "jane@example.com"],
        )

    def test_a_private_article_is_announced_to_nobody(self):
        make_subscriber()
        article = ArticlePageFactory(
            parent=self.tree.news, live=False, first_published_at=None, last_published_at=None
        )
        PageViewRestriction.objects.create(
            page=article, restriction_type=PageViewRestriction.PASSWORD, password="x" * 12
        )
        with self.captureOnCommitCallbacks(execute=True):
            article.save_revision().publish()
        run_worker()
        self.assertEqual(mail.outbox, [])
        self.assertFalse(Mailing.objects.exists())


class OnlyTheFirstPublishTests(UpdatesTestCase):
    def test_an_edit_a_republish_or_an_unpublish_and_publish_sends_nothing_more(self):
        make_subscriber()
        article = self.publish_article("First version")
        run_worker()
        self.assertEqual(len(mail.outbox), 1)

        article.title = "Second version"
        with self.captureOnCommitCallbacks(execute=True):
            article.save_revision().publish()
        article.unpublish()
        with self.captureOnCommitCallbacks(execute=True):
            article.get_latest_revision().publish()
        run_worker()
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(Mailing.objects.count(), 1)

    def test_an_article_imported_with_its_old_date_is_not_announced(self):
        make_subscriber()
        article = ArticlePageFactory(
            parent=self.tree.news,
            live=False,
            first_published_at=timezone.now() - timedelta(days=900),
            last_published_at=None,
        )
        with self.captureOnCommitCallbacks(execute=True):
            article.save_revision().publish()
        run_worker()
        self.assertEqual(mail.outbox, [])

    def test_a_scheduled_article_is_announced_when_it_goes_live(self):
        make_subscriber()
        article = ArticlePageFactory(
            parent=self.tree.news, live=False, first_published_at=None, last_published_at=None
        )
        article.go_live_at = timezone.now() + timedelta(hours=2)
        with self.captureOnCommitCallbacks(execute=True):
            article.save_revision().publish()
        run_worker()
        self.assertEqual(mail.outbox, [])
        with freeze_time(timedelta(hours=3)), self.captureOnCommitCallbacks(execute=True):
            call_command("publish_scheduled", verbosity=0)
        run_worker()
        self.assertEqual(len(mail.outbox), 1)


class WhatTheEmailSaysTests(UpdatesTestCase):
    @override_settings(**WITH_FOOTER)
    def test_a_sensitive_article_is_named_only_in_the_body(self):
        make_subscriber(everything=False, categories=[self.abuse])
        article = self.publish_article(
            SENSITIVE_TITLE,
            categories=[self.gangs],
            excerpt="The court heard how the council failed the girls.",
        )
        run_worker()
        [message] = mail.outbox
        self.assertEqual(message.subject, "New article from Test Firm LLP")
        self.assertEqual(parseaddr(message.from_email)[0], "Test Firm LLP")
        html = message.alternatives[0][0]
        preview = html.split('class="preview"')[1].split("</div>")[0]
        self.assertIn("A new article from Test Firm LLP", preview)
        # What a mailbox's list shows (subject, sender, preview) names nothing sensitive.
        for secret in ("Rotherham", "grooming", "Grooming", "Child Abuse", "council", "girls"):
            self.assertNotIn(secret, message.subject + message.from_email + preview)
        # The body has the article: title, excerpt, image and link, in HTML and plain text.
        self.assertIn(SENSITIVE_TITLE, message.body)
        self.assertIn(SENSITIVE_TITLE, html)
        self.assertIn(f"http://testserver{article.url}", message.body)
        self.assertRegex(html, r'<img class="image"[^>]* src="http://testserver/media/images/')
        # The firm's regulatory footer, in both parts.
        self.assertIn("SRA number 123456", message.body)
        self.assertIn("SRA number 123456", html)

    def test_a_non_sensitive_article_may_show_its_excerpt_as_the_preview(self):
        make_subscriber()
        self.publish_article("Buying a flat", categories=[self.property], excerpt="What to ask.")
        run_worker()
        html = mail.outbox[0].alternatives[0][0]
        self.assertIn("What to ask.", html.split('class="preview"')[1].split("</div>")[0])
        self.assertEqual(mail.outbox[0].subject, "New article from Test Firm LLP")

    def test_css_is_inlined_and_unsubscribing_is_one_click(self):
        make_subscriber()
        self.publish_article()
        run_worker()
        [message] = mail.outbox
        html = message.alternatives[0][0]
        self.assertIn('class="masthead" style="', html)
        self.assertIn("@media (max-width: 480px)", html)  # kept for narrow screens
        headers = message.extra_headers
        self.assertEqual(headers["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")
        unsubscribe = headers["List-Unsubscribe"].strip("<>")
        self.assertTrue(unsubscribe.startswith("http://testserver/email-updates/unsubscribe/"))
        self.assertIn(unsubscribe, message.body)
        self.assertIn(unsubscribe, html)
        # RFC 8058: the mail provider POSTs this, without a cookie or CSRF token.
        client = self.client_class(enforce_csrf_checks=True)
        response = client.post(
            unsubscribe.removeprefix("http://testserver"),
            "List-Unsubscribe=One-Click",
            content_type="application/x-www-form-urlencoded",
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(Subscriber.objects.exists())


class NeverTwiceTests(UpdatesTestCase):
    def test_a_delivery_queued_twice_and_run_twice_is_sent_once(self):
        make_subscriber()
        self.publish_article()
        sending.fan_out(Mailing.objects.get().pk)  # as the queued fan-out will, too
        delivery = Delivery.objects.get()
        queue_deliveries([delivery.pk, delivery.pk])
        run_worker()
        deliver_update.call(delivery.pk)
        self.assertEqual(len(mail.outbox), 1)
        delivery.refresh_from_db()
        self.assertEqual((delivery.status, delivery.attempts), (Delivery.Status.SENT, 1))

    def test_fanning_out_again_adds_nobody_twice(self):
        make_subscriber()
        self.publish_article()
        mailing = Mailing.objects.get()
        sending.fan_out(mailing.pk)
        sending.fan_out(mailing.pk)
        self.assertEqual(Delivery.objects.count(), 1)

    def test_a_failure_is_retried_then_left_failed_and_visible(self):
        make_subscriber()
        with mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            side_effect=ConnectionRefusedError,
        ):
            self.publish_article()
            run_worker()
            delivery = Delivery.objects.get()
            self.assertEqual(delivery.status, Delivery.Status.RETRYING)
            self.assertEqual(delivery.last_error, "ConnectionRefusedError")
            self.assertGreater(delivery.next_attempt_at, timezone.now())
            with override_settings(UPDATES_MAX_ATTEMPTS=3):
                for hours in (1, 2):
                    with freeze_time(timedelta(hours=hours)):
                        run_worker()
            delivery.refresh_from_db()
            self.assertEqual((delivery.status, delivery.attempts), (Delivery.Status.FAILED, 3))
        run_worker()
        self.assertEqual(mail.outbox, [])

    def test_a_retry_that_then_succeeds_sends_once(self):
        make_subscriber()
        real_send = mail.backends.locmem.EmailBackend.send_messages
        calls = []

        def flaky(backend, messages):
            calls.append(1)
            if len(calls) == 1:
                raise TimeoutError
            return real_send(backend, messages)

        with mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", flaky):
            self.publish_article()
            run_worker()
            with freeze_time(timedelta(minutes=5)):
                run_worker()
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(Delivery.objects.get().status, Delivery.Status.SENT)

    def test_someone_who_left_before_their_turn_is_skipped(self):
        subscriber = make_subscriber()
        self.publish_article()
        sending.fan_out(Mailing.objects.get().pk)
        Subscriber.objects.filter(pk=subscriber.pk).delete()
        run_worker()
        self.assertEqual(mail.outbox, [])
        self.assertEqual(Delivery.objects.get().status, Delivery.Status.SKIPPED)

    def test_an_article_withdrawn_before_its_emails_go_is_not_sent(self):
        make_subscriber()
        article = self.publish_article()
        queue_deliveries(sending.fan_out(Mailing.objects.get().pk))
        article.unpublish()
        run_worker()
        self.assertEqual(mail.outbox, [])
        self.assertEqual(Delivery.objects.get().status, Delivery.Status.SKIPPED)

    @override_settings(UPDATES_SEND_PER_MINUTE=30)
    def test_emails_are_spread_out_at_the_configured_rate(self):
        from django_tasks_db.models import DBTaskResult

        for number in range(3):
            make_subscriber(f"r{number}@example.com")
        mailing = Mailing.objects.create(kind=Mailing.Kind.DIGEST, title="x")
        ids = [Delivery.objects.create(mailing=mailing).pk for _ in range(3)]
        now = timezone.now()
        queue_deliveries(ids, now=now)
        times = sorted(DBTaskResult.objects.values_list("run_after", flat=True))
        self.assertEqual(
            [t - now for t in times], [timedelta(0), timedelta(seconds=2), timedelta(seconds=4)]
        )


class DigestTests(UpdatesTestCase):
    def test_the_weekly_digest(self):
        make_subscriber("weekly@example.com", frequency=Subscriber.Frequency.WEEKLY)
        make_subscriber(
            "weekly-property@example.com",
            everything=False,
            categories=[self.property],
            frequency=Subscriber.Frequency.WEEKLY,
        )
        with freeze_time(timedelta(days=-3)):
            self.publish_article("Early in the week", categories=[self.abuse])
        self.publish_article("Later in the week", categories=[self.abuse])
        run_worker()
        self.assertEqual(mail.outbox, [])  # weekly subscribers get nothing per article

        call_command("send_digest", stdout=open("/dev/null", "w"))
        run_worker()
        [message] = mail.outbox
        self.assertEqual(message.to, ["weekly@example.com"])
        self.assertEqual(message.subject, "This week's articles from Test Firm LLP")
        self.assertIn("Early in the week", message.body)
        self.assertIn("Later in the week", message.body)

        # Run again the same week (a timer firing twice): nothing more.
        call_command("send_digest", stdout=open("/dev/null", "w"))
        run_worker()
        self.assertEqual(len(mail.outbox), 1)


class PurgeTests(UpdatesTestCase):
    def test_unconfirmed_sign_ups_are_deleted_after_a_week(self):
        with freeze_time(timedelta(days=-8)):
            make_subscriber("old-waiting@example.com", confirmed=False)
            make_subscriber("old-confirmed@example.com")
        make_subscriber("new-waiting@example.com", confirmed=False)
        call_command("purge_unconfirmed_subscribers", stdout=open("/dev/null", "w"))
        self.assertEqual(
            sorted(s.email for s in Subscriber.objects.all()),
            ["new-waiting@example.com", "old-confirmed@example.com"],
        )


class KeyRotationTests(UpdatesTestCase):
    def test_rotating_keys_re_encrypts_subscribers(self):
        from cryptography.fernet import Fernet
        from django.conf import settings
        from django.db import connection

        old_key = settings.ENQUIRY_ENCRYPTION_KEYS[0]
        make_subscriber("kept@example.com")
        new_key = Fernet.generate_key().decode()
        with override_settings(ENQUIRY_ENCRYPTION_KEYS=[new_key, old_key]):
            call_command("rotate_update_keys", stdout=open("/dev/null", "w"))
        with override_settings(ENQUIRY_ENCRYPTION_KEYS=[new_key]):
            self.assertEqual(Subscriber.objects.get().email, "kept@example.com")
            with connection.cursor() as cursor:
                cursor.execute("SELECT email FROM updates_subscriber")
                self.assertNotIn("kept", cursor.fetchone()[0])


class FanOutCostTests(UpdatesTestCase):
    def test_choosing_recipients_costs_the_same_for_1_or_10_subscribers(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        counts = []
        for number in (1, 10):
            Subscriber.objects.all().delete()
            Delivery.objects.all().delete()
            for index in range(number):
                make_subscriber(
                    f"r{index}@example.com",
                    frequency=Subscriber.Frequency.WEEKLY,
                    everything=False,
                    categories=[self.abuse],
                )
            mailing = sending.create_digest(force=True)
            self.publish_article(f"Article for {number}", categories=[self.gangs])
            mailing.period_start = timezone.now() - timedelta(minutes=number)
            mailing.period_end = timezone.now() + timedelta(seconds=number)
            mailing.save()
            with CaptureQueriesContext(connection) as queries:
                owed = sending.fan_out(mailing.pk)
            self.assertEqual(len(owed), number)
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])
