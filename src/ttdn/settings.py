"""Django settings for ttdn.

Everything that differs between machines comes from the environment; see
docs/operations.md for the full list. Without ``DATABASE_URL`` the app runs on
an embedded SQLite database under ``var/`` (WAL mode).
"""

import datetime
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from ttdn.core.env import env, env_bool, env_int, env_list, env_networks

SRC_DIR = Path(__file__).resolve().parent
BASE_DIR = Path(env("TTDN_HOME") or SRC_DIR.parent.parent)
VAR_DIR = Path(env("TTDN_VAR_DIR") or BASE_DIR / "var")
# The embedded database, the task queue and uploads live here; create it on first use.
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", False)
# Development conveniences (console e-mail, a generated secret key) only when asked.
DEVELOPMENT = env_bool("TTDN_DEVELOPMENT", False)

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if DEBUG or DEVELOPMENT:
        SECRET_KEY = "ttdn-development-only-not-for-production"  # noqa: S105
    elif env_bool("TTDN_OFFLINE_COMMAND"):
        # Set by the ttdn command for commands that sign nothing (makemigrations, check…).
        SECRET_KEY = secrets.token_urlsafe(50)
    else:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY (or SECRET_KEY_FILE) in the environment; "
            "for local development use TTDN_DEVELOPMENT=1."
        )

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG or DEVELOPMENT else []
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "ninja",
    "huey.contrib.djhuey",
    "axes",  # login throttling, configured below
    "ttdn.core",
    "ttdn.documents",
    "ttdn.accounts",
    "ttdn.attachments",
    "ttdn.audit",
    "ttdn.directory",
    "ttdn.legal",
    "ttdn.plans",
    "ttdn.notifications",
    "ttdn.tracking",
    "ttdn.activities",
    "ttdn.budget",
    "ttdn.indicators",
    "ttdn.submissions",
    "ttdn.reports",
    "ttdn.urging",
    "ttdn.importer",
    "ttdn.monitoring",
    "ttdn.pages",
    "ttdn.demo",
]

MIDDLEWARE = [
    "ttdn.core.proxies.ForwardedHeaders",  # before anything reads X-Forwarded-*
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "ttdn.core.middleware.VietnameseFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the login page with a message.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ttdn.urls"
WSGI_APPLICATION = "ttdn.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SRC_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "ttdn.accounts.context_processors.capabilities",
            ],
        },
    },
]

# --- page rendering (docs/decisions/0019): Jinja2 prints the long row tables ------
# (templates in <app>/jinja2/, autoescaped); every other template is Django's.
TEMPLATES.append({"BACKEND": "django.template.backends.jinja2.Jinja2", "APP_DIRS": True})
# --- end of page rendering

# --- Database -----------------------------------------------------------------
DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "ttdn.sqlite3",
            "OPTIONS": {
                # WAL lets readers work while a writer commits; IMMEDIATE avoids
                # "database is locked" upgrades in write transactions.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=NORMAL;"
                    "PRAGMA foreign_keys=ON;"
                    "PRAGMA busy_timeout=20000;"
                ),
            },
            "TEST": {"NAME": VAR_DIR / "test.sqlite3"} if env_bool("TTDN_TEST_DB_FILE") else {},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Covering indexes (INCLUDE) serve PostgreSQL, the production database; SQLite builds the
# same index without the extra columns, which is what this warning says.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Language and time ----------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [SRC_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE", "Asia/Ho_Chi_Minh")
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
FORMAT_MODULE_PATH = ["ttdn.formats"]

