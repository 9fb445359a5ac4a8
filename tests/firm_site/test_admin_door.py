"""The admin's door: lockout after failed sign-ins, two-factor authentication, sessions."""

from datetime import timedelta
from io import StringIO

from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import RequestFactory, SimpleTestCase, override_settings
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from freezegun import freeze_time

from firm_site.base.roles import ENQUIRY_HANDLERS, SOLICITORS
from firm_site.base.security import client_ip
from tests.factories import make_user
from tests.utils import SiteTestCase

PASSWORD = "a-long-test-password"  # what make_user sets


def current_code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"


class LockoutTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.solicitor = make_user("solicitor", SOLICITORS)
        cls.colleague = make_user("colleague", SOLICITORS)
        cls.superuser = make_user("root", superuser=True)

    def sign_in(self, username, password, address="192.0.2.1"):
        self.client.logout()
        return self.client.post(
            reverse("wagtailadmin_login"),
            {"username": username, "password": password},
            REMOTE_ADDR=address,
        )

    def signed_in(self):
        return "_auth_user_id" in self.client.session

    def fail(self, times, username="solicitor", address="192.0.2.1"):
        for _ in range(times):
            self.sign_in(username, "wrong-password", address)

    def test_a_good_password_signs_in(self):
        response = self.sign_in("solicitor", PASSWORD)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(self.signed_in())

    def test_an_account_locks_after_five_failures(self):
        self.fail(4)
        self.assertEqual(self.sign_in("solicitor", PASSWORD).status_code, 302)  # 4: still fine
        self.fail(5)
        response = self.sign_in("solicitor", PASSWORD)
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "Too many failed sign-in attempts", status_code=429)
        self.assertContains(response, "ask a superuser to unlock", status_code=429)
        self.assertFalse(self.signed_in())
        # The account stays locked from another address too.
        self.assertEqual(self.sign_in("solicitor", PASSWORD, "198.51.100.7").status_code, 429)

    def test_a_lockout_ends_after_an_hour(self):
        start = timezone.now()
        with freeze_time(start):
            self.fail(5)
            self.assertEqual(self.sign_in("solicitor", PASSWORD).status_code, 429)
        with freeze_time(start + timedelta(minutes=61)):
            self.assertEqual(self.sign_in("solicitor", PASSWORD).status_code, 302)

    def test_an_address_locks_after_five_failures_on_any_accounts(self):
        for username in ["a", "b", "c", "d", "e"]:
            self.fail(1, username=username)
        self.assertEqual(self.sign_in("colleague", PASSWORD).status_code, 429)
        self.assertEqual(self.sign_in("colleague", PASSWORD, "198.51.100.7").status_code, 302)

    def test_a_superuser_unlocks_an_account_in_the_admin(self):
        self.fail(5)
        self.client.force_login(self.superuser)
        listing = self.client.get(reverse("locked_logins"))
        self.assertContains(listing, "solicitor")
        response = self.client.post(reverse("locked_logins"), {"username": "solicitor"})
        self.assertRedirects(response, reverse("locked_logins"))
        self.assertEqual(self.sign_in("solicitor", PASSWORD, "198.51.100.7").status_code, 302)

    def test_only_superusers_see_locked_logins(self):
        self.client.force_login(self.solicitor)
        response = self.client.post(reverse("locked_logins"), {"username": "solicitor"})
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)

    def test_axes_reset_unlocks_everyone(self):
        self.fail(5)
        call_command("axes_reset", stdout=StringIO())
        self.assertFalse(AccessAttempt.objects.exists())
        self.assertEqual(self.sign_in("solicitor", PASSWORD).status_code, 302)


class ClientAddressTests(SimpleTestCase):
    def request(self, forwarded=None):
        extra = {"REMOTE_ADDR": "10.0.0.2"}
        if forwarded:
            extra["HTTP_X_FORWARDED_FOR"] = forwarded
        return RequestFactory().post("/admin/login/", **extra)

    @override_settings(TRUSTED_PROXY_COUNT=0)
    def test_without_a_proxy_the_connection_address_counts(self):
        self.assertEqual(client_ip(self.request("203.0.113.9")), "10.0.0.2")

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_one_proxy_its_entry_counts_not_the_clients_claim(self):
        # The client claimed 1.2.3.4; the proxy appended what it saw.
        self.assertEqual(client_ip(self.request("1.2.3.4, 203.0.113.9")), "203.0.113.9")
        self.assertEqual(client_ip(self.request()), "10.0.0.2")


