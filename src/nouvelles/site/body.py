"""The article body as HTML: the blocks, the ads after paragraph N, the inline "Lire aussi".

Rendered in Python rather than by a template loop with a dozen tags per block: the
body is most of an uncached article page, and this is its one hot loop. The markup is
the one the article template used to write (tests/site pin it).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from nouvelles.site.related_html import inline_related_html
from nouvelles.site.templatetags.news import heading_level, http_url, text_html
from nouvelles.site.templatetags.typography import typography


def _attr(attrs: object, name: str) -> object:
    return attrs.get(name) if isinstance(attrs, dict) else None


def _credit(credit: object) -> str:
    if not credit:
        return ""
    return (
        ' <span class="credit">'
        + _("Photo: %(credit)s") % {"credit": text_html(credit)}
        + "</span>"
    )


def render_block(block, article, language: str) -> str:
    """One block's HTML ("" for an unknown kind or an unsafe link)."""
    kind, text, attrs = block.kind, block.text, block.attrs
    if kind == "paragraph":
        return f"<p>{escape(typography(text, language))}</p>"
    if kind == "heading":
        level = heading_level(attrs)
        return f"<h{level}>{escape(typography(text, language))}</h{level}>"
    if kind == "quote":
        quote_lang = str(_attr(attrs, "lang") or language)
        lang = f' lang="{escape(quote_lang)}"' if quote_lang != language else ""
        html = [
            f'<figure class="quote">\n      <blockquote{lang}><p>'
            f"{escape(typography(text, quote_lang))}</p></blockquote>"
        ]
        speaker = _attr(attrs, "speaker")
        if speaker:
            html.append(f"\n      <figcaption>— <cite>{text_html(speaker)}</cite></figcaption>")
        original = block.original_text
        if article.is_translation and original and original != text:
            html.append(
                f'\n      <details class="quote-original"><summary>{_("Original quote")}'
                f'</summary><blockquote lang="{escape(article.original_language)}">'
                f"<p>{escape(original)}</p></blockquote></details>"
            )
        html.append("\n    </figure>")
        return "".join(html)
    if kind == "list":
        tag = "ol" if _attr(attrs, "ordered") else "ul"
        items = "".join(f"<li>{escape(typography(line, language))}</li>" for line in block.items)
        return f"<{tag}>{items}</{tag}>"
    if kind == "image":
        src = http_url(_attr(attrs, "src"))
        if not src:
            return ""
        alt = _attr(attrs, "alt") or text
        html = f'<figure class="image">\n      <img src="{escape(src)}" alt="{text_html(alt)}" loading="lazy">'
        credit = _attr(attrs, "credit")
        if text or credit:
            html += f"\n      <figcaption>{escape(typography(text, language))}{_credit(credit)}</figcaption>"
        return html + "\n    </figure>"
    if kind == "embed":
        href = http_url(_attr(attrs, "url"))
        if not href:
            return ""
        return (
            f'<p class="embed"><a href="{escape(href)}" rel="nofollow noopener">'
            f"{text_html(text or href)}</a></p>"
        )
    return ""


def render_body(
    items: Sequence,
    article,
    language: str,
    inline_related=None,
    inline_related_index: int | None = None,
) -> SafeString:
    """The body blocks (`ads.BodyItem`s) with their ads and the inline "Lire aussi"."""
    html: list[str] = []
    for index, item in enumerate(items):
        html.append(render_block(item.block, article, language))
        if item.ads_after:
            ad = get_template("site/includes/ad.html")
            html.extend(ad.render({"slot": slot}) for slot in item.ads_after)
        if inline_related is not None and index == inline_related_index:
            html.append(inline_related_html(inline_related, language))
    return mark_safe("\n  ".join(h for h in html if h))
