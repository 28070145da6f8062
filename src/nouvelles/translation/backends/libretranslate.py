"""LibreTranslate (https://libretranslate.com, self-hostable), HTTP API with an optional key.

POST /translate {"q": [..], "source": "es", "target": "fr", "format": "text", "api_key": ".."}
→ {"translatedText": [..]}; errors are {"error": "..."} with 400/403/429/500.
GET /languages → [{"code": "es", "targets": ["fr", ...]}].
"""

from __future__ import annotations

from functools import cached_property

from nouvelles.translation.backends.base import (
    BadResponse,
    BaseTranslationBackend,
    BatchResult,
    TranslationError,
    require_option,
)
from nouvelles.translation.backends.http import request_json


class LibreTranslateBackend(BaseTranslationBackend):
    """OPTIONS: URL (the server, e.g. "http://127.0.0.1:5000"), API_KEY (optional), TIMEOUT."""

    name = "LibreTranslate"
    max_segments = 100
    max_chars = 20_000

    @property
    def url(self) -> str:
        return require_option(self, "URL").rstrip("/")

    @property
    def model(self) -> str:
        return str(self.options.get("MODEL", "libretranslate"))

    @cached_property
    def _languages(self) -> set[tuple[str, str]]:
        body = request_json(self, "GET", f"{self.url}/languages")
        try:
            return {(lang["code"], t) for lang in body for t in lang.get("targets", [])}
        except (KeyError, TypeError) as exc:
            raise BadResponse(f"LibreTranslate /languages answered {body!r:.100}") from exc

    def language_pairs(self) -> set[tuple[str, str]] | None:
        try:
            return self._languages or None
        except TranslationError:
            return None  # unknown now; translate_batch will say why

    def translate_batch(self, texts: list[str], source: str, target: str) -> BatchResult:
        payload = {"q": texts, "source": source, "target": target, "format": "text"}
        if self.options.get("API_KEY"):
            payload["api_key"] = str(self.options["API_KEY"])
        body = request_json(self, "POST", f"{self.url}/translate", json=payload)
        out = body.get("translatedText") if isinstance(body, dict) else None
        if isinstance(out, str) and len(texts) == 1:
            out = [out]
        if not isinstance(out, list) or not all(isinstance(t, str) for t in out):
            raise BadResponse(f"LibreTranslate answered without translatedText: {body!r:.100}")
        return self.result(out, len(texts))

    def check(self) -> list[str]:
        return [] if self.options.get("URL") else ["LibreTranslate needs OPTIONS['URL']"]
