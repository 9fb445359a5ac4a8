"""Admin hooks for the admin's door: two-factor pages and the locked-logins list."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

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
