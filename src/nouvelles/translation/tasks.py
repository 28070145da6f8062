"""Background tasks: thin callers of translation.articles."""

from __future__ import annotations

import logging
from datetime import datetime

from django_tasks import default_task_backend, task

from nouvelles.articles.models import Article
from nouvelles.translation import articles as translation

logger = logging.getLogger(__name__)


@task()
def translate_article(article_id: int) -> str:
    """Translate one article; returns the error in words, or "" once done."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return "gone"
    return translation.translate_articles([article]).get(article_id, "")


@task()
def translate_pending() -> int:
    """Translate every article whose (re)try is due; the scheduler runs it periodically."""
    return len(translation.translate_pending())


def enqueue_translation(article: Article, run_after: datetime | None = None) -> None:
    """Queue the article's translation; a retry is deferred when the queue can defer.

    Queues that cannot defer (the immediate backend of tests) leave retries to
    `translate_pending`, which honours each job's next attempt time.
    """
    if run_after is not None:
        if not default_task_backend.supports_defer:
            return
        translate_article.using(run_after=run_after).enqueue(article.pk)
        return
    translate_article.enqueue(article.pk)
