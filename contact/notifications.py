"""
Emails about enquiries.

Email is not a confidential channel: a notification carries the reference,
and a link to the enquiry in the admin (by a random id), never what the
enquirer wrote, how to reach them or the area of law. Subjects are the same
for every enquiry.

Each email is an `EnquiryNotification` row, created with the enquiry in one
transaction; `contact.tasks` sends it, and retries it if the mail server is down.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from contact.protection import is_plausible_address
from contact.records import Enquiry, EnquiryNotification, contact_settings
from firm_site.base.models import FirmSettings

logger = logging.getLogger(__name__)


def create_notifications(enquiry):
    """The notifications an enquiry calls for (call inside its transaction)."""
    kinds = [EnquiryNotification.Kind.INTAKE]
    if enquiry.solicitor_id:
        kinds.append(EnquiryNotification.Kind.SOLICITOR)
    if enquiry.wants_acknowledgement and enquiry.email_ok and is_plausible_address(enquiry.email):
        kinds.append(EnquiryNotification.Kind.ACKNOWLEDGEMENT)
    return [EnquiryNotification.objects.create(enquiry=enquiry, kind=kind) for kind in kinds]


def admin_url(enquiry):
    """The enquiry in the admin, by its random id: the address says nothing about volumes."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "contact_enquiries:inspect", args=[enquiry.public_id]
    )


def build_message(notification):
    """The email for a notification, or None when there is nobody to send it to.

    Subjects are the same for every enquiry: a mailbox's list of subjects (on a
    phone's lock screen, say) tells nobody who wrote, or which enquiry it is.
    """
    enquiry = notification.enquiry
    firm = FirmSettings.objects.filter(site__is_default_site=True).first()
    enquiry_settings = contact_settings()
    firm_email = firm.email if firm else ""
    intake_email = enquiry_settings.intake_address
    context = {
        "enquiry": enquiry,
        "firm": firm,
        "admin_url": admin_url(enquiry),
        "response_days": enquiry_settings.response_target_working_days,
    }
    kind = notification.Kind
    if notification.kind == kind.INTAKE:
        to, reply_to = intake_email, firm_email or intake_email
        subject = "New enquiry through the website"
        template = "contact/email/intake.txt"
    elif notification.kind == kind.SOLICITOR:
        to, reply_to = (enquiry.solicitor.email if enquiry.solicitor else ""), intake_email
        subject = "A new enquiry addressed to you"
        template = "contact/email/solicitor.txt"
    else:
        to, reply_to = enquiry.email, firm_email or intake_email
        subject = "We have received your enquiry"
        template = "contact/email/acknowledgement.txt"
        if not is_plausible_address(to):
            to = ""
    if not to:
        return None
    return EmailMessage(
        subject=subject,
        body=render_to_string(template, context),
        to=[to],
        reply_to=[reply_to] if reply_to else None,
    )


def overdue_enquiries(now, target_days):
    """New enquiries not answered within the response target (working days), oldest first."""
    now = now or timezone.now()
    waiting = (
        Enquiry.objects.filter(status=Enquiry.Status.NEW)
        .only("pk", "public_id", "reference", "received_at", "area_of_law_name", "solicitor")
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
