"""Admin views for the admin's door: two-factor set-up and sign-in, and locked logins."""

from base64 import b32encode
from io import BytesIO

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

from firm_site.admin_door.forms import TokenForm
from firm_site.admin_door.two_factor import two_factor_required_for

DEVICE_NAME = "Authenticator app"


def next_url(request):
    """Where to go after the second factor: `?next=` if it is on this site, else the dashboard."""
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


class TwoFactorSetupView(View):
    """Add an authenticator app: scan the QR code (or type the key), then prove it with a code."""

    template_name = "firm_site/admin/two_factor_setup.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect(f"{reverse('wagtailadmin_login')}?next={request.path}")
        return super().dispatch(request, *args, **kwargs)

    def pending_device(self):
        # Reuse the unconfirmed device so a reload shows the same QR code.
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        return device or TOTPDevice.objects.create(
            user=self.request.user, name=DEVICE_NAME, confirmed=False
        )

    def get(self, request):
        if user_has_device(request.user):
            messages.info(request, "Two-factor authentication is already set up for your account.")
            return redirect(next_url(request))
        device = self.pending_device()
        return self.render(device, TokenForm(devices=[device]))

    def post(self, request):
        if user_has_device(request.user):
            return redirect(next_url(request))
        device = self.pending_device()
        form = TokenForm(request.POST, devices=[device])
        if not form.is_valid():
            return self.render(device, form, status=400)
        device.confirmed = True
        device.save()
        TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
        otp_login(request, device)
        messages.success(request, "Two-factor authentication is on for your account.")
        return redirect(next_url(request))

    def render(self, device, form, status=200):
        qr_code = BytesIO()
        write_qrcode_image(device.config_url, qr_code)
        context = {
            "form": form,
            "qr_code_svg": qr_code.getvalue().decode(),
            "secret_key": b32encode(device.bin_key).decode(),
            "required": two_factor_required_for(self.request.user),
            "next": next_url(self.request),
        }
        return TemplateResponse(self.request, self.template_name, context, status=status)


class TwoFactorVerifyView(View):
    """Ask a signed-in user with an authenticator app for today's code."""

    template_name = "firm_site/admin/two_factor_verify.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect(f"{reverse('wagtailadmin_login')}?next={request.path}")
        self.devices = list(devices_for_user(request.user, confirmed=True))
        if not self.devices:
            return redirect(f"{reverse('two_factor_setup')}?next={next_url(request)}")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render(TokenForm(devices=self.devices))

    def post(self, request):
        form = TokenForm(request.POST, devices=self.devices)
        if not form.is_valid():
            return self.render(form, status=400)
        otp_login(request, form.device)
        return redirect(next_url(request))

    def render(self, form, status=200):
        context = {"form": form, "next": next_url(self.request)}
        return TemplateResponse(self.request, self.template_name, context, status=status)


class LockedLoginsView(View):
    """Failed sign-ins django-axes is counting, and a way for a superuser to clear them.

    Wagtail has no Django admin here, where django-axes would list them.
    """

    template_name = "firm_site/admin/locked_logins.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        attempts = AccessAttempt.objects.order_by("-attempt_time")
        context = {"attempts": attempts, "failure_limit": settings.AXES_FAILURE_LIMIT}
        return TemplateResponse(request, self.template_name, context)

    def post(self, request):
        username = request.POST.get("username", "")
        ip_address = request.POST.get("ip_address", "")
        if username:
            count = reset(username=username)
            messages.success(request, f"Unlocked the account {username!r} ({count} cleared).")
        elif ip_address:
            count = reset(ip=ip_address)
            messages.success(request, f"Unlocked the address {ip_address} ({count} cleared).")
        return redirect("locked_logins")
