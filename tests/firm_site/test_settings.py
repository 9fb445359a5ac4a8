"""Production settings refuse to start without what a deployment needs."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.test import SimpleTestCase

BASE_DIR = Path(__file__).resolve().parents[2]
FERNET_KEY = "mP2m0c3x1yDk3m0u6kQxZt0vT0o8s4QwF8Qn7rH0bWc="  # noqa: S105 (test only)
GOOD_KEY = "Zq8-test-only-4hT2vLm9pR7wX1cB6nY3kJ5gF0dS8aQ2eU7iO4zM1xN9bV3cW6"  # noqa: S105


def check_deploy(**env):
    """Run `manage.py check --deploy` under production settings with only `env` set."""
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "firm_site.settings.production",
        **env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_values(names, **env):
    """The named settings as production (or other) settings compute them, with only `env` set."""
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "firm_site.settings.production",
        "SECRET_KEY": GOOD_KEY,
        "ALLOWED_HOSTS": "firm.example",
        "WAGTAILADMIN_BASE_URL": "https://firm.example",
        "ENQUIRY_ENCRYPTION_KEYS": FERNET_KEY,
        **env,
    }
    script = (
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {names!r}}}))"
    )
    result = subprocess.run(  # noqa: S603 (a script written here, not input)
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


class ProductionSettingsTests(SimpleTestCase):
    def test_refuses_to_start_without_a_secret_key(self):
        result = check_deploy(
            ALLOWED_HOSTS="firm.example", WAGTAILADMIN_BASE_URL="https://firm.example"
        )
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("SECRET_KEY", result.stderr)

    def test_refuses_a_placeholder_secret_key(self):
        result = check_deploy(
            SECRET_KEY="dev-only-insecure-key-do-not-use-in-production",
            ALLOWED_HOSTS="firm.example",
            WAGTAILADMIN_BASE_URL="https://firm.example",
        )
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("SECRET_KEY", result.stderr)

    def test_refuses_to_start_without_allowed_hosts(self):
        result = check_deploy(SECRET_KEY=GOOD_KEY, WAGTAILADMIN_BASE_URL="https://firm.example")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("ALLOWED_HOSTS", result.stderr)

    def test_refuses_to_start_without_an_enquiry_encryption_key(self):
        result = check_deploy(
            SECRET_KEY=GOOD_KEY,
            ALLOWED_HOSTS="firm.example",
            WAGTAILADMIN_BASE_URL="https://firm.example",
        )
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("ENQUIRY_ENCRYPTION_KEYS", result.stderr)

    def test_deploy_check_is_clean_when_configured(self):
        result = check_deploy(
            SECRET_KEY=GOOD_KEY,
            ALLOWED_HOSTS="firm.example",
            WAGTAILADMIN_BASE_URL="https://firm.example",
            ENQUIRY_ENCRYPTION_KEYS=FERNET_KEY,
        )
        self.assertEqual(result.returncode, 0, result.stderr)


class AdminDoorSettingsTests(SimpleTestCase):
    def test_production_locks_the_door(self):
        values = settings_values(
            [
                "ADMIN_2FA_REQUIRED",
                "SESSION_COOKIE_SECURE",
                "SESSION_COOKIE_HTTPONLY",
                "CSRF_COOKIE_SECURE",
                "CSRF_COOKIE_HTTPONLY",
                "SESSION_SAVE_EVERY_REQUEST",
                "SESSION_COOKIE_AGE",
                "TRUSTED_PROXY_COUNT",
                "ADMIN_PATH",
            ]
        )
        self.assertEqual(
            values,
            {
                "ADMIN_2FA_REQUIRED": True,
                "SESSION_COOKIE_SECURE": True,
                "SESSION_COOKIE_HTTPONLY": True,
                "CSRF_COOKIE_SECURE": True,
                "CSRF_COOKIE_HTTPONLY": True,
                "SESSION_SAVE_EVERY_REQUEST": True,
                "SESSION_COOKIE_AGE": 3600,
                "TRUSTED_PROXY_COUNT": 1,
                "ADMIN_PATH": "admin/",
            },
        )

    def test_dev_and_test_do_not_require_two_factor(self):
        for module in ["firm_site.settings.dev", "firm_site.settings.test"]:
            with self.subTest(module):
                values = settings_values(["ADMIN_2FA_REQUIRED"], DJANGO_SETTINGS_MODULE=module)
                self.assertFalse(values["ADMIN_2FA_REQUIRED"])

    def test_the_admin_path_is_configurable(self):
        values = settings_values(["ADMIN_PATH"], ADMIN_PATH="/back-office")
        self.assertEqual(values["ADMIN_PATH"], "back-office/")
        environment = {
            "PATH": os.environ.get("PATH", ""),
            "DJANGO_SETTINGS_MODULE": "firm_site.settings.test",
            "ADMIN_PATH": "back-office/",
        }
        script = (
            "import django; django.setup(); from django.urls import reverse; "
            "print(reverse('wagtailadmin_home'), reverse('two_factor_setup'))"
        )
        result = subprocess.run(  # noqa: S603 (a script written here, not input)
            [sys.executable, "-c", script],
            cwd=BASE_DIR,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
        self.assertEqual(result.stdout.split(), ["/back-office/", "/back-office/two-factor/setup/"])

    def test_two_factor_can_be_turned_off_explicitly(self):
        values = settings_values(["ADMIN_2FA_REQUIRED"], ADMIN_2FA_REQUIRED="false")
        self.assertFalse(values["ADMIN_2FA_REQUIRED"])
