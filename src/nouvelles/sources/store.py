"""Writing articles: one transaction per article, never half an article.

`save_new_article` and `update_article` are the only writers of ingested articles;
ingestion and `reextract` both call them. Blocks an editor changed (`edited=True`) are
never overwritten.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from nouvelles.articles.models import Article, Author, Block, Category
from nouvelles.articles.publish import publish_article
from nouvelles.core.types import BlockKind, ExtractedArticle
from nouvelles.sources import hooks
from nouvelles.sources.duplicates import index_article
from nouvelles.sources.models import FeedItem, RawPage, Source


@dataclass(slots=True)
class Analysis:
    """What the pipeline learnt about one extracted article before storing it."""

    language: str
    content_hash: str
    signature: bytes | None
    duplicate_of: Article | None = None
    similarity: float = 0.0


def _author(name: str, known: dict[str, Author] | None = None) -> Author | None:
    """The Author row for a byline, created when new. `known` (slug -> Author) remembers the
    committed ones across the articles of one ingestion run: a source has few bylines."""
    name = name.strip()[:200]
    slug = slugify(name)[:200]
    if not slug:
        return None
    author = known.get(slug) if known is not None else None
    if author is None:
        author = Author.objects.filter(slug=slug).first()
    if author is None:
        with transaction.atomic():  # a savepoint: a concurrent insert is not fatal
            author, _created = Author.objects.get_or_create(slug=slug, defaults={"name": name})
    if known is not None:
        transaction.on_commit(lambda: known.setdefault(slug, author))  # only once it exists
    return author


def _category(source: Source, feed_categories: list[str]) -> Category | None:
    for name in feed_categories:
        slug = (source.category_map or {}).get(name)
        if slug:
            found = Category.objects.filter(slug=slug).first()
            if found:
                return found
    return source.default_category


def _slug(title: str, source: Source, key: str) -> str:
    digest = hashlib.sha1(f"{source.pk}:{key}".encode(), usedforsecurity=False).hexdigest()[:8]
    return f"{slugify(title)[:180].strip('-') or 'article'}-{digest}"


def keeps_raw_html() -> bool:
    return settings.NOUVELLES_RAW_HTML_RETENTION_DAYS > 0


def pack_html(html: str) -> bytes:
    """The raw page as stored in `RawPage.html` (zlib). Ingestion packs pages in its fetching
    threads, where compressing does not hold up extraction (zlib releases the GIL)."""
    return pack_utf8(html.encode()) if html else b""


def pack_utf8(html: bytes) -> bytes:
    """`pack_html` for a page already encoded in UTF-8."""
    return zlib.compress(html, 6) if html else b""


def _keep_raw(article: Article, url: str, packed: bytes, new: bool = False) -> None:
    if not packed or not keeps_raw_html():
        return
    fields = {"url": url[:2000], "html": packed, "fetched_at": timezone.now()}
    if new:
        RawPage.objects.create(article=article, **fields)
    else:
        RawPage.objects.update_or_create(article=article, defaults=fields)


def raw_html(page: RawPage) -> str:
    return zlib.decompress(bytes(page.html)).decode()


def _apply_extracted(article: Article, extracted: ExtractedArticle, analysis: Analysis) -> None:
    now = timezone.now()
    article.original_title = extracted.title[:500]
    article.original_lead = extracted.lead
    article.original_language = analysis.language
    article.original_published_at = extracted.published_at or article.original_published_at or now
    article.original_updated_at = extracted.updated_at
    article.canonical_url = (extracted.canonical_url or extracted.url)[:2000]
    article.original_url = article.original_url or extracted.url[:2000]
    article.content_hash = analysis.content_hash
    if extracted.image:
        article.image_url = extracted.image.src[:2000]
        article.image_caption = extracted.image.caption[:500]
        article.image_alt = extracted.image.alt[:500]
        article.image_credit = extracted.image.credit[:300]
    site_language = settings.NOUVELLES_SITE_LANGUAGE
    if analysis.language and analysis.language != site_language:
        article.translation_state = Article.TranslationState.PENDING
        if not article.pk or not article.machine_translated:
            article.title, article.lead, article.language = (
                article.original_title,
                article.original_lead,
                analysis.language,
            )
    else:
        article.translation_state = Article.TranslationState.NOT_NEEDED
        article.title, article.lead = article.original_title, article.original_lead
        article.language = analysis.language or site_language
    article.title = article.title or extracted.url[:500]
    article.updated_at = now


def _write_blocks(article: Article, extracted: ExtractedArticle, new: bool = False) -> list[Block]:
    """Replace the article's blocks, keeping edited ones where they are. A block whose original
    did not change keeps its published text (a translation is not thrown away). Returns the
    blocks written (all of the article's blocks when `new`)."""
    old = [] if new else list(article.blocks.all())
    edited = {b.position: b for b in old if b.edited}
    previous = {b.original_text: b.text for b in old if not b.edited and b.original_text}
    if old:
        Block.objects.filter(article=article, edited=False).delete()
    new_blocks = []
    position = 0
    for data in extracted.blocks:
        while position in edited:
            position += 1
        text = data.text
        new_blocks.append(
            Block(
                article=article,
                position=position,
                kind=str(data.kind),
                text=previous.get(text, text),
                original_text=text,
                attrs=dict(data.attrs),
            )
        )
        position += 1
    Block.objects.bulk_create(new_blocks)
    return new_blocks


def _decide_publication(
    article: Article, source: Source, duplicate: bool, announce: bool = True
) -> None:
    if duplicate:
        article.status = Article.Status.DUPLICATE
        article.save(update_fields=["status"])
        return
    waiting = (
        article.translation_state == Article.TranslationState.PENDING
        and source.translation_policy == Source.TranslationPolicy.WAIT
    )
    if waiting:
        return  # stays a draft: the translation app publishes it once translated
    if source.publish_mode == Source.PublishMode.AUTO:
        publish_article(article, announce=announce)
    else:
        article.status = Article.Status.REVIEW
        article.save(update_fields=["status"])


def save_new_article(
    source: Source,
    item: FeedItem,
    extracted: ExtractedArticle,
    analysis: Analysis,
    packed_html: bytes = b"",
    categories: list[str] | None = None,
    *,
    authors: dict[str, Author] | None = None,
    announce: bool = True,
) -> Article:
    """Store one new article, its blocks, ledger entry, raw page and index rows, atomically.
    Raises IntegrityError when another worker stored the same entry first.
    `packed_html`: the fetched page, `pack_html(html)` (kept for re-extraction).

    `authors`: the run's known bylines (see `_author`). `announce=False`: an auto-published
    article's `article_published` followers are left to the caller (ingestion queues
    `articles.tasks.announce_published_articles` for them)."""
    with transaction.atomic():
        published = extracted.published_at or timezone.now()
        article = Article(
            source=source,
            guid=item.key[:1000],
            original_url=extracted.url[:2000],
            author=_author(extracted.author, authors),
            slug=_slug(extracted.title, source, item.key),
            category=_category(source, categories or []),
            duplicate_of=analysis.duplicate_of,
            published_at=min(published, timezone.now()),
            status=Article.Status.DRAFT,
        )
        _apply_extracted(article, extracted, analysis)
        # Inserted without post_save: the draft is nobody's business yet (not in the search
        # index, not on the site). Whatever makes it visible saves it again, with its blocks
        # written: publication below, or the review queue.
        Article.objects.bulk_create([article])
        item.article = article
        item.content_hash = analysis.content_hash
        item.save()  # unique (source, key): the second of two racing workers stops here
        blocks = _write_blocks(article, extracted, new=True)
        _keep_raw(article, extracted.url, packed_html, new=True)
        if analysis.duplicate_of is None:
            index_article(article, analysis.signature, new=True)
        # The publishing save's receivers (search indexing) take the blocks from here
        # rather than reading back what was just written; only for this save.
        article.written_blocks = blocks
        try:
            _decide_publication(article, source, analysis.duplicate_of is not None, announce)
        finally:
            article.written_blocks = None
        transaction.on_commit(lambda: hooks.article_stored(article, created=True))
    return article


def update_article(
    article: Article,
    extracted: ExtractedArticle,
    analysis: Analysis,
    packed_html: bytes = b"",
    item: FeedItem | None = None,
) -> Article:
    """Apply a new extraction (entry updated upstream, or reextract) to a stored article.
    `packed_html`: the page fetched again, `pack_html(html)`; empty keeps the stored one."""
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        _apply_extracted(article, extracted, analysis)
        if article.author_id is None:
            article.author = _author(extracted.author)
        article.save()
        _write_blocks(article, extracted)
        _keep_raw(article, extracted.url, packed_html)
        if article.duplicate_of_id is None:
            index_article(article, analysis.signature)
        if item is not None:
            item.content_hash = analysis.content_hash
            item.save()
        transaction.on_commit(lambda: hooks.article_stored(article, created=False))
    return article


def body_text(extracted: ExtractedArticle) -> str:
    """The words of an article for hashing, similarity and language detection."""
    texts = [extracted.lead] + [b.text for b in extracted.blocks if b.kind != BlockKind.IMAGE]
    return "\n".join(t for t in texts if t)
