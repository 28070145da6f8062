"""Follow publication: cluster the article into its story and refresh "Lire aussi"."""

from __future__ import annotations

import logging

from django.db import transaction

from nouvelles.articles.models import Article
from nouvelles.related.index import update_related
from nouvelles.related.stories import assign_story, refresh_story

logger = logging.getLogger(__name__)


def on_article_published(sender, article: Article, **kwargs) -> None:
    """Assign the story and related links; a failure is logged and never blocks publishing."""
    try:
        with transaction.atomic():  # a savepoint: a failure here leaves the publication intact
            assign_story(article)
            update_related(article)
    except Exception:
        logger.exception("story/related update failed for article %s", article.pk)


def on_article_unpublished(sender, article: Article, **kwargs) -> None:
    """Recount the article's story (unpublished articles leave counts and "Lire aussi")."""
    if article.story_id is None:
        return
    try:
        with transaction.atomic():
            refresh_story(article.story)
    except Exception:
        logger.exception("story refresh failed for article %s", article.pk)
