"""
Two-factor authentication (TOTP) for the admin, with django-otp.

Any staff user may add an authenticator app under Account › Two-factor
authentication. Once they have, each sign-in asks for a code. When
`ADMIN_2FA_REQUIRED` is on (production's default), superusers and the groups in
`ADMIN_2FA_REQUIRED_GROUPS` (Enquiry handlers: they read confidential enquiries)
can't reach any admin page until they have set one up.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import user_has_device


def two_factor_required_for(user):
    if not settings.ADMIN_2FA_REQUIRED:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.ADMIN_2FA_REQUIRED_GROUPS).exists()


class TwoFactorMiddleware:
    """Stops a signed-in user at the admin's door until their second factor is in.

    Only admin URLs are checked, so public pages never load the user. The
    sign-in, sign-out and two-factor pages themselves stay reachable.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = f"/{settings.ADMIN_PATH}"

    def __call__(self, request):
        if request.path.startswith(self.admin_prefix) and not self.is_exempt(request.path):
            response = self.check(request)
            if response:
                return response
        return self.get_response(request)

    def is_exempt(self, path):
        exempt = [
            reverse("wagtailadmin_login"),
            reverse("wagtailadmin_logout"),
            reverse("two_factor_setup"),
            reverse("two_factor_verify"),
        ]
        return path in exempt or path.startswith(f"{self.admin_prefix}password_reset/")

    def check(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if user_has_device(user):
            target = "two_factor_verify"
        elif two_factor_required_for(user):
            target = "two_factor_setup"
        else:
            return None
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
