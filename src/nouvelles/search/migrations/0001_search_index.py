"""The search index tables: FTS5 on SQLite, tsvector + unaccent on PostgreSQL.

Each operation runs only on its engine (other engines skip it).
"""

from django.db import migrations

SQLITE_CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_articlefts USING fts5("
    "title, lead, body, original, tokenize = 'unicode61 remove_diacritics 2')"
)
SQLITE_DROP = "DROP TABLE IF EXISTS search_articlefts"

POSTGRES_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # unaccent() is STABLE; an IMMUTABLE wrapper naming its dictionary can be indexed.
    "CREATE OR REPLACE FUNCTION nouvelles_unaccent(text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
    "AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$",
    # No FOREIGN KEY: Django's flush (tests, `nouvelles flush`) truncates managed tables
    # only, and a reference from this raw table would block it. Rows are removed by the
    # post_delete handler in search/signals.py and queries join on articles_article.
    "CREATE TABLE IF NOT EXISTS search_document ("
    " article_id bigint PRIMARY KEY,"
    " document tsvector NOT NULL)",
    "CREATE INDEX IF NOT EXISTS search_document_gin ON search_document USING gin (document)",
]
POSTGRES_DROP = [
    "DROP TABLE IF EXISTS search_document",
    "DROP FUNCTION IF EXISTS nouvelles_unaccent(text)",
]


def run_on(vendor, statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != vendor:
            return
        for sql in [statements] if isinstance(statements, str) else statements:
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_initial")]

    operations = [
        migrations.RunPython(run_on("sqlite", SQLITE_CREATE), run_on("sqlite", SQLITE_DROP)),
        migrations.RunPython(
            run_on("postgresql", POSTGRES_CREATE), run_on("postgresql", POSTGRES_DROP)
        ),
    ]
