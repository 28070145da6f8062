"""The site glossary: terms with a fixed translation, or kept as they are.

Terms are found as whole words (any script: "ОП" matches in Cyrillic text) and
replaced by placeholders before a backend sees the text (see `protect.py`), so
every backend applies the glossary, whether or not it has one of its own.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    """`term` in the source text becomes `translation`; an empty translation keeps the term."""

    term: str
    translation: str = ""
    case_sensitive: bool = True

    @property
    def keep(self) -> bool:
        return not self.translation

    @property
    def replacement(self) -> str:
        return self.translation or self.term


@lru_cache(maxsize=4096)
def _pattern(term: str, case_sensitive: bool) -> re.Pattern[str]:
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", flags)


def find_terms(text: str, terms: Iterable[GlossaryTerm]) -> list[GlossaryTerm]:
    """The terms that occur in `text` as whole words, longest first."""
    found = [t for t in terms if t.term and _pattern(t.term, t.case_sensitive).search(text)]
    return sorted(found, key=lambda t: (-len(t.term), t.term))


def find_term_spans(
    text: str, terms: Iterable[GlossaryTerm]
) -> list[tuple[int, int, GlossaryTerm]]:
    """Non-overlapping (start, end, term) occurrences, longer terms winning."""
    spans: list[tuple[int, int, GlossaryTerm]] = []
    for term in find_terms(text, terms):
        for match in _pattern(term.term, term.case_sensitive).finditer(text):
            if all(match.end() <= s or match.start() >= e for s, e, _ in spans):
                spans.append((match.start(), match.end(), term))
    return sorted(spans, key=lambda span: span[0])


def fingerprint_terms(terms: Iterable[GlossaryTerm]) -> str:
    """A short hash of exactly these terms: the cache key part that a glossary edit changes.

    Computed over the terms that match one segment only, so editing an entry
    invalidates the cached translations of the segments containing it, and no other.
    """
    parts = sorted(f"{t.term}\x1f{t.translation}\x1f{int(t.case_sensitive)}" for t in terms)
    if not parts:
        return ""
    return hashlib.sha256("\x1e".join(parts).encode()).hexdigest()[:16]
