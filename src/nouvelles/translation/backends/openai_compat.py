"""An OpenAI-compatible chat endpoint: a local LLM server (Ollama, vLLM, llama.cpp) or a hosted one.

POST {URL}/chat/completions {"model": .., "messages": [..], "temperature": 0} →
{"choices": [{"message": {"content": ".."}}]}. The segments travel as a JSON
array and the model is asked for a JSON array of the same length back; the
glossary's terms go into the system prompt, the placeholders are explained.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from nouvelles.core.glossary import GlossaryTerm
from nouvelles.translation.backends.base import (
    BadResponse,
    BaseTranslationBackend,
    BatchResult,
    require_option,
)
from nouvelles.translation.backends.http import request_json

PROMPT = (
    "You are a news translator. Translate each string of the JSON array from {source} to "
    "{target}. Keep every token like ZXQ0Q exactly as it is: it stands for a name or a "
    "number. Keep person names, numbers and dates unchanged. Answer with a JSON array of "
    "exactly {count} strings and nothing else."
)


class OpenAICompatBackend(BaseTranslationBackend):
    """OPTIONS: URL (base URL ending in /v1), MODEL (required), API_KEY (optional), TIMEOUT."""

    name = "LLM"
    supports_glossary = True
    max_segments = 40
    max_chars = 8_000

    @property
    def model(self) -> str:
        return str(self.options.get("MODEL", ""))

    def translate_batch(
        self, texts: list[str], source: str, target: str, glossary: Sequence[GlossaryTerm] = ()
    ) -> BatchResult:
        url = require_option(self, "URL").rstrip("/")
        model = require_option(self, "MODEL")
        system = PROMPT.format(source=source, target=target, count=len(texts))
        if glossary:
            lines = [f"- {t.term} → {t.translation or t.term}" for t in glossary]
            system += "\nGlossary (always use these translations):\n" + "\n".join(lines)
        headers = {}
        if self.options.get("API_KEY"):
            headers["Authorization"] = f"Bearer {self.options['API_KEY']}"
        body = request_json(
            self,
            "POST",
            f"{url}/chat/completions",
            json={
                "model": model,
                "temperature": 0,
                "messages": [
                    {"role": "system", "content": system},
                    {"role": "user", "content": json.dumps(texts, ensure_ascii=False)},
                ],
            },
            headers=headers,
        )
        try:
            content = body["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise BadResponse(
                f"the LLM endpoint answered without a message: {body!r:.100}"
            ) from exc
        return self.result(parse_array(content), len(texts))

    def check(self) -> list[str]:
        return [
            f"the OpenAI-compatible backend needs OPTIONS[{name!r}]"
            for name in ("URL", "MODEL")
            if not self.options.get(name)
        ]


def parse_array(content: str) -> list[str]:
    """The JSON array of strings in a model's answer (code fences and chatter tolerated)."""
    match = re.search(r"\[.*\]", content or "", re.DOTALL)
    try:
        value = json.loads(match.group(0)) if match else None
    except ValueError:
        value = None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadResponse(f"the LLM did not answer with a JSON array of strings: {content!r:.100}")
    return value
