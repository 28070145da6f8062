"""Source health: every attempt recorded, successes and failures, backoff, auto-disable."""

from __future__ import annotations

import random
from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from nouvelles.core.fetch import FetchResult
from nouvelles.sources.models import FetchAttempt, Source

LEASE = timedelta(minutes=15)


def attempt_row(source: Source | None, result: FetchResult) -> FetchAttempt:
    """The (unsaved) record of one request: URL, status, bytes, duration, error in words."""
    return FetchAttempt(
        source=source,
        url=result.url[:2000],
        status_code=result.status,
        bytes=len(result.body),
        duration_ms=result.duration_ms,
        error=result.error,
    )


def record_attempt(source: Source | None, result: FetchResult) -> FetchAttempt:
    attempt = attempt_row(source, result)
    attempt.save()
    return attempt


def claim_source(source: Source) -> bool:
    """Take the source for this worker (an atomic conditional UPDATE). False: someone has it."""
    now = timezone.now()
    taken = (
        Source.objects.filter(pk=source.pk)
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        .update(lease_until=now + LEASE)
    )
    return taken == 1


def release_source(source: Source) -> None:
    Source.objects.filter(pk=source.pk).update(lease_until=None)


def backoff_delay(source: Source, failures: int) -> timedelta:
    """Exponential backoff from the fetch interval, capped, with jitter (50-100%)."""
    cap = settings.NOUVELLES_FETCH_MAX_BACKOFF_HOURS * 3600
    base = source.fetch_interval * 60
    delay = min(cap, base * 2 ** max(0, failures - 1))
    return timedelta(seconds=delay * random.uniform(0.5, 1.0))  # noqa: S311 - jitter, not crypto


def record_success(source: Source, result: FetchResult | None, warning: str = "") -> None:
    now = timezone.now()
    fields = {
        "last_fetched_at": now,
        "last_success_at": now,
        "consecutive_failures": 0,
        "failing_since": None,
        "last_warning": warning,
        "next_fetch_at": now + source.interval,
    }
    if result is not None and not result.not_modified:
        fields["etag"] = result.etag[:500]
        fields["last_modified"] = result.last_modified[:100]
    Source.objects.filter(pk=source.pk).update(**fields)
    for name, value in fields.items():
        setattr(source, name, value)


def record_failure(source: Source, error: str, retry_after: float | None = None) -> None:
    """Count the failure, schedule the next try with backoff, disable after too long."""
    now = timezone.now()
    Source.objects.filter(pk=source.pk).update(consecutive_failures=F("consecutive_failures") + 1)
    source.refresh_from_db(fields=["consecutive_failures", "failing_since"])
    failing_since = source.failing_since or now
    delay = backoff_delay(source, source.consecutive_failures)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    fields = {
        "last_fetched_at": now,
        "last_error": error,
        "last_error_at": now,
        "failing_since": failing_since,
        "next_fetch_at": now + delay,
    }
    limit = timedelta(hours=settings.NOUVELLES_SOURCE_DISABLE_AFTER_HOURS)
    if now - failing_since >= limit:
        fields["enabled"] = False
        fields["disabled_reason"] = (
            f"Disabled automatically on {now:%Y-%m-%d %H:%M} UTC: failing since "
            f"{failing_since:%Y-%m-%d %H:%M} UTC. Last error: {error}"
        )
    Source.objects.filter(pk=source.pk).update(**fields)
    for name, value in fields.items():
        setattr(source, name, value)


def health_summary(source: Source) -> str:
    """One line for `sources list` and the admin."""
    if not source.enabled:
        return f"disabled: {source.disabled_reason}" if source.disabled_reason else "disabled"
    if source.consecutive_failures:
        return f"failing ({source.consecutive_failures}x): {source.last_error}"
    if source.last_success_at:
        return "ok" + (f" (warning: {source.last_warning})" if source.last_warning else "")
    return "never fetched"
