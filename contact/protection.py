"""
Keeping bots out of the enquiry form without any third-party service, and
making sure the same enquiry is stored once.

- A signed token, issued when the form is shown, carries when it was shown and
  a random submission key. Sent back too quickly, it marks a bot; sent twice
  (double click, refresh), its key finds the enquiry already stored.
- A per-IP limit on how many enquiries can be sent in a window, counted in
  the cache (shared Redis in production). If the cache is down the limit
  lapses: a genuine enquiry is never refused for want of a cache.
- A keyed fingerprint of who wrote what, so a form re-typed after pressing
  Back within a short window is recognised as the same enquiry.
"""

import hashlib
import hmac
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


def read_form_token(token):
    """(seconds the form was open, submission key, privacy notice version),
    or None if the token is missing or was tampered with."""
    if not token or len(token) > 500:
        return None
    try:
        data = signing.loads(token, salt=TOKEN_SALT)
        notice = data.get("notice")
        return (
            max(0, int(time.time()) - int(data["shown"])),
            str(data["key"])[:64],
            int(notice) if notice is not None else None,
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError):
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


def content_fingerprint(name, email, message):
    normalised = "\x1f".join(" ".join(value.split()).casefold() for value in (name, email, message))
    return hmac.new(
        settings.SECRET_KEY.encode(), normalised.encode("utf-8"), hashlib.sha256
    ).hexdigest()
