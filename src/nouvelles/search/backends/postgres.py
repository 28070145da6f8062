"""PostgreSQL backend: `french` text search over unaccented text, ts_rank_cd times freshness.

Migration 0001 (PostgreSQL only) creates the `unaccent` extension, the
immutable wrapper `nouvelles_unaccent(text)` (unaccent itself is only STABLE,
so it cannot be used in stored or indexed expressions) and the table
`search_document(article_id, document tsvector)` with a GIN index. Queries
pass each word and phrase as a bound parameter to plainto_tsquery /
phraseto_tsquery: reader text is never tsquery syntax. Candidates (the newest
matches) are read in windows of recent ids, then ranked: see `find_candidates`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import datetime

from django.db import connection, transaction

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

# The first window of recent ids searched holds WINDOW_FACTOR x limit ids.
WINDOW_FACTOR = 4
# Without reader filters, this many matches beyond the limit are fetched, for
# indexed articles that the article conditions drop (scheduled, unpublished).
SLACK = 50
# Planner settings for the window queries: bitmap scans only (see
# find_candidates); no JIT compilation (with the other scans off the planner's
# cost figures are huge and would trigger it for a few-ms query) and no
# parallel workers (starting them costs more than these queries).
WINDOW_PLANNER = {
    "enable_indexscan": "off",
    "enable_seqscan": "off",
    "jit": "off",
    "max_parallel_workers_per_gather": "0",
}


def set_local(cursor, settings: dict[str, str | None]) -> None:
    """SET LOCAL each setting (None: back to its default) in one round trip.

    SET LOCAL lasts until the transaction ends: callers run inside
    `transaction.atomic()` and set the values back when the transaction goes on.
    Names and values are constants of this module, never reader input.
    """
    cursor.execute(
        "; ".join(
            f"SET LOCAL {name} TO {'DEFAULT' if value is None else value}"
            for name, value in settings.items()
        )
    )


def build_tsquery(query: SearchQuery) -> tuple[str, list[str]]:
    """SQL for the tsquery (all words and phrases required) and its parameters."""
    parts = ["plainto_tsquery('french', nouvelles_unaccent(%s))"] * len(query.words)
    parts += ["phraseto_tsquery('french', nouvelles_unaccent(%s))"] * len(query.phrases)
    params = [*query.words, *(" ".join(p) for p in query.phrases)]
    return " && ".join(parts), params


class PostgresBackend(BaseSearchBackend):
    # to_tsvector runs in the server: two connections keep two of its cores busy.
    index_workers = max(1, min(4, os.cpu_count() or 1))

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

    def after_rebuild(self) -> None:
        """Clean up after a rebuild: VACUUM ANALYZE (or ANALYZE inside a transaction).

        A rebuild replaces every row, leaving as many dead tuples (and GIN
        entries for them) that every search would step over until autovacuum
        comes; VACUUM also merges the GIN pending list, and the window sizes and
        plans rest on fresh statistics. VACUUM cannot run in a transaction: there
        ANALYZE is run and the GIN pending list merged (autovacuum does the rest).
        """
        with connection.cursor() as cursor:
            if connection.in_atomic_block:
                cursor.execute("SELECT gin_clean_pending_list('search_document_gin'::regclass)")
                cursor.execute("ANALYZE search_document")
            else:
                cursor.execute("VACUUM (ANALYZE) search_document")

    def find_candidates(
        self, query: SearchQuery, filters: SearchFilters, now: datetime, limit: int
    ) -> list[Candidate]:
        """The newest `limit` matches, found in windows of recent article ids.

        Walking the id index backwards and testing `@@` on each row reads every
        row's tsvector from TOAST (hundreds of ms for mid-frequency words), and a
        bitmap of all the matches of a frequent word visits most of the table. So
        the GIN bitmap is intersected with a bitmap of the newest ids (BitmapAnd):
        a window of WINDOW_FACTOR x `limit` ids first, widened by the match rate
        seen so far until enough rows match or the window covers every id. The
        planner is held to bitmap scans: its costs do not count the detoasting
        and would otherwise pick the backward walk. Without reader filters the
        windows read search_document only (every row there is a published
        article, unless articles changed without signals or are scheduled), and
        the article conditions are applied once, to `limit` + SLACK rows.
        """
        tsquery, tsquery_params = build_tsquery(query)
        where, params = self.filter_sql(filters, now)
        join = (
            "" if filters == SearchFilters() else "JOIN articles_article a ON a.id = d.article_id "
        )
        nested = connection.in_atomic_block
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT max(article_id), min(article_id) FROM search_document")
            newest, oldest = cursor.fetchone()
            if newest is None:
                return []
            wanted = limit + (SLACK if not join else 0)
            span = WINDOW_FACTOR * wanted
            set_local(cursor, WINDOW_PLANNER)
            while True:
                floor = max(newest - span, oldest - 1)
                cursor.execute(
                    f"SELECT d.article_id FROM search_document d {join}"  # noqa: S608
                    f"WHERE d.document @@ ({tsquery}) AND d.article_id > %s "
                    f"{'AND ' + where if join else ''} "
                    "ORDER BY d.article_id DESC LIMIT %s",
                    [*tsquery_params, floor, *(params if join else []), wanted],
                )
                ids = [row[0] for row in cursor.fetchall()]
                if len(ids) >= wanted or floor < oldest:
                    break
                # Widen by the match rate seen so far (x2 to x16).
                span = int(span * min(16.0, max(2.0, 1.5 * wanted / max(len(ids), 1))))
            # Ranking fetches rows by id: index scans are right there.
            set_local(cursor, {"enable_indexscan": None, "enable_seqscan": None})
            rows = self._ranked(cursor, tsquery, tsquery_params, ids, where, params, now)
            if nested:
                set_local(cursor, dict.fromkeys(WINDOW_PLANNER))
        if not join and len(ids) >= wanted and len(rows) < limit:
            # More than SLACK of the newest matches are not (or not yet) published.
            return self._find_candidates_joined(query, filters, now, limit)
        return rows[:limit]

    @staticmethod
    def _ranked(cursor, tsquery, tsquery_params, ids, where, params, now) -> list[Candidate]:
        """Candidates among `ids` that pass the article conditions, newest first."""
        if not ids:
            return []
        cursor.execute(
            # float8, not numeric: a thousand Decimals cost more than the query.
            "SELECT d.article_id, ts_rank_cd(d.document, q.query)::float8, "  # noqa: S608
            "EXTRACT(EPOCH FROM (%s - a.published_at))::float8 / 86400.0 "
            "FROM search_document d JOIN articles_article a ON a.id = d.article_id, "
            f"(SELECT {tsquery} AS query) q "
            f"WHERE d.article_id = ANY(%s) AND {where} ORDER BY d.article_id DESC",
            [now, *tsquery_params, ids, *params],
        )
        return [Candidate(*row) for row in cursor.fetchall()]

    def _find_candidates_joined(
        self, query: SearchQuery, filters: SearchFilters, now: datetime, limit: int
    ) -> list[Candidate]:
        """One query over every match, joined to the articles (the slow, sure way)."""
        tsquery, tsquery_params = build_tsquery(query)
        where, params = self.filter_sql(filters, now)
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
