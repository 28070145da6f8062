"""Test settings: the real settings, with a throwaway data dir and optional PostgreSQL/Redis.

The suite always runs on SQLite; set NOUVELLES_TEST_DATABASE_URL (PostgreSQL)
and NOUVELLES_TEST_REDIS_URL to run it against those too (`.ci/run` does).
"""

import os
import tempfile

os.environ.setdefault("NOUVELLES_DATA_DIR", tempfile.mkdtemp(prefix="nouvelles-test-"))
os.environ.setdefault("NOUVELLES_SECRET_KEY", "test-secret-key-not-for-production-" + "x" * 20)
os.environ.setdefault("NOUVELLES_ALLOW_PRIVATE_NETWORKS", "127.0.0.0/8,::1/128")
if os.environ.get("NOUVELLES_TEST_DATABASE_URL"):
    os.environ["NOUVELLES_DATABASE_URL"] = os.environ["NOUVELLES_TEST_DATABASE_URL"]
if os.environ.get("NOUVELLES_TEST_REDIS_URL"):
    os.environ["NOUVELLES_CACHE_URL"] = os.environ["NOUVELLES_TEST_REDIS_URL"]

from nouvelles.settings import *  # noqa: F403
from nouvelles.settings import DATABASES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WHITENOISE_USE_FINDERS = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run where they are enqueued unless a test swaps the backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file (not :memory:) so that subprocesses and server threads share it.
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(os.environ["NOUVELLES_DATA_DIR"], "test.sqlite3")
    }
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
