"""No translation: the original is published as it is, with a notice saying so."""

from __future__ import annotations

from nouvelles.translation.backends.base import BaseTranslationBackend, BatchResult


class NoTranslationBackend(BaseTranslationBackend):
    """OPTIONS: none. The article keeps its original language (and `lang`) on the site."""

    name = "none"
    machine = False
    max_segments = 100_000
    max_chars = 10_000_000

    @property
    def model(self) -> str:
        return "none"

    def translate_batch(self, texts: list[str], source: str, target: str) -> BatchResult:
        return self.result(list(texts), len(texts))
