"""`manage.py send_digest`: queue the week's digest for weekly subscribers (run weekly).
`--owed` also queues again any email still owed (in case a queued task was lost)."""

from django.core.management.base import BaseCommand

from updates import sending
from updates.tasks import queue_deliveries


class Command(BaseCommand):
    help = "Queue this week's email digest; each email is then sent by the worker."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Send even if a digest went out less than six days ago.",
        )
        parser.add_argument(
            "--owed",
            action="store_true",
            help="Only queue again the emails still owed (pending or retrying).",
        )

    def handle(self, *args, force=False, owed=False, **options):
        if owed:
            # A delivery is claimed before it is sent, so queueing one twice sends it once.
            self.stdout.write(f"{queue_deliveries(sending.owed_ids())} owed email(s) queued.")
            return
        mailing = sending.create_digest(force=force)
        if mailing is None:
            self.stdout.write("A digest went out less than six days ago; nothing queued.")
            return
        queued = queue_deliveries(sending.fan_out(mailing.pk))
        self.stdout.write(f"{mailing.title}: {queued} email(s) queued.")
