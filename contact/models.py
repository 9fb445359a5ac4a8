"""
Confidential enquiries.

`ContactPage` is the form at /contact/; `Enquiry` is what a prospective client
sends. Their contact details and message are encrypted at rest
(`firm_site.base.crypto`); only members of the "Enquiry handlers" group (and
superusers) can read them, through the Enquiries area of the admin, and every
read, export, status change and deletion is written to Wagtail's audit log.
Notifications about an enquiry never carry what the enquirer wrote.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from firm_site.base import structured_data
from firm_site.base.crypto import EncryptedTextField
from firm_site.base.pages import BasePage

# An unambiguous alphabet for references read out over the phone: no 0/O, 1/I/L.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference():
    """A reference like "ENQ-7KQ4-9XWD": random, so it reveals nothing about volumes."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"ENQ-{chars[:4]}-{chars[4:]}"


class ContactPage(RoutablePageMixin, BasePage):
    """`/contact/`: the firm's contact details and the confidential enquiry form.

    `/contact/` shows the form (GET only), `/contact/send/` takes it (POST
    only) and `/contact/thank-you/` confirms it; the views are in contact/views.py.
    """

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    privacy_summary = RichTextField(
        features=["bold", "italic", "link", "ul"],
        help_text=(
            "The short notice beside the form: who reads an enquiry, what it is used for, "
            "how long it is kept and the enquirer's rights. It links to the full privacy "
            "notice chosen in Settings › Firm details."
        ),
    )
    next_steps = RichTextField(
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="Shown on the thank-you page: what happens after an enquiry arrives",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("privacy_summary"),
        FieldPanel("next_steps"),
    ]

    parent_page_types = ["firm_site.HomePage"]
    subpage_types = []
    max_count = 1

    # The form posts to /contact/send/; each route allows only its own methods.
    allowed_http_methods = ["GET", "HEAD", "POST"]

    # Contact pages always offer "Exit this page".
    show_quick_exit = True
    # A form with a CSRF token, and a thank-you page per enquirer: never in a shared cache.
    shared_cache_seconds = 0

    def get_summary(self):
        return strip_tags(self.intro)

    def get_structured_data(self, request):
        # The firm as a LegalService, as on the home page: how search engines
        # learn its address and telephone number.
        return [structured_data.legal_service(request)]

    @path("")
    def form(self, request):
        from contact import views

        return views.show_form(request, self)

    @path("send/")
    def send(self, request):
        from contact import views

        return views.submit_enquiry(request, self)

    @path("thank-you/")
    def thank_you(self, request):
        from contact import views

        return views.thank_you(request, self)


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
    # From the form's signed token: the same form sent twice is stored once.
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    # A keyed hash of who wrote what, to catch a re-typed duplicate; reveals nothing by itself.
    content_fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
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
    area_of_law = models.ForeignKey(
        "news.Category", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # As the enquirer chose it, kept if the category is later renamed or removed.
    area_of_law_name = models.CharField(max_length=255)
    source_path = models.CharField(
        "came from", max_length=255, blank=True, help_text="The page on this site that led here"
    )

    # What the enquirer told us: encrypted at rest.
    name = EncryptedTextField()
    email = EncryptedTextField()
    phone = EncryptedTextField(blank=True)
    message = EncryptedTextField(blank=True)

    preferred_contact = models.CharField(max_length=8, choices=ContactMethod.choices)
    best_time_to_call = models.CharField(max_length=12, choices=BestTime.choices, blank=True)
    voicemail_ok = models.BooleanField("safe to leave a voicemail")
    email_ok = models.BooleanField("safe to email")
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
