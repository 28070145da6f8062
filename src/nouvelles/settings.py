"""Django settings, built from the NOUVELLES_* table in `nouvelles.conf`."""

from __future__ import annotations

import secrets
from pathlib import Path
from urllib.parse import urlparse

import dj_database_url

from nouvelles import conf

_values = conf.load()
globals().update(_values)

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(_values["NOUVELLES_DATA_DIR"]).expanduser().resolve()


def _secret_key() -> str:
    if _values["NOUVELLES_SECRET_KEY"]:
        return _values["NOUVELLES_SECRET_KEY"]
    key_file = DATA_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


SECRET_KEY = _secret_key()
DEBUG = _values["NOUVELLES_DEBUG"]
ALLOWED_HOSTS = _values["NOUVELLES_ALLOWED_HOSTS"]
CSRF_TRUSTED_ORIGINS = _values["NOUVELLES_CSRF_TRUSTED_ORIGINS"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "nouvelles.site",
    "nouvelles.articles",
    "nouvelles.sources",
    "nouvelles.translation",
    "nouvelles.related",
    "nouvelles.comments",
    "nouvelles.search",
    "nouvelles.dashboard",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "nouvelles.site.middleware.SiteLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "nouvelles.urls"
WSGI_APPLICATION = "nouvelles.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nouvelles.site.context_processors.site",
            ],
        },
    },
]


def _database(url: str) -> dict:
    if not url:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{DATA_DIR / 'nouvelles.sqlite3'}"
    db = dj_database_url.parse(url, conn_max_age=60 if not url.startswith("sqlite") else 0)
    if db["ENGINE"] == "django.db.backends.sqlite3":
        db["OPTIONS"] = {
            # WAL lets readers and one writer work at once; IMMEDIATE takes the
            # write lock at BEGIN so two writers queue instead of deadlocking.
            # No automatic checkpoints: they race with writers in SQLite < 3.51.3
            # (lost commits); site/sqlite_wal.py checkpoints under the write lock.
            "init_command": (
                "PRAGMA journal_mode=WAL;PRAGMA wal_autocheckpoint=0;PRAGMA synchronous=NORMAL;"
                "PRAGMA foreign_keys=ON;PRAGMA temp_store=MEMORY;PRAGMA mmap_size=134217728;"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    return db


DATABASES = {"default": _database(_values["NOUVELLES_DATABASE_URL"])}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def _cache(url: str) -> dict:
    if not url:
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "nouvelles",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    parsed = urlparse(url)
    if parsed.scheme in {"redis", "rediss", "unix"}:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if parsed.scheme == "file":
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": parsed.path,
        }
    if parsed.scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise conf.ConfigurationError(f"NOUVELLES_CACHE_URL: unsupported scheme {parsed.scheme!r}")


CACHES = {"default": _cache(_values["NOUVELLES_CACHE_URL"])}


def _tasks(redis_url: str) -> dict:
    if redis_url:
        return {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    return {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


TASKS = _tasks(_values["NOUVELLES_REDIS_URL"])
if _values["NOUVELLES_REDIS_URL"]:
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {"default": {"URL": _values["NOUVELLES_REDIS_URL"], "DEFAULT_TIMEOUT": 600}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = _values["NOUVELLES_SITE_LANGUAGE"]
LANGUAGES = [("fr", "Français"), ("en", "English")]
if LANGUAGE_CODE not in dict(LANGUAGES):
    LANGUAGES.append((LANGUAGE_CODE, LANGUAGE_CODE))
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = _values["NOUVELLES_TIME_ZONE"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# Security: safe by default; HTTPS-only options follow NOUVELLES_SECURE.
SECURE = _values["NOUVELLES_SECURE"]
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = SECURE
SECURE_HSTS_SECONDS = 31536000 if SECURE else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = SECURE
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

if _values["NOUVELLES_EMAIL_URL"]:
    _mail = urlparse(_values["NOUVELLES_EMAIL_URL"])
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _mail.hostname or "localhost"
    EMAIL_PORT = _mail.port or 25
    EMAIL_HOST_USER = _mail.username or ""
    EMAIL_HOST_PASSWORD = _mail.password or ""
    EMAIL_USE_TLS = _mail.scheme == "smtp+tls"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "nouvelles": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Django sends a 500's traceback only to the console in DEBUG and to ADMINS by
        # mail otherwise; a served site must say why it failed, on stderr (gunicorn's log).
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}
