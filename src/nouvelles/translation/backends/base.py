"""The one interface every translation backend implements.

A backend translates a batch of plain-text segments from one language to
another and says which engine and model answered. It never sees the database:
the pipeline (`translation/pipeline.py`) protects names and numbers, applies
the glossary, consults the cache, chunks within the backend's limits and
calls `translate_batch` with what is left.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class TranslationError(Exception):
    """The backend could not translate; the message says why, in words an editor understands."""

    retryable = True


class BackendUnavailable(TranslationError):
    """Down, unreachable, not installed, or refusing us (quota, auth)."""


class BackendTimeout(TranslationError):
    """No answer within the configured time."""


class BadResponse(TranslationError):
    """An answer we cannot use: wrong format, wrong number of segments."""


class UnsupportedPair(TranslationError):
    """This backend has no model for the language pair."""

    retryable = False


@dataclass(frozen=True, slots=True)
class BatchResult:
    texts: list[str]
    backend: str
    model: str


class BaseTranslationBackend:
    """Subclass and implement `translate_batch` (and `language_pairs` when known)."""

    name = "base"
    """Short name shown to readers in the translation notice ("Apertium")."""

    supports_batch = True
    """Can one request carry several segments? If False the pipeline sends them one by one."""

    supports_glossary = False
    """Does the engine take a glossary itself? If False (all but the LLM backend) the glossary is
    applied through placeholders by the pipeline, which works with every backend anyway."""

    machine = True
    """Is the output a machine translation (False only for the `none` backend)?"""

    max_segments = 500
    """Most segments sent in one request; the pipeline chunks longer batches."""

    max_chars = 50_000
    """Most characters of text sent in one request."""

    def __init__(self, alias: str = "default", options: dict[str, Any] | None = None) -> None:
        self.alias = alias
        self.options = dict(options or {})
        self.timeout = float(self.options.get("TIMEOUT", 60))

    @property
    def model(self) -> str:
        """What produced the text (engine version, mode or model name); part of the cache key."""
        return str(self.options.get("MODEL", ""))

    def language_pairs(self) -> set[tuple[str, str]] | None:
        """The (source, target) pairs this backend translates, or None when it cannot tell."""
        return None

    def supports_pair(self, source: str, target: str) -> bool:
        pairs = self.language_pairs()
        return pairs is None or (source, target) in pairs

    def translate_batch(self, texts: list[str], source: str, target: str) -> BatchResult:
        """Translate every text; the result has exactly as many texts, in the same order."""
        raise NotImplementedError

    def check(self) -> list[str]:
        """Problems with this backend's configuration, in words (for `nouvelles check`)."""
        return []

    def result(self, texts: list[str], wanted: int) -> BatchResult:
        """Wrap an answer, refusing one with the wrong number of segments."""
        if len(texts) != wanted:
            raise BadResponse(f"{self.name} returned {len(texts)} segments for {wanted} sent")
        return BatchResult(texts=texts, backend=self.name, model=self.model)


def send_non_empty(texts: list[str], translate) -> list[str]:
    """Call `translate(non_empty_texts)` and put the empty texts back in their places."""
    indexes = [i for i, t in enumerate(texts) if t.strip()]
    out = [""] * len(texts)
    if indexes:
        for i, text in zip(indexes, translate([texts[i] for i in indexes]), strict=True):
            out[i] = text
    return out


def require_option(backend: BaseTranslationBackend, name: str) -> str:
    value = backend.options.get(name)
    if not value:
        raise BackendUnavailable(f"{backend.name}: the OPTIONS[{name!r}] setting is empty")
    return str(value)
