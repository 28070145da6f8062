"""Publishing: the one place an article's visibility changes.

Ingestion (auto-publish), translation (publish once translated), the review
queue, scheduled publishing and the admin's bulk actions all call these.
The article's save bumps the page cache's content version (the site app's
post_save receiver), inside the same transaction.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.articles.signals import article_published, article_unpublished


def publish_article(
    article: Article, at: datetime | None = None, *, announce: bool = True
) -> Article:
    """Publish now, or at `at` (a future date schedules it: it shows from then on).

    `announce=False` leaves `article_published` to the caller, who must send it later
    with `announce_published` (ingestion does, from a background task: see
    `articles.tasks.announce_published_articles`)."""
    with transaction.atomic():
        article.status = Article.Status.PUBLISHED
        if at is not None:
            article.published_at = at
        elif article.published_at is None or article.published_at > timezone.now():
            article.published_at = timezone.now()
        article.updated_at = timezone.now()
        article.save(update_fields=["status", "published_at", "updated_at"])
        if announce:
            article_published.send(sender=Article, article=article)
    return article


def announce_published(article: Article) -> None:
    """Send `article_published` for an article published with `announce=False`, in its own
    transaction; nothing happens if it is no longer published."""
    with transaction.atomic():
        if article.status == Article.Status.PUBLISHED:
            article_published.send(sender=Article, article=article)


def unpublish_article(article: Article, status: str = Article.Status.DRAFT) -> Article:
    """Take an article off the site (back to draft, or rejected)."""
    with transaction.atomic():
        article.status = status
        article.updated_at = timezone.now()
        article.save(update_fields=["status", "updated_at"])
        article_unpublished.send(sender=Article, article=article)
    return article
