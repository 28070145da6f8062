"""Apertium's HTTP server, APY (Debian's `apertium-apy`): Apertium on another machine.

GET /listPairs → {"responseData": [{"sourceLanguage": "spa", "targetLanguage": "fra"}]};
POST /translate (langpair=spa|fra, q=..., markUnknown=no) →
{"responseData": {"translatedText": "..."}, "responseStatus": 200}.
A batch travels as one `q`, segments separated by blank lines, as with the command.
"""

from __future__ import annotations

import re
from functools import cached_property

from nouvelles.translation.backends.apertium import ISO3_TO_ISO1, SEPARATOR
from nouvelles.translation.backends.base import (
    BadResponse,
    BaseTranslationBackend,
    BatchResult,
    TranslationError,
    UnsupportedPair,
    require_option,
    send_non_empty,
)
from nouvelles.translation.backends.http import request_json

ISO1_TO_ISO3 = {v: k for k, v in ISO3_TO_ISO1.items()}


class ApertiumApyBackend(BaseTranslationBackend):
    """OPTIONS: URL (e.g. "http://127.0.0.1:2737"), TIMEOUT."""

    name = "Apertium"
    max_segments = 2000
    max_chars = 100_000

    @property
    def url(self) -> str:
        return require_option(self, "URL").rstrip("/")

    @property
    def model(self) -> str:
        return "apertium-apy"

    @cached_property
    def pairs(self) -> dict[tuple[str, str], str]:
        body = request_json(self, "GET", f"{self.url}/listPairs")
        pairs: dict[tuple[str, str], str] = {}
        try:
            for item in body["responseData"]:
                src, tgt = item["sourceLanguage"], item["targetLanguage"]
                key = (ISO3_TO_ISO1.get(src, src), ISO3_TO_ISO1.get(tgt, tgt))
                pairs.setdefault(key, f"{src}|{tgt}")
        except (KeyError, TypeError) as exc:
            raise BadResponse(
                f"APY /listPairs answered an unexpected shape: {body!r:.100}"
            ) from exc
        return pairs

    def language_pairs(self) -> set[tuple[str, str]]:
        return set(self.pairs)

    def translate_batch(self, texts: list[str], source: str, target: str) -> BatchResult:
        langpair = self.pairs.get((source, target))
        if langpair is None:
            raise UnsupportedPair(f"the APY server has no {source}→{target} pair")
        flat = [re.sub(r"\s+", " ", t).strip() for t in texts]
        return self.result(
            send_non_empty(flat, lambda some: self._post(langpair, some)), len(texts)
        )

    def _post(self, langpair: str, flat: list[str]) -> list[str]:
        body = request_json(
            self,
            "POST",
            f"{self.url}/translate",
            data={"langpair": langpair, "q": SEPARATOR.join(flat), "markUnknown": "no"},
        )
        try:
            text = body["responseData"]["translatedText"]
        except (KeyError, TypeError) as exc:
            raise BadResponse(
                f"APY /translate answered an unexpected shape: {body!r:.100}"
            ) from exc
        if not isinstance(text, str):
            raise BadResponse("APY /translate returned no text")
        out = [p.strip() for p in re.split(r"\n\s*\n", text.strip())]
        if len(out) != len(flat):
            raise BadResponse(f"APY returned {len(out)} segments for {len(flat)} sent")
        return out

    def check(self) -> list[str]:
        try:
            self.url  # noqa: B018 - raises when missing
        except TranslationError as exc:
            return [str(exc)]
        return []
