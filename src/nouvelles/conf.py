"""The table of NOUVELLES_* settings: name, default, help, parser.

Every setting is read from the environment once, parsed and validated here;
`settings.py` exposes each parsed value as a Django setting of the same name
(so tests can use `override_settings`). Each one is documented in
`docs/configuration.md`; `tests/test_docs.py` fails when one is missing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


class ConfigurationError(ValueError):
    """A NOUVELLES_* variable has a value we cannot use; the message says which and why."""


def parse_bool(value: str) -> bool:
    v = value.strip().lower()
    if v in {"1", "true", "yes", "on"}:
        return True
    if v in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"expected a boolean (1/0, true/false, yes/no, on/off), got {value!r}")


def parse_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def parse_int(value: str) -> int:
    return int(value.strip())


def parse_float(value: str) -> float:
    return float(value.strip())


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str
    parse: Callable[[str], Any] = str


# Keep each issue's settings in its own section: it keeps merges clean.
SETTINGS: list[Setting] = [
    # --- foundation -------------------------------------------------------
    Setting(
        "NOUVELLES_DATA_DIR",
        "./var",
        "Directory for the SQLite database, the generated secret key, media and collected static files.",
    ),
    Setting(
        "NOUVELLES_DATABASE_URL",
        "",
        "Database URL (dj-database-url syntax). Empty: SQLite in the data dir, WAL mode.",
    ),
    Setting(
        "NOUVELLES_SECRET_KEY",
        "",
        "Django secret key. Empty: generated once into DATA_DIR/secret_key.",
    ),
    Setting("NOUVELLES_DEBUG", "0", "Django debug mode. Never on in production.", parse_bool),
    Setting(
        "NOUVELLES_ALLOWED_HOSTS",
        "127.0.0.1,localhost",
        "Comma-separated host names the site answers to.",
        parse_list,
    ),
    Setting(
        "NOUVELLES_CSRF_TRUSTED_ORIGINS",
        "",
        "Comma-separated origins (https://example.org) trusted for form posts behind a proxy.",
        parse_list,
    ),
    Setting(
        "NOUVELLES_SITE_LANGUAGE",
        "fr",
        "Language of the public site and target of translation (a language code: fr, en, ...).",
    ),
    Setting(
        "NOUVELLES_SITE_URL",
        "http://127.0.0.1:8000",
        "Public base URL of the site, used in feeds, sitemaps, share links and e-mails.",
    ),
    Setting(
        "NOUVELLES_CACHE_URL",
        "",
        "Cache: empty for local memory, redis://host:port/db for Redis, file:///path for disk.",
    ),
    Setting(
        "NOUVELLES_SECURE",
        "0",
        "Served over HTTPS: secure cookies, HSTS and redirect to https (production settings).",
        parse_bool,
    ),
    Setting(
        "NOUVELLES_TIME_ZONE",
        "Europe/Paris",
        "Time zone used to show dates on the site (stored dates are UTC).",
    ),
    Setting(
        "NOUVELLES_EMAIL_URL",
        "",
        "Outgoing mail: empty prints mails to the console; smtp://user:pass@host:port otherwise.",
    ),
    Setting(
        "NOUVELLES_ADMIN_PASSWORD",
        "",
        "Password for the administrator created by `nouvelles init` (else it is asked for).",
    ),
    Setting(
        "NOUVELLES_PAGE_CACHE_SECONDS",
        "300",
        "How long a rendered public page is kept in the cache and may be cached by proxies.",
        parse_int,
    ),
    # --- ingestion ----------------------------------------------------------
    Setting(
        "NOUVELLES_REDIS_URL",
        "",
        "Redis URL for the background task queue (RQ). Empty: the database task queue.",
    ),
    Setting(
        "NOUVELLES_ALLOW_PRIVATE_NETWORKS",
        "",
        "Comma-separated networks (CIDR) the fetcher may reach despite the private-address guard.",
        parse_list,
    ),
    # --- translation --------------------------------------------------------
    # --- stories and related ------------------------------------------------
    Setting(
        "NOUVELLES_STORY_THRESHOLD",
        "0.3",
        "Similarity (cosine, 0-1) an article needs with a story to join it; below, it starts a new story.",
        parse_float,
    ),
    Setting(
        "NOUVELLES_STORY_WINDOW_HOURS",
        "72",
        "A story takes new articles for this many hours after its latest one, then it is closed.",
        parse_int,
    ),
    Setting(
        "NOUVELLES_RELATED_WINDOW_DAYS",
        "30",
        "'Lire aussi' only shows articles published within this many days of the article's date.",
        parse_int,
    ),
    Setting(
        "NOUVELLES_RELATED_MIN_SCORE",
        "0.12",
        "Similarity (0-1) a story outside the article's own needs to give a 'Lire aussi' link.",
        parse_float,
    ),
    # --- comments -----------------------------------------------------------
    # --- search and dashboard -----------------------------------------------
]


def load(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Parse every setting from `environ` (default: os.environ)."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = env.get(setting.name, setting.default)
        try:
            values[setting.name] = setting.parse(raw)
        except ValueError as exc:
            raise ConfigurationError(f"{setting.name}={raw!r}: {exc}") from exc
    return values
