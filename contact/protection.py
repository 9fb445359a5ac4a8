"""
Keeping bots out of the enquiry form without any third-party service, and
making sure the same enquiry is stored once.

- A signed token, issued when the form is shown, carries when it was shown and
  a random submission key. Sent back too quickly, it marks a bot; sent twice
  (double click, refresh), its key finds the enquiry already stored.
- A per-IP limit on how many enquiries can be sent in a window, counted in
  the cache (shared Redis in production). If the cache is down the limit
  lapses: a genuine enquiry is never refused for want of a cache.
- Keyed hashes of every answer, so a form re-typed after pressing Back within
  a short window is recognised as the same enquiry; anything that differs in
  any field is a new enquiry (or a correction), never dropped.
- The token expires after ENQUIRY_FORM_TOKEN_MAX_AGE (a day).
"""

import hashlib
import hmac
import ipaddress
import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from firm_site.base.security import client_ip

TOKEN_SALT = "contact.enquiry-form"  # noqa: S105 (a signing namespace, not a secret)


def issue_form_token(privacy_notice_version):
    """A token for one showing of the form: when, a fresh submission key, and
    which version of the privacy notice (a revision id) the enquirer was shown."""
    return signing.dumps(
        {
            "shown": int(time.time()),
            "key": secrets.token_urlsafe(24),
            "notice": privacy_notice_version,
        },
        salt=TOKEN_SALT,
    )


class FormTokenExpired(Exception):
    """The form was shown more than ENQUIRY_FORM_TOKEN_MAX_AGE seconds ago."""


def read_form_token(token):
    """(seconds the form was open, submission key, privacy notice version),
    or None if the token is missing or was tampered with; raises
    FormTokenExpired if the form was shown too long ago."""
    if not token or len(token) > 500:
        return None
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=settings.ENQUIRY_FORM_TOKEN_MAX_AGE)
    except signing.SignatureExpired as error:
        raise FormTokenExpired from error
    except signing.BadSignature:
        return None
    try:
        notice = data.get("notice")
        return (
            max(0, int(time.time()) - int(data["shown"])),
            str(data["key"])[:64],
            int(notice) if notice is not None else None,
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


def _rate_key(request):
    # The address is hashed: the cache never holds who sent what.
    digest = hmac.new(
        settings.SECRET_KEY.encode(), (client_ip(request) or "").encode(), hashlib.sha256
    ).hexdigest()
    return f"enquiry-rate:{digest[:32]}"


def is_rate_limited(request):
    return cache.get(_rate_key(request), 0) >= settings.ENQUIRY_RATE_LIMIT_COUNT


def count_submission(request):
    key = _rate_key(request)
    # add() starts the window; incr() counts within it without extending it.
    if not cache.add(key, 1, timeout=settings.ENQUIRY_RATE_LIMIT_WINDOW):
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, timeout=settings.ENQUIRY_RATE_LIMIT_WINDOW)


def _keyed_hash(parts):
    joined = "\x1f".join(parts)
    return hmac.new(
        settings.SECRET_KEY.encode(), joined.encode("utf-8"), hashlib.sha256
    ).hexdigest()


def content_fingerprint(answers):
    """A keyed hash of every answer: the same only when every field is the same
    (whitespace and case aside), so a corrected phone number or a changed
    "is voicemail safe?" is never mistaken for a duplicate."""
    return _keyed_hash(" ".join(str(answers[name]).split()).casefold() for name in sorted(answers))


def submission_digest(submission_key, fingerprint):
    """Unique per form and content: two identical posts of one form collide in
    the database (a unique constraint), so a double click stores one row."""
    return _keyed_hash([submission_key, fingerprint])


# Names that never reach a real mailbox on the internet.
UNREAL_DOMAINS = ("localhost", "localdomain", "invalid", "local", "internal", "test")


def is_plausible_address(address):
    """Whether an email address could belong to a real person: a domain name with
    a dot in it, not an IP literal and not a local or reserved name."""
    local, at, domain = (address or "").rpartition("@")
    domain = domain.rstrip(".").lower()
    if not at or not local or "." not in domain or domain.startswith("["):
        return False
    try:
        ipaddress.ip_address(domain)
        return False
    except ValueError:
        pass
    top_level = domain.rsplit(".", 1)[-1]
    return top_level not in UNREAL_DOMAINS and not top_level.isdigit()
