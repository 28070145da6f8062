"""Preparing an installation: the data directory, the database and the first administrator.

`nouvelles init`, `nouvelles demo` and the tests call these; each step can run
again without harm.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

ADMIN_USERNAME = "admin"


@dataclass(frozen=True)
class AdminResult:
    username: str
    created: bool


def prepare_data_dir() -> Path:
    """Create the data directory and its media folder; return the data directory."""
    data_dir = Path(settings.DATA_DIR)
    (data_dir / "media").mkdir(parents=True, exist_ok=True)
    return data_dir


def secret_key_file() -> Path | None:
    """Where the generated secret key lives, or None when NOUVELLES_SECRET_KEY is set."""
    if settings.NOUVELLES_SECRET_KEY:
        return None
    return Path(settings.DATA_DIR) / "secret_key"


def migrate_database(verbosity: int = 0) -> None:
    call_command("migrate", interactive=False, verbosity=verbosity)


def pending_migrations() -> list[str]:
    """Migrations not yet applied to the default database (`app.name` strings)."""
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


def admin_exists() -> bool:
    return get_user_model().objects.filter(is_superuser=True).exists()


def ensure_admin(email: str, password: str) -> AdminResult:
    """Create the `admin` superuser unless a superuser already exists."""
    user_model = get_user_model()
    existing = user_model.objects.filter(is_superuser=True).order_by("pk").first()
    if existing is not None:
        return AdminResult(username=existing.get_username(), created=False)
    user_model.objects.create_superuser(ADMIN_USERNAME, email, password)
    return AdminResult(username=ADMIN_USERNAME, created=True)


def generate_password() -> str:
    return secrets.token_urlsafe(12)
