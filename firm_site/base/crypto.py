"""
Encryption at rest for what an enquirer tells us.

Keys come from the ENQUIRY_ENCRYPTION_KEYS setting: a list of Fernet keys, the
first used to encrypt, all tried to decrypt, so keys can be rotated
(`manage.py rotate_enquiry_keys` re-encrypts stored values with the first).
A copy of the database without the keys reveals none of the encrypted fields.
"""

from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver


@cache
def _fernet():
    keys = [key for key in getattr(settings, "ENQUIRY_ENCRYPTION_KEYS", []) if key]
    if not keys:
        raise ImproperlyConfigured(
            "ENQUIRY_ENCRYPTION_KEYS is empty: enquiries cannot be stored without a key."
        )
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError as error:
        raise ImproperlyConfigured(
            "Each ENQUIRY_ENCRYPTION_KEYS entry must be a Fernet key "
            "(32 url-safe base64-encoded bytes)."
        ) from error


@receiver(setting_changed)
def _forget_keys(setting, **kwargs):
    if setting == "ENQUIRY_ENCRYPTION_KEYS":
        _fernet.cache_clear()


def encrypt(text):
    return _fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token):
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken as error:
        # Never fall back to showing the stored token: it means a key is missing.
        raise ImproperlyConfigured(
            "An enquiry field could not be decrypted with any ENQUIRY_ENCRYPTION_KEYS key."
        ) from error


def rotate(token):
    """Re-encrypt a stored token with the first (current) key."""
    return _fernet().rotate(token.encode("ascii")).decode("ascii")


class EncryptedTextField(models.TextField):
    """Text encrypted with Fernet in the database and plain in Python.

    Stored values cannot be searched, filtered or ordered by: keep what the
    admin filters on (status, dates, area of law) in ordinary fields.
    """

    def from_db_value(self, value, expression, connection):
        return None if value is None else decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        # Empty values are encrypted too, so a copy shows not even which were left blank.
        return None if value is None else encrypt(value)
