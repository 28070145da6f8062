"""Small template helpers of the public site: safe links, dates in words, headings."""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import lru_cache
from html import escape
from urllib.parse import urlsplit

from django import template
from django.utils import formats, timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def http_url(value: object) -> str:
    """`value` if it is an http(s) URL or a site path, else "" (never javascript: or data:)."""
    url = str(value or "").strip()
    if url.startswith("/") and not url.startswith("//"):
        return url
    if urlsplit(url).scheme.lower() in {"http", "https"}:
        return url
    return ""


def text_html(value: object) -> str:
    """What `{{ value }}` writes: "" for None, else the escaped string (for the page parts
    written in Python: site.body, site.article_html)."""
    return "" if value is None else escape(str(value))


def iso_datetime(value: datetime | None) -> str:
    """What `{{ value|date:'c' }}` writes: ISO 8601 in the site's time zone."""
    return "" if value is None else timezone.localtime(value).isoformat()


def date_text(value: datetime | None, format_name: str = "DATE_FORMAT") -> str:
    """What `{{ value|date:"DATE_FORMAT" }}` writes (unescaped), in the page's language."""
    if value is None:
        return ""
    return _localized(value, format_name, get_language(), timezone.get_current_timezone())


@register.filter
def long_datetime(value: datetime | None) -> str:
    """ "25 novembre 2026 à 14:05" in the page's language and the site's time zone."""
    if value is None:
        return ""
    return _localized(value, "", get_language(), timezone.get_current_timezone())


# A date in words costs Django ~20-30 us (format lookup, then the format string walked
# piece by piece); an article page writes about eight, most of them dates that other
# pages write too (the "Lire aussi" lists of a story's articles): remembered per date,
# format, language and time zone.
@lru_cache(maxsize=4096)
def _localized(value: datetime, format_name: str, language: str | None, zone) -> str:
    local = timezone.localtime(value, zone)
    if format_name:
        return formats.date_format(local, format_name)
    return _("%(date)s at %(time)s") % {
        "date": formats.date_format(local, "DATE_FORMAT"),
        "time": formats.time_format(local, "TIME_FORMAT"),
    }


@register.filter
def heading_level(attrs: dict | None) -> int:
    """A body heading's level, kept between 2 and 4 (the page's only h1 is the title)."""
    try:
        level = int((attrs or {}).get("level", 2))
    except (TypeError, ValueError):
        level = 2
    return min(max(level, 2), 4)


class SharedFragmentNode(template.Node):
    def __init__(self, name: str, vary: list[template.base.FilterExpression], nodelist):
        self.name, self.vary, self.nodelist = name, vary, nodelist

    def render(self, context) -> str:
        from nouvelles.site.pagecache import cached_for_version  # here: it imports models

        parts = "\x1f".join(str(v.resolve(context)) for v in self.vary)
        digest = hashlib.blake2b(parts.encode(), digest_size=12).hexdigest()
        return cached_for_version(
            context.get("request"),
            f"fragment:{self.name}:{get_language()}:{digest}",
            lambda: self.nodelist.render(context),
        )


@register.tag
def shared_fragment(parser, token):
    """`{% shared_fragment "name" var ... %}…{% endshared_fragment %}`: markup shared by pages.

    Rendered once per content version, language and values of the listed variables on
    public pages (the site's header and footer: navigation, settings, feed links), then
    read from the cache; rendered every time elsewhere. The listed variables must be
    everything in it that is not covered by the content version.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        bits[1].strip("\"'"), [parser.compile_filter(b) for b in bits[2:]], nodelist
    )


@register.simple_tag(takes_context=True)
def article_body(context) -> str:
    """The article's body blocks with their ads and the inline "Lire aussi" (`site.body`)."""
    from nouvelles.site.body import render_body  # here: body imports these filters

    return render_body(
        context.get("body") or [],
        context.get("article"),
        get_language() or "",
        context.get("inline_related"),
        context.get("inline_related_index"),
    )


@register.simple_tag(takes_context=True)
def related_section(context) -> str:
    """ "Lire aussi" and the story link after the article (`site.related_html`)."""
    from nouvelles.site.related_html import related_html  # here: it imports these filters

    return mark_safe(
        related_html(context.get("article"), context.get("related") or [], get_language() or "")
    )


@register.simple_tag(takes_context=True)
def article_meta(context) -> str:
    """The article page's <meta> elements and JSON-LD (`site.article_html`)."""
    from nouvelles.site.article_html import meta_html  # here: it imports these filters

    return mark_safe(meta_html(context))


@register.simple_tag(takes_context=True)
def article_header(context) -> str:
    """The article's header: section, date, title, lead, byline (`site.article_html`)."""
    from nouvelles.site.article_html import header_html

    return mark_safe(header_html(context, get_language() or ""))


@register.simple_tag(takes_context=True)
def article_tags_and_share(context) -> str:
    """The article's tags and share links (`site.article_html`)."""
    from nouvelles.site.article_html import tags_and_share_html

    return mark_safe(tags_and_share_html(context))
