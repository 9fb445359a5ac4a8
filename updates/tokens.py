"""
Signed values for email updates.

- The link in every update (unsubscribe, change choices) carries the
  subscriber's id and their random key, signed: it works without signing in,
  for as long as the subscription lasts, and not a moment longer (the key is
  part of the signature, and the row goes when they leave).
- The confirmation link is signed with a timestamp and lapses when an
  unconfirmed sign-up would be deleted anyway.
- The sign-up form's token says when the form was shown (the time trap) and
  which version of the privacy notice the reader was shown (their consent).
"""

import time

from django.conf import settings
from django.core import signing

from updates.models import Subscriber

LINK_SALT = "updates.subscriber-link"
CONFIRM_SALT = "updates.confirm"
FORM_SALT = "updates.signup-form"
# Anything longer was not made by us: refused before any work is done.
MAX_TOKEN_LENGTH = 200


class BadToken(Exception):
    """A token we did not sign (or an absurd one): the view answers 400."""


def _value(subscriber):
    return f"{subscriber.pk}.{subscriber.key}"


def link_token(subscriber):
    return signing.Signer(salt=LINK_SALT).sign(_value(subscriber))


def confirm_token(subscriber):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(_value(subscriber))


def _find(value):
    pk, _, key = value.partition(".")
    if not pk.isdigit() or len(pk) > 18 or not key:
        raise BadToken
    subscriber = Subscriber.objects.filter(pk=int(pk)).first()
    # Signed by us, but for a subscription that has ended: not an error.
    if subscriber is None or subscriber.key != key:
        return None
    return subscriber


def _check(token):
    if not token or len(token) > MAX_TOKEN_LENGTH or not token.isascii():
        raise BadToken


def read_link_token(token):
    """The subscriber a link belongs to, or None if they have left."""
    _check(token)
    try:
        value = signing.Signer(salt=LINK_SALT).unsign(token)
    except signing.BadSignature as error:
        raise BadToken from error
    return _find(value)


def read_confirm_token(token):
    """The subscriber to confirm, or None if the link has lapsed or they have left."""
    _check(token)
    try:
        value = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(
            token, max_age=settings.UPDATES_UNCONFIRMED_DAYS * 24 * 3600
        )
    except signing.SignatureExpired:
        return None
    except signing.BadSignature as error:
        raise BadToken from error
    return _find(value)


def issue_form_token(privacy_notice_version):
    return signing.dumps(
        {"shown": int(time.time()), "notice": privacy_notice_version}, salt=FORM_SALT
    )


def read_form_token(token):
    """(seconds the form was open, privacy notice version), or None if tampered with."""
    if not token or len(token) > 500:
        return None
    try:
        data = signing.loads(token, salt=FORM_SALT)
        notice = data.get("notice")
        return max(0, int(time.time()) - int(data["shown"])), (
            int(notice) if notice is not None else None
        )
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
