"""Template helpers: the translation notice, and the `lang` of text left in its original language."""

from __future__ import annotations

from html import escape

from django import template
from django.conf import settings
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from nouvelles.articles.models import Article, Block
from nouvelles.articles.urls_by_slug import slug_url
from nouvelles.translation.language_names import from_language, language_name, the_language

register = template.Library()
DEMO_BACKEND = "demo"
# Article.translation_backend is "Apertium", or "Apertium via:es" for a pivot translation:
# the notice reads it without a query for the translation job.
PIVOT_MARK = " via:"


def notice_context(article: Article) -> dict:
    """What the notice under the headline of an article from another language says."""
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


def _sentence(notice: dict) -> str:
    """The notice's first sentence, and the newlines the notice's template wrote after it."""
    names = {
        key: escape(notice[key]) for key in ("from_language", "backend", "pivot", "language_name")
    }
    if notice["demo"]:
        text = _(
            "Translated %(from_language)s (demonstration text written by hand, "
            "not by a translation engine)"
        )
    elif notice["machine"] and notice["pivot"]:
        text = _("Machine-translated %(from_language)s by %(backend)s, through %(pivot)s")
    elif notice["machine"]:
        text = _("Machine-translated %(from_language)s by %(backend)s")
    elif notice["translated"]:
        text = _("Translated %(from_language)s")
    elif notice["pending"]:
        text = _(
            "Published in its original language (%(language_name)s); the translation is on its way"
        )
    else:
        return _("Published in its original language (%(language_name)s), not translated") % names
    return text % names + "\n"


@register.simple_tag
def translation_notice(article: Article) -> SafeString:
    """The notice under the headline of an article from another language ("" otherwise)."""
    notice = notice_context(article)
    if not notice["show"]:
        return mark_safe("\n")
    lang = escape(notice["original_lang"])
    notice_lang = f' lang="{escape(notice["notice_lang"])}"' if notice["notice_lang"] else ""
    revised = (
        f'<span class="translation-revised">{_("Translation revised by the newsroom")}</span>'
        if notice["revised"]
        else ""
    )
    original = slug_url("site:article_original", article.slug)
    on_source = ""
    if article.original_url:
        source = (article.source.name if article.source_id else "") or _("the source")
        on_source = (
            f' (<a href="{escape(article.original_url)}" hreflang="{lang}" rel="noopener">'
            f"{_('on %(source)s') % {'source': escape(source)}}</a>)"
        )
    return mark_safe(
        f'<aside class="translation-notice"{notice_lang} aria-label="{_("About this translation")}">'
        f"<p>\n{_sentence(notice)}\n{revised}\n"
        f'— <a href="{escape(original)}" hreflang="{lang}">{_("read the original")}</a>{on_source}'
        "\n</p></aside>\n"
    )


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
