"""
A Redis that hangs costs one timeout per process, not one per cache call.

A page makes a dozen cache calls (site furniture, Wagtail's site root paths,
image renditions); with a Redis that accepts connections and never answers,
each waits its socket timeout, and a page takes seconds. `CircuitBreakerRedis`
(django-redis' REDIS_CLIENT_CLASS) counts a connection error or a timeout as
Redis being down: for `REDIS_BREAKER_SECONDS` this process then doesn't ask
it at all, every call fails at once, and django-redis (IGNORE_EXCEPTIONS)
turns the failure into a cache miss. The first call after that asks again.

The state is per process (each gunicorn worker finds out for itself, with one
timeout) and shared by its threads.
"""

import logging
import threading
import time

from django.conf import settings
from redis import Redis
from redis.client import Pipeline
from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)

FAILURES = (ConnectionError, TimeoutError, OSError)


class CircuitOpen(ConnectionError):
    """Redis failed a moment ago; not asked again yet."""


class _Breaker:
    def __init__(self):
        self._lock = threading.Lock()
        self.open_until = 0.0

    def check(self):
        if time.monotonic() < self.open_until:
            raise CircuitOpen("Redis failed recently; not asking it for a while")

    def trip(self, error):
        seconds = getattr(settings, "REDIS_BREAKER_SECONDS", 10)
        with self._lock:
            already_open = time.monotonic() < self.open_until
            self.open_until = time.monotonic() + seconds
        if not already_open:
            logger.warning(
                "Redis is not answering (%s); using no cache for %s seconds",
                type(error).__name__,
                seconds,
            )

    def reset(self):
        self.open_until = 0.0


breaker = _Breaker()


def _guarded(call):
    breaker.check()
    try:
        return call()
    except CircuitOpen:
        raise
    except FAILURES as error:
        breaker.trip(error)
        raise


class SkipCircuitOpen(logging.Filter):
    """For django-redis' "Exception ignored" log: one line when Redis fails (the
    breaker's warning, and the error itself), not one per cache call after it."""

    def filter(self, record):
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(getattr(error, "__cause__", None), CircuitOpen)


class CircuitBreakerPipeline(Pipeline):
    def execute(self, raise_on_error=True):
        return _guarded(lambda: super(CircuitBreakerPipeline, self).execute(raise_on_error))


class CircuitBreakerRedis(Redis):
    """redis-py's client, with every command and pipeline behind the breaker."""

    def execute_command(self, *args, **options):
        return _guarded(lambda: super(CircuitBreakerRedis, self).execute_command(*args, **options))

    def pipeline(self, transaction=True, shard_hint=None):
        return CircuitBreakerPipeline(
            self.connection_pool, self.response_callbacks, transaction, shard_hint
        )
