"""translate_article(s): the one function the task, `nouvelles translate` and the admin call.

An article is translated as a whole: title, lead and every block that an
editor has not corrected. Only when every segment is translated are the
texts written (in one transaction) and the article marked translated, then
published according to its source's policy. A failure leaves the published
text untouched, records the error in words, and schedules a retry with
backoff; progress already made sits in the cache.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property

from django.conf import settings
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _

from nouvelles.articles.models import Article, Block
from nouvelles.articles.publish import publish_article
from nouvelles.core.glossary import GlossaryTerm
from nouvelles.core.protect import QualityWarning
from nouvelles.core.segments import Segment, join_segments, segment_blocks
from nouvelles.core.types import Block as BlockData
from nouvelles.core.types import BlockKind
from nouvelles.sources.models import Source
from nouvelles.translation.fingerprint import (
    article_fingerprint,
    block_state,
    producer,
    source_image,
    unchanged_articles,
)
from nouvelles.translation.handler import Route, plan_routes
from nouvelles.translation.models import TranslationAttempt, TranslationJob
from nouvelles.translation.pipeline import (
    PartialTranslation,
    TextsOutcome,
    glossary_terms,
    translate_texts,
)
from nouvelles.translation.templatetags.translation_tags import PIVOT_MARK

logger = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=6)
NEEDS_TRANSLATION = [
    Article.TranslationState.PENDING,
    Article.TranslationState.PARTIAL,
    Article.TranslationState.FAILED,
]


@dataclass
class _Work:
    """One article's texts: [title, lead, main image caption and alt, *body blocks not edited]."""

    article: Article
    blocks: list[Block]  # body blocks translated (edited ones excluded)
    units: list[BlockData]
    keep_title: bool
    image: tuple[str, str]  # the main image's original caption and alt text

    @cached_property
    def segments(self) -> list[Segment]:
        return segment_blocks(self.units)

    def fingerprint(self, produced_by: str) -> str:
        """Of the article as it stands (after _apply: as just translated)."""
        return article_fingerprint(self.article, block_state(self.blocks), self.image, produced_by)


FIRST_BLOCK = 3  # units before the body blocks: title, lead, main image


def _prepare(article: Article) -> _Work:
    blocks = [b for b in article.blocks.all() if not b.edited]
    keep_title = article.translation_revised
    title = article.original_title or article.title
    lead = article.original_lead if article.original_title else article.lead
    try:
        job = article.translation_job  # select_related by the batch queries
    except TranslationJob.DoesNotExist:
        job = None
    image = source_image(
        article, None if job is None else (job.original_image_caption, job.original_image_alt)
    )
    units = [
        BlockData(BlockKind.HEADING, "" if keep_title else title),
        BlockData(BlockKind.PARAGRAPH, "" if keep_title else lead),
        BlockData(BlockKind.IMAGE, image[0], {"alt": image[1]} if image[1] else {}),
    ]
    for block in blocks:
        data = block.as_original_data()
        if "original_alt" in data.attrs:
            data.attrs["alt"] = data.attrs["original_alt"]
        units.append(data)
    return _Work(article, blocks, units, keep_title, image)


def translate_article(article: Article, *, force: bool = False) -> Article:
    """Translate one article into the site language (see translate_articles)."""
    translate_articles([article], force=force)
    article.refresh_from_db()
    return article


