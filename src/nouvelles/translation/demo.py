"""The demo's foreign-language articles through the real translation pipeline.

The demo corpus ships hand-written French beside each Spanish or English
original. When a backend can translate the pair (Apertium by default, from
Debian's packages), the demo replaces that French with the real machine
translation, so the site shows what nouvelles does. When none can, the
hand-written French stays, marked "demo" (the notice says it is a
demonstration text), and the returned message says how to install Apertium.
"""

from __future__ import annotations

from django.conf import settings

from nouvelles.articles.models import Article
from nouvelles.translation.articles import translate_articles
from nouvelles.translation.handler import plan_routes
from nouvelles.translation.templatetags.translation_tags import DEMO_BACKEND

INSTALL_HINT = "apt-get install apertium apertium-fr-es apertium-eng-spa"


def translate_demo_articles() -> str:
    """Translate every published foreign-language article; return one line for the command."""
    target = settings.NOUVELLES_SITE_LANGUAGE
    articles = list(
        Article.objects.published()
        .exclude(original_language="")
        .exclude(original_language=target)
        .prefetch_related("blocks")
        .select_related("source", "translation_job")
    )
    languages = sorted({a.original_language for a in articles})
    routed = [lang for lang in languages if plan_routes(lang, target)]
    unrouted = [a for a in articles if a.original_language not in routed]
    if unrouted:
        Article.objects.filter(pk__in=[a.pk for a in unrouted]).update(
            translation_backend=DEMO_BACKEND, machine_translated=False
        )
    todo = [a for a in articles if a.original_language in routed]
    results = translate_articles(todo, force=True)
    failed = [pk for pk, error in results.items() if error]
    lines = []
    if todo:
        lines.append(
            f"Translated {len(results) - len(failed)} demo articles from "
            f"{', '.join(routed)} to {target} with the configured backend"
            + (f" ({len(failed)} failed: see the admin)" if failed else "")
        )
    if unrouted:
        missing = ", ".join(sorted({a.original_language for a in unrouted}))
        lines.append(
            f"No translation backend for {missing} → {target} (Apertium not installed? {INSTALL_HINT}): "
            f"{len(unrouted)} demo articles show the corpus's hand-written French, marked as a demonstration text"
        )
    return "; ".join(lines) or "No demo article to translate"
