"""The article page."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from nouvelles.articles.models import Article, Block, Tag
from nouvelles.related.lookup import inline_related_position, related_articles
from nouvelles.site.ads import ad_slots_for, enabled_slots, place_ads
from nouvelles.site.baked import DATETIME, INT, TEXT, BakedQuery
from nouvelles.site.context_processors import site_settings
from nouvelles.site.models import SiteSettings
from nouvelles.site.pagecache import cached_for_version, public_page
from nouvelles.site.seo import absolute_url, jsonld_script, news_article_jsonld
from nouvelles.site.share import share_links
from nouvelles.sources.models import Source
from nouvelles.translation.language_names import language_name

RELATED_COUNT = 4


def article_page_queryset():
    """Articles with their category, source, author and story (one query).

    Their tags and blocks are read by `article_context`, one plain query each: cheaper
    than `prefetch_related` for the one article of a page.
    """
    return Article.objects.select_related("category", "source", "author", "story").defer(
        *_NOT_SHOWN
    )


# What the page never shows: not read, not converted. The article's feed key, hashes,
# original texts (the "original" page shows them) and translation diagnostics; the
# source's health and fetch state (eight dates and a JSON map); an author's bio, a
# story's summary. A template that reads one of these costs a query (the query-count
# tests of the article page would say so).
_NOT_SHOWN = [
    "guid",
    "original_title",
    "original_lead",
    "original_updated_at",
    "content_hash",
    "translation_warnings",
    "translation_error",
    *(
        f"source__{field.name}"
        for field in Source._meta.concrete_fields
        if field.name not in {"id", "name", "homepage", "language"}
    ),
    "author__bio",
    "story__summary",
    "story__created_at",
    "story__updated_at",
    "story__first_published_at",
]


# The page's reads, compiled once per process (`site.baked`): same SQL, same objects.
_PUBLISHED_ARTICLE = BakedQuery(
    lambda slug, now: (
        article_page_queryset()
        .filter(status=Article.Status.PUBLISHED, published_at__lte=now, slug=slug)
        .order_by()
    ),
    slug=TEXT,
    now=DATETIME,
)
_BLOCKS = BakedQuery(
    lambda article_id: Block.objects.filter(article_id=article_id).order_by("position"),
    article_id=INT,
)
_TAGS = BakedQuery(lambda article_id: Tag.objects.filter(articles__id=article_id), article_id=INT)


def published_article(slug: str) -> Article:
    """The published article with everything its page shows (`Article.objects.published()`)."""
    found = _PUBLISHED_ARTICLE(slug=slug, now=timezone.now())
    if not found:
        raise Http404("No article matches the given query.")
    return found[0]


@public_page
def article_detail(request, slug: str):
    article = published_article(slug)
    return render(request, "site/article.html", article_context(article, request))


def article_context(article: Article, request=None) -> dict:
    """Everything the article template shows (the public page and the staff preview share it).

    With the request of a public page, the ad slots come from the cache (per content version).
    """
    site = SiteSettings.load() if request is None else site_settings(request)
    slots = (
        enabled_slots()
        if request is None
        else cached_for_version(request, "ad-slots", enabled_slots)
    )
    ads = ad_slots_for(article, slots)
    url = absolute_url(article.get_absolute_url())
    image_url = absolute_url(article.image_url)
    blocks = _BLOCKS(article_id=article.pk)
    related = related_articles(article, RELATED_COUNT)
    return {
        "article": article,
        "body": place_ads(blocks, ads.in_article),
        "tags": _TAGS(article_id=article.pk),
        "ads": ads,
        "related": related,
        # Inline "Lire aussi" after paragraph N (issue 5): the first related article.
        "inline_related": related[0] if related else None,
        "inline_related_index": inline_related_position(blocks, site.inline_related_after),
        "canonical_url": url,
        "image_absolute_url": image_url,
        "original_language_name": language_name(article.original_language),
        "share_links": share_links(url, article.title, image_url),
        "jsonld": jsonld_script(news_article_jsonld(article, site)),
        "was_updated": bool(
            article.published_at
            and article.updated_at
            and (article.updated_at - article.published_at).total_seconds() > 60
        ),
    }
