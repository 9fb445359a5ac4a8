from django.apps import AppConfig


class ContactConfig(AppConfig):
    """Confidential enquiries: the contact form, the Enquiries admin area and notifications."""

    name = "contact"
    verbose_name = "Enquiries"

    def ready(self):
        from contact import checks  # noqa: F401 (registers the system checks)