def translate_articles(articles: list[Article], *, force: bool = False) -> dict[int, str]:
    """Translate articles, one backend call per batch of segments for all of them.

    Returns {article id: "" on success, or the error in words}. Articles not
    waiting for a translation are skipped unless `force` (re-translation: the
    cache answers for unchanged sentences; edited blocks are kept; an article
    whose fingerprint shows that nothing it is made from changed is not even
    segmented).
    """
    target = settings.NOUVELLES_SITE_LANGUAGE
    results: dict[int, str] = {}
    groups: dict[str, list[Article]] = {}
    for article in articles:
        if not article.original_language or article.original_language == target:
            continue
        if not force and article.translation_state not in NEEDS_TRANSLATION:
            continue
        groups.setdefault(article.original_language, []).append(article)
    for source, group in groups.items():
        started = time.monotonic()
        routes = plan_routes(source, target)
        terms = glossary_terms(source, target)
        unchanged = unchanged_articles(group, producer(routes, terms))
        if unchanged:  # nothing to write but the log: one insert for the batch
            TranslationAttempt.objects.bulk_create(
                [_attempt(a, started, *unchanged[a.pk]) for a in group if a.pk in unchanged],
                batch_size=500,
            )
            results.update(dict.fromkeys(unchanged, ""))
        todo = [a for a in group if a.pk not in unchanged]
        if todo:
            # Callers may pass bare articles (the command): 3 queries, not 2 per article.
            prefetch_related_objects(todo, "blocks", "translation_job", "source")
            works = [_prepare(a) for a in todo]
            results.update(_translate_group(works, source, target, routes, terms))
    return results


def _translate_group(
    works: list[_Work],
    source: str,
    target: str,
    routes: list[Route],
    terms: list[GlossaryTerm],
) -> dict[int, str]:
    texts = [s.text for w in works for s in w.segments]
    started = time.monotonic()
    try:
        outcome = translate_texts(texts, source, target, terms, routes=routes)
    except PartialTranslation as exc:
        if len(works) > 1 and exc.bad_answer:
            # One article's content may be what the backend choked on: try each alone
            # (the cache answers for what this batch already did). A backend that is down
            # or slow is not asked again for each article.
            out: dict[int, str] = {}
            for work in works:
                out.update(_translate_group([work], source, target, routes, terms))
            return out
        for work in works:
            _fail(work, exc, started)
        return {w.article.pk: str(exc) for w in works}
    with transaction.atomic():
        _apply_all(works, outcome, started, terms)
    return {w.article.pk: "" for w in works}


def _apply_all(
    works: list[_Work], outcome: TextsOutcome, started: float, terms: list[GlossaryTerm]
) -> None:
    position = 0
    attempts: list[TranslationAttempt] = []
    for work in works:
        count = len(work.segments)
        part = TextsOutcome(
            translations=outcome.translations[position : position + count],
            warnings=outcome.warnings[position : position + count],
            route=outcome.route,
            cached=outcome.cached,
            sent=outcome.sent,
            machine=outcome.machine,
        )
        position += count
        attempts.append(_apply(work, part, started))
    # A fallback route's translation does not match the first route's producer: next time
    # the first route is tried again, as it would be without fingerprints.
    _save_jobs(works, str(outcome.route), outcome.route.pivot, producer([outcome.route], terms))
    TranslationAttempt.objects.bulk_create(attempts, batch_size=500)


def _describe(warning: QualityWarning, where: str) -> dict[str, str]:
    messages = {
        "number": _(
            "The number %(value)s of the original is missing from the translation (%(where)s)."
        ),
        "name": _(
            "The name %(value)s of the original is missing from the translation (%(where)s)."
        ),
        "placeholder": _("The engine lost %(value)s: check the translation (%(where)s)."),
        "glossary": _("The glossary's %(value)s is missing from the translation (%(where)s)."),
    }
    template = messages.get(warning.kind, _("%(value)s changed in translation (%(where)s)."))
    return {
        "kind": warning.kind,
        "value": warning.value,
        "where": where,
        "message": template % {"value": warning.value, "where": where},
    }


