"""`nouvelles check` explains a translation setting that cannot work."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Warning, register

from nouvelles.translation.handler import BACKEND_NAMES, InvalidTranslationBackend, backends


@register()
def check_translation_backends(app_configs=None, **kwargs):
    messages = []
    try:
        aliases = list(backends)
    except InvalidTranslationBackend as exc:
        return [Error(str(exc), id="translation.E001")]
    for alias in aliases:
        try:
            backend = backends[alias]
        except InvalidTranslationBackend as exc:
            messages.append(
                Error(
                    str(exc),
                    hint=f"Short names: {', '.join(BACKEND_NAMES)}.",
                    id="translation.E002",
                )
            )
            continue
        for problem in backend.check():
            messages.append(
                Warning(
                    f"translation backend {alias!r}: {problem}",
                    hint="Articles in other languages will wait untranslated until this is fixed.",
                    id="translation.W001",
                )
            )
    routes = settings.NOUVELLES_TRANSLATION_ROUTES
    if not isinstance(routes, dict):
        messages.append(
            Error("NOUVELLES_TRANSLATION_ROUTES must be a JSON object", id="translation.E003")
        )
        return messages
    for pair, order in routes.items():
        unknown = [a for a in (order if isinstance(order, list) else [order]) if a not in aliases]
        if not isinstance(order, list) or unknown:
            messages.append(
                Error(
                    f"NOUVELLES_TRANSLATION_ROUTES[{pair!r}] must list backend aliases "
                    f"defined in NOUVELLES_TRANSLATION ({', '.join(aliases)}); unknown: {unknown}",
                    id="translation.E004",
                )
            )
    return messages
