"""Production settings refuse to start without what a deployment needs."""

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
