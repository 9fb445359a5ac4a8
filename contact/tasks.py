"""
Sending enquiry notifications in the background (`manage.py db_worker`, django-tasks).

`send_after_commit` queues each notification once the enquiry is stored; the
task sends it, and on failure records the kind of error and queues a retry
with backoff. `deliver_owed` (run by `manage.py send_enquiry_notifications`)
sends anything still owed, in case a task was lost. What goes in each email
is `contact.notifications`.
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from contact.notifications import build_message
from contact.records import EnquiryNotification

logger = logging.getLogger(__name__)

FIRST_RETRY_DELAY = timedelta(minutes=1)
LONGEST_RETRY_DELAY = timedelta(hours=1)


@task(backend="notifications")
def deliver_notification(notification_id):
    """Send one enquiry notification. Only the id travels through the queue:
    the task table holds nothing an enquirer wrote."""
    return deliver(notification_id)


def send_after_commit(notifications):
    """Queue each notification for sending once the enquiry is safely stored."""

    def enqueue():
        for notification in notifications:
            try:
                deliver_notification.enqueue(notification.pk)
            except Exception:
                # The row stays pending; send_enquiry_notifications will pick it up.
                logger.exception("Could not queue notification %s", notification.pk)

    transaction.on_commit(enqueue)


def retry_delay(attempts):
    return min(FIRST_RETRY_DELAY * (2 ** max(attempts - 1, 0)), LONGEST_RETRY_DELAY)


def deliver(notification_id):
    """Send one notification if it is still owed. Returns its status.

    Never raises: a failure is recorded (its kind only, never an address or
    content) and a retry is scheduled.
    """
    with transaction.atomic():
        notification = (
            EnquiryNotification.objects.select_for_update(of=("self",))
            .select_related("enquiry", "enquiry__solicitor")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None or notification.status in (
            EnquiryNotification.Status.SENT,
            EnquiryNotification.Status.FAILED,
        ):
            return notification.status if notification else None

        now = timezone.now()
        notification.attempts += 1
        notification.last_attempt_at = now
        try:
            message = build_message(notification)
            if message is None:
                notification.status = EnquiryNotification.Status.FAILED
                notification.last_error = "No address to send to"
            else:
                message.send(fail_silently=False)
                notification.status = EnquiryNotification.Status.SENT
                notification.sent_at = now
                notification.last_error = ""
        except Exception as error:
            notification.status = EnquiryNotification.Status.RETRYING
            notification.last_error = type(error).__name__[:200]
            notification.next_attempt_at = now + retry_delay(notification.attempts)
            logger.warning(
                "Notification %s for enquiry %s failed (%s); retrying at %s",
                notification.pk,
                notification.enquiry.reference,
                notification.last_error,
                notification.next_attempt_at.isoformat(),
            )
        notification.save()

    if notification.status == EnquiryNotification.Status.RETRYING:
        try:
            deliver_notification.using(run_after=notification.next_attempt_at).enqueue(
                notification.pk
            )
        except Exception:
            logger.exception("Could not queue a retry of notification %s", notification.pk)
    return notification.status


def deliver_owed(now=None):
    """Send every notification whose time has come; returns how many were tried."""
    now = now or timezone.now()
    owed = EnquiryNotification.objects.filter(
        status__in=[EnquiryNotification.Status.PENDING, EnquiryNotification.Status.RETRYING],
        next_attempt_at__lte=now,
    ).values_list("pk", flat=True)
    ids = list(owed)
    for notification_id in ids:
        deliver(notification_id)
    return len(ids)
