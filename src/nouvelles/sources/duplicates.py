"""Duplicate checks against what is stored: exact (URL, content hash) and near (MinHash LSH).

The LSH index lives in the database (`NearDuplicateBand`: one row per article and band
key, `ArticleSignature`: the signature), so it survives restarts and every worker
process sees the articles the others stored.
"""

from __future__ import annotations

import hashlib

from nouvelles.articles.models import Article
from nouvelles.core.dedupe import band_keys, normalize_url, similarity
from nouvelles.sources.models import ArticleSignature, FeedItem, NearDuplicateBand

MAX_CANDIDATES = 200


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
    `find_same_url` and `find_same_content` in one query (ingestion asks it per article)."""
    by_url = (
        FeedItem.objects.filter(url_hash__in=[h for h in hashes if h], article__isnull=False)
        .order_by()
        .values_list("article_id")
    )
    by_content = Article.objects.filter(content_hash=content_hash).order_by().values_list("pk")
    return bool(list(by_url.union(by_content, all=True)[:1]))


def find_near_duplicate(signature: bytes | None, threshold: float) -> tuple[Article | None, float]:
    """The earliest stored article at least `threshold` similar, and the similarity."""
    if not signature:
        return None, 0.0
    # One query: the candidates sharing a band key, with their signatures.
    candidates = NearDuplicateBand.objects.filter(key__in=band_keys(signature)).values(
        "article_id"
    )[:MAX_CANDIDATES]
    rows = ArticleSignature.objects.filter(article_id__in=candidates).values_list(
        "article_id", "minhash"
    )
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
    if new:
        ArticleSignature.objects.create(article=article, minhash=signature)
    else:
        ArticleSignature.objects.update_or_create(article=article, defaults={"minhash": signature})
        NearDuplicateBand.objects.filter(article=article).delete()
    NearDuplicateBand.objects.bulk_create(
        NearDuplicateBand(key=key, article=article) for key in band_keys(signature)
    )