def _apply(work: _Work, outcome: TextsOutcome, started: float) -> TranslationAttempt:
    article = work.article
    translations = dict(zip(work.segments, outcome.translations, strict=True))
    translated = join_segments(work.units, translations)
    warnings: list[dict[str, str]] = []
    for segment, found in zip(work.segments, outcome.warnings, strict=True):
        if found:
            where = {0: _("title"), 1: _("lead"), 2: _("image")}.get(segment.block) or _(
                "block %(n)d"
            ) % {"n": work.blocks[segment.block - FIRST_BLOCK].position + 1}
            warnings += [_describe(w, where) for w in found]
    target = settings.NOUVELLES_SITE_LANGUAGE
    changed_blocks = []
    for block, data in zip(work.blocks, translated[FIRST_BLOCK:], strict=True):
        attrs = block.attrs
        if "alt" in data.attrs:
            original_alt = block.attrs.get("original_alt", block.attrs.get("alt", ""))
            attrs = {**data.attrs, "original_alt": original_alt}
        if block.text != data.text or block.attrs != attrs or not block.original_text:
            block.original_text = block.original_text or block.text
            block.text, block.attrs = data.text, attrs
            changed_blocks.append(block)
    values = {
        "language": target if outcome.machine else article.original_language,
        "translation_state": Article.TranslationState.DONE,
        "machine_translated": outcome.machine,
        "translation_backend": outcome.route.backend_name[:90]
        + (f"{PIVOT_MARK}{outcome.route.pivot}" if outcome.route.pivot else ""),
        "translation_warnings": warnings,
        "translation_error": "",
    }
    if any(work.image):
        values["image_caption"] = translated[2].text[:500]
        values["image_alt"] = translated[2].attrs.get("alt", "")[:500]
    if not work.keep_title:
        values["original_title"] = article.original_title or article.title
        values["original_lead"] = article.original_lead or article.lead
        values["title"] = translated[0].text[:500] or article.title
        values["lead"] = translated[1].text
    changed = [name for name, value in values.items() if getattr(article, name) != value]
    # Re-translating an unchanged article (all from the cache) writes nothing but the log.
    content_changed = bool(changed_blocks) or bool({"title", "lead", "language"} & set(changed))
    with transaction.atomic():
        if changed_blocks:
            Block.objects.bulk_update(changed_blocks, ["text", "original_text", "attrs"])
        if changed or content_changed:
            for name in changed:
                setattr(article, name, values[name])
            if content_changed:
                article.updated_at = timezone.now()
                changed.append("updated_at")
            article.save(update_fields=changed)
        if content_changed or article.status == Article.Status.DRAFT:
            publish_translated(article)
    return _attempt(
        article, started, str(outcome.route), len(work.segments), outcome.cached, outcome.sent
    )


def _save_jobs(works: list[_Work], route_label: str, pivot: str, produced_by: str) -> None:
    """Reset each article's job after a complete translation (two queries for the batch)."""
    jobs = {
        j.article_id: j
        for j in TranslationJob.objects.filter(article__in=[w.article for w in works])
    }
    fields = [
        "attempts",
        "next_attempt_at",
        "route",
        "pivot_language",
        "segments_total",
        "segments_done",
        "original_image_caption",
        "original_image_alt",
        "fingerprint",
    ]
    new, changed = [], []
    changed_fields: set[str] = set()
    for work in works:
        job = jobs.get(work.article.pk) or TranslationJob(article=work.article)
        before = [getattr(job, f) for f in fields]
        job.attempts, job.next_attempt_at = 0, None
        job.route, job.pivot_language = route_label[:300], pivot
        job.segments_total = job.segments_done = len(work.segments)
        job.original_image_caption, job.original_image_alt = work.image
        job.fingerprint = work.fingerprint(produced_by)  # of the texts as just written
        diff = {f for f, old in zip(fields, before, strict=True) if getattr(job, f) != old}
        if job.pk is None:
            new.append(job)
        elif diff:
            changed.append(job)
            changed_fields |= diff
    if changed:  # bulk_update is slow (a CASE per field): only the fields that changed
        TranslationJob.objects.bulk_update(changed, sorted(changed_fields), batch_size=500)
    TranslationJob.objects.bulk_create(new, batch_size=500)


