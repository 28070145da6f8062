"""Search published articles: the one function the search page (and anything else) calls."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from nouvelles.articles.models import Article, Block
from nouvelles.core.search_query import SearchQuery, parse_query
from nouvelles.core.snippets import build_snippet, highlight_text
from nouvelles.search.backends import get_search_backend
from nouvelles.search.backends.base import SearchFilters

logger = logging.getLogger("nouvelles.search")
SNIPPET_SOURCE_CHARS = 2000


@dataclass
class SearchHit:
    article: Article
    title_html: SafeString
    snippet_html: SafeString


@dataclass
class SearchResults:
    query: SearchQuery
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    total_is_capped: bool = False
    page: int = 1
    page_size: int = 20
    messages: list[str] = field(default_factory=list)
    failed: bool = False

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    @property
    def first_number(self) -> int:
        return (self.page - 1) * self.page_size + 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def _hits(ids: list[int], query: SearchQuery) -> list[SearchHit]:
    articles = (
        Article.objects.filter(id__in=ids)
        .select_related("category", "source")
        .only(
            "id", "title", "slug", "lead", "published_at", "category__name",
            "category__slug", "source__name",
        )
    )  # fmt: skip
    by_id = {a.id: a for a in articles}
    bodies: dict[int, list[str]] = defaultdict(list)
    for article_id, text in (
        Block.objects.filter(article_id__in=ids)
        .order_by("article_id", "position")
        .values_list("article_id", "text")
    ):
        bodies[article_id].append(text)
    stems = query.highlight_stems()
    hits = []
    for pk in ids:
        article = by_id.get(pk)
        if article is None:
            continue  # deleted between the two queries
        # The snippet comes from the first SNIPPET_SOURCE_CHARS: enough for the
        # lead and first paragraphs, and it bounds the work per result.
        text = "\n".join([article.lead, *bodies[pk]])[:SNIPPET_SOURCE_CHARS]
        hits.append(
            SearchHit(
                article=article,
                # Both helpers escape the text themselves; only <mark> is markup.
                title_html=mark_safe(highlight_text(article.title, stems)),
                snippet_html=mark_safe(build_snippet(text, stems)),
            )
        )
    return hits


def search_articles(
    text: str, filters: SearchFilters | None = None, page: int = 1, page_size: int | None = None
) -> SearchResults:
    """Published articles matching `text` and `filters`, best first, one page of them.

    Never raises on reader input: an unusable query gives an empty result with
    a message, and a database failure is logged and reported in words.
    """
    query = parse_query(text)
    page_size = page_size or settings.NOUVELLES_SEARCH_PAGE_SIZE
    limit_total = settings.NOUVELLES_SEARCH_MAX_RESULTS
    page = max(1, min(page, max(1, -(-limit_total // page_size))))
    results = SearchResults(query=query, page=page, page_size=page_size)
    if query.truncated:
        results.messages.append(_("Your search was long: only its beginning was used."))
    if query.is_empty:
        return results
    try:
        found = get_search_backend().search(
            query,
            filters or SearchFilters(),
            now=timezone.now(),
            offset=(page - 1) * page_size,
            limit=page_size,
            limit_total=limit_total,
        )
        results.hits = _hits(found.ids, query)
    except DatabaseError:
        logger.exception("search failed for %r", query)
        results.failed = True
        results.messages.append(_("Search is unavailable right now. Please try again later."))
        return results
    results.total, results.total_is_capped = found.total, found.total_is_capped
    if not results.hits and results.total and page > results.num_pages:
        # Asked for a page past the end: show the last one.
        return search_articles(text, filters, results.num_pages, page_size)
    return results
