"""PostgreSQL backend: `french` text search over unaccented text, ts_rank_cd times freshness.

Migration 0001 (PostgreSQL only) creates the `unaccent` extension, the
immutable wrapper `nouvelles_unaccent(text)` (unaccent itself is only STABLE,
so it cannot be used in stored or indexed expressions) and the table
`search_document(article_id, document tsvector)` with a GIN index. Queries
pass each word and phrase as a bound parameter to plainto_tsquery /
phraseto_tsquery: reader text is never tsquery syntax.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from django.db import connection

from nouvelles.core.search_query import SearchQuery
from nouvelles.search.backends.base import (
    BaseSearchBackend,
    Candidate,
    IndexDocument,
    SearchFilters,
)

CONFIG = "french"
DOCUMENT_SQL = (
    "setweight(to_tsvector('french', nouvelles_unaccent(%s)), 'A') || "
    "setweight(to_tsvector('french', nouvelles_unaccent(%s)), 'B') || "
    "setweight(to_tsvector('french', nouvelles_unaccent(%s)), 'C') || "
    "setweight(to_tsvector('french', nouvelles_unaccent(%s)), 'D')"
)


def build_tsquery(query: SearchQuery) -> tuple[str, list[str]]:
    """SQL for the tsquery (all words and phrases required) and its parameters."""
    parts = ["plainto_tsquery('french', nouvelles_unaccent(%s))"] * len(query.words)
    parts += ["phraseto_tsquery('french', nouvelles_unaccent(%s))"] * len(query.phrases)
    params = [*query.words, *(" ".join(p) for p in query.phrases)]
    return " && ".join(parts), params


class PostgresBackend(BaseSearchBackend):
    def index_documents(self, documents: Sequence[IndexDocument]) -> None:
        if not documents:
            return
        rows = [(d.article_id, d.title, d.lead, d.body, d.original) for d in documents]
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_document (article_id, document) "  # noqa: S608
                f"VALUES (%s, {DOCUMENT_SQL}) "
                "ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document",
                rows,
            )

    def remove_documents(self, article_ids: Iterable[int]) -> None:
        ids = [int(i) for i in article_ids]
        if ids:
            with connection.cursor() as cursor:
                cursor.execute("DELETE FROM search_document WHERE article_id = ANY(%s)", [ids])

    def indexed_ids(self) -> set[int]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT article_id FROM search_document")
            return {row[0] for row in cursor.fetchall()}

    def find_candidates(
        self, query: SearchQuery, filters: SearchFilters, now: datetime, limit: int
    ) -> list[Candidate]:
        tsquery, tsquery_params = build_tsquery(query)
        where, params = self.filter_sql(filters, now)
        # The newest `limit` matches first; ts_rank_cd runs on those rows only.
        sql = (
            f"SELECT c.id, ts_rank_cd(c.document, c.query), "  # noqa: S608
            "EXTRACT(EPOCH FROM (%s - c.published_at)) / 86400.0 FROM ("
            "SELECT a.id, a.published_at, d.document, q.query "
            f"FROM search_document d JOIN articles_article a ON a.id = d.article_id, "
            f"(SELECT {tsquery} AS query) q "
            f"WHERE d.document @@ q.query AND {where} "
            "ORDER BY d.article_id DESC LIMIT %s) c"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [now, *tsquery_params, *params, limit])
            return [
                Candidate(pk, float(relevance), float(age))
                for pk, relevance, age in cursor.fetchall()
            ]
