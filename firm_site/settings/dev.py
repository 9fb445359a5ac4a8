"""Settings for a laptop: debug on, a throwaway key, email printed to the console."""

import os

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = env_bool("DEBUG", True)
# Only ever used on a developer's machine; production.py refuses to run without a real key.
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
FIRM_EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
# A throwaway key so enquiries can be stored on a laptop; production requires its own.
ENQUIRY_ENCRYPTION_KEYS = env_list("ENQUIRY_ENCRYPTION_KEYS") or [
    "kcN-l_Qh-8Thi17-icWOK9TN3xLahc8a_D_pdTCundQ="  # noqa: S105
]
ENQUIRY_INTAKE_EMAIL = os.environ.get("ENQUIRY_INTAKE_EMAIL", "intake@ashdownmarlowe.example")

# Serve unfingerprinted files so `runserver` works without collectstatic.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DEMO_ADMIN_ALLOWED = True  # load_demo_content may create the local admin user

# runserver serves static files itself; whitenoise is for production.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
