from django.apps import AppConfig


class ContactConfig(AppConfig):
    """Confidential enquiries: the contact form, the Enquiries admin area and notifications."""

    name = "contact"
    verbose_name = "Enquiries"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from contact import checks  # noqa: F401 (registers the system checks)
        from contact.permissions import enquiry_permission_policy
        from contact.records import Enquiry

        # Before anything asks for Enquiry's policy (Wagtail would make a default one).
        register_permission_policy(Enquiry, enquiry_permission_policy)
