"""Review-queue actions: the functions the dashboard views (and anything else) call.

Visibility always changes through `nouvelles.articles.publish`.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.articles.publish import publish_article, unpublish_article
from nouvelles.dashboard.models import Correction
from nouvelles.site.models import bump_content_version


def review_queue():
    """Articles waiting for an editor, oldest first."""
    return (
        Article.objects.filter(status=Article.Status.REVIEW)
        .select_related("source", "category")
        .order_by("created_at", "id")
    )


def scheduled_articles():
    """Published articles whose publication time is still to come, soonest first."""
    return (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())
        .select_related("source", "category")
        .order_by("published_at", "id")
    )


def approve_article(article: Article) -> Article:
    return publish_article(article)


def schedule_article(article: Article, at: datetime) -> Article:
    """Publish at `at` (must be in the future): hidden everywhere until then."""
    if at <= timezone.now():
        raise ValueError("the publication time must be in the future")
    return publish_article(article, at=at)


def reject_article(article: Article) -> Article:
    return unpublish_article(article, status=Article.Status.REJECTED)


def correct_article(article: Article, text: str, user=None) -> Correction:
    """Put a dated correction note on the article (shown on its public page)."""
    text = text.strip()
    if not text:
        raise ValueError("a correction needs a text")
    with transaction.atomic():
        now = timezone.now()
        correction = Correction.objects.create(
            article=article, text=text, created_at=now, created_by=user
        )
        article.correction = text
        article.updated_at = now
        article.save(update_fields=["correction", "updated_at"])
        bump_content_version()
    return correction
