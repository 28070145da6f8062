"""The translation cache: one row per translated segment.

The key is a hash of the route (backend, model and language pair of each
hop), the protection version, the fingerprint of the glossary terms that
match *this* segment, and the segment text. Consequences: re-translating an
article sends only changed sentences; a sentence shared by two articles is
translated once; editing a glossary entry changes the key of exactly the
segments that contain its term, and of no other.

Deleting rows (an editor removing a bad translation from the cache) also
forgets every article's translation fingerprint: "translate again" must then
ask the backend for those segments, not skip the articles as unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.db import transaction
from django.db.models import QuerySet

from nouvelles.core.protect import PROTECT_VERSION
from nouvelles.translation.models import CachedTranslation, TranslationJob

LOOKUP_CHUNK = 900  # under SQLite's and PostgreSQL's parameter limits


def cache_key(route: str, source: str, target: str, glossary_hash: str, text: str) -> str:
    raw = "\x1f".join([PROTECT_VERSION, route, source, target, glossary_hash, text])
    return hashlib.sha256(raw.encode()).hexdigest()


def lookup_translations(keys: Iterable[str]) -> dict[str, tuple[str, list]]:
    """{key: (translated text, warnings)} for the keys in the cache."""
    keys = list(dict.fromkeys(keys))
    found: dict[str, tuple[str, list]] = {}
    for i in range(0, len(keys), LOOKUP_CHUNK):
        rows = CachedTranslation.objects.filter(key__in=keys[i : i + LOOKUP_CHUNK])
        for key, text, warnings in rows.values_list("key", "translated_text", "warnings"):
            found[key] = (text, warnings)
    return found


def store_translations(rows: list[CachedTranslation]) -> None:
    """Save new rows; a row another worker saved meanwhile wins (same key, same text)."""
    CachedTranslation.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)


def delete_translations(rows: QuerySet[CachedTranslation]) -> None:
    """Delete cache rows, and the article fingerprints that would let a re-run skip them."""
    with transaction.atomic():
        rows.delete()
        TranslationJob.objects.exclude(fingerprint="").update(fingerprint="")
