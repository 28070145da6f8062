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


def parse_json(value: str) -> Any:
    import json

    try:
        return json.loads(value) if value.strip() else {}
    except json.JSONDecodeError as exc:
        raise ValueError(f"expected JSON ({exc})") from exc


def parse_rate(value: str) -> tuple[int, int]:
    """'COUNT/SECONDS' -> (count, seconds), e.g. '5/60' is five per minute."""
    count, _, seconds = value.strip().partition("/")
    parsed = (int(count), int(seconds or "60"))
    if parsed[0] < 1 or parsed[1] < 1:
        raise ValueError(f"expected COUNT/SECONDS with both at least 1, got {value!r}")
    return parsed


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
    Setting(
        "NOUVELLES_WARM_UP",
        "1",
        "Each web worker renders /healthz, the home page and the newest article once at boot, "
        "before it takes requests, so that no reader waits for its first-request set-up.",
        parse_bool,
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
    Setting(
        "NOUVELLES_EXTRACTION_PROCESS",
        "1",
        "Extract fetched pages in a child process of the worker: in parallel with storing, "
        "and a page that crashes or hangs the extractor fails alone. 0: in the worker itself.",
        parse_bool,
    ),
    Setting(
        "NOUVELLES_EXTRACTION_TIMEOUT",
        "60",
        "Seconds one page may keep the extractor process busy before it is failed and the "
        "process restarted.",
        parse_float,
    ),
    Setting(
        "NOUVELLES_FETCH_USER_AGENT",
        "nouvelles/0.1 (self-hosted news desk; +https://github.com/nouvelles)",
        "User-Agent sent with every request; say who runs the site and how to reach them.",
    ),
    Setting(
        "NOUVELLES_FETCH_TIMEOUT",
        "20",
        "Total time (seconds) one request may take, redirects and body included.",
        parse_float,
    ),
    Setting(
        "NOUVELLES_FETCH_CONNECT_TIMEOUT",
        "5",
        "Time (seconds) allowed to open a connection.",
        parse_float,
    ),
    Setting(
        "NOUVELLES_FETCH_MAX_BYTES",
        "5242880",
        "Largest body accepted (bytes, counted after decompression); larger ones are cut off and refused.",
        parse_int,
    ),
    Setting(
        "NOUVELLES_FETCH_HOST_DELAY",
        "1",
        "Minimum delay (seconds) between two requests to the same host; one request at a time per host.",
        parse_float,
    ),
    Setting(
        "NOUVELLES_FETCH_RESPECT_ROBOTS",
        "1",
        "Obey robots.txt (cached per host for an hour).",
        parse_bool,
    ),
    Setting(
        "NOUVELLES_FETCH_MAX_BACKOFF_HOURS",
        "24",
        "Longest wait (hours) between two tries of a failing source (exponential backoff with jitter).",
        parse_float,
    ),
    Setting(
        "NOUVELLES_SOURCE_DISABLE_AFTER_HOURS",
        "72",
        "A source failing without a single success for this many hours is disabled and flagged.",
        parse_float,
    ),
    Setting(
        "NOUVELLES_RAW_HTML_RETENTION_DAYS",
        "30",
        "How long the fetched HTML of an article is kept for `nouvelles reextract` (0: not kept).",
        parse_int,
    ),
    Setting(
        "NOUVELLES_BOILERPLATE_MIN_PAGES",
        "3",
        "A short block seen on this many pages of one source is learnt as boilerplate and removed.",
        parse_int,
    ),
    Setting(
        "NOUVELLES_NEAR_DUPLICATE_THRESHOLD",
        "0.7",
        "Estimated word-shingle similarity (0-1) from which an article is a near-duplicate of an earlier one.",
        parse_float,
    ),
    Setting(
        "NOUVELLES_SCHEDULER_INTERVAL",
        "60",
        "How often (seconds) `nouvelles run` and `nouvelles scheduler` look for due sources.",
        parse_int,
    ),
    # --- translation --------------------------------------------------------
    Setting(
        "NOUVELLES_TRANSLATION",
        '{"default": {"BACKEND": "apertium"}}',
        "Translation backends as JSON: {alias: {BACKEND, OPTIONS}}; BACKEND is a short name "
        "(apertium, apertium_apy, libretranslate, argos, deepl, openai_compat, none, dummy) "
        "or a dotted class path. See docs/translation.md.",
        parse_json,
    ),
    Setting(
        "NOUVELLES_TRANSLATION_ROUTES",
        "{}",
        'Backend fallback order per language pair as JSON: {"uk-fr": ["deepl", "default"], '
        '"*": ["default"]}. Empty: every configured backend, "default" first.',
        parse_json,
    ),
    Setting(
        "NOUVELLES_TRANSLATION_PIVOTS",
        "es,en",
        "Languages tried, in order, as a pivot when no backend translates a pair directly "
        "(en → es → fr with Apertium). Empty: no pivot translation.",
        parse_list,
    ),
    Setting(
        "NOUVELLES_TRANSLATION_MAX_ATTEMPTS",
        "8",
        "Attempts to translate an article before it is marked failed (the editors can retry).",
        parse_int,
    ),
    Setting(
        "NOUVELLES_TRANSLATION_RETRY_SECONDS",
        "60",
        "Delay before the first retry of a failed translation; doubled each time, at most 6 hours.",
        parse_int,
    ),
    Setting(
        "NOUVELLES_TRANSLATION_BATCH_ARTICLES",
        "50",
        "Articles translated together by `nouvelles translate --pending` (one backend call per "
        "batch of segments, not per article).",
        parse_int,
    ),
    # --- stories and related ------------------------------------------------
    Setting(
        "NOUVELLES_STORY_THRESHOLD",
        "0.25",
        "Similarity (cosine, 0-1) an article needs with a story to join it; below, it starts a new story.",
        parse_float,
    ),
    Setting(
        "NOUVELLES_STORY_ENTITY_OVERLAP",
        "0.4",
        "Share (0-1) of an article's names, places and figures a story must also have for the article to join it.",
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
    Setting(
        "NOUVELLES_COMMENTS_CLOSE_AFTER_DAYS",
        "30",
        "Comments close automatically this many days after an article is published (0: never).",
        parse_int,
    ),
    Setting(
        "NOUVELLES_COMMENTS_HOLD_FIRST_TIME",
        "1",
        "Hold a first-time commenter's comment for moderation (an e-mail with an approved comment is trusted).",
        parse_bool,
    ),
    Setting(
        "NOUVELLES_COMMENTS_MIN_SECONDS",
        "3",
        "Minimum seconds between the form being rendered and submitted (faster posts are rejected).",
        parse_int,
    ),
    Setting(
        "NOUVELLES_COMMENTS_FORM_MAX_AGE",
        "172800",
        "Seconds a rendered comment form stays valid (must exceed how long pages are cached).",
        parse_int,
    ),
    Setting(
        "NOUVELLES_COMMENTS_RATE_IP",
        "5/60",
        "Comment rate limit per IP address, as COUNT/SECONDS (5/60: five per minute).",
        parse_rate,
    ),
    Setting(
        "NOUVELLES_COMMENTS_RATE_EMAIL",
        "3/60",
        "Comment rate limit per e-mail address, as COUNT/SECONDS.",
        parse_rate,
    ),
    Setting(
        "NOUVELLES_COMMENTS_IP_HEADER",
        "",
        "Request header holding the client IP when behind a proxy (e.g. X-Real-IP). Empty: the socket address.",
    ),
    Setting(
        "NOUVELLES_COMMENTS_MAX_LINKS",
        "2",
        "A comment with more links than this (text and website together) is held for moderation.",
        parse_int,
    ),
    Setting(
        "NOUVELLES_COMMENTS_MAX_LENGTH",
        "5000",
        "Longest comment accepted, in characters.",
        parse_int,
    ),
    Setting(
        "NOUVELLES_COMMENTS_BLOCKLIST_WORDS",
        "viagra,cialis,casino en ligne,online casino,payday loan,replica watches,essay writing service",
        "Comma-separated words or phrases that mark a comment as spam (case- and accent-insensitive).",
        parse_list,
    ),
    Setting(
        "NOUVELLES_COMMENTS_BLOCKLIST_DOMAINS",
        "",
        "Comma-separated domains (and their subdomains) whose links, websites or e-mails mark a comment as spam.",
        parse_list,
    ),
    Setting(
        "NOUVELLES_COMMENTS_DUPLICATE_HOURS",
        "24",
        "The same text posted again within this many hours (any article, any author) is marked as spam.",
        parse_int,
    ),
    Setting(
        "NOUVELLES_COMMENTS_SPAM_THRESHOLD",
        "0.97",
        "Filter score at or above which a comment goes straight to spam (never shown).",
        parse_float,
    ),
    Setting(
        "NOUVELLES_COMMENTS_PENDING_THRESHOLD",
        "0.5",
        "Filter score at or above which a comment is held for moderation, even from a trusted commenter.",
        parse_float,
    ),
    Setting(
        "NOUVELLES_COMMENTS_SPAM_BACKENDS",
        "guard,classifier,akismet",
        "Spam filters run on each comment, in order: guard (rules), classifier, akismet (only with an API key), dummy.",
        parse_list,
    ),
    Setting(
        "NOUVELLES_COMMENTS_MODERATORS",
        "",
        "Comma-separated e-mails told about new pending comments. Empty: every active staff user with an e-mail.",
        parse_list,
    ),
    Setting(
        "NOUVELLES_COMMENTS_RETENTION_DAYS",
        "30",
        "Days a commenter's IP address and user agent are kept before the purge task erases them.",
        parse_int,
    ),
    Setting(
        "NOUVELLES_AKISMET_API_KEY",
        "",
        "Akismet API key. Empty: the Akismet backend is off.",
    ),
    Setting(
        "NOUVELLES_AKISMET_URL",
        "https://rest.akismet.com",
        "Base URL of the Akismet API (point it at a compatible local server for tests).",
    ),
    # --- search and dashboard -----------------------------------------------
    Setting(
        "NOUVELLES_SEARCH_BACKEND",
        "",
        "Search engine: empty picks the database's (sqlite: FTS5, postgres: full-text search); "
        "or sqlite, postgres, dummy, or the dotted path of a backend class.",
    ),
    Setting(
        "NOUVELLES_SEARCH_FRESHNESS_DAYS",
        "30",
        "Age in days at which an article's freshness boost in search results is halved.",
        parse_float,
    ),
    Setting(
        "NOUVELLES_SEARCH_FRESHNESS_WEIGHT",
        "1.0",
        "How much freshness counts against relevance: a new article's score is multiplied "
        "by up to 1 + this (0 ranks by relevance only).",
        parse_float,
    ),
    Setting(
        "NOUVELLES_SEARCH_PAGE_SIZE",
        "20",
        "Search results per page.",
        parse_int,
    ),
    Setting(
        "NOUVELLES_SEARCH_MAX_RESULTS",
        "1000",
        "Most results a search counts and pages through (keeps broad queries fast).",
        parse_int,
    ),
    Setting(
        "NOUVELLES_SEARCH_RATE_PER_MINUTE",
        "60",
        "Searches one address may make per minute (0: no limit).",
        parse_int,
    ),
    Setting(
        "NOUVELLES_DASHBOARD_CHART_DAYS",
        "14",
        "Days shown in the newsroom dashboard's articles-per-day charts.",
        parse_int,
    ),
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
