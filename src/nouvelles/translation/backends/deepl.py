"""DeepL API (https://developers.deepl.com), with an API key.

POST /v2/translate, header "Authorization: DeepL-Auth-Key <key>",
{"text": [..], "source_lang": "ES", "target_lang": "FR"} →
{"translations": [{"detected_source_language": "ES", "text": ".."}]}.
Errors: 403 bad key, 456 quota exceeded, 429 too many requests, 5xx.
At most 50 texts and 128 KiB per request.
"""

from __future__ import annotations

from nouvelles.translation.backends.base import (
    BadResponse,
    BaseTranslationBackend,
    BatchResult,
    require_option,
)
from nouvelles.translation.backends.http import request_json

FREE_URL = "https://api-free.deepl.com"
PRO_URL = "https://api.deepl.com"


class DeepLBackend(BaseTranslationBackend):
    """OPTIONS: API_KEY (required; keys ending in ":fx" use the free endpoint), URL (override),
    FORMALITY ("prefer_more"/"prefer_less", optional), TIMEOUT."""

    name = "DeepL"
    max_segments = 50
    max_chars = 100_000

    @property
    def url(self) -> str:
        if self.options.get("URL"):
            return str(self.options["URL"]).rstrip("/")
        return FREE_URL if str(self.options.get("API_KEY", "")).endswith(":fx") else PRO_URL

    @property
    def model(self) -> str:
        return "deepl"

    def translate_batch(self, texts: list[str], source: str, target: str) -> BatchResult:
        key = require_option(self, "API_KEY")
        target_lang = {"en": "EN-GB", "pt": "PT-PT"}.get(target, target.upper())
        payload: dict = {"text": texts, "source_lang": source.upper(), "target_lang": target_lang}
        if self.options.get("FORMALITY"):
            payload["formality"] = self.options["FORMALITY"]
        body = request_json(
            self,
            "POST",
            f"{self.url}/v2/translate",
            json=payload,
            headers={"Authorization": f"DeepL-Auth-Key {key}"},
        )
        try:
            out = [item["text"] for item in body["translations"]]
        except (KeyError, TypeError) as exc:
            raise BadResponse(f"DeepL answered without translations: {body!r:.100}") from exc
        return self.result(out, len(texts))

    def check(self) -> list[str]:
        return [] if self.options.get("API_KEY") else ["DeepL needs OPTIONS['API_KEY']"]
