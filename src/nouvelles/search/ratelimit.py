"""A per-address limit on searches, counted in the cache (shared by all web processes)."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def allow_search(request, now: float | None = None) -> bool:
    """Count this search; False once the address made more than the limit this minute."""
    limit = settings.NOUVELLES_SEARCH_RATE_PER_MINUTE
    if limit <= 0:
        return True
    window = int((now or time.time()) // WINDOW_SECONDS)
    key = f"nouvelles:search-rate:{client_address(request)}:{window}"
    if cache.add(key, 1, WINDOW_SECONDS * 2):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, WINDOW_SECONDS * 2)
            count = 1
    return count <= limit
