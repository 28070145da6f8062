"""Template helpers: the translation notice, and the `lang` of text left in its original language."""

from __future__ import annotations

from django import template
from django.conf import settings
from django.utils.translation import get_language

from nouvelles.articles.models import Article, Block
from nouvelles.translation.language_names import from_language, language_name, the_language

register = template.Library()
DEMO_BACKEND = "demo"
# Article.translation_backend is "Apertium", or "Apertium via:es" for a pivot translation:
# the notice reads it without a query for the translation job.
PIVOT_MARK = " via:"


@register.inclusion_tag("translation/notice.html")
def translation_notice(article: Article) -> dict:
    """Context for the notice under the headline of an article from another language."""
    original = article.original_language
    if not original or original == settings.NOUVELLES_SITE_LANGUAGE:
        return {"show": False}
    backend, _sep, pivot = article.translation_backend.partition(PIVOT_MARK)
    translated = article.translation_state == Article.TranslationState.DONE and (
        article.language != original
    )
    return {
        "show": True,
        "article": article,
        "translated": translated,
        "machine": translated and article.machine_translated,
        "demo": article.translation_backend == DEMO_BACKEND,
        "backend": backend,
        "from_language": from_language(original),
        "language_name": language_name(original),
        "pivot": the_language(pivot) if pivot else "",
        "pending": article.translation_state != Article.TranslationState.DONE,
        "revised": article.translation_revised,
        "original_lang": original,
        # Inside <article lang="es"> (original first), the notice itself is in the site language.
        "notice_lang": get_language() if article.language != get_language() else "",
    }


@register.filter
def article_lang(article: Article) -> str:
    """The `lang` for the article's text when it is not in the site language, else ""."""
    return article.language if article.language != settings.NOUVELLES_SITE_LANGUAGE else ""


@register.filter
def block_lang(block: Block, article: Article) -> str:
    """The `lang` of a block still in the original language inside a translated article."""
    if not article.original_language or article.language == article.original_language:
        return ""  # the whole article is in its original language: article_lang covers it
    if block.original_text and block.text == block.original_text and not block.edited:
        return article.original_language
    return ""
