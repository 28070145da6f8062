"""Background tasks of the articles app."""

from __future__ import annotations

import logging

from django_tasks import task

from nouvelles.articles.models import Article
from nouvelles.articles.publish import announce_published

logger = logging.getLogger(__name__)


@task()
def announce_published_articles(article_ids: list[int]) -> int:
    """Run what follows publication (story clustering, "Lire aussi", ...: every receiver of
    `article_published`) for articles published without it; ingestion queues this once per
    batch of stored articles, after their transactions committed. Returns how many were
    announced (articles unpublished or deleted meanwhile are skipped)."""
    done = 0
    for article in Article.objects.filter(pk__in=article_ids).order_by("pk"):
        if article.status != Article.Status.PUBLISHED:
            continue
        try:
            announce_published(article)
            done += 1
        except Exception:  # one article's followers never stop the others'
            logger.exception("announcing article %s failed", article.pk)
    return done
