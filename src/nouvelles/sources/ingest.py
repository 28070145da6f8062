"""`ingest_source(source)`: the one function the task, `nouvelles fetch` and the admin call.

fetch feed → parse → for each new or updated entry: fetch page → extract → learn and
remove boilerplate → detect language → dedupe → store (one transaction per article) →
publish per the source's rules → `hooks.article_ingested`. Bad input never raises out of
here: errors are counted per entry and recorded in words on the source.

What follows publication in other apps (story clustering, "Lire aussi": the receivers of
`article_published`) runs inline, or, with `defer_followers=True` (the worker's task),
from one background task per chunk of stored articles, queued once they are committed,
so that the fetch loop does not wait for them.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from nouvelles.articles.models import Article, Author
from nouvelles.articles.publish import announce_published
from nouvelles.core.boilerplate import BoilerplateKnowledge, remove_boilerplate
from nouvelles.core.dedupe import content_hash, minhash_signature
from nouvelles.core.extract import (
    ExtractionError,
    article_from_entry,
    extract_article,
    prefer_richer,
)
from nouvelles.core.extractor_process import ExtractorProcess
from nouvelles.core.feeds import FeedError, entry_key, parse_feed
from nouvelles.core.fetch import FetchResult
from nouvelles.core.language import detect_language
from nouvelles.core.types import ExtractedArticle, FeedEntry
from nouvelles.site.models import one_content_version_bump
from nouvelles.sources import duplicates, health
from nouvelles.sources.fetching import get_extractor, get_fetcher
from nouvelles.sources.models import FeedItem, FetchAttempt, RawPage, Source, SourceBoilerplate
from nouvelles.sources.store import (
    Analysis,
    body_text,
    keeps_raw_html,
    pack_html,
    pack_utf8,
    save_new_article,
    update_article,
)

logger = logging.getLogger("nouvelles.ingest")

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
EXCERPT_WORDS = 80
PREFETCH = 4  # pages fetched ahead of extraction
CHUNK = 50  # pages learnt from and stored together
LANGUAGE_SAMPLE = 600  # characters of title and text given to language detection
# Fewer pages than this to extract, and no extractor process running yet: they are
# extracted here. Starting a child costs ~0.4 s; a worker whose tasks each run in a fresh
# process (RQ forks one per task) would pay it for every small feed.
EXTRACTOR_MIN_PAGES = 8
# How long the main thread waits for a page's extraction at most: the extractor process
# fails a page itself after NOUVELLES_EXTRACTION_TIMEOUT; this only guards against a
# process that stopped answering altogether.
EXTRACTION_WAIT_SECONDS = 600

Progress = Callable[[int, int, str], None]


@dataclass
class IngestReport:
    """What one ingestion did, per source; `line()` is what `nouvelles fetch` prints."""

    source_id: int
    source_name: str
    new: int = 0
    updated: int = 0
    duplicate: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)
    error: str = ""  # the whole source failed
    skipped: str = ""  # not fetched (another worker has it)
    warning: str = ""
    not_modified: bool = False
    attempts: list = field(default_factory=list, repr=False)  # page fetches, saved in one go

    def line(self) -> str:
        head = f"[{self.source_id}] {self.source_name}: "
        if self.skipped:
            return head + f"skipped ({self.skipped})"
        if self.error:
            return head + f"FAILED: {self.error}"
        if self.not_modified:
            return head + "not modified (304)"
        text = (
            f"{self.new} new, {self.updated} updated, {self.duplicate} duplicate, "
            f"{self.failed} failed, {self.unchanged} unchanged"
        )
        return head + text + (f" (warning: {self.warning})" if self.warning else "")


@dataclass(slots=True)
class _Run:
    """What one ingestion run carries from article to article."""

    source: Source
    report: IngestReport
    defer_followers: bool = False
    authors: dict[str, Author] = field(default_factory=dict)  # bylines already stored
    published: list[int] = field(default_factory=list)  # followers not yet announced


@dataclass(slots=True)
class _Candidate:
    entry: FeedEntry
    key: str
    item: FeedItem | None  # the stored ledger row, None for a new entry
    extracted: ExtractedArticle | None = None
    packed_html: bytes = b""  # the fetched page, packed for RawPage
    from_page: bool = False  # extracted from the fetched page (not the feed alone)


def _knowledge(source: Source) -> tuple[SourceBoilerplate, BoilerplateKnowledge]:
    row, _created = SourceBoilerplate.objects.get_or_create(source=source)
    return row, BoilerplateKnowledge.from_dict({"pages": row.pages, "counts": row.counts})


def _excerpt(article: ExtractedArticle) -> ExtractedArticle:
    kept, words = [], 0
    for block in article.blocks:
        if words >= EXCERPT_WORDS:
            break
        kept.append(block)
        words += len(block.text.split())
    article.blocks = kept
    return article


def _needs_page(source: Source, candidate: _Candidate) -> bool:
    return source.reuse_policy == Source.ReusePolicy.FULL and bool(candidate.entry.link)


@dataclass(slots=True)
class _Page:
    """A fetched page. With the extractor process, its bytes go to the child as received
    (decoded there) and the main thread packs them once the article is back; without it,
    the fetching thread decodes and packs the page (zlib releases the GIL: this overlaps
    the main thread's extraction)."""

    result: FetchResult
    packed: bytes = b""
    extraction: Future | None = None  # the extractor process's answer (None: extract here)


def _fetch_page(url: str, extractor: ExtractorProcess | None) -> _Page:
    result = get_fetcher().fetch(url, accept=PAGE_ACCEPT)
    page = _Page(result)
    if result.ok and result.body:
        if extractor is not None:
            try:
                page.extraction = extractor.submit(
                    result.body, result.final_url, result.content_type
                )
                return page
            except (RuntimeError, OSError) as exc:  # no child to be had: extract here
                logger.warning("extractor process unavailable (%s): extracting here", exc)
        if keeps_raw_html():
            page.packed = pack_html(result.text)
    return page


def _extract_page(fetched: _Page) -> tuple[ExtractedArticle, bytes]:
    """The fetched page's article and its packed HTML (b"" when raw pages are not kept):
    the extractor process's answer, or extracted here."""
    result = fetched.result
    if fetched.extraction is None:
        return extract_article(result.text, result.final_url), fetched.packed
    try:
        extraction = fetched.extraction.result(timeout=EXTRACTION_WAIT_SECONDS)
    except FutureTimeout:
        raise ExtractionError("no answer from the extractor process") from None
    if not keeps_raw_html():
        return extraction.article, b""
    # The bytes received are the page's UTF-8 when they were decoded as such: packed as
    # they are, never decoded in this process.
    if extraction.encoding == "utf-8":
        return extraction.article, pack_utf8(result.body)
    return extraction.article, pack_html(result.text)


def _extract_candidate(
    source: Source, candidate: _Candidate, report: IngestReport, fetched: _Page | None
) -> None:
    """Fill candidate.extracted (static boilerplate removed) or raise ExtractionError.
    `fetched` is the page (None when the policy needs no page)."""
    entry = candidate.entry
    from_feed = article_from_entry(entry)
    if source.reuse_policy == Source.ReusePolicy.LINK:
        from_feed.blocks = []
        candidate.extracted = from_feed
        return
    if source.reuse_policy == Source.ReusePolicy.EXCERPT:
        candidate.extracted = _excerpt(from_feed)
        return
    page = None
    if fetched is not None:
        result = fetched.result
        report.attempts.append(health.attempt_row(source, result))
        if result.ok:
            try:
                page, candidate.packed_html = _extract_page(fetched)
                candidate.from_page = True
                result.body, result._text = b"", None  # extracted and packed: freed
            except ExtractionError as exc:
                if not from_feed.blocks:
                    raise ExtractionError(f"{entry.link}: {exc}") from exc
        elif not from_feed.blocks:
            raise ExtractionError(result.error)
    if page is None and not from_feed.blocks:
        raise ExtractionError("the entry has no link and no content")
    article = prefer_richer(page, from_feed)
    article.title = article.title or entry.title
    candidate.extracted = article


def _fetched(source: Source, candidates: list[_Candidate]):
    """(candidate, fetched page) in order, pages fetched a few ahead in threads so that
    waiting on the network overlaps the main thread's work (the fetcher still sends one
    request at a time per host, with its delay). With the extractor process, a chunk
    ahead: the process extracts the next chunk while this one is stored."""
    extractor = get_extractor()
    if extractor is not None and not extractor.started:
        wanted = sum(1 for candidate in candidates if _needs_page(source, candidate))
        extractor = extractor if wanted >= EXTRACTOR_MIN_PAGES else None
    window: deque = deque()
    pending = iter(candidates)
    ahead = PREFETCH * 2 + (CHUNK // 2 if extractor is not None else 0)
    with ThreadPoolExecutor(max_workers=PREFETCH, thread_name_prefix="prefetch") as pool:

        def submit() -> None:
            for candidate in pending:
                future = (
                    pool.submit(_fetch_page, candidate.entry.link, extractor)
                    if _needs_page(source, candidate)
                    else None
                )
                window.append((candidate, future))
                return

        for _ in range(ahead):
            submit()
        while window:
            candidate, future = window.popleft()
            submit()
            yield candidate, future.result() if future is not None else None


def _analyse(source: Source, extracted: ExtractedArticle) -> Analysis:
    """Language, content hash and MinHash signature (no query)."""
    text = body_text(extracted)
    prior = source.language
    # A few sentences are plenty for the language of an article (and detection costs in
    # proportion to the text); the source's declared language is the prior.
    detected = detect_language(f"{extracted.title}\n{text}"[:LANGUAGE_SAMPLE], prior=prior)
    language = detected.code or (prior if prior != "auto" else "")
    return Analysis(language, content_hash(extracted.title, text), minhash_signature(text))


def _find_near_duplicate(analysis: Analysis, exclude_pk: int | None = None) -> None:
    original, score = duplicates.find_near_duplicate(
        analysis.signature, settings.NOUVELLES_NEAR_DUPLICATE_THRESHOLD
    )
    if original is not None and original.pk != exclude_pk:
        analysis.duplicate_of, analysis.similarity = original, score


def _candidates(source: Source, entries: list[FeedEntry], report: IngestReport) -> list[_Candidate]:
    """New entries, and known ones updated upstream; the rest are counted unchanged."""
    keys = {entry_key(e): e for e in entries if entry_key(e)}
    known = {i.key: i for i in FeedItem.objects.filter(source=source, key__in=list(keys))}
    out = []
    for key, entry in keys.items():
        item = known.get(key)
        if item is None:
            out.append(_Candidate(entry, key, None))
            continue
        changed = entry.updated_at and (
            item.entry_updated_at is None or entry.updated_at > item.entry_updated_at
        )
        if changed and item.article_id:
            out.append(_Candidate(entry, key, item))
        else:
            report.unchanged += 1
    return out


def _store_new(run: _Run, candidate: _Candidate) -> None:
    source, report = run.source, run.report
    entry, extracted = candidate.entry, candidate.extracted
    hashes = [duplicates.url_hash(entry.link), duplicates.url_hash(extracted.canonical_url)]
    item = FeedItem(
        source=source, key=candidate.key, url_hash=hashes[0] or hashes[1],
        entry_updated_at=entry.updated_at,
    )  # fmt: skip
    analysis = _analyse(source, extracted)
    if duplicates.has_exact_duplicate(hashes, analysis.content_hash):
        # Exact duplicate: remembered in the ledger, no second article.
        with contextlib.suppress(IntegrityError), transaction.atomic():
            item.save()
        report.duplicate += 1
        return
    _find_near_duplicate(analysis)
    try:
        article = save_new_article(
            source, item, extracted, analysis, candidate.packed_html, entry.categories,
            authors=run.authors, announce=not run.defer_followers,
        )  # fmt: skip
    except IntegrityError:
        report.duplicate += 1  # another worker stored this entry a moment ago
        return
    if run.defer_followers and article.status == Article.Status.PUBLISHED:
        run.published.append(article.pk)
    if analysis.duplicate_of is not None:
        report.duplicate += 1
    else:
        report.new += 1


def _store_update(source: Source, candidate: _Candidate, report: IngestReport) -> None:
    item = candidate.item
    article = Article.objects.get(pk=item.article_id)
    analysis = _analyse(source, candidate.extracted)
    _find_near_duplicate(analysis, exclude_pk=article.pk)
    item.entry_updated_at = candidate.entry.updated_at
    item.last_seen_at = timezone.now()
    if analysis.content_hash == item.content_hash:
        item.save(update_fields=["entry_updated_at", "last_seen_at"])
        report.unchanged += 1
        return
    update_article(article, candidate.extracted, analysis, candidate.packed_html, item)
    report.updated += 1


def _process(run: _Run, entries: list[FeedEntry], progress) -> None:
    source, report = run.source, run.report
    candidates = _candidates(source, entries, report)
    total = len(candidates)
    row, knowledge = _knowledge(source)
    chunk: list[_Candidate] = []
    for done, (candidate, fetched) in enumerate(_fetched(source, candidates), 1):
        if progress:
            progress(done, total, candidate.entry.title or candidate.entry.link)
        try:
            _extract_candidate(source, candidate, report, fetched)
            chunk.append(candidate)
        except (ExtractionError, ValueError) as exc:
            report.failed += 1
            report.failures.append(f"{candidate.entry.link or candidate.key}: {exc}")
        if len(chunk) >= CHUNK or done == total:
            _store_chunk(run, chunk, row, knowledge)
            _announce(run)
            chunk = []


def _announce(run: _Run) -> None:
    """Queue the followers of the articles just published (committed by now) as one task;
    if the queue is unreachable, run them here rather than lose them."""
    ids, run.published = run.published, []
    if not ids:
        return
    from nouvelles.articles.tasks import announce_published_articles

    try:
        announce_published_articles.enqueue(ids)
    except Exception:
        logger.exception("queueing the followers of %d articles failed: running them now", len(ids))
        for article in Article.objects.filter(pk__in=ids).order_by("pk"):
            announce_published(article)


def _store_chunk(run: _Run, chunk, row, knowledge) -> None:
    """Learn boilerplate from the chunk's new pages first, then clean and store each page
    with what was learnt (chunks bound the memory a large feed takes)."""
    report = run.report
    FetchAttempt.objects.bulk_create(report.attempts)
    report.attempts = []
    for candidate in chunk:
        if candidate.item is None and candidate.from_page:
            knowledge.learn(candidate.extracted.blocks)
    row.pages, row.counts = knowledge.pages, knowledge.counts
    row.save()
    with one_content_version_bump():  # the site's pages go stale once per chunk
        for candidate in chunk:
            _store_candidate(run, candidate, knowledge)


def _store_candidate(run: _Run, candidate: _Candidate, knowledge: BoilerplateKnowledge) -> None:
    source, report = run.source, run.report
    candidate.extracted.blocks, _removed = remove_boilerplate(
        candidate.extracted.blocks, knowledge, settings.NOUVELLES_BOILERPLATE_MIN_PAGES
    )
    try:
        if candidate.item is None:
            _store_new(run, candidate)
        else:
            _store_update(source, candidate, report)
    except Exception as exc:  # one bad article never stops the others
        logger.exception("storing %s failed", candidate.key)
        report.failed += 1
        report.failures.append(f"{candidate.entry.link or candidate.key}: {exc}")
    candidate.packed_html, candidate.extracted = b"", None  # stored: free them


def ingest_source(
    source: Source, progress: Progress | None = None, *, defer_followers: bool = False
) -> IngestReport:
    """Fetch one source now and store what is new. Safe to call twice at once.
    `defer_followers`: see the module's docstring (the worker's task sets it)."""
    report = IngestReport(source.pk, source.name)
    if not health.claim_source(source):
        report.skipped = "another worker is fetching it"
        return report
    try:
        result = get_fetcher().fetch(
            source.feed_url,
            etag=source.etag,
            last_modified=source.last_modified,
            accept=FEED_ACCEPT,
        )
        health.record_attempt(source, result)
        if not result.ok:
            report.error = result.error
            health.record_failure(source, result.error, result.retry_after)
            return report
        if result.not_modified:
            report.not_modified = True
            health.record_success(source, result, source.last_warning)
            return report
        try:
            feed = parse_feed(result.body, result.final_url, result.content_type)
        except FeedError as exc:
            report.error = str(exc)
            health.record_failure(source, report.error)
            return report
        report.warning = feed.warning
        entries = sorted(feed.entries, key=lambda e: e.published_at or timezone.now())
        _process(_Run(source, report, defer_followers), entries, progress)
        health.record_success(source, result, feed.warning)
        prune_raw_pages()
    finally:
        health.release_source(source)
    return report


def prune_raw_pages() -> int:
    """Forget raw HTML older than the retention setting."""
    days = settings.NOUVELLES_RAW_HTML_RETENTION_DAYS
    cutoff = timezone.now() - timedelta(days=max(days, 0))
    deleted, _ = RawPage.objects.filter(fetched_at__lt=cutoff).delete()
    return deleted


def reextract_article(article: Article) -> bool:
    """Extract the article again from its kept HTML (after rules or boilerplate knowledge
    changed). Edited blocks are kept; no new article is ever created. False: no HTML kept."""
    from nouvelles.sources.store import raw_html

    page = RawPage.objects.filter(article=article).first()
    if page is None or article.source is None:
        return False
    _row, knowledge = _knowledge(article.source)
    extracted = extract_article(
        raw_html(page), page.url, knowledge, settings.NOUVELLES_BOILERPLATE_MIN_PAGES
    )
    analysis = _analyse(article.source, extracted)  # its duplicate status was decided when stored
    update_article(article, extracted, analysis)
    return True
