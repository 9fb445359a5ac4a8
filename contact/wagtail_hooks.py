"""The Enquiries area in the admin menu and on the dashboard, and its audit log actions."""

from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from contact.admin_views import can_handle_enquiries
from contact.notifications import overdue_enquiries
from contact.records import Enquiry, contact_settings


class EnquiriesMenuItem(MenuItem):
    def is_shown(self, request):
        return can_handle_enquiries(request.user)


@hooks.register("register_admin_menu_item")
def register_enquiries_menu_item():
    return EnquiriesMenuItem(
        "Enquiries", reverse("contact_enquiries:index"), icon_name="mail", order=150
    )


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
    if can_handle_enquiries(request.user):
        panels.append(EnquiriesPanel(contact_settings(request).response_target_working_days))


@hooks.register("register_log_actions")
def register_enquiry_log_actions(actions):
    actions.register_action("contact.enquiry.view", "View enquiry", "Viewed enquiry")
    actions.register_action("contact.enquiry.export", "Export enquiry", "Exported enquiry")
    actions.register_action("contact.enquiry.status", "Change enquiry status", "Changed status")
    actions.register_action("contact.enquiry.note", "Add enquiry note", "Added a note")
