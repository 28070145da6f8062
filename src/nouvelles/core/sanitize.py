"""Sanitising: every piece of HTML or text we store goes through here (nh3).

Blocks are stored as plain text, so `clean_text` strips every tag and keeps the words;
`clean_html` keeps a small inline subset for the rare fields that hold HTML.
"""

from __future__ import annotations

import html
import re

import nh3

INLINE_TAGS = {"a", "b", "strong", "i", "em", "br", "p", "ul", "ol", "li", "blockquote", "q"}
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
_NEWLINES = re.compile(r"\s*\n\s*")


def clean_html(value: str) -> str:
    """Keep a small safe subset of inline HTML; links get rel=noopener noreferrer."""
    return nh3.clean(
        value or "",
        tags=INLINE_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


STRUCTURE_TAGS = INLINE_TAGS | {
    "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "img", "div", "span",
    "section", "article", "table", "tr", "td", "th", "tbody", "thead", "pre", "code",
}  # fmt: skip


def clean_fragment(value: str) -> str:
    """Structure-preserving sanitising of a feed's content HTML before we read its blocks:
    scripts, styles, event handlers and foreign URLs are gone."""
    return nh3.clean(
        value or "",
        tags=STRUCTURE_TAGS,
        attributes={"a": {"href"}, "img": {"src", "alt"}},
        url_schemes={"http", "https"},
        link_rel=None,
    )


def clean_text(value: str) -> str:
    """Plain text: tags removed (scripts and styles with their content), entities decoded,
    spaces collapsed, one newline kept between lines."""
    value = value or ""
    if "<" in value or "&" in value:  # only markup or entities need the sanitiser
        value = html.unescape(nh3.clean(value, tags=set(), clean_content_tags={"script", "style"}))
    text = value
    text = _SPACES.sub(" ", text)
    return _NEWLINES.sub("\n", text).strip()


def clean_url(value: str) -> str:
    """An http(s) URL or nothing: no javascript:, data: or relative leftovers are stored."""
    value = (value or "").strip()
    return value if value.lower().startswith(("http://", "https://")) else ""
