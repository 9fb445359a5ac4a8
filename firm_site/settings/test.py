"""Settings for the test suite: fast hashing, in-memory mail, a fixed fake key, and
Redis as the cache when REDIS_URL is set (as in CI), else an in-memory one."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-a-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
FIRM_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ENQUIRY_ENCRYPTION_KEYS = ["1FdLUDj1QqaDrMH5WkJrn3M2edzVUnstpZ6iPJqxYtU="]  # noqa: S105 (test only)
ENQUIRY_INTAKE_EMAIL = "intake@firm.example"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if REDIS_URL:  # noqa: F405
    # Production's Redis cache, with each test process's keys (and its
    # `cache.clear()`) kept to itself: parallel test processes share the database.
    CACHES["default"]["KEY_FUNCTION"] = "tests.redis_cache.process_key"  # noqa: F405
    CACHES["default"]["OPTIONS"]["CLIENT_CLASS"] = "tests.redis_cache.ProcessScopedClient"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # The lockout tests fail sign-ins on purpose; django-axes warns about each one.
    "loggers": {
        "axes": {"handlers": [], "level": "ERROR", "propagate": False},
        # The hung-Redis tests fail cache calls on purpose (and assert the breaker's warning).
        "django_redis": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}
DEMO_ADMIN_ALLOWED = True
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
# Close connections at the end of every request: the browser tests' live server
# answers from threads whose connections must not outlive the test database.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory: Django hands an in-memory test database's one connection
    # to every thread of the browser tests' live server, and the admin makes
    # requests at once (an autosave while the image chooser loads), which then
    # break each other's transactions. With a file each thread has its own.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test_db.sqlite3")}  # noqa: F405
    # Without write-ahead logging: parallel test processes get copies of the file,
    # and a copy made while changes sit in the log would miss them.
    DATABASES["default"]["OPTIONS"].pop("init_command", None)  # noqa: F405
