"""Duplicate checks against what is stored: exact (URL, content hash) and near (MinHash LSH).

The LSH index lives in the database (`NearDuplicateBand`: one row per article and band
key, `ArticleSignature`: the signature), so it survives restarts and every worker
process sees the articles the others stored.
"""

from __future__ import annotations

import hashlib

from django.db import connection

from nouvelles.articles.models import Article
from nouvelles.core.dedupe import band_keys, normalize_url, similarity
from nouvelles.sources.models import ArticleSignature, FeedItem, NearDuplicateBand

MAX_CANDIDATES = 200
_KEY = '"key"'  # the band column, quoted: KEY is a keyword to some databases


def url_hash(url: str) -> str:
    normal = normalize_url(url)
    return hashlib.sha256(normal.encode()).hexdigest() if normal else ""


def find_same_url(hashes: list[str], exclude: FeedItem | None = None) -> FeedItem | None:
    """An already stored entry whose normalised URL (link or canonical) is one of these."""
    found = FeedItem.objects.filter(url_hash__in=[h for h in hashes if h], article__isnull=False)
    if exclude is not None and exclude.pk:
        found = found.exclude(pk=exclude.pk)
    return found.first()


def find_same_content(content_hash: str) -> Article | None:
    return Article.objects.filter(content_hash=content_hash).order_by("pk").first()


def has_exact_duplicate(hashes: list[str], content_hash: str) -> bool:
    """Is an entry with one of these URL hashes, or an article with this content, stored?
    `find_same_url` and `find_same_content` in one query (ingestion asks it per article;
    written in SQL: the ORM took longer to compile this union than the database to run it)."""
    hashes = [h for h in hashes if h] or [""]
    marks = ", ".join(["%s"] * len(hashes))
    sql = (
        f"SELECT 1 FROM {FeedItem._meta.db_table} "  # noqa: S608 - our table names, values bound
        f"WHERE url_hash IN ({marks}) AND article_id IS NOT NULL "
        f"UNION ALL SELECT 1 FROM {Article._meta.db_table} WHERE content_hash = %s LIMIT 1"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*hashes, content_hash])
        return cursor.fetchone() is not None


def find_near_duplicate(signature: bytes | None, threshold: float) -> tuple[Article | None, float]:
    """The earliest stored article at least `threshold` similar, and the similarity."""
    if not signature:
        return None, 0.0
    # One query: the candidates sharing a band key, with their signatures.
    keys = band_keys(signature)
    sql = (
        f"SELECT article_id, minhash FROM {ArticleSignature._meta.db_table} "  # noqa: S608
        f"WHERE article_id IN (SELECT article_id FROM {NearDuplicateBand._meta.db_table} "
        f"WHERE {_KEY} IN ({', '.join(['%s'] * len(keys))}) LIMIT {MAX_CANDIDATES})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, keys)
        rows = cursor.fetchall()
    best: tuple[float, int] | None = None
    for article_id, minhash in rows:
        score = similarity(bytes(minhash), signature)
        if score >= threshold and (best is None or (score, -article_id) > (best[0], -best[1])):
            best = (score, article_id)
    if best is None:
        return None, 0.0
    original = Article.objects.filter(pk=best[1]).first()
    # Point at the first of the chain, never at another duplicate.
    while original is not None and original.duplicate_of_id:
        original = original.duplicate_of
    return original, best[0]


def index_article(article: Article, signature: bytes | None, new: bool = False) -> None:
    """Add an article to the near-duplicate index (call inside the article's transaction)."""
    if not signature:
        return
    if not new:
        ArticleSignature.objects.filter(article=article).delete()
        NearDuplicateBand.objects.filter(article=article).delete()
    # Plain statements: 17 rows per article, on the hot path of ingestion.
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {ArticleSignature._meta.db_table} (article_id, minhash) "  # noqa: S608
            "VALUES (%s, %s)",
            [article.pk, signature],
        )
        cursor.executemany(
            f"INSERT INTO {NearDuplicateBand._meta.db_table} ({_KEY}, article_id) "  # noqa: S608
            "VALUES (%s, %s)",
            [(key, article.pk) for key in band_keys(signature)],
        )
