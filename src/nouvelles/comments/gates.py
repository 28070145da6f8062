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

import math
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.cache import cache

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


def _hit(key: str, limit: tuple[int, int], now: float) -> int:
    """Count a hit; returns the seconds to wait when over the limit, else 0.

    The window starts at the first hit (not on a clock boundary), so N posts are always
    allowed in any window that starts fresh; the start time is kept beside the count.
    """
    count, seconds = limit
    start_key = f"nouvelles:comments:rate:{key}:start"
    count_key = f"nouvelles:comments:rate:{key}:count"
    started = cache.get(start_key)
    if started is None or now >= started + seconds or now < started:
        started = now
        cache.set(start_key, started, timeout=seconds + 1)
        cache.set(count_key, 0, timeout=seconds + 1)
    try:
        hits = cache.incr(count_key)
    except ValueError:  # expired between the two reads
        cache.set(count_key, 1, timeout=seconds + 1)
        hits = 1
    if hits > count:
        return max(1, math.ceil(started + seconds - now))
    return 0


def check_rate_limits(ip: str, email: str, now: float | None = None) -> RateDecision:
    """At most N posts per window per IP address and per e-mail (Django cache: locmem or Redis)."""
    now = time.time() if now is None else now
    checks = [
        ("ip:" + ip, settings.NOUVELLES_COMMENTS_RATE_IP, "IP address"),
        ("email:" + fold_text(email), settings.NOUVELLES_COMMENTS_RATE_EMAIL, "e-mail address"),
    ]
    for key, limit, label in checks:
        wait = _hit(key, limit, now)
        if wait:
            return RateDecision(
                Verdict(False, f"rate limit for this {label}: {limit[0]} per {limit[1]}s", 1.0),
                wait,
            )
    return RateDecision(Verdict(True))
