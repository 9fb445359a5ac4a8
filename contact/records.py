"""
What Contact stores: enquiries, their notes and notification records, the
areas of law offered on the form, and Contact's own site setting.

Kept apart from `contact.models` (which adds the `ContactPage` and imports
this module) so that the views, forms and notifications can use these models
without importing the page that routes to the views: no import loops.

An enquirer's contact details, message, the page they came from and the area
of law are encrypted at rest (`firm_site.base.crypto`): "came from an article
about grooming gangs" is itself sensitive.
"""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site
from wagtail.snippets.models import register_snippet

from firm_site.base.crypto import EncryptedTextField

# An unambiguous alphabet for references read out over the phone: no 0/O, 1/I/L.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
OTHER_AREA_NAME = "Other / not sure"


def new_reference():
    """A reference like "ENQ-7KQ4-9XWD": random, so it reveals nothing about volumes."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"ENQ-{chars[:4]}-{chars[4:]}"


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Where enquiry notifications go and how soon the firm aims to reply.

    Read only through `contact_settings()`; the field defaults are the one place
    the fallbacks are written.
    """

    intake_email = models.EmailField(
        blank=True,
        help_text=(
            "Where new-enquiry notifications go (they never contain what the enquirer "
            "wrote). Empty: the ENQUIRY_INTAKE_EMAIL setting."
        ),
    )
    response_target_working_days = models.PositiveSmallIntegerField(
        default=2,
        help_text="How soon the firm aims to answer an enquiry, in working days",
    )

    panels = [FieldPanel("intake_email"), FieldPanel("response_target_working_days")]

    class Meta:
        verbose_name = "Enquiry settings"

    def __str__(self):
        return "Enquiry settings"

    @property
    def intake_address(self):
        return self.intake_email or settings.ENQUIRY_INTAKE_EMAIL


def contact_settings(request=None):
    """Contact's settings for this request's site (the default site without one).

    Wagtail creates the row with the field defaults the first time it is read.
    """
    if request is not None:
        return ContactSettings.for_request(request)
    site = Site.objects.filter(is_default_site=True).first()
    return ContactSettings.for_site(site) if site else ContactSettings()


class AreaOfLaw(models.Model):
    """An area of law offered on the enquiry form, e.g. "Child Abuse"."""

    name = models.CharField(max_length=120, unique=True)
    department = models.ForeignKey(
        "people.Department",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The department whose people handle these enquiries, if one does",
    )
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers come first on the form"
    )

    panels = [FieldPanel("name"), FieldPanel("department"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name_plural = "areas of law"

    def __str__(self):
        return self.name


register_snippet(AreaOfLaw)


class Enquiry(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        CLOSED = "closed", "Closed"

    class ContactMethod(models.TextChoices):
        PHONE = "phone", "Phone"
        EMAIL = "email", "Email"

    class BestTime(models.TextChoices):
        ANY = "any", "Any time"
        MORNING = "morning", "Morning (9am to 12pm)"
        AFTERNOON = "afternoon", "Afternoon (12pm to 5pm)"
        EVENING = "evening", "Early evening (5pm to 7pm)"

    reference = models.CharField(max_length=16, unique=True, default=new_reference, editable=False)
    # The admin's address for the enquiry: random, so links reveal nothing about volumes.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # From the form's signed token: a correction shares it with the enquiry it corrects.
    submission_key = models.CharField(max_length=64, db_index=True, editable=False)
    # Keyed hashes of every answer: `submission_digest` (with the form's key) makes two
    # identical posts of one form a single row, atomically; `content_fingerprint`
    # (answers only) catches the same enquiry re-typed into a fresh form. Neither
    # reveals anything by itself.
    submission_digest = models.CharField(max_length=64, unique=True, editable=False)
    content_fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
    corrects = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="corrections",
        editable=False,
        help_text="The earlier enquiry, sent from the same form, that this one corrects",
    )
    received_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)

    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.NEW, db_index=True
    )
    status_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True, db_index=True, editable=False)

    solicitor = models.ForeignKey(
        "people.PersonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enquiries",
        help_text="Who the enquirer asked to hear from, if anyone",
    )
    # As the enquirer chose it (kept if the area is later renamed or removed).
    area_of_law_name = EncryptedTextField("area of law")
    source_path = EncryptedTextField("came from", blank=True)

    # What the enquirer told us: encrypted at rest.
    name = EncryptedTextField()
    email = EncryptedTextField(blank=True)
    phone = EncryptedTextField(blank=True)
    message = EncryptedTextField(blank=True)

    preferred_contact = models.CharField(max_length=8, choices=ContactMethod.choices)
    best_time_to_call = models.CharField(max_length=12, choices=BestTime.choices, blank=True)
    voicemail_ok = models.BooleanField("safe to leave a voicemail")
    email_ok = models.BooleanField("safe to email")
    # Asked only when the enquirer chose a phone call.
    say_firm_name_ok = models.BooleanField("may say who we are when calling", null=True)
    text_ok = models.BooleanField("safe to send a text", null=True)
    callback_only = models.BooleanField("asked only for a call back")
    wants_acknowledgement = models.BooleanField("asked for an acknowledgement email")

    consent_given_at = models.DateTimeField(editable=False)
    privacy_notice_version = models.CharField(max_length=200, editable=False)

    class Meta:
        ordering = ["-received_at"]
        verbose_name_plural = "enquiries"

    def __str__(self):
        # Audit log entries and admin messages show this: never personal data.
        return self.reference

    def save(self, *args, **kwargs):
        if self.status == self.Status.CLOSED and self.closed_at is None:
            self.closed_at = timezone.now()
        elif self.status != self.Status.CLOSED:
            self.closed_at = None
        super().save(*args, **kwargs)

    @cached_property
    def latest_correction(self):
        """The newest enquiry that corrects this one (directly or by a later
        correction), or None: its safety answers are the ones that hold."""
        latest, seen = None, {self.pk}
        current = self
        while True:
            newer = current.corrections.order_by("-received_at").first()
            if newer is None or newer.pk in seen:
                return latest
            seen.add(newer.pk)
            latest = current = newer

    @cached_property
    def notification_summary(self):
        """A word for the list: sent, pending or retrying."""
        statuses = {notification.status for notification in self.notifications.all()}
        for status in (
            EnquiryNotification.Status.RETRYING,
            EnquiryNotification.Status.PENDING,
            EnquiryNotification.Status.FAILED,
        ):
            if status in statuses:
                return EnquiryNotification.Status(status).label
        return EnquiryNotification.Status.SENT.label if statuses else "None"


class EnquiryNote(models.Model):
    """An internal note by a handler on an enquiry."""

    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    text = EncryptedTextField()

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"Note on {self.enquiry_id}"


class EnquiryNotification(models.Model):
    """One email about an enquiry, and whether it has gone.

    The row is the record of truth: the background task that sends it may
    fail and be retried, and `manage.py send_enquiry_notifications` picks up
    anything still owed.
    """

    class Kind(models.TextChoices):
        INTAKE = "intake", "Intake team"
        SOLICITOR = "solicitor", "Solicitor"
        ACKNOWLEDGEMENT = "acknowledgement", "Acknowledgement to the enquirer"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        RETRYING = "retrying", "Retrying"
        SENT = "sent", "Sent"
        FAILED = "failed", "Not sent"

    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # The kind of failure only (e.g. "SMTPServerDisconnected"): never an address or content.
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["enquiry", "kind"], name="one_notification_of_each_kind"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} notification for {self.enquiry}"
