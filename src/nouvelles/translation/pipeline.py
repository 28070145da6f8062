"""Translate a list of texts: glossary, protection, cache, routes with fallback, chunking, checks.

`translate_texts` is the engine under `translate_article(s)`; it knows nothing
about articles. Each chunk's translations are cached as soon as they arrive,
so a failure halfway keeps what was done and the next attempt sends only the rest.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field

from nouvelles.core.glossary import GlossaryTerm, find_terms, fingerprint_terms
from nouvelles.core.protect import (
    Protected,
    QualityWarning,
    check_translation,
    match_initial_case,
    protect_text,
    restore_text,
)
from nouvelles.core.segments import chunk_texts
from nouvelles.translation.backends.base import BadResponse, TranslationError, UnsupportedPair
from nouvelles.translation.cache import cache_key, lookup_translations, store_translations
from nouvelles.translation.handler import Route, plan_routes
from nouvelles.translation.models import CachedTranslation, GlossaryEntry


class PartialTranslation(TranslationError):
    """Every route failed; `done` of `total` distinct segments are translated (and cached)."""

    def __init__(
        self, message: str, done: int, total: int, retryable: bool = True, bad_answer: bool = False
    ) -> None:
        super().__init__(message)
        self.done = done
        self.total = total
        self.retryable = retryable
        self.bad_answer = bad_answer  # every route answered, but with something unusable


@dataclass
class TextsOutcome:
    translations: list[str]
    warnings: list[list[QualityWarning]]
    route: Route
    cached: int = 0  # distinct texts answered by the cache
    sent: int = 0  # distinct texts sent to a backend
    machine: bool = True


@dataclass
class _Pending:
    text: str
    key: str
    terms: list[GlossaryTerm]
    glossary_hash: str
    protected: Protected | None = None
    result: str | None = None
    warnings: list[QualityWarning] = field(default_factory=list)


def glossary_terms(source: str, target: str) -> list[GlossaryTerm]:
    return [e.as_term() for e in GlossaryEntry.objects.for_pair(source, target)]


def translate_texts(
    texts: list[str],
    source: str,
    target: str,
    terms: list[GlossaryTerm] | None = None,
    *,
    routes: list[Route] | None = None,
) -> TextsOutcome:
    """Translate every text (same order); raise PartialTranslation when no route succeeds.

    `terms` and `routes` default to the pair's glossary and planned routes.
    """
    if terms is None:
        terms = glossary_terms(source, target)
    unique = list(dict.fromkeys(texts))
    if routes is None:
        routes = plan_routes(source, target)
    if not routes:
        raise PartialTranslation(
            f"no configured backend translates {source}→{target}, directly or through a pivot",
            0,
            len(unique),
            retryable=False,
        )
    errors: list[str] = []
    best_done = 0
    retryable = False
    bad_answers = True
    for route in routes:
        try:
            by_text, cached, sent = _translate_via(route, unique, source, target, terms)
        except _RouteFailed as exc:
            errors.append(f"{route}: {exc.error}")
            best_done = max(best_done, exc.done)
            retryable = retryable or getattr(exc.error, "retryable", True)
            bad_answers = bad_answers and isinstance(exc.error, BadResponse)
            continue
        return TextsOutcome(
            translations=[by_text[t].result or "" for t in texts],
            warnings=[by_text[t].warnings for t in texts],
            route=route,
            cached=cached,
            sent=sent,
            machine=route.machine,
        )
    raise PartialTranslation(
        "; ".join(errors), best_done, len(unique), retryable=retryable, bad_answer=bad_answers
    )


class _RouteFailed(Exception):
    def __init__(self, error: TranslationError, done: int) -> None:
        self.error = error
        self.done = done


def _translate_via(
    route: Route, texts: list[str], source: str, target: str, terms: list[GlossaryTerm]
) -> tuple[dict[str, _Pending], int, int]:
    pending: dict[str, _Pending] = {}
    route_name = route.cache_name
    for text in texts:
        matched = find_terms(text, terms) if terms else []
        ghash = fingerprint_terms(matched)
        key = cache_key(route_name, source, target, ghash, text)
        pending[text] = _Pending(text, key, matched, ghash)
    found = lookup_translations(p.key for p in pending.values())
    for item in pending.values():
        row = found.get(item.key)
        if row is not None:
            item.result = row[0]
            item.warnings = [QualityWarning(**w) for w in row[1]]
    todo = [p for p in pending.values() if p.result is None]
    cached = len(pending) - len(todo)
    for item in todo:
        item.protected = protect_text(item.text, item.terms)
    first = route.hops[0].backend
    limits = [(h.backend.max_segments, h.backend.max_chars) for h in route.hops]
    max_segments = min(m for m, _ in limits)
    max_chars = min(c for _, c in limits)
    if not first.supports_batch or any(not h.backend.supports_batch for h in route.hops):
        max_segments = 1
    done = cached
    for chunk in chunk_texts([p.protected.text for p in todo], max_segments, max_chars):
        items = [todo[i] for i in chunk]
        try:
            outputs = _run_hops(route, [p.protected.text for p in items], items)
        except TranslationError as exc:
            raise _RouteFailed(exc, done) from exc
        rows = []
        for item, output in zip(items, outputs, strict=True):
            restored, lost = restore_text(output, item.protected)
            restored = match_initial_case(item.text, restored)
            item.result = restored
            item.warnings = lost + [
                w
                for w in check_translation(item.text, restored, item.protected)
                if w.value not in {x.value for x in lost}
            ]
            rows.append(
                CachedTranslation(
                    key=item.key,
                    backend=route_name[:300],
                    source_language=source,
                    target_language=target,
                    glossary_hash=item.glossary_hash,
                    source_text=item.text,
                    translated_text=restored,
                    warnings=[{"kind": w.kind, "value": w.value} for w in item.warnings],
                )
            )
        store_translations(rows)
        done += len(items)
    return pending, cached, len(todo)


def _run_hops(route: Route, texts: list[str], items: list[_Pending]) -> list[str]:
    for hop in route.hops:
        backend = hop.backend
        if not backend.supports_pair(hop.source, hop.target):
            raise UnsupportedPair(f"{backend.name} has no {hop.source}→{hop.target} pair")
        kwargs = {}
        if (
            backend.supports_glossary
            and "glossary" in inspect.signature(backend.translate_batch).parameters
        ):
            kwargs["glossary"] = sorted({t for p in items for t in p.terms}, key=lambda t: t.term)
        texts = backend.translate_batch(texts, hop.source, hop.target, **kwargs).texts
    return texts
