"""Load the configured translation backends and choose a route for a language pair.

`NOUVELLES_TRANSLATION` is read like `CACHES` or `TASKS`:
{"default": {"BACKEND": "apertium", "OPTIONS": {...}}, "deepl": {...}}.
A route is one backend translating the pair directly, or two hops through a
pivot language (en → es → fr), tried in the order given by the admin's
language-pair settings, then `NOUVELLES_TRANSLATION_ROUTES`, then every
configured backend with "default" first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from asgiref.local import Local
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.connection import BaseConnectionHandler
from django.utils.module_loading import import_string

from nouvelles.translation.backends.base import BaseTranslationBackend, TranslationError

BACKEND_NAMES = {
    "apertium": "nouvelles.translation.backends.apertium.ApertiumBackend",
    "apertium_apy": "nouvelles.translation.backends.apertium_apy.ApertiumApyBackend",
    "libretranslate": "nouvelles.translation.backends.libretranslate.LibreTranslateBackend",
    "argos": "nouvelles.translation.backends.argos.ArgosBackend",
    "deepl": "nouvelles.translation.backends.deepl.DeepLBackend",
    "openai_compat": "nouvelles.translation.backends.openai_compat.OpenAICompatBackend",
    "none": "nouvelles.translation.backends.none.NoTranslationBackend",
    "dummy": "nouvelles.translation.backends.dummy.DummyBackend",
}


class InvalidTranslationBackend(ImproperlyConfigured):
    pass


def backend_class(path: str) -> type[BaseTranslationBackend]:
    """The class named by a BACKEND value (short name or dotted path)."""
    try:
        cls = import_string(BACKEND_NAMES.get(path, path))
    except ImportError as exc:
        raise InvalidTranslationBackend(
            f"NOUVELLES_TRANSLATION: cannot import BACKEND {path!r} ({exc}); use one of "
            f"{', '.join(BACKEND_NAMES)} or a dotted path to a BaseTranslationBackend subclass"
        ) from exc
    if not (isinstance(cls, type) and issubclass(cls, BaseTranslationBackend)):
        raise InvalidTranslationBackend(f"{path!r} is not a BaseTranslationBackend subclass")
    return cls


class TranslationBackendHandler(BaseConnectionHandler[BaseTranslationBackend]):
    settings_name = "NOUVELLES_TRANSLATION"
    exception_class = InvalidTranslationBackend

    def configure_settings(self, value):
        value = super().configure_settings(value)
        if not isinstance(value, dict) or not value:
            raise InvalidTranslationBackend(
                'NOUVELLES_TRANSLATION must be a JSON object such as {"default": {"BACKEND": "apertium"}}'
            )
        return value

    def create_connection(self, alias: str) -> BaseTranslationBackend:
        params = self.settings[alias]
        if not isinstance(params, dict) or "BACKEND" not in params:
            raise InvalidTranslationBackend(
                f'NOUVELLES_TRANSLATION[{alias!r}] needs a BACKEND (e.g. "apertium")'
            )
        cls = backend_class(params["BACKEND"])
        return cls(alias, params.get("OPTIONS") or {})


backends = TranslationBackendHandler()


@receiver(setting_changed)
def reset_backends(*, setting: str, **kwargs) -> None:
    """Tests swap NOUVELLES_TRANSLATION with override_settings: forget the loaded backends."""
    if setting == "NOUVELLES_TRANSLATION":
        backends.__dict__.pop("settings", None)
        backends._settings = None
        backends._connections = Local(backends.thread_critical)


@dataclass(frozen=True)
class Hop:
    alias: str
    source: str
    target: str

    @property
    def backend(self) -> BaseTranslationBackend:
        return backends[self.alias]


@dataclass(frozen=True)
class Route:
    """One way to translate a pair: a direct hop, or two through `pivot`.

    Planned afresh for each batch, so what it says of its backends is computed once
    (a batch asks it for every article).
    """

    hops: tuple[Hop, ...]

    @property
    def pivot(self) -> str:
        return self.hops[0].target if len(self.hops) > 1 else ""

    @cached_property
    def backend_name(self) -> str:
        names = dict.fromkeys(h.backend.name for h in self.hops)
        return " + ".join(names)

    @cached_property
    def machine(self) -> bool:
        return any(h.backend.machine for h in self.hops)

    @cached_property
    def cache_name(self) -> str:
        """Backend and model of every hop: the route part of a cache key."""
        return " > ".join(
            f"{h.backend.name}:{h.backend.model}:{h.source}-{h.target}" for h in self.hops
        )

    def __str__(self) -> str:
        label = " → ".join([self.hops[0].source, *(h.target for h in self.hops)])
        return f"{self.backend_name} ({label})"


def _configured_order(source: str, target: str) -> tuple[list[str], list[str]]:
    """(backend aliases, pivot languages) for the pair, from the admin, then the settings."""
    from nouvelles.translation.models import LanguagePair

    pivots = list(settings.NOUVELLES_TRANSLATION_PIVOTS)
    pair = LanguagePair.objects.filter(source=source, target=target, enabled=True).first()
    if pair is not None and pair.backend_list:
        if pair.pivot:
            pivots = [pair.pivot]
        return pair.backend_list, pivots
    routes = settings.NOUVELLES_TRANSLATION_ROUTES or {}
    order = routes.get(f"{source}-{target}") or routes.get("*")
    if not order:
        order = sorted(backends, key=lambda alias: alias != "default")
    return list(order), pivots


def _supports(alias: str, source: str, target: str) -> bool:
    try:
        return backends[alias].supports_pair(source, target)
    except TranslationError:
        return False


def plan_routes(source: str, target: str) -> list[Route]:
    """Every route that can translate source → target, in order: direct ones, else pivots."""
    aliases, pivots = _configured_order(source, target)
    routes = [Route((Hop(a, source, target),)) for a in aliases if _supports(a, source, target)]
    if routes:
        return routes
    for pivot in pivots:
        if pivot in {source, target}:
            continue
        for first in aliases:
            if not _supports(first, source, pivot):
                continue
            for second in aliases:
                if _supports(second, pivot, target):
                    routes.append(Route((Hop(first, source, pivot), Hop(second, pivot, target))))
    return routes
