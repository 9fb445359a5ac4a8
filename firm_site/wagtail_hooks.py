"""Admin hooks for the admin's door (two-factor pages and the locked-logins list),
the menus each role sees, and the shared-cache headers of served pages."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from firm_site.admin_door.views import LockedLoginsView, TwoFactorSetupView, TwoFactorVerifyView


@hooks.register("register_admin_urls")
def register_admin_door_urls():
    return [
        path("two-factor/setup/", TwoFactorSetupView.as_view(), name="two_factor_setup"),
        path("two-factor/verify/", TwoFactorVerifyView.as_view(), name="two_factor_verify"),
        path("locked-logins/", LockedLoginsView.as_view(), name="locked_logins"),
    ]


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    return {
        "url": reverse("two_factor_setup"),
        "label": "Two-factor authentication",
        "help_text": "Ask for a code from an authenticator app on your phone at each sign-in.",
    }


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_locked_logins_menu_item():
    return SuperuserMenuItem(
        "Locked logins",
        reverse("locked_logins"),
        name="locked-logins",
        icon_name="lock",
        order=650,
    )


@hooks.register("construct_reports_menu")
def reports_for_publishers_only(request, menu_items):
    """Reports (workflows, aging pages, page types, site history...) are the
    reviewers' tools; a writer's own articles are on their dashboard. With no items
    the Reports menu is not shown at all."""
    if not PagePermissionPolicy().user_has_permission(request.user, "publish"):
        menu_items.clear()


@hooks.register("construct_help_menu")
def no_whats_new_in_wagtail(request, menu_items):
    """Release notes of the software are for whoever upgrades it, not for the firm."""
    menu_items[:] = [item for item in menu_items if not item.name.startswith("whats-new")]


# Outermost (lowest order), so that it sees the response after Wagtail's own
# `on_serve_page` hook has marked a private page's response never to be cached.
@hooks.register("on_serve_page", order=-100)
def add_shared_cache_headers(next_serve_page):
    def serve(page, request, args, kwargs):
        response = next_serve_page(page, request, args, kwargs)
        add_cache_headers = getattr(page, "add_cache_headers", None)
        if add_cache_headers is not None:
            add_cache_headers(request, response)
        return response

    return serve
