"""Background tasks (django-tasks: database queue, or RQ when NOUVELLES_REDIS_URL is set)."""

from __future__ import annotations

from django.utils import timezone
from django_tasks import task

from nouvelles.sources import ingest
from nouvelles.sources.models import Source


@task()
def ingest_source(source_id: int) -> str:
    """Fetch one source (the task of `ingest.ingest_source`); returns the report line.
    What follows publication (stories, "Lire aussi") is queued as tasks of its own."""
    source = Source.objects.filter(pk=source_id, enabled=True).first()
    if source is None:
        return f"source {source_id} is gone or disabled"
    return ingest.ingest_source(source, defer_followers=True).line()


def schedule_due_sources(now=None) -> list[int]:
    """Enqueue every due source once: its next fetch time moves forward first, so a second
    scheduler tick (or a second scheduler) does not enqueue it again."""
    now = now or timezone.now()
    queued = []
    for source in Source.objects.due(now):
        moved = Source.objects.filter(pk=source.pk, next_fetch_at=source.next_fetch_at).update(
            next_fetch_at=now + source.interval
        )
        if moved:
            ingest_source.enqueue(source.pk)
            queued.append(source.pk)
    return queued
