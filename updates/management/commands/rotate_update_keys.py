"""`manage.py rotate_update_keys`: re-encrypt subscribers' addresses and choices with
the first ENQUIRY_ENCRYPTION_KEYS key (run after `rotate_enquiry_keys`, before
dropping the old key)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from updates.models import Subscriber


class Command(BaseCommand):
    help = "Re-encrypt email update subscribers with the current (first) encryption key."

    def handle(self, *args, **options):
        count = 0
        with transaction.atomic():
            # Loading decrypts with any key; saving encrypts with the first.
            for subscriber in Subscriber.objects.select_for_update().only("pk", "email", "choices"):
                subscriber.save(update_fields=["email", "choices"])
                count += 1
        self.stdout.write(f"{count} subscriber(s) re-encrypted.")
