"""The home page: the lead article, the latest ones, and a block per category."""

from __future__ import annotations

from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.shortcuts import render

from nouvelles.articles.models import Article, Category
from nouvelles.related.stories import top_stories
from nouvelles.site.models import SiteSettings
from nouvelles.site.pagecache import public_page
from nouvelles.site.seo import absolute_url, jsonld_script

LATEST_COUNT = 10
PER_CATEGORY = 4
TOP_STORIES_COUNT = 6


def category_blocks(per_category: int = PER_CATEGORY) -> list[tuple[Category, list[Article]]]:
    """The newest `per_category` articles of each category, in two queries whatever their number."""
    ranked = (
        Article.objects.published()
        .filter(category__isnull=False)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("category_id")],
                order_by=[F("published_at").desc(), F("id").desc()],
            )
        )
        .filter(rank__lte=per_category)
        .select_related("category", "source")
        .order_by("category_id", "rank")
    )
    groups: dict[int, list[Article]] = {}
    for article in ranked:
        groups.setdefault(article.category_id, []).append(article)
    return [(c, groups[c.pk]) for c in Category.objects.all() if c.pk in groups]


@public_page
def home(request):
    site = SiteSettings.load()
    latest = list(
        Article.objects.published().select_related("category", "source")[: LATEST_COUNT + 1]
    )
    context = {
        "lead": latest[0] if latest else None,
        "latest": latest[1:],
        "category_blocks": category_blocks(),
        "stories": top_stories(TOP_STORIES_COUNT),  # ranked by recency and breadth (issue 5)
        "canonical_url": absolute_url("/"),
        "jsonld": jsonld_script(
            {
                "@context": "https://schema.org",
                "@type": "WebSite",
                "name": site.name,
                "url": absolute_url("/"),
                "inLanguage": site.site_language,
            }
        ),
    }
    return render(request, "site/home.html", context)
