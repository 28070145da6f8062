"""A tag's page: the articles carrying it, newest first."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from nouvelles.articles.models import Article, Tag
from nouvelles.site.pagecache import public_page
from nouvelles.site.views.listing import feed_links, render_listing


@public_page
def tag_list(request, slug: str):
    tag = get_object_or_404(Tag, slug=slug)
    return render_listing(
        request,
        tag.name,
        Article.objects.published().filter(tags=tag),
        kind=_("Tag"),
        feeds=feed_links("site:tag-rss", "site:tag-atom", slug, tag.name),
    )
