from django.core.management.base import BaseCommand

from contact.tasks import deliver_owed


class Command(BaseCommand):
    help = (
        "Send enquiry notifications that are owed (pending, or due a retry). A safety net "
        "beside the task worker; safe to run at any time."
    )

    def handle(self, *args, **options):
        tried = deliver_owed()
        self.stdout.write(f"Tried {tried} notification(s).")
