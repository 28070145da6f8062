"""Small template helpers of the public site: safe links, dates in words, headings."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from django import template
from django.utils import formats, timezone
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


@register.filter
def long_datetime(value: datetime | None) -> str:
    """ "25 novembre 2026 à 14:05" in the page's language and the site's time zone."""
    if value is None:
        return ""
    local = timezone.localtime(value)
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
