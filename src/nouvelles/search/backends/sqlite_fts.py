"""SQLite FTS5 backend: our stemmed tokens in an FTS5 table, bm25 times freshness.

The table `search_articlefts` (created by migration 0001 on SQLite only) holds
one row per published article, rowid = article id, each field as the stemmed
text from `nouvelles.core.stemming` (accents folded, plurals trimmed). Queries
are stemmed the same way and written as FTS5 strings ("word"), so operators,
quotes or parentheses typed by a reader are never FTS5 syntax.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from django.db import connection

from nouvelles.core.search_query import SearchQuery
from nouvelles.core.stemming import stem_text
from nouvelles.search.backends.base import (
    BaseSearchBackend,
    Candidate,
    IndexDocument,
    SearchFilters,
)

TABLE = "search_articlefts"
# bm25 weights of the columns: title, lead, body, original.
WEIGHTS = (8.0, 3.0, 1.0, 1.0)


def build_match_expression(query: SearchQuery) -> str:
    """An FTS5 MATCH string: every stemmed word and phrase, all required.

    Words contain only letters and digits (see parse_query), so wrapping each
    in double quotes makes it a plain FTS5 string whatever the reader typed.
    """
    parts = [f'"{stem}"' for stem in query.stems]
    parts += ['"' + " ".join(phrase) + '"' for phrase in query.phrase_stems]
    return " ".join(parts)


class SqliteFtsBackend(BaseSearchBackend):
    def index_documents(self, documents: Sequence[IndexDocument]) -> None:
        if not documents:
            return
        self.remove_documents(d.article_id for d in documents)
        rows = [
            (d.article_id, stem_text(d.title), stem_text(d.lead), stem_text(d.body),
             stem_text(d.original))
            for d in documents
        ]  # fmt: skip
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, title, lead, body, original) "  # noqa: S608
                "VALUES (%s, %s, %s, %s, %s)",
                rows,
            )

    def remove_documents(self, article_ids: Iterable[int]) -> None:
        ids = [(int(i),) for i in article_ids]
        if ids:
            with connection.cursor() as cursor:
                cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", ids)  # noqa: S608

    def indexed_ids(self) -> set[int]:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {TABLE}")  # noqa: S608
            return {row[0] for row in cursor.fetchall()}

    def find_candidates(
        self, query: SearchQuery, filters: SearchFilters, now: datetime, limit: int
    ) -> list[Candidate]:
        match = build_match_expression(query)
        where, params = self.filter_sql(filters, now)
        weights = ", ".join(str(w) for w in WEIGHTS)
        # FTS5 walks its rowids (= article ids) backwards and stops at `limit`,
        # so bm25 is computed for those rows only. CROSS JOIN keeps FTS5 as the
        # outer loop: with a plain JOIN SQLite may scan every published article
        # and run MATCH once per row (seconds on a large site).
        sql = (
            f"SELECT a.id, -bm25({TABLE}, {weights}), "  # noqa: S608
            "julianday(%s) - julianday(a.published_at) "
            f"FROM {TABLE} f CROSS JOIN articles_article a ON a.id = f.rowid "
            f"WHERE {TABLE} MATCH %s AND {where} ORDER BY f.rowid DESC LIMIT %s"
        )
        adapt = connection.ops.adapt_datetimefield_value
        with connection.cursor() as cursor:
            cursor.execute(sql, [adapt(now), match, *params, limit])
            return [Candidate(*row) for row in cursor.fetchall()]
