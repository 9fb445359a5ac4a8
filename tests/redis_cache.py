"""The test suite's Redis cache (firm_site/settings/test.py, when REDIS_URL is set).

`manage.py test --parallel` runs several processes against one Redis database,
each creating the same page ids and clearing the cache between tests: every
key carries its process id, and `clear()` deletes that process's keys only
(django-redis' own flushes the whole database, under the others' feet).
"""

import os

from django_redis.client import DefaultClient


def process_key(key, key_prefix, version):
    return f"{key_prefix}:test{os.getpid()}:{version}:{key}"


class ProcessScopedClient(DefaultClient):
    def clear(self, client=None):
        self.delete_pattern("*", client=client)
