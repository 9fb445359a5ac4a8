"""`manage.py purge_unconfirmed_subscribers`: delete sign-ups never confirmed (run daily)."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from updates.models import Subscriber


class Command(BaseCommand):
    help = "Delete email update sign-ups not confirmed within UPDATES_UNCONFIRMED_DAYS."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only say how many.")

    def handle(self, *args, dry_run=False, **options):
        cutoff = timezone.now() - timedelta(days=settings.UPDATES_UNCONFIRMED_DAYS)
        stale = Subscriber.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)
        if dry_run:
            self.stdout.write(f"{stale.count()} unconfirmed sign-up(s) would be deleted.")
            return
        deleted, _ = stale.delete()
        self.stdout.write(f"{deleted} unconfirmed sign-up(s) deleted.")