def _fail(work: _Work, exc: PartialTranslation, started: float) -> bool:
    """Record the failure in words and schedule the retry; the article's texts are untouched."""
    article = work.article
    job, _created = TranslationJob.objects.get_or_create(article=article)
    job.attempts += 1
    give_up = not exc.retryable or job.attempts >= settings.NOUVELLES_TRANSLATION_MAX_ATTEMPTS
    delay = min(
        timedelta(seconds=settings.NOUVELLES_TRANSLATION_RETRY_SECONDS * 2 ** (job.attempts - 1)),
        MAX_BACKOFF,
    )
    job.next_attempt_at = None if give_up else timezone.now() + delay
    job.segments_total = exc.total
    job.segments_done = exc.done
    job.fingerprint = ""
    if give_up:
        state = Article.TranslationState.FAILED
        message = _("Translation failed after %(n)d attempt(s): %(error)s") % {
            "n": job.attempts,
            "error": exc,
        }
    else:
        state = Article.TranslationState.PARTIAL if exc.done else Article.TranslationState.PENDING
        message = _(
            "Translated %(done)d of %(total)d segments; attempt %(n)d failed: %(error)s. "
            "Next attempt in %(minutes)d min."
        ) % {
            "done": exc.done,
            "total": exc.total,
            "n": job.attempts,
            "error": exc,
            "minutes": max(1, int(delay.total_seconds() // 60)),
        }
    with transaction.atomic():
        job.save()
        Article.objects.filter(pk=article.pk).update(
            translation_state=state, translation_error=message
        )
        _attempt(article, started, "", len(work.segments), 0, 0, error=str(exc)).save()
    article.translation_state, article.translation_error = state, message
    logger.warning("translation of article %s failed: %s", article.pk, exc)
    if job.next_attempt_at is not None:
        from nouvelles.translation.tasks import enqueue_translation

        enqueue_translation(article, run_after=job.next_attempt_at)
    return False


def _attempt(article, started, route, total, cached=None, sent=0, error="") -> TranslationAttempt:
    """One log row; an unchanged article skipped (cached None): all of it "from the cache"."""
    if cached is None:
        cached = total
    return TranslationAttempt(
        article=article,
        duration_ms=int((time.monotonic() - started) * 1000),
        route=route[:300],
        segments_total=total,
        segments_cached=cached,
        segments_sent=sent,
        error=error,
    )


def publish_translated(article: Article) -> None:
    """After a complete translation: publish, refresh, or hand to review, per the source."""
    source: Source | None = article.source
    if article.status == Article.Status.PUBLISHED:
        publish_article(article)  # already on the site (original first): show the translation
    elif source is None or source.publish_mode == Source.PublishMode.AUTO:
        if article.status == Article.Status.DRAFT:
            publish_article(article)
    elif article.status == Article.Status.DRAFT:
        article.status = Article.Status.REVIEW
        article.save(update_fields=["status"])


def on_article_stored(article: Article) -> None:
    """Ingestion's hook: an article in a foreign language was stored (translation PENDING).

    With the source's "original first" policy (and automatic publishing) the
    original goes on the site at once, in its own language, with a notice; the
    translation replaces it when it arrives. Then the translation is queued.
    """
    if article.translation_state != Article.TranslationState.PENDING:
        return
    source = article.source
    if (
        source is not None
        and source.translation_policy == Source.TranslationPolicy.ORIGINAL_FIRST
        and source.publish_mode == Source.PublishMode.AUTO
        and article.status == Article.Status.DRAFT
    ):
        article.language = article.original_language
        article.machine_translated = False
        article.save(update_fields=["language", "machine_translated"])
        publish_article(article)
    from nouvelles.translation.tasks import enqueue_translation

    enqueue_translation(article)


def translate_pending(limit: int | None = None) -> dict[int, str]:
    """Articles waiting for a translation whose retry time has come, in batches."""
    now = timezone.now()
    ids = list(
        Article.objects.filter(
            translation_state__in=[
                Article.TranslationState.PENDING,
                Article.TranslationState.PARTIAL,
            ]
        )
        .exclude(translation_job__next_attempt_at__gt=now)
        .order_by("created_at", "id")
        .values_list("pk", flat=True)[:limit]
    )
    results: dict[int, str] = {}
    size = max(1, settings.NOUVELLES_TRANSLATION_BATCH_ARTICLES)
    for i in range(0, len(ids), size):
        batch = list(
            Article.objects.filter(pk__in=ids[i : i + size])
            .select_related("source", "translation_job")
            .prefetch_related("blocks")
        )
        results.update(translate_articles(batch))
    return results
