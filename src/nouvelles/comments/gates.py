"""Checks that reject a post before anything is stored: origin, form token, honeypot, rates.

Our CSRF defence (see docs/comments.md): the comment form lives on cached public
pages that set no cookie, so Django's cookie-based CSRF token cannot be used there.
The endpoint instead (1) accepts only POSTs whose Origin (or, failing that, Referer)
is this site, which is what a browser cannot forge for a cross-site form; (2)
requires a signed form token bound to the article and the time the form was
rendered; and (3) acts on no ambient credentials at all: it ignores sessions and
logins, so a forged post could only do what anyone can do by hand.
"""

from __future__ import annotations

import functools
import math
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache

from nouvelles.core import spam_rules
from nouvelles.core.spam_features import fold_text
from nouvelles.core.types import Verdict

TOKEN_SALT = "nouvelles.comments.form"  # noqa: S105 -- a signing salt, not a secret


def make_form_token(article_id: int, now: float | None = None) -> str:
    """A signed token naming the article and the moment the form was rendered."""
    issued = int(now if now is not None else time.time())
    return signing.dumps({"a": article_id, "t": issued}, salt=TOKEN_SALT, compress=False)


def check_form_token(token: str, article_id: int, now: float | None = None) -> Verdict:
    """The token is ours, for this article, not too fresh (bots) and not too old."""
    now = time.time() if now is None else now
    try:
        data = signing.loads(token, salt=TOKEN_SALT)
    except signing.BadSignature:
        return Verdict(False, "form token missing or forged", 1.0)
    if not isinstance(data, dict) or data.get("a") != article_id:
        return Verdict(False, "form token is for another article", 1.0)
    return spam_rules.check_min_delay(
        float(data.get("t", 0)),
        now,
        settings.NOUVELLES_COMMENTS_MIN_SECONDS,
        settings.NOUVELLES_COMMENTS_FORM_MAX_AGE,
    )


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme and parts.netloc else ""


def allowed_origins(request) -> set[str]:
    origins = {
        f"{request.scheme}://{request.get_host()}".lower(),
        _origin(settings.NOUVELLES_SITE_URL),
    }
    origins.update(o.lower().rstrip("/") for o in settings.CSRF_TRUSTED_ORIGINS)
    return origins


def check_request_origin(request) -> Verdict:
    """Origin header (every current browser sends it on POST), else Referer, must be this site."""
    origin = request.headers.get("Origin", "")
    if origin and origin != "null":
        if origin.lower().rstrip("/") in allowed_origins(request):
            return Verdict(True)
        return Verdict(False, f"cross-site post from {origin}", 1.0)
    referer = request.headers.get("Referer", "")
    if referer:
        if _origin(referer) in allowed_origins(request):
            return Verdict(True)
        return Verdict(False, "cross-site post (Referer from another site)", 1.0)
    return Verdict(False, "post without Origin or Referer", 1.0)


def client_ip(request) -> str:
    header = settings.NOUVELLES_COMMENTS_IP_HEADER
    if header:
        value = request.headers.get(header, "")
        if value:
            return value.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


@dataclass(frozen=True, slots=True)
class RateDecision:
    verdict: Verdict
    retry_after: int = 0


RATE_KEY = "nouvelles:comments:rate:{}"

# Every limit of a post in one Redis round trip, atomically (two workers cannot both
# take the last slot). Each limit is a hash {s: window start, c: hits}; the limits are
# counted in order and counting stops at the first one exceeded, as `_hit` does.
# A post stamped a little earlier than the window's start (another worker's clock read
# came first) counts in that window; only a window over or a clock set back by more
# than a window opens a new one.
# Returns {index of the exceeded limit (1-based) or 0, its window start}.
RATE_SCRIPT = """
local now = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[2 * i])
  local seconds = tonumber(ARGV[2 * i + 1])
  local started = tonumber(redis.call('HGET', key, 's'))
  if started == nil or now >= started + seconds or now + seconds < started then
    started = now
    redis.call('HSET', key, 's', ARGV[1], 'c', 0)
    redis.call('EXPIRE', key, seconds + 1)
  end
  if redis.call('HINCRBY', key, 'c', 1) > limit then
    return {i, tostring(started)}
  end
end
return {0, '0'}
"""


@functools.cache
def _rate_script():
    from redis.commands.core import Script

    return Script(None, RATE_SCRIPT.encode())  # bytes: no client needed for its SHA


def _redis_client(key: str):
    """The redis-py client of the default cache when it is Redis, else None."""
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        return backend._cache.get_client(key, write=True)
    return None


def _window_over(started: float, seconds: int, now: float) -> bool:
    """Whether a hit at `now` opens a new window. Concurrent posts read the clock in one
    order and reach the counter in another, so `now` may be a little before `started`:
    that hit belongs to the window (resetting it there let a burst through every limit);
    only a clock set back by more than a window starts afresh."""
    return now >= started + seconds or now + seconds < started


def _wait(started: float, seconds: int, now: float) -> int:
    return max(1, min(seconds, math.ceil(started + seconds - now)))


def _hit(key: str, limit: tuple[int, int], now: float) -> int:
    """Count a hit; returns the seconds to wait when over the limit, else 0.

    The window starts at the first hit (not on a clock boundary), so N posts are always
    allowed in any window that starts fresh; the start time is kept beside the count.
    This is the path for caches other than Redis (one process's memory, files).
    """
    count, seconds = limit
    start_key = RATE_KEY.format(key) + ":start"
    count_key = RATE_KEY.format(key) + ":count"
    started = cache.get(start_key)
    if started is None or _window_over(started, seconds, now):
        started = now
        cache.set(start_key, started, timeout=seconds + 1)
        cache.set(count_key, 0, timeout=seconds + 1)
    try:
        hits = cache.incr(count_key)
    except ValueError:  # expired between the two reads
        cache.set(count_key, 1, timeout=seconds + 1)
        hits = 1
    if hits > count:
        return _wait(started, seconds, now)
    return 0


def _hit_all(checks: list[tuple[str, tuple[int, int]]], now: float) -> tuple[int, int]:
    """Count a hit on each limit in order, stopping at the first one exceeded.

    Returns (index of that limit, seconds to wait), or (-1, 0) when all allow the post.
    """
    keys = [cache.make_and_validate_key(RATE_KEY.format(key)) for key, _limit in checks]
    client = _redis_client(keys[0])
    if client is None:
        for index, (key, limit) in enumerate(checks):
            wait = _hit(key, limit, now)
            if wait:
                return index, wait
        return -1, 0
    args = [repr(now)]
    for _key, (count, seconds) in checks:
        args += [count, seconds]
    exceeded, started = _rate_script()(keys=keys, args=args, client=client)
    if not exceeded:
        return -1, 0
    return exceeded - 1, _wait(float(started), checks[exceeded - 1][1][1], now)


def check_rate_limits(ip: str, email: str, now: float | None = None) -> RateDecision:
    """At most N posts per window per IP address and per e-mail (Django cache: Redis, where
    both are counted in one round trip, or locmem)."""
    now = time.time() if now is None else now
    labels = ["IP address", "e-mail address"]
    checks = [
        ("ip:" + ip, settings.NOUVELLES_COMMENTS_RATE_IP),
        ("email:" + fold_text(email), settings.NOUVELLES_COMMENTS_RATE_EMAIL),
    ]
    index, wait = _hit_all(checks, now)
    if index < 0:
        return RateDecision(Verdict(True))
    limit = checks[index][1]
    return RateDecision(
        Verdict(False, f"rate limit for this {labels[index]}: {limit[0]} per {limit[1]}s", 1.0),
        wait,
    )
