"""Publishing: the one place an article's visibility changes.

Ingestion (auto-publish), translation (publish once translated), the review
queue, scheduled publishing and the admin's bulk actions all call these.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.articles.signals import article_published, article_unpublished
from nouvelles.site.models import bump_content_version


def publish_article(article: Article, at: datetime | None = None) -> Article:
    """Publish now, or at `at` (a future date schedules it: it shows from then on)."""
    with transaction.atomic():
        article.status = Article.Status.PUBLISHED
        if at is not None:
            article.published_at = at
        elif article.published_at is None or article.published_at > timezone.now():
            article.published_at = timezone.now()
        article.updated_at = timezone.now()
        article.save(update_fields=["status", "published_at", "updated_at"])
        article_published.send(sender=Article, article=article)
        bump_content_version()
    return article


def unpublish_article(article: Article, status: str = Article.Status.DRAFT) -> Article:
    """Take an article off the site (back to draft, or rejected)."""
    with transaction.atomic():
        article.status = status
        article.updated_at = timezone.now()
        article.save(update_fields=["status", "updated_at"])
        article_unpublished.send(sender=Article, article=article)
        bump_content_version()
    return article
