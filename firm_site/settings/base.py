"""
Settings shared by every environment.

Safe for production as it stands: DEBUG is off and secrets come only from the
environment. `dev.py` adds a throwaway key for a laptop; `production.py` refuses
to start without the variables a real deployment needs.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    """Read a yes/no environment variable; anything unexpected is an error, not a guess."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def admin_path(value):
    """ "admin/", "/cms", "cms/" all mean the same path: no leading slash, one trailing one."""
    value = value.strip().strip("/")
    if not value:
        raise ImproperlyConfigured("ADMIN_PATH can't be empty: the site's pages live at /.")
    return f"{value}/"


SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Where the Wagtail admin lives, e.g. "admin/" or something less guessable.
ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin/").strip("/") + "/"
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "firm_site",
    "news",
    "people",
    "updates",
    "contact",
    "demo",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Outermost: the last word on whether a shared cache may keep a response.
    "firm_site.base.http_cache.SharedCacheGuardMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "firm_site.admin_door.middleware.AdminContentSecurityPolicyMiddleware",
    # Widens the CSP for the SRA's badge on the pages that show it (firm_site/base/sra_badge.py).
    "firm_site.base.sra_badge.SraBadgeContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads a form body: a non-UTF-8 body gets a 400 page, never a 500.
    "firm_site.base.charset.UnreadableCharsetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The request's Wagtail site from the cache, not a query (after the host is checked).
    "firm_site.base.wagtail_internals.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks request.user as verified once a one-time code was accepted this session.
    "django_otp.middleware.OTPMiddleware",
    # Sends staff who need a second factor to set one up or enter a code (admin URLs only).
    "firm_site.admin_door.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes counts failed logins before Django's own backend checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "firm_site.urls"
CSRF_FAILURE_VIEW = "firm_site.views.csrf_failure"
WSGI_APPLICATION = "firm_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "firm_site.base.context_processors.firm",
                "news.context_processors.news",
            ],
        },
    },
]

# SQLite on a laptop; PostgreSQL in CI and production through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the task worker share the file: write-ahead logging lets
    # readers carry on while one writes, and django-tasks-db claims work in
    # exclusive transactions.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "EXCLUSIVE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The firm is in England: dates are shown in UK time and British English.
