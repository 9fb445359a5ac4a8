"""Background work for enquiries, run by `manage.py db_worker` (django-tasks)."""

from django_tasks import task

from contact import notifications


@task(backend="notifications")
def deliver_notification(notification_id):
    """Send one enquiry notification. Only the id travels through the queue:
    the task table holds nothing an enquirer wrote."""
    return notifications.deliver(notification_id)