@override_settings(ADMIN_2FA_REQUIRED=True)
class TwoFactorTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.superuser = make_user("root", superuser=True)
        cls.handler = make_user("handler", ENQUIRY_HANDLERS)
        cls.solicitor = make_user("solicitor", SOLICITORS)

    def dashboard(self):
        return self.client.get(reverse("wagtailadmin_home"))

    def test_superusers_and_enquiry_handlers_must_set_it_up(self):
        for user in [self.superuser, self.handler]:
            with self.subTest(user=user.username):
                self.client.force_login(user)
                response = self.dashboard()
                self.assertEqual(response.status_code, 302)
                self.assertTrue(response["Location"].startswith(reverse("two_factor_setup")))
                # Every admin page, not only the dashboard.
                response = self.client.get(reverse("wagtailadmin_explore_root"))
                self.assertTrue(response["Location"].startswith(reverse("two_factor_setup")))

    def test_other_staff_may_choose(self):
        self.client.force_login(self.solicitor)
        self.assertEqual(self.dashboard().status_code, 200)
        self.assertEqual(self.client.get(reverse("two_factor_setup")).status_code, 200)

    @override_settings(ADMIN_2FA_REQUIRED=False)
    def test_not_required_when_the_setting_is_off(self):
        self.client.force_login(self.superuser)
        self.assertEqual(self.dashboard().status_code, 200)

    def test_setting_up_an_authenticator_app(self):
        self.client.force_login(self.handler)
        setup_url = reverse("two_factor_setup")
        page = self.client.get(setup_url, {"next": reverse("wagtailadmin_home")})
        self.assertContains(page, "<svg")  # the QR code
        device = TOTPDevice.objects.get(user=self.handler, confirmed=False)
        wrong = self.client.post(setup_url, {"token": "000000"})
        self.assertEqual(wrong.status_code, 400)
        self.assertFalse(TOTPDevice.objects.filter(user=self.handler, confirmed=True).exists())

        # A wrong code makes the next try wait a moment (django-otp's throttling).
        with freeze_time(timezone.now() + timedelta(seconds=5)):
            response = self.client.post(
                setup_url, {"token": current_code(device), "next": reverse("wagtailadmin_home")}
            )
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertTrue(TOTPDevice.objects.get(pk=device.pk).confirmed)
        self.assertEqual(self.dashboard().status_code, 200)

    def test_a_user_with_an_app_enters_a_code_at_each_sign_in(self):
        device = TOTPDevice.objects.create(user=self.solicitor, name="phone", confirmed=True)
        self.client.force_login(self.solicitor)  # password accepted, second factor not yet
        response = self.dashboard()
        self.assertTrue(response["Location"].startswith(reverse("two_factor_verify")))

        verify_url = reverse("two_factor_verify")
        bad = self.client.post(verify_url, {"token": "12ab56"})
        self.assertEqual(bad.status_code, 400)
        self.assertContains(bad, "Enter the six digits", status_code=400)
        response = self.client.post(
            verify_url, {"token": current_code(device), "next": "https://evil.example/"}
        )
        self.assertRedirects(response, reverse("wagtailadmin_home"))  # never off-site
        self.assertEqual(self.dashboard().status_code, 200)

    def test_wrong_codes_are_throttled(self):
        device = TOTPDevice.objects.create(user=self.solicitor, name="phone", confirmed=True)
        self.client.force_login(self.solicitor)
        self.client.post(reverse("two_factor_verify"), {"token": "000000"})
        response = self.client.post(reverse("two_factor_verify"), {"token": current_code(device)})
        self.assertContains(response, "Too many wrong codes", status_code=400)

    def test_public_pages_do_not_ask(self):
        self.client.force_login(self.superuser)
        self.fetch_soup("/news/")

    def test_reset_two_factor_removes_a_lost_app(self):
        TOTPDevice.objects.create(user=self.solicitor, name="phone", confirmed=True)
        call_command("reset_two_factor", "solicitor", stdout=StringIO())
        self.assertFalse(TOTPDevice.objects.filter(user=self.solicitor).exists())


class SessionTests(SiteTestCase):
    def test_a_session_ends_after_an_hour_without_a_request(self):
        user = make_user("editor", SOLICITORS)
        start = timezone.now()
        with freeze_time(start):
            self.client.force_login(user)
            self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200)
        with freeze_time(start + timedelta(minutes=50)):
            self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200)
        with freeze_time(start + timedelta(minutes=100)):  # 50 minutes after the last request
            self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200)
        with freeze_time(start + timedelta(minutes=161)):  # 61 minutes idle
            response = self.client.get(reverse("wagtailadmin_home"))
            self.assertEqual(response.status_code, 302)
            self.assertTrue(response["Location"].startswith(reverse("wagtailadmin_login")))


class RolesForTwoFactorTests(SiteTestCase):
    def test_the_required_groups_exist(self):
        from django.conf import settings

        for name in settings.ADMIN_2FA_REQUIRED_GROUPS:
            self.assertTrue(Group.objects.filter(name=name).exists(), name)


class PasswordTests(SimpleTestCase):
    def test_weak_passwords_are_refused(self):
        from django.contrib.auth.password_validation import validate_password
        from django.core.exceptions import ValidationError

        for weak in ["short1", "password1234", "123456789012"]:
            with self.subTest(weak), self.assertRaises(ValidationError):
                validate_password(weak)
        validate_password("correct horse battery staple")


class TwoFactorOfferTests(SiteTestCase):
    def test_every_staff_user_is_offered_two_factor_on_their_account(self):
        self.client.force_login(make_user("solicitor", SOLICITORS))
        response = self.client.get(reverse("wagtailadmin_account"))
        self.assertContains(response, reverse("two_factor_setup"))
        self.assertContains(response, "Two-factor authentication")
