"""The story page, "Toute la couverture": every article about one event, across sources."""

from __future__ import annotations

from collections import defaultdict

from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import get_language_info

from nouvelles.articles.models import Article, Story
from nouvelles.related.stories import is_visible
from nouvelles.site.pagecache import public_page


def language_label(code: str) -> str:
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code or "?"


@public_page
def story_detail(request, slug: str):
    story = get_object_or_404(Story, slug=slug)
    now = timezone.now()
    articles = [
        a
        for a in Article.objects.filter(story=story)
        .select_related("source")
        .order_by("published_at", "id")
        if is_visible(a.status, a.published_at, now)
    ]
    by_source: dict[str, list[Article]] = defaultdict(list)
    by_language: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_source[article.source.name if article.source else ""].append(article)
        by_language[article.original_language or article.language].append(article)
    context = {
        "story": story,
        "timeline": articles,
        "by_source": sorted(by_source.items(), key=lambda kv: (-len(kv[1]), kv[0])),
        "by_language": [
            (language_label(code), items)
            for code, items in sorted(by_language.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ],
        "source_count": len([name for name in by_source if name]),
    }
    return render(request, "site/story.html", context)
