"""Email updates on the public pages (through the base page's context hook) and in the admin."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from firm_site.base.pages import PAGE_CONTEXT_HOOK
from updates import admin_urls
from updates.admin_views import HISTORY, allowed

SIGNUP_LINK_TEMPLATE = "updates/components/signup_link.html"


@hooks.register(PAGE_CONTEXT_HOOK)
def add_signup_link(page, request, context):
    # No query: the templates of News & Blog, category pages, profiles and articles
    # include this only if it is here, so News and People need not know of updates.
    context["email_updates"] = {
        "template": SIGNUP_LINK_TEMPLATE,
        "url": reverse("updates:signup"),
    }


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("email-updates/", include(admin_urls, namespace="updates_admin"))]


class EmailUpdatesMenuItem(MenuItem):
    def is_shown(self, request):
        return allowed(request.user, HISTORY)


@hooks.register("register_reports_menu_item")
def register_email_updates_menu_item():
    return EmailUpdatesMenuItem(
        "Email updates", reverse("updates_admin:overview"), icon_name="mail", order=900
    )


@hooks.register("register_permissions")
def register_permissions():
    # Shown under Settings › Groups, so an administrator can give a group
    # "Can see and export email update addresses".
    return Permission.objects.filter(
        content_type__app_label="updates",
        codename__in=["view_send_history", "view_subscriber_addresses"],
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "updates.addresses.view", "View email update addresses", "Viewed email update addresses"
    )
    actions.register_action(
        "updates.addresses.export",
        "Export email update addresses",
        "Exported email update addresses",
    )
