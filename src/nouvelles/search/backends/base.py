"""The search backend interface: one index of published articles, one query method.

Backends are chosen by `NOUVELLES_SEARCH_BACKEND` (empty: by the database
engine). They receive documents already split into fields and queries already
parsed into plain words (`nouvelles.core.search_query`): no backend ever puts
reader text into its query language as syntax.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from django.conf import settings
from django.db import connection

from nouvelles.core.search_query import SearchQuery


@dataclass(frozen=True)
class IndexDocument:
    """The searchable text of one article, by field (most to least important)."""

    article_id: int
    title: str
    lead: str = ""
    body: str = ""
    original: str = ""


@dataclass(frozen=True)
class SearchFilters:
    category_id: int | None = None
    source_id: int | None = None
    original_language: str = ""
    date_from: datetime | None = None
    date_to: datetime | None = None


class Candidate(NamedTuple):
    """One match as an engine scores it: higher relevance is better.

    A named tuple: a search builds a thousand of them, and a frozen dataclass
    takes several milliseconds to do that.
    """

    article_id: int
    relevance: float
    age_days: float


@dataclass(frozen=True)
class SearchPage:
    """Article ids, best first, and how many matched (counted up to `limit_total`)."""

    ids: list[int]
    total: int
    total_is_capped: bool = False


class BaseSearchBackend(ABC):
    supports_phrases: bool = True
    """Are "quoted phrases" matched as consecutive words (not as separate words)?"""

    supports_stemming: bool = True
    """Does "élection" find "élections" (plural and feminine forms)?"""

    index_workers: int = 1
    """Batches `reindex_articles` indexes at once, each in its own connection."""

    def __init__(self, options: dict | None = None) -> None:
        self.options = options or {}

    @abstractmethod
    def index_documents(self, documents: Sequence[IndexDocument]) -> None:
        """Add or replace these articles in the index (within the caller's transaction)."""

    @abstractmethod
    def remove_documents(self, article_ids: Iterable[int]) -> None:
        """Remove these articles from the index (unknown ids are ignored)."""

    @abstractmethod
    def indexed_ids(self) -> set[int]:
        """Every article id in the index (used by reindex to drop stale rows)."""

    def after_rebuild(self) -> None:
        """Tidy the index after `reindex_articles` rewrote it (statistics, merges)."""
        return None

    @abstractmethod
    def find_candidates(
        self, query: SearchQuery, filters: SearchFilters, now: datetime, limit: int
    ) -> list[Candidate]:
        """Up to `limit` published matches, newest (highest article id) first."""

    def search(
        self,
        query: SearchQuery,
        filters: SearchFilters,
        now: datetime,
        offset: int,
        limit: int,
        limit_total: int,
    ) -> SearchPage:
        """Published articles matching `query` and `filters`, by relevance and freshness.

        Candidates are the newest `limit_total` matches (one query, so a broad
        query costs the same as a narrow one); their relevance is multiplied by
        1 + W / (1 + age_in_days / D), W and D from the NOUVELLES_SEARCH_FRESHNESS_* settings.
        """
        if query.is_empty:
            return SearchPage(ids=[], total=0)
        rows = self.find_candidates(query, filters, now, limit_total + 1)
        capped = len(rows) > limit_total
        rows = rows[:limit_total]
        weight, days = self.freshness_weight, max(self.freshness_days, 0.001)

        def rank(c: Candidate) -> tuple[float, float, int]:
            age = max(c.age_days, 0.0)
            return (-c.relevance * (1.0 + weight / (1.0 + age / days)), age, -c.article_id)

        ranked = sorted(rows, key=rank)
        return SearchPage(
            ids=[c.article_id for c in ranked[offset : offset + limit]],
            total=len(rows),
            total_is_capped=capped,
        )

    # Shared helpers ---------------------------------------------------------

    @property
    def freshness_days(self) -> float:
        return float(settings.NOUVELLES_SEARCH_FRESHNESS_DAYS)

    @property
    def freshness_weight(self) -> float:
        return float(settings.NOUVELLES_SEARCH_FRESHNESS_WEIGHT)

    @staticmethod
    def filter_sql(filters: SearchFilters, now: datetime) -> tuple[str, list]:
        """SQL conditions on the article table (aliased `a`) for published + filters."""
        adapt = connection.ops.adapt_datetimefield_value
        sql = ["a.status = %s", "a.published_at <= %s"]
        params: list = ["published", adapt(now)]
        if filters.category_id:
            sql.append("a.category_id = %s")
            params.append(filters.category_id)
        if filters.source_id:
            sql.append("a.source_id = %s")
            params.append(filters.source_id)
        if filters.original_language:
            sql.append("a.original_language = %s")
            params.append(filters.original_language)
        if filters.date_from:
            sql.append("a.published_at >= %s")
            params.append(adapt(filters.date_from))
        if filters.date_to:
            sql.append("a.published_at < %s")
            params.append(adapt(filters.date_to))
        return " AND ".join(sql), params
