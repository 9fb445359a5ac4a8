"""Background work for email updates, run by `manage.py db_worker --backend notifications`.

Only ids travel through the queue: the task table holds no address. Each email
is its own task, queued UPDATES_SEND_PER_MINUTE apart, below enquiry
notifications in priority: an enquiry never waits behind a mailing.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from updates import sending
from updates.models import Delivery

logger = logging.getLogger(__name__)

PRIORITY = -10


@task(backend="notifications", priority=PRIORITY)
def fan_out_mailing(mailing_id):
    return queue_deliveries(sending.fan_out(mailing_id))


@task(backend="notifications", priority=PRIORITY)
def deliver_update(delivery_id):
    delivery = sending.deliver(delivery_id)
    if delivery is not None and delivery.status == Delivery.Status.RETRYING:
        try:
            deliver_update.using(run_after=delivery.next_attempt_at).enqueue(delivery.pk)
        except Exception:
            logger.exception("Could not queue a retry of delivery %s", delivery.pk)
    return delivery.status if delivery else None


@task(backend="notifications")
def send_confirmation(subscriber_id):
    return sending.send_confirmation(subscriber_id)


def queue_fan_out(mailing_id):
    try:
        fan_out_mailing.enqueue(mailing_id)
    except Exception:
        logger.exception("Could not queue the fan-out of mailing %s", mailing_id)


def queue_deliveries(ids, now=None):
    """One task per email, spread out at the send rate. Returns how many."""
    now = now or timezone.now()
    spacing = timedelta(seconds=60 / max(settings.UPDATES_SEND_PER_MINUTE, 1))
    for position, delivery_id in enumerate(ids):
        try:
            deliver_update.using(run_after=now + spacing * position).enqueue(delivery_id)
        except Exception:
            # The row stays owed: `manage.py send_digest --owed` queues it again.
            logger.exception("Could not queue delivery %s", delivery_id)
    return len(ids)
