"""Helpers for the admin's door: who is asking, and from where."""

from django.conf import settings


def client_ip(request):
    """The address a login attempt came from, for django-axes' per-address lockout.

    Behind a proxy every request comes from the proxy's address, which would lock
    out the whole firm at once. Each trusted proxy appends the address it saw to
    X-Forwarded-For, so with N trusted proxies the N-th entry from the right is the
    client's; anything further left was written by the client and can't be trusted.
    """
    proxy_count = settings.TRUSTED_PROXY_COUNT
    if proxy_count:
        forwarded = [
            address.strip()
            for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if address.strip()
        ]
        if len(forwarded) >= proxy_count:
            return forwarded[-proxy_count]
    return request.META.get("REMOTE_ADDR")
