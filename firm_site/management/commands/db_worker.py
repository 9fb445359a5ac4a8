"""
`manage.py db_worker`: django-tasks-db's worker, which also rides out a
database outage.

The original exits on the first database error, so a PostgreSQL restart (or a
network blip) used to stop enquiry notifications until someone noticed. This
one logs the outage, closes its broken connection, waits (1 second, doubling,
at most RETRY_MAX_SECONDS) and carries on where it was once the database
answers. A task that was running when the database went away may be left
marked as running; enquiry notifications are owed by their own rows, and
`send_enquiry_notifications` (run every few minutes) sends them anyway.

It takes the place of django-tasks-db's command of the same name (this app
comes first in INSTALLED_APPS), with the same options.
"""

import logging
import time

from django.db import DatabaseError, connections
from django_tasks_db.management.commands import db_worker

# Not django-tasks-db's logger, which the command's --verbosity can silence.
logger = logging.getLogger(__name__)

RETRY_MAX_SECONDS = 30
# An outage that follows this long a run of good work starts its waits from 1 second again.
HEALTHY_RUN_SECONDS = 60


def close_broken_connections():
    for connection in connections.all(initialized_only=True):
        try:
            connection.close()
        except DatabaseError:
            pass


class ResilientWorker(db_worker.Worker):
    def run(self):
        delay = 1
        while True:
            started = time.monotonic()
            try:
                return super().run()
            except DatabaseError as error:
                if not self.running:
                    return None
                if time.monotonic() - started > HEALTHY_RUN_SECONDS:
                    delay = 1
                logger.warning(
                    "The database is unavailable (%s); trying again in %s s",
                    type(error).__name__,
                    delay,
                )
                close_broken_connections()
                self.running_task = False
                time.sleep(delay)
                delay = min(delay * 2, RETRY_MAX_SECONDS)


class Command(db_worker.Command):
    def handle(self, *args, **options):
        # The original command builds its module's `Worker`; lend it ours for the
        # run rather than copy the option handling.
        original = db_worker.Worker
        db_worker.Worker = ResilientWorker
        try:
            return super().handle(*args, **options)
        finally:
            db_worker.Worker = original
