"""
Counting requests in a window, in the shared cache, by a keyed hash (the cache
never holds an address or an IP in the clear). If the cache is down a limit
lapses: a genuine reader is never refused for want of a cache.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def _key(scope, value):
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{scope}:{value}".encode(), hashlib.sha256
    ).hexdigest()
    return f"rate:{scope}:{digest[:32]}"


def is_limited(scope, value, limit):
    try:
        return cache.get(_key(scope, value), 0) >= limit
    except Exception:
        return False


def count(scope, value, window):
    key = _key(scope, value)
    try:
        # add() starts the window; incr() counts within it without extending it.
        if not cache.add(key, 1, timeout=window):
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, timeout=window)
    except Exception:  # noqa: S110 (see the module's docstring)
        pass
