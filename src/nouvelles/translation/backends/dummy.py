"""A recording backend for tests of the glue: no engine, predictable output.

Each call is appended to `calls`; the output is PREFIX + text ("[FR] Hola").
OPTIONS: PREFIX, PAIRS (list of "es-fr" strings; default: any pair),
FAIL ("timeout", "down", "garbage" make every call fail that way),
FAIL_AFTER (number of successful calls before failing), DROP (a regular expression
removed from every output: "ZXQ\\d+Q" makes it lose names and numbers), MAX_SEGMENTS, FAIL_ON (a substring: a batch
containing it gets a garbage answer).
"""

from __future__ import annotations

import re
from typing import ClassVar

from nouvelles.translation.backends.base import (
    BackendTimeout,
    BackendUnavailable,
    BadResponse,
    BaseTranslationBackend,
    BatchResult,
)


class DummyBackend(BaseTranslationBackend):
    name = "Dummy"
    calls: ClassVar[list[tuple[str, list[str], str, str]]] = []

    @property
    def model(self) -> str:
        return str(self.options.get("MODEL", "dummy-1"))

    @property
    def max_segments(self) -> int:  # type: ignore[override]
        return int(self.options.get("MAX_SEGMENTS", 500))

    def language_pairs(self) -> set[tuple[str, str]] | None:
        pairs = self.options.get("PAIRS")
        return None if pairs is None else {tuple(p.split("-", 1)) for p in pairs}

    def translate_batch(self, texts: list[str], source: str, target: str) -> BatchResult:
        calls = [c for c in self.calls if c[0] == self.alias]
        self.calls.append((self.alias, list(texts), source, target))
        fail = self.options.get("FAIL")
        if fail and len(calls) >= int(self.options.get("FAIL_AFTER", 0)):
            if fail == "timeout":
                raise BackendTimeout(f"Dummy did not answer within {self.timeout:g} s")
            if fail == "garbage":
                raise BadResponse("Dummy answered something that is not JSON: '<html>'")
            raise BackendUnavailable("Dummy is unreachable: connection refused")
        poison = self.options.get("FAIL_ON")
        if poison and any(poison in t for t in texts):
            raise BadResponse(f"Dummy answered garbage for a text containing {poison!r}")
        prefix = self.options.get("PREFIX", f"[{target.upper()}] ")
        out = [f"{prefix}{t}" for t in texts]
        if self.options.get("DROP"):
            out = [re.sub(self.options["DROP"], "", t) for t in out]
        return self.result(out, len(texts))