# --- Static and uploaded files -----------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = Path(env("STATIC_ROOT") or VAR_DIR / "static")
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT") or VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
STATICFILES_DIRS = [SRC_DIR / "static"]
WHITENOISE_USE_FINDERS = True
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
TTDN_EVIDENCE_MAX_BYTES = env_int("TTDN_EVIDENCE_MAX_BYTES", 25 * 1024 * 1024)
# Reading documents (ttdn.documents): the largest file and the most pages (PDF, TIFF) any
# reader opens. TTDN_IMPORT_MAX_BYTES and TTDN_IMPORT_MAX_PAGES, their earlier names, still
# set them when the new names are not given.
TTDN_DOCUMENTS_MAX_BYTES = env_int(
    "TTDN_DOCUMENTS_MAX_BYTES", env_int("TTDN_IMPORT_MAX_BYTES", 50 * 1024 * 1024)
)
TTDN_DOCUMENTS_MAX_PAGES = env_int(
    "TTDN_DOCUMENTS_MAX_PAGES", env_int("TTDN_IMPORT_MAX_PAGES", 200)
)
# Plan import (ttdn.importer). Uploads above FILE_UPLOAD_MAX_MEMORY_SIZE stream to a temporary
# file, never into memory; the import view stops keeping a file once it passes
# TTDN_IMPORT_MAX_BYTES (by default the reading limit). DATA_UPLOAD_MAX_MEMORY_SIZE does not
# count files.
TTDN_IMPORT_MAX_BYTES = env_int("TTDN_IMPORT_MAX_BYTES", TTDN_DOCUMENTS_MAX_BYTES)
TTDN_IMPORT_MAX_FILES = env_int("TTDN_IMPORT_MAX_FILES", 20)
# Imports not confirmed within this many days lose their file (nightly huey task).
TTDN_IMPORT_KEEP_DAYS = env_int("TTDN_IMPORT_KEEP_DAYS", 14)
# Import job leases (docs/decisions/0013-job-leases.md): a worker renews its lease on a job
# between pages; one not renewed for TTDN_IMPORT_LEASE_SECONDS belongs to a dead worker and
# is queued again (at most TTDN_IMPORT_MAX_ATTEMPTS runs in all) or failed. A job queued for
# TTDN_IMPORT_QUEUE_PATIENCE_SECONDS without a worker taking it is shown as stalled.
TTDN_IMPORT_LEASE_SECONDS = env_int("TTDN_IMPORT_LEASE_SECONDS", 300)
TTDN_IMPORT_MAX_ATTEMPTS = env_int("TTDN_IMPORT_MAX_ATTEMPTS", 3)
TTDN_IMPORT_QUEUE_PATIENCE_SECONDS = env_int("TTDN_IMPORT_QUEUE_PATIENCE_SECONDS", 600)

# Public plan pages as visitors who are not logged in see them are cached until the plan,
# its tasks or their state change (plans.public_cache, decision 0026); at most this long
# (0: not cached). With several web processes set TTDN_CACHE_URL (redis://…/N) so that a
# change seen by one process clears the page for all; the default cache is per process.
TTDN_PUBLIC_PAGE_CACHE_SECONDS = env_int("TTDN_PUBLIC_PAGE_CACHE_SECONDS", 300)
TTDN_CACHE_URL = env("TTDN_CACHE_URL")
if TTDN_CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": TTDN_CACHE_URL,
        }
    }

# --- Report requests (ttdn.submissions; docs/decisions/0023-report-requests.md) ----------
# A deadline on a weekend or public holiday: keep | next_working_day | previous_working_day
# (a plan's reporting rule may say otherwise). Public holidays: the country calendar of the
# `holidays` library (TTDN_HOLIDAY_CALENDAR, "" for none) plus TTDN_HOLIDAYS (YYYY-MM-DD,
# comma-separated: a province's own days off, moved working days).
TTDN_DEADLINE_ON_HOLIDAY = env("TTDN_DEADLINE_ON_HOLIDAY", "next_working_day")
if TTDN_DEADLINE_ON_HOLIDAY not in ("keep", "next_working_day", "previous_working_day"):
    raise ImproperlyConfigured(
        "TTDN_DEADLINE_ON_HOLIDAY must be keep, next_working_day or previous_working_day."
    )
TTDN_HOLIDAY_CALENDAR = env("TTDN_HOLIDAY_CALENDAR", "VN") or ""
try:
    TTDN_HOLIDAYS = [datetime.date.fromisoformat(d) for d in env_list("TTDN_HOLIDAYS", [])]
except ValueError as exc:
    raise ImproperlyConfigured("TTDN_HOLIDAYS: dates as YYYY-MM-DD, comma-separated.") from exc
# Periodic requests are sent this many days before their deadline (a rule may say otherwise).
TTDN_REQUEST_LEAD_DAYS = env_int("TTDN_REQUEST_LEAD_DAYS", 30)
# The default reporting chain after the agencies' report: the focal department reports to
# the People's Committee, which reports to the ministry, each this many days after the step
# before it (a plan's rule may give its own steps).
TTDN_REPORT_CHAIN_DAYS = [int(d) for d in env_list("TTDN_REPORT_CHAIN_DAYS", ["5", "10"])]

