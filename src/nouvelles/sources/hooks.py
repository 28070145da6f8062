"""Extension point: what other apps hook on after ingestion stores an article.

Connect a receiver to `article_ingested` (the translation app queues a translation
when `article.translation_state == "pending"`, the related/story apps index it):

    from nouvelles.sources.hooks import article_ingested

    @receiver(article_ingested)
    def on_ingested(sender, article, created, **kwargs): ...

The signal is sent once the article's transaction has committed, for new articles
(created=True) and for articles updated upstream or re-extracted (created=False).
Receivers must not raise: an exception is logged and the others still run.
"""

from __future__ import annotations

import logging

from django.dispatch import Signal

logger = logging.getLogger("nouvelles.ingest")

article_ingested = Signal()


def article_stored(article, created: bool) -> None:
    """Announce a stored article to every receiver of `article_ingested`."""
    results = article_ingested.send_robust(
        sender=type(article), article=article, created=created, source=article.source
    )
    for receiver, result in results:
        if isinstance(result, Exception):
            logger.error("article_ingested receiver %s failed: %s", receiver, result)
