"""What the paginated list pages share (category, tag, author, source, story)."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from nouvelles.articles.models import Article, Story
from nouvelles.site.pagecache import public_page
from nouvelles.site.seo import absolute_url

PAGE_SIZE = 20


def render_listing(
    request,
    title: str,
    queryset,
    *,
    kind: str = "",
    description: str = "",
    feeds: list[dict] | None = None,
    extra: dict | None = None,
):
    """A paginated list of published articles (two queries: count and page)."""
    page = Paginator(queryset.select_related("category", "source"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    canonical = absolute_url(request.path)
    if page.number > 1:
        canonical += f"?page={page.number}"
    context = {
        "title": title,
        "kind": kind,
        "description": description,
        "page": page,
        "feeds": feeds or [],
        "canonical_url": canonical,
        **(extra or {}),
    }
    return render(request, "site/list.html", context)


def feed_links(rss_name: str, atom_name: str, slug: str, title: str) -> list[dict]:
    """The RSS and Atom links of a category or tag page."""
    return [
        {
            "url": reverse(rss_name, kwargs={"slug": slug}),
            "type": "application/rss+xml",
            "title": f"{title} (RSS)",
            "label": _("RSS feed"),
        },
        {
            "url": reverse(atom_name, kwargs={"slug": slug}),
            "type": "application/atom+xml",
            "title": f"{title} (Atom)",
            "label": _("Atom feed"),
        },
    ]


def _listing(request, title: str, queryset):
    return render_listing(request, title, queryset)


@public_page
def story_list(request, slug: str):
    story = get_object_or_404(Story, slug=slug)
    return _listing(request, story.title, Article.objects.published().filter(story=story))