# --- E-mail (Django 6.1 MAILERS) -------------------------------------------------------
# Real SMTP unless in development without EMAIL_HOST, where mail goes to the console.
if DEVELOPMENT and not env("EMAIL_HOST"):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
else:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env("EMAIL_HOST", "localhost"),
                "port": env_int("EMAIL_PORT", 25),
                "username": env("EMAIL_HOST_USER", "") or None,
                "password": env("EMAIL_HOST_PASSWORD", "") or None,
                "use_tls": env_bool("EMAIL_USE_TLS", False),
                "timeout": env_int("EMAIL_TIMEOUT", 30),
            },
        }
    }
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "ttdn@localhost")
# The address people use to reach ttdn, for links in e-mails.
TTDN_BASE_URL = (env("TTDN_BASE_URL") or "http://127.0.0.1:8000").rstrip("/")

# --- Background tasks (django.tasks on huey) -------------------------------------------
HUEY_REDIS_URL = env("HUEY_REDIS_URL")
if HUEY_REDIS_URL:
    HUEY = {
        "huey_class": "huey.RedisHuey",
        # Several installations (or test runs) may share one Redis: each its own queue name.
        "name": env("HUEY_NAME") or "ttdn",
        "url": HUEY_REDIS_URL,
        "immediate": False,
    }
else:
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "ttdn",
        "filename": str(VAR_DIR / "huey.sqlite3"),
        "immediate": env_bool("HUEY_IMMEDIATE", False),
    }
TASKS = {
    "default": {
        "BACKEND": "huey.contrib.djhuey.tasks_backend.HueyBackend",
        # Enqueue only once the writing transaction has committed.
        "OPTIONS": {"enqueue_on_commit": True},
    }
}

# --- Periodic jobs, notifications and urging (docs/decisions/0024) ---------------------
# Every periodic job's schedule, by name: five cron fields in UTC (huey's clock), each
# overridable as TTDN_SCHEDULE_<NAME> (dots and dashes as underscores, upper case).
# Jobs declare ``@db_periodic_task(ttdn.core.schedules.schedule("<name>"))`` in tasks.py.
TTDN_SCHEDULES = {
    name: env("TTDN_SCHEDULE_" + name.upper().replace(".", "_").replace("-", "_"), spec)
    for name, spec in {
        # 07:00-17:00 in Việt Nam, hourly: the first run of the day sends the day's
        # reminders, the others only catch up (each event is notified once).
        "urging.reminder_sweep": "0 0-10 * * *",
        "notifications.send_due": "* * * * *",
        # Imports: files of unconfirmed imports removed nightly; dead workers' jobs
        # recovered every minute (decision 0013).
        "importer.cleanup": "15 3 * * *",
        "importer.sweep_jobs": "* * * * *",
        # Periodic report requests made once a day (decision 0023).
        "submissions.periodic_requests": "5 6 * * *",
        # Media monitoring: every minute, queue a fetch of each source that is due (0031).
        "monitoring.sweep_sources": "* * * * *",
        # Media monitoring (decision 0033): rises in volume checked hourly, overdue
        # responses at 07:30 and 13:30 in Việt Nam, digests at 06:45 (weekly on Mondays).
        "monitoring.volume_sweep": "50 * * * *",
        "monitoring.overdue_sweep": "30 0,6 * * *",
        "monitoring.digest_daily": "45 23 * * *",
        "monitoring.digest_weekly": "45 23 * * 0",
        # Monitoring: the topic/tone classifier learns the day's corrections (decision 0032).
        "monitoring.train_classifier": "30 19 * * *",
    }.items()
}
# E-mail deliveries: retried after 1, 4, 16, 64… minutes (TTDN_NOTIFY_RETRY_SECONDS × 4^n,
# at most 6 h), failed after TTDN_NOTIFY_MAX_ATTEMPTS; a worker holds a delivery it is
# sending for TTDN_NOTIFY_LEASE_SECONDS.
TTDN_NOTIFY_MAX_ATTEMPTS = env_int("TTDN_NOTIFY_MAX_ATTEMPTS", 6)
TTDN_NOTIFY_RETRY_SECONDS = env_int("TTDN_NOTIFY_RETRY_SECONDS", 60)
TTDN_NOTIFY_LEASE_SECONDS = env_int("TTDN_NOTIFY_LEASE_SECONDS", 300)
# Reminders (a plan may set its own on its reminder settings page): days before a
# deadline, weekly while late, escalation to leaders after this many days late (0: never),
# and how many days back a sweep catches up on after the worker was down.
TTDN_URGING_DAYS_BEFORE = env("TTDN_URGING_DAYS_BEFORE", "7,3,1")
TTDN_URGING_WEEKLY_WHILE_LATE = env_bool("TTDN_URGING_WEEKLY_WHILE_LATE", True)
TTDN_URGING_ESCALATE_AFTER_DAYS = env_int("TTDN_URGING_ESCALATE_AFTER_DAYS", 14)
TTDN_URGING_CATCH_UP_DAYS = env_int("TTDN_URGING_CATCH_UP_DAYS", 3)
if min(TTDN_NOTIFY_MAX_ATTEMPTS, TTDN_NOTIFY_RETRY_SECONDS, TTDN_URGING_CATCH_UP_DAYS) < 1:
    raise ImproperlyConfigured(
        "TTDN_NOTIFY_MAX_ATTEMPTS, TTDN_NOTIFY_RETRY_SECONDS and TTDN_URGING_CATCH_UP_DAYS "
        "must be at least 1."
    )

