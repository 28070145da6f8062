"""The article page's own parts, written in Python: its meta tags, its header, tags and share links.

They run on every uncached article page, where the template engine spent more time
on their variables and filters than on anything else. `site/article.html` keeps the
page's layout and the parts of other apps; it calls these through `news` tags. The
markup is the one the template used to write (the page tests pin it).
"""

from __future__ import annotations

import unicodedata

from django.utils.text import Truncator
from django.utils.translation import gettext as _

from nouvelles.site.templatetags.news import (
    date_text,
    http_url,
    iso_datetime,
    long_datetime,
    text_html,
)
from nouvelles.site.templatetags.typography import typography


def _truncated(text: object, length: int) -> str:
    """`Truncator(text).chars(length)`; a text already that short is only normalized (NFC).

    Truncator counts characters, not combining marks, so a text of at most `length`
    code points is never cut: skip its character-by-character walk.
    """
    normalized = unicodedata.normalize("NFC", str(text))
    if len(normalized) <= length:
        return normalized
    return Truncator(normalized).chars(length)


def meta_html(context) -> str:
    """The page's <meta> elements (description, Open Graph, Twitter) and its JSON-LD."""
    article, site = context["article"], context["site"]
    url = text_html(context["canonical_url"])
    image = context["image_absolute_url"]
    lead = article.lead
    name, title = text_html(site.name), text_html(article.title)
    short = text_html(_truncated(lead, 200))
    html = [
        f'\n<meta name="description" content="{short}">\n'
        f'<link rel="canonical" href="{url}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:site_name" content="{name}">\n'
        f'<meta property="og:title" content="{title}">\n'
        f'<meta property="og:description" content="{text_html(_truncated(lead, 300))}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="og:locale" content="{text_html(context["og_locale"])}">\n'
    ]
    if image:
        html.append(f'<meta property="og:image" content="{text_html(image)}">\n')
        if article.image_alt:
            html.append(f'<meta property="og:image:alt" content="{text_html(article.image_alt)}">')
    html.append(
        f'\n<meta property="article:published_time" content="{iso_datetime(article.published_at)}">\n'
        f'<meta property="article:modified_time" content="{iso_datetime(article.updated_at)}">\n'
    )
    if article.category:
        html.append(
            f'<meta property="article:section" content="{text_html(article.category.name)}">'
        )
    html.append("\n")
    html.extend(
        f'<meta property="article:tag" content="{text_html(tag.name)}">\n'
        for tag in context["tags"]
    )
    card = "summary_large_image" if image else "summary"
    html.append(f'<meta name="twitter:card" content="{card}">\n')
    if site.x_handle:
        handle = text_html(site.x_handle.replace("@", ""))
        html.append(f'<meta name="twitter:site" content="@{handle}">')
    html.append(
        f'\n<meta name="twitter:title" content="{title}">\n'
        f'<meta name="twitter:description" content="{short}">\n'
    )
    if image:
        html.append(f'<meta name="twitter:image" content="{text_html(image)}">')
    html.append(f"\n{context['jsonld']}\n")
    return "".join(html)


def _time(value, css_class: str) -> str:
    return (
        f'<time datetime="{iso_datetime(value)}" class="{css_class}">'
        f"{text_html(long_datetime(value))}</time>"
    )


def header_html(context, language: str) -> str:
    """The article's <header>: section and date, title, lead, author, source and dates."""
    article = context["article"]
    published = article.published_at
    category = article.category
    section = (
        f'<a href="{text_html(category.get_absolute_url())}">{text_html(category.name)}</a> · '
        if category
        else ""
    )
    lead = article.lead
    html = [
        '<header class="article-header">\n'
        f'    <p class="kicker">{section}<time datetime="{iso_datetime(published)}">'
        f"{text_html(date_text(published))}</time></p>\n"
        f"    <h1>{text_html(typography(article.title, language))}</h1>\n    "
        + (f'<p class="lead">{text_html(typography(lead, language))}</p>' if lead else "")
        + '\n    <p class="byline">\n      '
    ]
    author = article.author
    if author:
        html.append(
            f'<span class="author">{_("By")} <a href="{text_html(author.get_absolute_url())}" '
            f'rel="author">{text_html(author.name)}</a></span>'
        )
    html.append("\n      ")
    source = article.source
    if source:
        original = http_url(article.original_url or article.canonical_url)
        name = text_html(source.name)
        link = (
            f'<a href="{text_html(original)}" class="original-link">{name}</a>'
            if original
            else name
        )
        language_name = context.get("original_language_name")
        in_language = (
            ' <span class="original-language">('
            + _("original in %(language)s") % {"language": text_html(language_name)}
            + ")</span>"
            if language_name
            else ""
        )
        html.append(f'<span class="attribution">{_("Source:")} {link}{in_language}</span>')
    updated = (
        f", {_('updated')} {_time(article.updated_at, 'updated')}"
        if context.get("was_updated")
        else ""
    )
    html.append(
        f'\n      <span class="dates">{_("Published")} {_time(published, "published")}{updated}'
        "</span>\n    </p>\n  </header>"
    )
    return "".join(html)


def tags_and_share_html(context) -> str:
    """The article's tags (when it has some), then its share links and copyable address."""
    html = []
    tags = context["tags"]
    if tags:
        items = "".join(
            f'<li><a href="{text_html(tag.get_absolute_url())}" rel="tag">{text_html(tag.name)}</a></li>'
            for tag in tags
        )
        html.append(
            '\n  <section class="tags" aria-labelledby="tags-title">\n'
            f'    <h2 id="tags-title">{_("Tags")}</h2>\n'
            f"    <ul>{items}</ul>\n  </section>\n  "
        )
    links = "".join(
        f'<li><a class="share-{text_html(link.network)}" href="{text_html(link.href)}" '
        f'rel="nofollow noopener noreferrer">{text_html(link.label)}</a></li>'
        for link in context["share_links"]
    )
    html.append(
        '\n  <section class="share" aria-labelledby="share-title">\n'
        f'    <h2 id="share-title">{_("Share")}</h2>\n'
        f"    <ul>{links}</ul>\n"
        f'    <p class="copy-link"><label for="share-url">{_("Copy the link")}</label> '
        f'<input id="share-url" type="url" value="{text_html(context["canonical_url"])}" readonly></p>\n'
        "  </section>"
    )
    return "".join(html)
