from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import Error, register


@register()
def check_enquiry_encryption_keys(app_configs, **kwargs):
    """Refuse to run with no key, or a malformed one, before any enquiry is lost to it."""
    keys = getattr(settings, "ENQUIRY_ENCRYPTION_KEYS", [])
    if not keys:
        return [
            Error(
                "ENQUIRY_ENCRYPTION_KEYS is empty.",
                hint="Generate a key with: python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())'",
                id="contact.E001",
            )
        ]
    errors = []
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except ValueError:
            errors.append(
                Error(
                    f"ENQUIRY_ENCRYPTION_KEYS entry {position} is not a valid Fernet key.",
                    id="contact.E002",
                )
            )
    return errors