LANGUAGE_CODE = "en-gb"
# The firm's words for Wagtail's review workflow ("sent for review", "Changes
# requested" rather than "moderation", "Rejected"): locale/en_GB.
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Fingerprinted, compressed files served by whitenoise.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail's page editor posts many fields for long StreamFields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# A shared Redis cache when REDIS_URL is set (needed with more than one worker).
# A Redis that is down or hangs costs one short timeout per process, then the
# app doesn't ask it for REDIS_BREAKER_SECONDS (firm_site/base/cache_breaker.py);
# either way a failed cache call is a cache miss, never an error.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.3"))
REDIS_BREAKER_SECONDS = float(os.environ.get("REDIS_BREAKER_SECONDS", "10"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "firm_site",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT,
                "REDIS_CLIENT_CLASS": "firm_site.base.cache_breaker.CircuitBreakerRedis",
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Wagtail writes every rendition it hands out to this cache, even one the page
# had already fetched: 18 writes to Redis an article (a quarter of its time). Our
# pages fetch their renditions in one query (firm_site/base/images.py), so the
# cache is never read for them; elsewhere a miss costs a query, never a rendition
# whose file another process deleted.
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
# How long a rendered part of a page (an article's content) is kept in the cache
# for views that miss the shared HTTP cache; any change to the content makes a
# new one sooner (firm_site/templatetags/cache_tags.py). Longer than the site
# furniture's five minutes is no use: the key that ties parts to the content
# is kept with it.
PAGE_PART_CACHE_SECONDS = int(os.environ.get("PAGE_PART_CACHE_SECONDS", "300"))

# The shared HTTP cache in front of the site (Varnish, a CDN): public pages say
# it may keep them for PAGE_CACHE_SECONDS (0: never), and they are purged when
# what they show changes (firm_site/base/http_cache.py, firm_site/base/frontend_cache.py).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    # Varnish (deploy/varnish/): a PURGE request per URL.
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "firm_site.base.frontend_cache.HTTPPurgeBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        "TIMEOUT": float(os.environ.get("FRONTEND_CACHE_PURGE_TIMEOUT", "2")),
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "firm_site.base.frontend_cache.CloudflarePurgeBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    # Needs boto3 (pip install boto3); credentials from the usual AWS_* variables.
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "firm_site.base.frontend_cache.CloudfrontPurgeBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }

# Every email goes through a wrapper that adds the firm's regulatory footer
# (firm_site/base/mail.py); FIRM_EMAIL_BACKEND is the one that actually sends.
EMAIL_BACKEND = "firm_site.base.mail.RegulatoryFooterEmailBackend"
FIRM_EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work (django-tasks). Wagtail's own tasks (search and reference
# indexing) run in the request as before; enquiry notifications go through a
# database queue that `manage.py db_worker` works through, so a mail outage
# never touches the enquirer's request.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "notifications": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Confidential enquiries (contact app). See docs/enquiries.md.
ENQUIRY_ENCRYPTION_KEYS = env_list("ENQUIRY_ENCRYPTION_KEYS")
ENQUIRY_INTAKE_EMAIL = os.environ.get("ENQUIRY_INTAKE_EMAIL", "")
ENQUIRY_RATE_LIMIT_COUNT = int(os.environ.get("ENQUIRY_RATE_LIMIT_COUNT", "5"))
ENQUIRY_RATE_LIMIT_WINDOW = int(os.environ.get("ENQUIRY_RATE_LIMIT_WINDOW", "600"))
ENQUIRY_MIN_SECONDS_TO_SUBMIT = int(os.environ.get("ENQUIRY_MIN_SECONDS_TO_SUBMIT", "3"))
ENQUIRY_MAX_BODY_BYTES = 100_000
ENQUIRY_DUPLICATE_WINDOW = timedelta(minutes=30)
# A form shown longer ago than this is sent back to be checked (seconds).
ENQUIRY_FORM_TOKEN_MAX_AGE = 24 * 60 * 60
ENQUIRY_RETENTION_DAYS_AFTER_CLOSE = int(os.environ.get("ENQUIRY_RETENTION_DAYS_AFTER_CLOSE", "90"))
ENQUIRY_MAX_RETENTION_DAYS = int(os.environ.get("ENQUIRY_MAX_RETENTION_DAYS", "365"))
# Email updates (updates app). See docs/email-updates.md.
UPDATES_SEND_PER_MINUTE = int(os.environ.get("UPDATES_SEND_PER_MINUTE", "60"))
UPDATES_MAX_ATTEMPTS = int(os.environ.get("UPDATES_MAX_ATTEMPTS", "6"))
UPDATES_RATE_LIMIT_COUNT = int(os.environ.get("UPDATES_RATE_LIMIT_COUNT", "5"))
UPDATES_RATE_LIMIT_WINDOW = int(os.environ.get("UPDATES_RATE_LIMIT_WINDOW", "3600"))
UPDATES_MIN_SECONDS_TO_SUBMIT = int(os.environ.get("UPDATES_MIN_SECONDS_TO_SUBMIT", "3"))
UPDATES_UNCONFIRMED_DAYS = int(os.environ.get("UPDATES_UNCONFIRMED_DAYS", "7"))
# Where "Exit this page" goes: a neutral, everyday site.
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")
# "Cover your tracks online", linked beside "Exit this page" (a page of the site).
COVER_TRACKS_URL = os.environ.get("COVER_TRACKS_URL", "/cover-your-tracks/")
# The CSRF cookie lasts for the browser session only: on a shared computer it
# should not outlive the visit (the admin works the same with it).
CSRF_COOKIE_AGE = None

# Content Security Policy (django-csp): the public site loads nothing from
# anywhere else, except the SRA's badge when the firm turns it on (a frame from
# cdn.yoshki.com, allowed only on the pages showing it: firm_site/base/sra_badge.py).
# The admin gets a looser policy (firm_site/admin_door/middleware.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Headers that cost nothing and are right for every environment.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True


# The admin's door: see "The admin's door" in docs/publishing.md.
ADMIN_PATH = admin_path(os.environ.get("ADMIN_PATH", "admin/"))
# Signed-in sessions end after this many seconds without a request (an hour by default):
# saving the session on every request turns the cookie's age into an inactivity timeout.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(60 * 60)))
SESSION_SAVE_EVERY_REQUEST = True
# Two-factor authentication (TOTP): every staff user may set it up; when required
# (production's default), superusers and Enquiry handlers can't use the admin without it.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)
ADMIN_2FA_REQUIRED_GROUPS = ["Enquiry handlers"]  # firm_site.base.roles.ENQUIRY_HANDLERS
OTP_TOTP_ISSUER = os.environ.get("WAGTAIL_SITE_NAME", "Ashdown Marlowe Solicitors")
# Lock out after repeated failed logins, counting per account and per address separately,
# in the database (so every worker sees the same count). A superuser unlocks from
# Settings › Locked logins, or with `manage.py axes_reset`.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Failures older than the cool-off stop counting anyway; not resetting on success means
# someone with an account of their own can't sign in between guesses to clear the count.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_TEMPLATE = "wagtailadmin/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "firm_site.base.security.client_ip"
AXES_ENABLE_ADMIN = False  # no Django admin here; Wagtail's admin lists lockouts instead
AXES_VERBOSE = False
# How many proxies in front of the site append to X-Forwarded-For (0: none, use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"skip_circuit_open": {"()": "firm_site.base.cache_breaker.SkipCircuitOpen"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django_redis.cache": {"filters": ["skip_circuit_open"]},
        # One line per background task and per page action is noise, not news.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Ashdown Marlowe Solicitors")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# Nothing in the admin calls out to other sites.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Reviewers get one email per submission: the Legal review task's email goes to its
# groups (Editors). With superusers included, a superuser would also get Wagtail's
# separate "submitted to workflow" email; a superuser who reviews joins Editors.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Site search: PostgreSQL's full-text search (stemming, ranking) when the site runs on
# PostgreSQL; otherwise Wagtail's database backend (SQLite's FTS5 on a laptop).
if DATABASES["default"].get("ENGINE", "").endswith((".postgresql", ".postgis")):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.database.postgres.postgres",
            "SEARCH_CONFIG": "english",
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Photographs and screenshots only: no SVG (it can carry scripts) and no GIF.
# Pillow reads AVIF and pillow-heif (installed with Wagtail) reads HEIC; Wagtail turns
# both into formats browsers show when it makes renditions.
# Images carry a credit (firm_site.base.models.CustomImage).
WAGTAILIMAGES_IMAGE_MODEL = "firm_site.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif", "heic"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Checked from the file's header before decoding, so a decompression bomb is refused
# with a message instead of filling the worker's memory.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# HEIF and AVIF are decoded to be checked: this form reads their size from the
# header first (firm_site/base/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "firm_site.base.image_forms.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "odp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
# A changed slug leaves a permanent redirect from the old address (Wagtail's default).
WAGTAILREDIRECTS_AUTO_CREATE = True
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Password-reset emails are built and sent by the background worker, like the
# enquiry notifications: a slow or hung mail server never holds a request.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = (
    "firm_site.admin_door.password_reset.QueuedPasswordResetForm"  # noqa: S105
)
# Live articles whose last legal review is older than this are listed in Reports › Legal review due.
LEGAL_REVIEW_MAX_AGE_MONTHS = int(os.environ.get("LEGAL_REVIEW_MAX_AGE_MONTHS", "12"))
