"""Argos Translate: local neural models (https://github.com/argosopentech/argos-translate).

Not a dependency of nouvelles: the operator installs `argostranslate` and its
language models (`argospm install translate-es_fr`); this backend says so when
they are missing.
"""

from __future__ import annotations

import importlib

from nouvelles.translation.backends.base import (
    BackendUnavailable,
    BaseTranslationBackend,
    BatchResult,
    UnsupportedPair,
)


class ArgosBackend(BaseTranslationBackend):
    """OPTIONS: none required (models are found where argostranslate installed them)."""

    name = "Argos Translate"
    supports_batch = False
    max_segments = 1
    max_chars = 5_000

    @property
    def model(self) -> str:
        return "argos"

    def _module(self):
        try:
            return importlib.import_module("argostranslate.translate")
        except ImportError as exc:
            raise BackendUnavailable(
                "argostranslate is not installed (pip install argostranslate, then "
                "argospm install translate-<src>_<tgt>)"
            ) from exc

    def language_pairs(self) -> set[tuple[str, str]]:
        try:
            module = self._module()
        except BackendUnavailable:
            return set()
        pairs = set()
        for lang in module.get_installed_languages():
            for translation in getattr(lang, "translations_from", []):
                pairs.add((lang.code, translation.to_lang.code))
        return pairs

    def translate_batch(self, texts: list[str], source: str, target: str) -> BatchResult:
        module = self._module()
        if (source, target) not in self.language_pairs():
            raise UnsupportedPair(f"no Argos model installed for {source}→{target}")
        return self.result([module.translate(t, source, target) for t in texts], len(texts))

    def check(self) -> list[str]:
        try:
            self._module()
        except BackendUnavailable as exc:
            return [str(exc)]
        return []
