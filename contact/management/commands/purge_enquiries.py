"""
`manage.py purge_enquiries [--dry-run]`: delete enquiries the firm no longer
needs, meant to run daily (see docs/enquiries.md).

An enquiry goes ENQUIRY_RETENTION_DAYS_AFTER_CLOSE days after it was closed,
and ENQUIRY_MAX_RETENTION_DAYS days after it arrived whatever its status.
Each deletion is written to the audit log (the reference only).
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log

from contact.models import Enquiry


def purgeable_enquiries(now=None):
    now = now or timezone.now()
    closed_before = now - timedelta(days=settings.ENQUIRY_RETENTION_DAYS_AFTER_CLOSE)
    received_before = now - timedelta(days=settings.ENQUIRY_MAX_RETENTION_DAYS)
    return Enquiry.objects.filter(
        Q(status=Enquiry.Status.CLOSED, closed_at__lt=closed_before)
        | Q(received_at__lt=received_before)
    ).defer("name", "email", "phone", "message")


class Command(BaseCommand):
    help = "Delete enquiries past their retention period (closed long enough ago, or too old)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say how many would go; delete nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        enquiries = list(purgeable_enquiries())
        if dry_run:
            self.stdout.write(f"{len(enquiries)} enquiry(ies) would be deleted.")
            for enquiry in enquiries:
                self.stdout.write(f"  {enquiry.reference}")
            return
        for enquiry in enquiries:
            with transaction.atomic():
                log(
                    instance=enquiry,
                    action="wagtail.delete",
                    deleted=True,
                    data={"reason": "retention"},
                )
                enquiry.delete()
        self.stdout.write(f"Deleted {len(enquiries)} enquiry(ies).")