# --- Media monitoring: ingestion (ttdn.monitoring; docs/decisions/0031) -----------------
# Outbound access is explicit: nothing is fetched until someone adds a source. Requests go
# through TTDN_MONITORING_PROXY (http://host:port) if set, and only to the hosts of
# TTDN_MONITORING_ALLOWED_HOSTS if set (comma-separated; "example.vn" also allows
# "www.example.vn"; empty: any host a source names).
TTDN_MONITORING_PROXY = env("TTDN_MONITORING_PROXY") or None
TTDN_MONITORING_ALLOWED_HOSTS = [h.lower() for h in env_list("TTDN_MONITORING_ALLOWED_HOSTS", [])]
TTDN_MONITORING_USER_AGENT = env(
    "TTDN_MONITORING_USER_AGENT", "ttdn-monitoring/1.0 (+press office media monitoring)"
)
# Politeness: at least this many seconds between two requests to one host, shared by every
# worker through the database (a robots.txt Crawl-delay that asks for more wins).
TTDN_MONITORING_HOST_INTERVAL = float(env("TTDN_MONITORING_HOST_INTERVAL", "2") or 2)
TTDN_MONITORING_ROBOTS_TTL = env_int("TTDN_MONITORING_ROBOTS_TTL", 24 * 3600)
# One request: connect/read timeout and the whole download's time, its size cap (the body
# is streamed and dropped past it), redirects followed.
TTDN_MONITORING_TIMEOUT = float(env("TTDN_MONITORING_TIMEOUT", "10") or 10)
TTDN_MONITORING_TOTAL_TIMEOUT = float(env("TTDN_MONITORING_TOTAL_TIMEOUT", "30") or 30)
TTDN_MONITORING_MAX_BYTES = env_int("TTDN_MONITORING_MAX_BYTES", 5 * 1024 * 1024)
TTDN_MONITORING_MAX_REDIRECTS = env_int("TTDN_MONITORING_MAX_REDIRECTS", 5)
# New articles read per source per fetch (the rest wait for the next one); back-off after
# errors doubles from the poll interval up to this many seconds.
TTDN_MONITORING_MAX_ARTICLES_PER_FETCH = env_int("TTDN_MONITORING_MAX_ARTICLES_PER_FETCH", 50)
TTDN_MONITORING_MAX_BACKOFF = env_int("TTDN_MONITORING_MAX_BACKOFF", 24 * 3600)
# A worker's claim on a source it is fetching lapses after this many seconds (dead worker).
TTDN_MONITORING_FETCH_LEASE = env_int("TTDN_MONITORING_FETCH_LEASE", 15 * 60)
# Stored HTML keeps images from other hosts only when allowed (they also need img-src in
# the Content-Security-Policy to show).
TTDN_MONITORING_ALLOW_REMOTE_IMAGES = env_bool("TTDN_MONITORING_ALLOW_REMOTE_IMAGES", False)
# A new article joins a story from this mean estimated similarity (Jaccard of shingles)
# to the story's articles (decision 0031).
TTDN_MONITORING_DUPLICATE_THRESHOLD = float(
    env("TTDN_MONITORING_DUPLICATE_THRESHOLD", "0.25") or 0.25
)

