"""Load the demo corpus into the database: published, in French, originals kept.

The articles go through the real ingestion pipeline (`nouvelles.demo.pipeline`):
the corpus is served as feeds and pages from 127.0.0.1 and fetched like real
sources; our hand-written French stands in for a translation backend.
Loading twice updates the same rows: sources by feed URL, articles by
(source, GUID), everything else by slug or name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from nouvelles.articles.models import Article, Category, Tag
from nouvelles.comments.models import Comment
from nouvelles.demo.comments import COMMENTS
from nouvelles.demo.corpus import articles_by_source
from nouvelles.demo.site_settings import AD_SLOTS, SITE_SETTINGS
from nouvelles.demo.sources import CATEGORIES, SOURCES, feed_url, source_by_key
from nouvelles.site.models import AdSlot, SiteSettings
from nouvelles.sources.models import Source


@dataclass(frozen=True)
class DemoReport:
    categories: int
    sources: int
    articles: int
    comments: int
    languages: tuple[str, ...]


def load_demo(now: datetime | None = None, media_root: Path | None = None) -> DemoReport:
    """Load (or refresh) the whole demo: categories, sources, articles, images, comments."""
    now = now or timezone.now()
    media_root = Path(media_root or settings.MEDIA_ROOT)
    with transaction.atomic():
        categories = {c["slug"]: _save_category(i, c) for i, c in enumerate(CATEGORIES)}
        sources = {s["key"]: _save_source(s, categories) for s in SOURCES}
        articles = _ingest_articles(sources, now, media_root)
        comments = _save_comments(articles, now)
        _save_site_settings()
    return DemoReport(
        categories=len(categories),
        sources=len(sources),
        articles=len(articles),
        comments=comments,
        languages=tuple(sorted({s["language"] for s in SOURCES})),
    )


def _ingest_articles(sources: dict[str, Source], now: datetime, media_root: Path) -> dict:
    """The articles go through the real pipeline (`nouvelles.demo.pipeline`): served as feeds
    and pages with boilerplate from 127.0.0.1, fetched and extracted by `ingest_source`."""
    from nouvelles.demo.pipeline import ingest_demo_sources, media_writer, reconcile_article

    reports = ingest_demo_sources(sources, now)
    failures = [line for report in reports for line in ([report.error] if report.error else [])]
    failures += [f for report in reports for f in report.failures]
    if failures:
        raise RuntimeError("demo ingestion failed: " + "; ".join(failures[:5]))
    write = media_writer(media_root)
    articles: dict[str, Article] = {}
    for key, specs in articles_by_source().items():
        source_spec = source_by_key(key)
        for spec in specs:
            guid = source_spec["homepage"] + spec["path"]
            article = Article.objects.get(source=sources[key], guid=guid)
            reconcile_article(article, spec, source_spec, write, now)
            article.tags.set([_tag(name) for name in spec["tags"]])
            articles[spec["id"]] = article
    return articles


def _save_category(position: int, spec: dict) -> Category:
    category, _created = Category.objects.update_or_create(
        slug=spec["slug"],
        defaults={
            "name": spec["name"],
            "description": spec["description"],
            "position": position,
        },
    )
    return category


def _save_source(spec: dict, categories: dict[str, Category]) -> Source:
    source, _created = Source.objects.update_or_create(
        feed_url=feed_url(spec),
        defaults={
            "name": spec["name"],
            "homepage": spec["homepage"],
            "language": spec["language"],
            "reuse_policy": Source.ReusePolicy.FULL,
            "category_map": dict(spec["sections"]),
            "default_category": categories[spec["sections"][spec["default_section"]]],
            # The demo sites are fictional (.example): nothing should try to fetch them.
            "enabled": False,
            "disabled_reason": "Demo source: its site is fictional, articles are loaded locally.",
        },
    )
    return source


def _tag(name: str) -> Tag:
    tag, _created = Tag.objects.get_or_create(slug=slugify(name)[:100], defaults={"name": name})
    return tag


def _save_comments(articles: dict[str, Article], now: datetime) -> int:
    count = 0
    for article_id, specs in COMMENTS.items():
        saved: list[Comment] = []
        for spec in specs:
            parent = saved[spec["reply_to"]] if "reply_to" in spec else None
            comment, _created = Comment.objects.update_or_create(
                article=articles[article_id],
                name=spec["name"],
                text=spec["text"],
                defaults={
                    "email": spec["email"],
                    "parent": parent,
                    "status": Comment.Status.APPROVED,
                    "created_at": now - timedelta(hours=spec["hours_ago"]),
                },
            )
            saved.append(comment)
            count += 1
    return count


def _save_site_settings() -> None:
    site, _created = SiteSettings.objects.get_or_create(pk=1)
    for name, value in SITE_SETTINGS.items():
        setattr(site, name, value)
    site.save()
    for spec in AD_SLOTS:
        AdSlot.objects.update_or_create(name=spec["name"], defaults=spec)
