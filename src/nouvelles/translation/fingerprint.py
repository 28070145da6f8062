"""An article's translation fingerprint: what its current translation was made from, and is.

Stored on the article's TranslationJob after every complete translation, it
hashes the inputs (original texts of the title, lead, main image and each block
not corrected by an editor; the route's backends, models and language pairs;
the version of the protection rules and of the pair's whole glossary) and the
outputs as they stand (translated texts and attributes, language, backend
label, warnings). Translating the article again with the same fingerprint
would write exactly what is there (the segment cache is keyed by the same
things), so a re-run skips it without loading a Block, segmenting a sentence or
reading the cache: `unchanged_articles` checks a whole batch in two queries.
Any change to the source, an editor's correction, the glossary, the backend
configuration or the translated text itself changes the fingerprint, and the
article goes through the full pipeline (where the segment cache still answers
for every unchanged sentence).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from nouvelles.articles.models import Article, Block
from nouvelles.core.glossary import GlossaryTerm, fingerprint_terms
from nouvelles.core.protect import PROTECT_VERSION
from nouvelles.translation.handler import Route
from nouvelles.translation.models import TranslationJob

FINGERPRINT_VERSION = "1"
BLOCK_FIELDS = ("pk", "position", "kind", "original_text", "text", "attrs")
JOB_FIELDS = ("article_id", "fingerprint", "route", "segments_total")
IMAGE_FIELDS = ("original_image_caption", "original_image_alt")


def producer(routes: Sequence[Route], terms: Sequence[GlossaryTerm]) -> str:
    """What a translation made now would come from: the first route (backends, models and
    languages of each hop), the pair's glossary, the protection rules.

    Empty when no route translates the pair (nothing can be skipped then).
    """
    if not routes:
        return ""
    glossary = fingerprint_terms(terms) or "-"  # any edit changes it (the segment cache is finer)
    return "\x1f".join([FINGERPRINT_VERSION, PROTECT_VERSION, routes[0].cache_name, glossary])


def source_image(article: Article, job_image: tuple[str, str] | None) -> tuple[str, str]:
    """The main image's original (caption, alt): kept on the job once translated."""
    if job_image is not None and any(job_image):
        return job_image
    if article.translation_state == Article.TranslationState.DONE and job_image is None:
        return ("", "")  # translated elsewhere (e.g. imported): leave the image text alone
    return (article.image_caption, article.image_alt)


def block_state(blocks: Iterable[Block]) -> list[tuple[Any, ...]]:
    """Blocks as the fingerprint sees them (the BLOCK_FIELDS of each)."""
    return [tuple(getattr(b, name) for name in BLOCK_FIELDS) for b in blocks]


def article_fingerprint(
    article: Article, blocks: Iterable[tuple[Any, ...]], image: tuple[str, str], produced_by: str
) -> str:
    """The hash of `produced_by`, the article's source texts and its translated texts now.

    `blocks`: the BLOCK_FIELDS of each block not edited by an editor, in any order.
    """
    state = [
        produced_by,
        article.original_language,
        article.translation_revised,
        article.original_title,
        article.original_lead,
        article.title,
        article.lead,
        image,
        article.image_caption,
        article.image_alt,
        article.language,
        article.machine_translated,
        article.translation_backend,
        article.translation_error,
        article.translation_warnings,
        sorted(blocks, key=lambda b: (b[1], b[0])),
    ]
    raw = json.dumps(state, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(raw.encode()).hexdigest()


def unchanged_articles(articles: Sequence[Article], produced_by: str) -> dict[int, tuple[str, int]]:
    """{article id: (route, segments)} for those a translation now would leave as they are.

    Only articles translated and out of draft can be (a translation would publish a
    draft). Two queries for the batch, whatever its size; Block rows are read as tuples.
    """
    candidates = {
        a.pk: a
        for a in articles
        if a.translation_state == Article.TranslationState.DONE and a.status != Article.Status.DRAFT
    }
    if not produced_by or not candidates:
        return {}
    jobs = {
        row[0]: row
        for row in TranslationJob.objects.filter(article_id__in=list(candidates))
        .exclude(fingerprint="")
        .values_list(*JOB_FIELDS, *IMAGE_FIELDS)
    }
    if not jobs:
        return {}
    blocks: dict[int, list[tuple[Any, ...]]] = {pk: [] for pk in jobs}
    rows = Block.objects.filter(article_id__in=list(jobs), edited=False).values_list(
        "article_id", *BLOCK_FIELDS
    )
    for row in rows.order_by():
        blocks[row[0]].append(row[1:])
    unchanged = {}
    for pk, (_, fingerprint, route, segments, caption, alt) in jobs.items():
        article = candidates[pk]
        image = source_image(article, (caption, alt))
        if fingerprint == article_fingerprint(article, blocks[pk], image, produced_by):
            unchanged[pk] = (route, segments)
    return unchanged