# Media monitoring flags (decision 0033): a negative story about the locality is flagged
# when a foreign outlet or at least this many outlets ran it; a day's articles about the
# locality or a topic are a rise when above the 14 days' mean + SIGMAS standard deviations
# and at least MIN_VOLUME.
# "The locality": a province's name (e.g. "Đồng Nai"); empty: the provinces of the
# monitored topics that are about a locality.
TTDN_MONITORING_LOCALITY = env("TTDN_MONITORING_LOCALITY", "")
TTDN_MONITORING_FLAG_MIN_OUTLETS = env_int("TTDN_MONITORING_FLAG_MIN_OUTLETS", 3)
TTDN_MONITORING_FLAG_MIN_VOLUME = env_int("TTDN_MONITORING_FLAG_MIN_VOLUME", 5)
TTDN_MONITORING_FLAG_SIGMAS = env_int("TTDN_MONITORING_FLAG_SIGMAS", 3)

NINJA_PAGINATION_PER_PAGE = 50
NINJA_PAGINATION_MAX_LIMIT = 200

# --- Login throttling (django-axes; docs/decisions/0015-login-throttling.md) -------------
# Failed logins are counted per user name + client address and per address; API tokens
# are not throttled (they never go through authenticate()). Unlock: the "Unlock login"
# action on users in the admin, axes' "Access attempts" admin, or `ttdn axes_reset_username`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out login
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "ttdn.accounts.throttle.LoginThrottleHandler"
AXES_FAILURE_LIMIT = env_int("TTDN_LOGIN_FAILURE_LIMIT", 5)  # one user name from one address
TTDN_LOGIN_ADDRESS_FAILURE_LIMIT = env_int("TTDN_LOGIN_ADDRESS_FAILURE_LIMIT", 50)  # any names
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]  # order read by throttle.py
_LOGIN_COOLOFF_MINUTES = env_int("TTDN_LOGIN_COOLOFF_MINUTES", 15)  # 0: until an admin unlocks
if min(AXES_FAILURE_LIMIT, TTDN_LOGIN_ADDRESS_FAILURE_LIMIT) < 1 or _LOGIN_COOLOFF_MINUTES < 0:
    raise ImproperlyConfigured(
        "TTDN_LOGIN_FAILURE_LIMIT and TTDN_LOGIN_ADDRESS_FAILURE_LIMIT must be at least 1; "
        "TTDN_LOGIN_COOLOFF_MINUTES at least 0."
    )
AXES_COOLOFF_TIME = (
    datetime.timedelta(minutes=_LOGIN_COOLOFF_MINUTES) if _LOGIN_COOLOFF_MINUTES > 0 else None
)
AXES_RESET_ON_SUCCESS = True  # only that user name + address (throttle.py)
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # the wait shown is the wait
AXES_LOCKOUT_CALLABLE = "ttdn.accounts.throttle.lockout_response"
AXES_CLIENT_IP_CALLABLE = "ttdn.accounts.throttle.client_address"

# --- Security (production: docs/operations.md "Security settings", decision 0017) ---------
SESSION_COOKIE_HTTPONLY = True
# Cookies travel over HTTPS only, unless in development or set to 0 for a plain-HTTP intranet.
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not (DEBUG or DEVELOPMENT))
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not (DEBUG or DEVELOPMENT))
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# The reverse proxies in front of ttdn (addresses or networks; empty: none). The one setting
# for every X-Forwarded-* header (ttdn.core.proxies): HTTPS as the proxy saw it, the client's
# address for login throttling, gunicorn's forwarded_allow_ips. Headers of a request that
# did not come from one of them are dropped before anything reads them.
TTDN_TRUSTED_PROXIES = env_networks("TTDN_TRUSTED_PROXIES")
for _replaced in ("TTDN_BEHIND_HTTPS_PROXY", "TTDN_FORWARDED_ALLOW_IPS"):
    if env(_replaced) is not None:
        raise ImproperlyConfigured(
            f"{_replaced} is replaced by TTDN_TRUSTED_PROXIES, the addresses of the reverse "
            "proxies in front of ttdn (e.g. 127.0.0.1). Remove it and set that instead "
            "(docs/operations.md, “Behind a reverse proxy”)."
        )
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if TTDN_TRUSTED_PROXIES else None
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
# Health probes of load balancers come over plain HTTP: never redirect them.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Content-Security-Policy (Django's own middleware), always on: scripts and <style> elements
# only from this site or with the per-response nonce ({{ csp_nonce }}); style="" attributes
# are allowed (they cannot run code, and img-src/default-src keep them from loading anything
# from elsewhere). Inline event handlers (onclick=…) are refused: use ttdn/app.js.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "style-src-attr": [CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
)
TEMPLATES[0]["OPTIONS"]["context_processors"].append("django.template.context_processors.csp")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}
