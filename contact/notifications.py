"""
Emails about enquiries.

Email is not a confidential channel: a notification carries the reference,
the area of law and a link to the enquiry in the admin, never what the
enquirer wrote or how to reach them. Subjects carry no enquiry data at all.

Each email is an `EnquiryNotification` row, created with the enquiry in one
transaction. After the commit a background task sends it (`contact.tasks`);
if the mail server is down the attempt is recorded and retried with backoff,
until it is sent. `manage.py send_enquiry_notifications` sends anything still
owed, in case a task was lost.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from contact.models import Enquiry, EnquiryNotification

logger = logging.getLogger(__name__)

FIRST_RETRY_DELAY = timedelta(minutes=1)
LONGEST_RETRY_DELAY = timedelta(hours=1)


def create_notifications(enquiry):
    """The notifications an enquiry calls for (call inside its transaction)."""
    kinds = [EnquiryNotification.Kind.INTAKE]
    if enquiry.solicitor_id:
        kinds.append(EnquiryNotification.Kind.SOLICITOR)
    if enquiry.wants_acknowledgement and enquiry.email_ok:
        kinds.append(EnquiryNotification.Kind.ACKNOWLEDGEMENT)
    return [EnquiryNotification.objects.create(enquiry=enquiry, kind=kind) for kind in kinds]


def send_after_commit(notifications):
    """Queue each notification for sending once the enquiry is safely stored."""
    from contact.tasks import deliver_notification

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
    from contact.tasks import deliver_notification

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


def build_message(notification):
    """The email for a notification, or None when there is nobody to send it to."""
    from firm_site.base.models import FirmSettings

    enquiry = notification.enquiry
    firm = FirmSettings.objects.filter(site__is_default_site=True).first()
    firm_email = firm.email if firm else ""
    intake_email = (firm and firm.enquiry_intake_email) or settings.ENQUIRY_INTAKE_EMAIL
    context = {
        "enquiry": enquiry,
        "firm": firm,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("contact_enquiries:detail", args=[enquiry.pk]),
        "response_days": firm.response_target_working_days if firm else 2,
    }
    kind = notification.Kind
    if notification.kind == kind.INTAKE:
        to, reply_to = intake_email, firm_email or intake_email
        subject = f"New enquiry {enquiry.reference}"
        template = "contact/email/intake.txt"
    elif notification.kind == kind.SOLICITOR:
        to, reply_to = (enquiry.solicitor.email if enquiry.solicitor else ""), intake_email
        subject = f"New enquiry for you: {enquiry.reference}"
        template = "contact/email/solicitor.txt"
    else:
        to, reply_to = enquiry.email, firm_email or intake_email
        subject = "We have received your enquiry"
        template = "contact/email/acknowledgement.txt"
    if not to:
        return None
    return EmailMessage(
        subject=subject,
        body=render_to_string(template, context),
        to=[to],
        reply_to=[reply_to] if reply_to else None,
    )


def overdue_enquiries(now=None, target_days=2):
    """New enquiries not answered within the response target (working days), oldest first."""
    now = now or timezone.now()
    waiting = (
        Enquiry.objects.filter(status=Enquiry.Status.NEW)
        .only("pk", "reference", "received_at", "area_of_law_name", "solicitor")
        .select_related("solicitor")
        .order_by("received_at")
    )
    return [
        enquiry for enquiry in waiting if add_working_days(enquiry.received_at, target_days) < now
    ]


def add_working_days(moment, days):
    """`moment` plus `days` working days (Monday to Friday), in UK time.

    An enquiry that arrives at the weekend starts the clock on Monday morning.
    """
    local = timezone.localtime(moment)
    while local.weekday() >= 5:
        local = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    remaining = days
    while remaining > 0:
        local += timedelta(days=1)
        if local.weekday() < 5:
            remaining -= 1
    return local
