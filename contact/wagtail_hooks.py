"""The Enquiries area in the admin (a viewset), on the dashboard, and its audit log actions."""

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from contact.notifications import overdue_enquiries
from contact.permissions import enquiry_permission_policy
from contact.records import Enquiry, contact_settings
from contact.viewsets import enquiry_viewset

# Registered here rather than through `register_admin_viewset`: that hook would
# mount its URLs inside Wagtail's admin wrapper, which sends signed-out visitors
# to the login page. firm_site/urls.py mounts them; this adds the menu item (for
# those the policy lets see the list), the group editor's permissions and the
# site history's links.
enquiry_viewset.on_register()


class EnquiriesPanel(Component):
    """How many enquiries are new, and which have waited past the response target."""

    name = "enquiries"
    template_name = "contact/admin/dashboard_panel.html"
    order = 50

    def __init__(self, target_days):
        self.target_days = target_days

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            {
                "new_count": Enquiry.objects.filter(status=Enquiry.Status.NEW).count(),
                "overdue": overdue_enquiries(timezone.now(), self.target_days),
                "target_days": self.target_days,
            }
        )
        return context


@hooks.register("construct_homepage_panels")
def add_enquiries_panel(request, panels):
    if enquiry_permission_policy.user_has_permission(request.user, "view"):
        panels.append(EnquiriesPanel(contact_settings(request).response_target_working_days))


@hooks.register("register_log_actions")
def register_enquiry_log_actions(actions):
    actions.register_action("contact.enquiry.view", "View enquiry", "Viewed enquiry")
    actions.register_action("contact.enquiry.export", "Export enquiry", "Exported enquiry")
    actions.register_action("contact.enquiry.status", "Change enquiry status", "Changed status")
    actions.register_action("contact.enquiry.note", "Add enquiry note", "Added a note")
