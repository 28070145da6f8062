"""`{{ text|typography }}`: French typography on published text when the page is French."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language

from nouvelles.core.typography import french_typography

register = template.Library()


@register.filter
def typography(text: object, language: str | None = None) -> str:
    """Typeset plain `text` for `language` (default: the page's). Output is escaped as usual."""
    if text is None:
        return ""
    value = str(text)
    if (language or get_language() or "").startswith("fr"):
        return french_typography(value)
    return value
