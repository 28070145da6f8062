"""`reverse()` for the public pages named by a slug, without resolving the route each time.

An uncached article page links to about fifteen pages by slug (the article's category,
tags, author and story, the related articles, the original text). `reverse()` walks the
URL resolver for each (namespaces, patterns, the current language, script prefix and
urlconf): a fifth of a millisecond per page. Here the URL of each route is reversed once
per script prefix, urlconf and language with a marker slug, and the real slug goes in
its place: for a value that Django's `slug` converter accepts (letters, digits, `-`,
`_`), `reverse()` writes it unchanged, so the result is the same string. Any other value
goes through `reverse()` itself. Only for routes whose slug is a `<slug:slug>`.

`pk_url` does the same for routes of one `<int:...>` argument (the comment form's
action, a comment's reply link): `reverse()` writes a non-negative int as `str(pk)`.
"""

from __future__ import annotations

import re

from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

_SLUG = re.compile(r"[-a-zA-Z0-9_]+")  # django.urls.converters.SlugConverter
_MARKER = "zq0slug0qz"
_PK_MARKER = 987_654_321_012_345
_AROUND: dict[tuple, tuple[str, str] | None] = {}


def _around(name: str, marker: str, reverse_marker) -> tuple[str, str] | None:
    """What the route's URL holds before and after its one argument (None: not usable)."""
    key = (name, marker, get_script_prefix(), get_urlconf(), get_language())
    around = _AROUND.get(key, False)
    if around is False:
        before, found, after = reverse_marker().partition(marker)
        around = (before, after) if found and marker not in after and before else None
        _AROUND[key] = around
    return around


def slug_url(name: str, slug: str) -> str:
    """`reverse(name, kwargs={"slug": slug})`."""
    if type(slug) is not str or not _SLUG.fullmatch(slug):
        return reverse(name, kwargs={"slug": slug})
    around = _around(name, _MARKER, lambda: reverse(name, kwargs={"slug": _MARKER}))
    if around is None:
        return reverse(name, kwargs={"slug": slug})
    return around[0] + slug + around[1]


def pk_url(name: str, pk: int) -> str:
    """`reverse(name, args=[pk])` for a route whose one argument is an `<int:...>`."""
    if type(pk) is not int or pk < 0:
        return reverse(name, args=[pk])
    around = _around(name, str(_PK_MARKER), lambda: reverse(name, args=[_PK_MARKER]))
    if around is None:
        return reverse(name, args=[pk])
    return around[0] + str(pk) + around[1]
