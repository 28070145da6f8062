"""The home page: the lead article, the latest ones, and a block per category."""

from __future__ import annotations

from django.db.models import F, OuterRef, Q, Subquery, Window
from django.db.models.functions import RowNumber
from django.shortcuts import render
from django.utils import timezone

from nouvelles.articles.models import Article, Category
from nouvelles.related.stories import top_stories
from nouvelles.site.models import SiteSettings
from nouvelles.site.pagecache import public_page
from nouvelles.site.seo import absolute_url, jsonld_script

LATEST_COUNT = 10
PER_CATEGORY = 4
TOP_STORIES_COUNT = 6


def category_blocks(per_category: int = PER_CATEGORY) -> list[tuple[Category, list[Article]]]:
    """The newest `per_category` articles of each category, in two queries whatever their number.

    Ranking every published article per category (a window over the whole table) cost
    ~80 ms at 10,000 articles and grows with the archive. First, each category with the
    date of its `per_category`-th newest article (one index lookup each); then only the
    articles from that date on in each category are ranked.
    """
    visible = Article.objects.filter(
        status=Article.Status.PUBLISHED, published_at__lte=timezone.now()
    )
    nth_newest = (
        visible.filter(category=OuterRef("pk"))
        .order_by("-published_at", "-id")
        .values("published_at")[per_category - 1 : per_category]
    )
    categories = list(Category.objects.annotate(cutoff=Subquery(nth_newest)))
    recent = Q()
    for category in categories:
        # A category with fewer articles than that: all of them.
        recent |= Q(category_id=category.pk) & (
            Q(published_at__gte=category.cutoff) if category.cutoff is not None else Q()
        )
    if not categories:
        return []
    ranked = (
        visible.filter(recent)
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
    return [(c, groups[c.pk]) for c in categories if c.pk in groups]


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
