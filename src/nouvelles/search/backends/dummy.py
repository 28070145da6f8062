"""A recording backend for glue tests: keeps documents in memory, matches on stems."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from nouvelles.articles.models import Article
from nouvelles.core.search_query import SearchQuery
from nouvelles.core.stemming import stem_words
from nouvelles.search.backends.base import (
    BaseSearchBackend,
    IndexDocument,
    SearchFilters,
    SearchPage,
)


class DummyBackend(BaseSearchBackend):
    supports_phrases = False

    def __init__(self, options: dict | None = None) -> None:
        super().__init__(options)
        self.documents: dict[int, IndexDocument] = {}
        self.calls: list[tuple[str, list[int]]] = []

    def index_documents(self, documents: Sequence[IndexDocument]) -> None:
        self.calls.append(("index", [d.article_id for d in documents]))
        for d in documents:
            self.documents[d.article_id] = d

    def remove_documents(self, article_ids: Iterable[int]) -> None:
        ids = list(article_ids)
        self.calls.append(("remove", ids))
        for i in ids:
            self.documents.pop(i, None)

    def indexed_ids(self) -> set[int]:
        return set(self.documents)

    def find_candidates(self, query, filters, now, limit):  # search() is overridden
        raise NotImplementedError

    def search(
        self,
        query: SearchQuery,
        filters: SearchFilters,
        now: datetime,
        offset: int,
        limit: int,
        limit_total: int,
    ) -> SearchPage:
        wanted = set(query.stems) | {s for p in query.phrase_stems for s in p}
        matching = [
            d.article_id
            for d in self.documents.values()
            if wanted and wanted <= set(stem_words(f"{d.title} {d.lead} {d.body} {d.original}"))
        ]
        qs = Article.objects.published().filter(id__in=matching)
        if filters.category_id:
            qs = qs.filter(category_id=filters.category_id)
        if filters.source_id:
            qs = qs.filter(source_id=filters.source_id)
        if filters.original_language:
            qs = qs.filter(original_language=filters.original_language)
        if filters.date_from:
            qs = qs.filter(published_at__gte=filters.date_from)
        if filters.date_to:
            qs = qs.filter(published_at__lt=filters.date_to)
        ids = list(qs.order_by("-published_at", "-id").values_list("id", flat=True)[:limit_total])
        return SearchPage(ids=ids[offset : offset + limit], total=len(ids))
