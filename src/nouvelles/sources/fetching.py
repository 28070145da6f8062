"""The project's shared Fetcher, configured from the NOUVELLES_FETCH_* settings, and the
worker's extractor process (NOUVELLES_EXTRACTION_*).

Every app that needs something remote calls `get_fetcher().fetch(url)`; it gets the
guarded HTTP layer of `nouvelles.core.fetch` (SSRF guard, caps, robots.txt, politeness).
One Fetcher per process and per policy, so per-host politeness holds across callers.
Ingestion sends the pages it fetched to `get_extractor()` (`core.extractor_process`).
"""

from __future__ import annotations

import threading

from django.conf import settings

from nouvelles.core.extractor_process import ExtractorProcess, shared_extractor
from nouvelles.core.fetch import Fetcher, FetchPolicy
from nouvelles.core.guard import parse_networks

_fetchers: dict[FetchPolicy, Fetcher] = {}
_lock = threading.Lock()


def fetch_policy() -> FetchPolicy:
    """The FetchPolicy the current settings describe."""
    return FetchPolicy(
        user_agent=settings.NOUVELLES_FETCH_USER_AGENT,
        connect_timeout=settings.NOUVELLES_FETCH_CONNECT_TIMEOUT,
        total_timeout=settings.NOUVELLES_FETCH_TIMEOUT,
        max_bytes=settings.NOUVELLES_FETCH_MAX_BYTES,
        allowed_networks=parse_networks(settings.NOUVELLES_ALLOW_PRIVATE_NETWORKS),
        min_host_delay=settings.NOUVELLES_FETCH_HOST_DELAY,
        respect_robots=settings.NOUVELLES_FETCH_RESPECT_ROBOTS,
    )


def get_fetcher() -> Fetcher:
    """The process-wide Fetcher for the current settings (a new one when settings change)."""
    policy = fetch_policy()
    with _lock:
        fetcher = _fetchers.get(policy)
        if fetcher is None:
            fetcher = _fetchers[policy] = Fetcher(policy)
        return fetcher


def get_extractor() -> ExtractorProcess | None:
    """This process's extractor process, or None when pages are extracted in the calling
    process (NOUVELLES_EXTRACTION_PROCESS off)."""
    if not settings.NOUVELLES_EXTRACTION_PROCESS:
        return None
    return shared_extractor(settings.NOUVELLES_EXTRACTION_TIMEOUT)
