"""
Email updates: readers who asked to hear about new articles, and what was sent.

A `Subscriber`'s address and choices are encrypted at rest (the same keys as
enquiries): a choice of a sensitive category, or of an author who writes in
one, is sensitive personal data, and it is simpler and safer to treat every
subscription that way than to decide which are. Lookups by address go through
a keyed hash, never the address itself.

A `Mailing` is one article's announcement or one week's digest; a `Delivery`
is one email of it to one subscriber. (mailing, subscriber) is unique and a
delivery is claimed atomically before it is sent, so nobody gets an email twice.
"""

import hashlib
import hmac
import json
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from firm_site.base.crypto import EncryptedTextField


def address_digest(email):
    """A keyed hash of a normalised address: finds a subscriber without storing
    the address in the clear."""
    normalised = email.strip().casefold()
    return hmac.new(
        settings.SECRET_KEY.encode(), f"updates:{normalised}".encode(), hashlib.sha256
    ).hexdigest()


def new_key():
    return secrets.token_urlsafe(12)


class Subscriber(models.Model):
    class Frequency(models.TextChoices):
        EACH = "each", "Each new article"
        WEEKLY = "weekly", "A weekly digest"

    # Encrypted; `address_hash` is what lookups use.
    email = EncryptedTextField()
    address_hash = models.CharField(max_length=64, unique=True, editable=False)
    # Encrypted JSON: {"everything": bool, "categories": [ids], "authors": [ids]}.
    choices = EncryptedTextField()
    frequency = models.CharField(max_length=8, choices=Frequency.choices)
    # Part of every signed link: changing it (on unsubscribe) makes old links useless.
    key = models.CharField(max_length=32, default=new_key, editable=False)

    created_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True, db_index=True, editable=False)
    consent_given_at = models.DateTimeField(editable=False)
    privacy_notice_version = models.CharField(max_length=200, editable=False)

    class Meta:
        permissions = [
            ("view_subscriber_addresses", "Can see and export email update addresses"),
        ]

    def __str__(self):
        # Shown in the audit log and admin messages: never the address.
        return f"Subscriber {self.pk}"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def get_choices(self):
        try:
            data = json.loads(self.choices or "{}")
        except ValueError:
            data = {}
        return {
            "everything": bool(data.get("everything")),
            "categories": [int(pk) for pk in data.get("categories", [])],
            "authors": [int(pk) for pk in data.get("authors", [])],
        }

    def set_choices(self, *, everything, categories=(), authors=()):
        self.choices = json.dumps(
            {
                "everything": bool(everything),
                "categories": sorted({int(pk) for pk in categories}),
                "authors": sorted({int(pk) for pk in authors}),
            }
        )


class Mailing(models.Model):
    """One article's announcement, or one week's digest."""

    class Kind(models.TextChoices):
        ARTICLE = "article", "New article"
        DIGEST = "digest", "Weekly digest"

    kind = models.CharField(max_length=8, choices=Kind.choices)
    # Unique: an article is announced once, whatever happens to it afterwards.
    article = models.OneToOneField(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="email_update",
    )
    # For the send history, kept if the article is deleted.
    title = models.CharField(max_length=255)
    # A digest covers the articles first published in [period_start, period_end).
    period_start = models.DateTimeField(null=True, blank=True)
    period_end = models.DateTimeField(null=True, blank=True, unique=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        permissions = [("view_send_history", "Can see email update counts and send history")]

    def __str__(self):
        return self.title


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        RETRYING = "retrying", "Retrying"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped"

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    # Kept (without the subscriber) after they leave, so the history still adds up.
    subscriber = models.ForeignKey(
        Subscriber, null=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mailing", "subscriber"], name="one_delivery_per_subscriber_per_mailing"
            )
        ]
        verbose_name_plural = "deliveries"

    def __str__(self):
        return f"Delivery {self.pk}"
