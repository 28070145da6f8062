"""What search engines and social networks read: absolute URLs, JSON-LD, language names."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.safestring import SafeString, mark_safe

from nouvelles.articles.models import Article
from nouvelles.site.models import SiteSettings

# Characters that could end the <script> element or open a comment inside it.
_JSON_SCRIPT_ESCAPES = (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026"))


def absolute_url(path_or_url: str) -> str:
    """`path_or_url` made absolute against NOUVELLES_SITE_URL (absolute URLs pass through)."""
    if not path_or_url:
        return ""
    base = settings.NOUVELLES_SITE_URL.rstrip("/") + "/"
    if _PLAIN_PATH.fullmatch(path_or_url):
        # What urljoin gives for a path with nothing to resolve: the base's origin + path.
        origin = _ORIGINS.get(base)
        if origin is None:
            parts = urlsplit(base)
            origin = _ORIGINS[base] = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
        if origin:
            return origin + path_or_url
    return urljoin(base, path_or_url)


# A site path that urljoin leaves as it is: no "." or ".." segment, no empty segment,
# no parameters, query or fragment, no tab or newline (it would normalize those).
_PLAIN_PATH = re.compile(r"(?:/(?!\.)[^/?#;\t\r\n]+)+/?|/")
_ORIGINS: dict[str, str] = {}


def jsonld_script(data: dict[str, Any]) -> SafeString:
    """A <script type="application/ld+json"> element that no text in `data` can break out of."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _JSON_SCRIPT_ESCAPES:  # str.replace: much faster than str.translate
        payload = payload.replace(char, escaped)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


def news_article_jsonld(article: Article, site: SiteSettings) -> dict[str, Any]:
    """schema.org NewsArticle for an article page."""
    url = absolute_url(article.get_absolute_url())
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title[:110],
        "description": article.lead,
        "inLanguage": article.language,
        "datePublished": article.published_at.isoformat() if article.published_at else None,
        "dateModified": (article.updated_at or article.published_at).isoformat()
        if (article.updated_at or article.published_at)
        else None,
        "publisher": {
            "@type": "Organization",
            "name": site.name,
            "url": absolute_url("/"),
        },
    }
    if site.logo:
        data["publisher"]["logo"] = {"@type": "ImageObject", "url": absolute_url(site.logo.url)}
    if article.author is not None:
        data["author"] = [
            {
                "@type": "Person",
                "name": article.author.name,
                "url": absolute_url(article.author.get_absolute_url()),
            }
        ]
    elif article.source is not None:
        data["author"] = [{"@type": "Organization", "name": article.source.name}]
    if article.image_url:
        data["image"] = [absolute_url(article.image_url)]
    original = article.canonical_url or article.original_url
    if original:
        data["isBasedOn"] = original
    if article.category is not None:
        data["articleSection"] = article.category.name
    return {k: v for k, v in data.items() if v not in (None, "")}
