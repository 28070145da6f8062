"""Adding sources: autodiscovery for site URLs, one trial fetch, and OPML import/export.

`add_source` is what `nouvelles sources add`, the OPML import and the admin's add form
use; it refuses, with a `SourceError` that says why, a URL that gives no readable feed.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from nouvelles.articles.models import Category
from nouvelles.core.feeds import (
    FeedError,
    ParsedFeed,
    common_feed_urls,
    discover_feed_links,
    parse_feed,
)
from nouvelles.core.opml import OpmlSource, parse_opml, render_opml
from nouvelles.sources.fetching import get_fetcher
from nouvelles.sources.health import record_attempt
from nouvelles.sources.ingest import FEED_ACCEPT
from nouvelles.sources.models import Source


class SourceError(ValueError):
    """A source cannot be added; the message says why, for the person adding it."""


@dataclass(slots=True)
class FoundFeed:
    url: str
    feed: ParsedFeed


def _try_feed(url: str) -> tuple[FoundFeed | None, str, str]:
    """(feed, error, page html). A page that is HTML gives its text for autodiscovery."""
    result = get_fetcher().fetch(url, accept=FEED_ACCEPT)
    record_attempt(None, result)
    if not result.ok:
        return None, result.error, ""
    try:
        return (
            FoundFeed(
                result.final_url, parse_feed(result.body, result.final_url, result.content_type)
            ),
            "",
            "",
        )
    except FeedError as exc:
        looks_html = "html" in result.content_type or b"<html" in result.body[:2000].lower()
        return None, str(exc), result.text if looks_html else ""


def find_feed(url: str) -> FoundFeed:
    """The feed at `url`, or the one a site page announces (or keeps at a common path)."""
    found, error, html = _try_feed(url)
    if found:
        return found
    if not html:
        raise SourceError(f"No feed at {url}: {error}")
    candidates = discover_feed_links(html, url) or common_feed_urls(url)
    errors = []
    for candidate in candidates:
        found, candidate_error, _html = _try_feed(candidate)
        if found:
            return found
        errors.append(f"{candidate}: {candidate_error}")
    raise SourceError(
        f"{url} is a web page that announces no readable feed"
        + (f" (tried {'; '.join(errors[:3])})" if errors else "")
    )


def add_source(
    url: str,
    *,
    name: str = "",
    language: str = "auto",
    policy: str = Source.ReusePolicy.FULL,
    category: str = "",
    interval: int = 30,
    homepage: str = "",
) -> Source:
    """Check the feed (fetch and parse it once) and save the source."""
    if policy not in Source.ReusePolicy.values:
        raise SourceError(f"Unknown policy {policy!r}: choose full, excerpt or link.")
    if interval < 1:
        raise SourceError("The interval is in minutes and must be at least 1.")
    default_category = None
    if category:
        default_category = Category.objects.filter(slug=category).first()
        if default_category is None:
            raise SourceError(f"No category with the slug {category!r}.")
    found = find_feed(url)
    if Source.objects.filter(feed_url=found.url).exists():
        raise SourceError(f"The feed {found.url} is already a source.")
    if not found.feed.entries:
        raise SourceError(f"The feed at {found.url} has no entries.")
    with transaction.atomic():
        return Source.objects.create(
            name=(name or found.feed.title or found.url)[:200],
            homepage=homepage or found.feed.link or url,
            feed_url=found.url,
            language=language or "auto",
            reuse_policy=policy,
            default_category=default_category,
            fetch_interval=interval,
            last_warning=found.feed.warning,
        )


@dataclass(slots=True)
class ImportReport:
    added: list[Source]
    skipped: list[str]  # "url: why"


def import_opml(data: bytes) -> ImportReport:
    """Add every feed of an OPML file; one that fails is skipped with its reason."""
    report = ImportReport([], [])
    for entry in parse_opml(data):
        try:
            report.added.append(
                add_source(
                    entry.feed_url,
                    name=entry.name,
                    language=entry.language or "auto",
                    policy=entry.policy or Source.ReusePolicy.FULL,
                    category=entry.category,
                    interval=entry.interval or 30,
                    homepage=entry.homepage,
                )
            )
        except SourceError as exc:
            report.skipped.append(f"{entry.feed_url}: {exc}")
    return report


def export_opml() -> str:
    return render_opml(
        [
            OpmlSource(
                feed_url=s.feed_url,
                name=s.name,
                homepage=s.homepage,
                language=s.language,
                policy=s.reuse_policy,
                category=s.default_category.slug if s.default_category else "",
                interval=s.fetch_interval,
            )
            for s in Source.objects.select_related("default_category").order_by("name")
        ]
    )
