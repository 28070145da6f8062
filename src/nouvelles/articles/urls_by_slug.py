"""`reverse()` for the public pages named by a slug, without resolving the route each time.

An uncached article page links to about fifteen pages by slug (the article's category,
tags, author and story, the related articles, the original text). `reverse()` walks the
URL resolver for each (namespaces, patterns, the current language, script prefix and
urlconf): a fifth of a millisecond per page. Here the URL of each route is reversed once
per script prefix, urlconf and language with a marker slug, and the real slug goes in
its place: for a value that Django's `slug` converter accepts (letters, digits, `-`,
`_`), `reverse()` writes it unchanged, so the result is the same string. Any other value
goes through `reverse()` itself. Only for routes whose slug is a `<slug:slug>`.
"""

from __future__ import annotations

import re

from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

_SLUG = re.compile(r"[-a-zA-Z0-9_]+")  # django.urls.converters.SlugConverter
_MARKER = "zq0slug0qz"
_AROUND: dict[tuple, tuple[str, str] | None] = {}


def slug_url(name: str, slug: str) -> str:
    """`reverse(name, kwargs={"slug": slug})`."""
    if type(slug) is not str or not _SLUG.fullmatch(slug):
        return reverse(name, kwargs={"slug": slug})
    key = (name, get_script_prefix(), get_urlconf(), get_language())
    around = _AROUND.get(key, False)
    if around is False:
        url = reverse(name, kwargs={"slug": _MARKER})
        before, marker, after = url.partition(_MARKER)
        around = (before, after) if marker and _MARKER not in after and before else None
        _AROUND[key] = around
    if around is None:
        return reverse(name, kwargs={"slug": slug})
    return around[0] + slug + around[1]
