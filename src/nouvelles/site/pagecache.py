"""Whole-page caching and conditional GET for the public pages.

Every public view is wrapped with `@public_page`. It reads (one SQL query, at
most once a second per process) the content version (bumped by `bump_content_version()` on any change
readers can see) and the publication date of the newest visible article (so a
page changes when a scheduled article comes out, with nothing bumped). From
those, the path, the query string and the language it derives:

- the `ETag` and `Last-Modified` headers, and a `304 Not Modified` answer to
  `If-None-Match` / `If-Modified-Since` before the view runs (no template
  rendered, no other query);
- the key of the whole page in the Django cache. A change anywhere gives every
  page a new key, in every process (the version lives in the database), so
  nothing has to be purged; old entries expire after
  `NOUVELLES_PAGE_CACHE_SECONDS`.

Pages are shared by all readers, so they must not depend on the visitor: a
response that sets a cookie (a session, or Django's CSRF cookie because a
template used `{% csrf_token %}`) is served but never stored, and readers who
only read get no cookie. Forms on cached pages (comments) therefore carry no
per-visitor token: see `docs/` and the comments app for the stateless check.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db.models import Subquery
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language

from nouvelles.articles.models import Article
from nouvelles.site.models import ContentVersion
from nouvelles.site.warmup import WARM_UP_KEY

CACHE_PREFIX = "nouvelles:page:"
# Only full pages are cached (a missing page raises Http404, answered by handler404).
CACHEABLE_STATUSES = {200}


@dataclass(frozen=True, slots=True)
class PageState:
    """What a page's freshness depends on, read in one query."""

    version: int
    changed_at: datetime

    @property
    def last_modified(self) -> datetime:
        return self.changed_at


# The page state is read from the database at most once a second per process: a
# cached page then costs no query at all. A change made in this process is seen at
# once (bump_content_version() forgets it); other processes see it within a second.
STATE_TTL_SECONDS = 1.0
_local_state: tuple[float, PageState] | None = None


def current_page_state() -> PageState:
    """The page state, from this process's one-second memory or from the database."""
    global _local_state
    now = time.monotonic()
    if _local_state is not None and now - _local_state[0] < STATE_TTL_SECONDS:
        return _local_state[1]
    state = read_page_state()
    _local_state = (now, state)
    return state


def forget_page_state() -> None:
    """Drop this process's remembered state and shared parts (after a change, or in tests)."""
    global _local_state, _parts_state
    _local_state = None
    _parts_state = None
    _parts.clear()


def read_page_state() -> PageState:
    """The content version and the newest visible publication date, in one query."""
    now = timezone.now()
    newest = Article.objects.filter(
        status=Article.Status.PUBLISHED, published_at__lte=now
    ).order_by("-published_at")
    row = (
        ContentVersion.objects.filter(pk=1)
        .annotate(newest=Subquery(newest.values("published_at")[:1]))
        .values_list("version", "changed_at", "newest")
        .first()
    )
    if row is None:
        ContentVersion.objects.get_or_create(pk=1)
        return read_page_state()
    version, changed_at, newest_at = row
    # A scheduled article coming out changes pages without any bump: count it.
    if newest_at is not None and newest_at > changed_at:
        return PageState(version=version, changed_at=newest_at)
    return PageState(version=version, changed_at=changed_at)


# The shared parts of the current content version, also kept in this process: a page
# asks for five or so (head, header, footer, navigation, ad slots), and each read from
# the Django cache is a round trip to Redis, or a lock, a key check and an unpickling
# for the local-memory cache. A part's key names its version, so what is kept here is
# never stale; it is dropped when the version changes (and past MAX_LOCAL_PARTS: the
# header varies with the search query).
MAX_LOCAL_PARTS = 512
_parts: dict[str, object] = {}
_parts_state: PageState | None = None


def cached_for_version(request: HttpRequest, name: str, compute: Callable[[], object]):
    """`compute()` cached per content version (the whole-page cache's own invalidation).

    For the parts many pages share (ad slots, the navigation): an uncached page
    still reads them from this process's memory or from the cache. Outside
    `@public_page` it just computes.
    """
    global _parts_state
    state = getattr(request, "page_state", None)
    if state is None or settings.NOUVELLES_PAGE_CACHE_SECONDS <= 0:
        return compute()
    if state != _parts_state or len(_parts) > MAX_LOCAL_PARTS:
        _parts.clear()  # a new content version: the parts of the old one are never asked again
        _parts_state = state
    key = f"nouvelles:part:{name}:{state.version}:{state.changed_at.timestamp()}"
    value = _parts.get(key)
    if value is None:
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, settings.NOUVELLES_PAGE_CACHE_SECONDS)
        _parts[key] = value
    return value


def page_key(request: HttpRequest, state: PageState) -> str:
    """A short hash of everything a cached page depends on."""
    raw = "|".join(
        (
            request.path,
            request.META.get("QUERY_STRING", ""),
            get_language() or "",
            str(state.version),
            state.changed_at.isoformat(),
        )
    )
    return hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def set_cache_headers(response: HttpResponse, etag: str, state: PageState) -> None:
    seconds = settings.NOUVELLES_PAGE_CACHE_SECONDS
    response["ETag"] = etag
    response["Last-Modified"] = http_date(state.last_modified.timestamp())
    response["Cache-Control"] = (
        f"public, max-age={seconds}, stale-while-revalidate={seconds}"
        if seconds > 0
        else "no-cache"
    )
    patch_vary_headers(response, ["Accept-Encoding"])


def _store_response(key: str, response: HttpResponse) -> None:
    if response.status_code not in CACHEABLE_STATUSES or response.streaming:
        return
    if response.cookies or response.has_header("Set-Cookie"):
        return
    cache.set(
        CACHE_PREFIX + key,
        (response.status_code, response["Content-Type"], response.content),
        settings.NOUVELLES_PAGE_CACHE_SECONDS,
    )


def public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve `view` with ETag/Last-Modified/Cache-Control, 304s and the whole-page cache."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        state = current_page_state()
        request.page_state = state  # lets views cache shared parts per content version
        key = page_key(request, state)
        etag = f'"{key}"'
        not_modified = get_conditional_response(
            request, etag=etag, last_modified=int(state.last_modified.timestamp())
        )
        if not_modified is not None:
            set_cache_headers(not_modified, etag, state)
            return not_modified

        # A worker's warm-up renders pages for real but keeps them out of the shared cache.
        use_cache = settings.NOUVELLES_PAGE_CACHE_SECONDS > 0 and not request.META.get(WARM_UP_KEY)
        cached = cache.get(CACHE_PREFIX + key) if use_cache else None
        if cached is not None:
            status, content_type, content = cached
            response = HttpResponse(content, content_type=content_type, status=status)
            response["X-Page-Cache"] = "hit"
        else:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            # A template that asked for a CSRF token would give this page a cookie:
            # such a page is per visitor and must not be shared.
            if use_cache and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
                _store_response(key, response)
            response["X-Page-Cache"] = "miss"
        if response.status_code in CACHEABLE_STATUSES:
            set_cache_headers(response, etag, state)
        return response

    return wrapper
