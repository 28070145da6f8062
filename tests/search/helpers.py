"""Articles with chosen text, indexed as a real publication would index them."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from nouvelles.search.indexing import index_article
from tests.factories import ArticleFactory


def make_article(title: str, body: str = "", lead: str = "", days_old: float = 1, **kwargs):
    """A published article (body = one paragraph per line), indexed with its blocks.

    The factory bulk-creates blocks (no signal), so it is indexed again after,
    as publishing code does.
    """
    kwargs.setdefault("published_at", timezone.now() - timedelta(days=days_old))
    blocks = [("paragraph", line, line, {}) for line in body.splitlines() if line.strip()]
    article = ArticleFactory(
        title=title, lead=lead, original_title=title, blocks=blocks or None, **kwargs
    )
    index_article(article)
    return article
