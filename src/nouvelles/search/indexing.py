"""Keep the search index in step with published articles.

`index_article` runs inside the caller's transaction (signals call it on every
Article and Block save), so an article and its index row commit or roll back
together. Code that writes blocks in bulk (bulk_create/update skip signals)
saves the article afterwards, or calls `index_article` itself.
`reindex_articles` rebuilds everything (`nouvelles reindex`), in several
database connections at once where the backend does the work in the database
server (PostgreSQL's to_tsvector is most of the cost of a rebuild).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

from django.db import connection, connections, transaction

from nouvelles.articles.models import Article, Block
from nouvelles.search.backends import get_search_backend
from nouvelles.search.backends.base import IndexDocument

BATCH_SIZE = 2000
_FIELDS = ("id", "status", "title", "lead", "original_title", "original_lead")


def _document(
    pk: int, title: str, lead: str, original_title: str, original_lead: str, body: str
) -> IndexDocument:
    original = f"{original_title}\n{original_lead}" if original_title != title else ""
    return IndexDocument(article_id=pk, title=title, lead=lead, body=body, original=original)


def build_documents(article_ids: Iterable[int]) -> list[IndexDocument]:
    """Index documents for the published articles among `article_ids` (two queries)."""
    rows = list(
        Article.objects.filter(id__in=list(article_ids), status=Article.Status.PUBLISHED)
        .order_by()
        .values_list(*_FIELDS)
    )
    bodies: dict[int, list[str]] = defaultdict(list)
    blocks = (
        Block.objects.filter(article_id__in=[r[0] for r in rows])
        .order_by("article_id", "position")
        .values_list("article_id", "text")
    )
    for article_id, text in blocks:
        bodies[article_id].append(text)
    return [
        _document(pk, title, lead, original_title, original_lead, "\n".join(bodies[pk]))
        for pk, _status, title, lead, original_title, original_lead in rows
    ]


def _written_documents(article: Article) -> list[IndexDocument]:
    """The document of an article whose writer holds its blocks (`Article.written_blocks`),
    from memory: the instance is the article as it is being saved (no query)."""
    if article.status != Article.Status.PUBLISHED:
        return []
    blocks = sorted(article.written_blocks, key=lambda b: b.position)
    body = "\n".join(b.text for b in blocks)
    return [
        _document(
            article.pk, article.title, article.lead, article.original_title,
            article.original_lead, body,
        )
    ]  # fmt: skip


def index_article(article: Article | int) -> bool:
    """Index the article if it is published, else remove it; says whether it is indexed.

    Built from the database, or from the instance when its writer set `written_blocks`."""
    in_memory = (
        isinstance(article, Article)
        and article.written_blocks is not None
        and not article.get_deferred_fields()
    )
    pk = article if isinstance(article, int) else article.pk
    backend = get_search_backend()
    # No savepoint: inside the caller's transaction a failure here fails it all (the article
    # and its index row commit together); outside one, this is a transaction of its own.
    with transaction.atomic(savepoint=False):
        docs = _written_documents(article) if in_memory else build_documents([pk])
        if docs:
            backend.index_documents(docs)
        else:
            backend.remove_documents([pk])
    return bool(docs)


def remove_article(article_id: int) -> None:
    get_search_backend().remove_documents([article_id])


def _index_batch(article_ids: list[int]) -> int:
    with transaction.atomic():
        docs = build_documents(article_ids)
        get_search_backend().index_documents(docs)
    return len(docs)


def _index_batch_in_thread(article_ids: list[int]) -> int:
    try:
        return _index_batch(article_ids)
    finally:
        connections.close_all()  # this thread's connections only


def reindex_articles(
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> int:
    """Rebuild the index from the database, batch by batch; returns articles indexed.

    Each batch commits on its own, so searches keep working during a rebuild
    (an article is replaced, never missing); stale rows are dropped at the end,
    then the backend tidies its index (`BaseSearchBackend.after_rebuild`).
    `workers` batches run at once, each in its own connection (default: the
    backend's `index_workers`); inside a transaction (whose rows other
    connections cannot see) batches run one by one.
    """
    backend = get_search_backend()
    ids = list(
        Article.objects.filter(status=Article.Status.PUBLISHED)
        .order_by("id")
        .values_list("id", flat=True)
    )
    batches = [ids[start : start + batch_size] for start in range(0, len(ids), batch_size)]
    workers = backend.index_workers if workers is None else workers
    done = 0
    if workers > 1 and len(batches) > 1 and not connection.in_atomic_block:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for count in pool.map(_index_batch_in_thread, batches):
                done += count
                if progress:
                    progress(done)
    else:
        for batch in batches:
            done += _index_batch(batch)
            if progress:
                progress(done)
    with transaction.atomic():
        stale = backend.indexed_ids() - set(ids)
        backend.remove_documents(stale)
    backend.after_rebuild()
    return done
