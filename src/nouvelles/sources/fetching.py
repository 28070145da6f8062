"""The project's shared Fetcher, configured from the NOUVELLES_FETCH_* settings.

Every app that needs something remote calls `get_fetcher().fetch(url)`; it gets the
guarded HTTP layer of `nouvelles.core.fetch` (SSRF guard, caps, robots.txt, politeness).
One Fetcher per process and per policy, so per-host politeness holds across callers.
"""

from __future__ import annotations

import threading

from django.conf import settings

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
