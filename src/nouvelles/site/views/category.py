"""A category's page: its articles, newest first."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from nouvelles.articles.models import Article, Category
from nouvelles.site.pagecache import public_page
from nouvelles.site.views.listing import feed_links, render_listing


@public_page
def category_list(request, slug: str):
    category = get_object_or_404(Category, slug=slug)
    return render_listing(
        request,
        category.name,
        Article.objects.published().in_category(category),
        kind=_("Section"),
        description=category.description,
        feeds=feed_links("site:category-rss", "site:category-atom", slug, category.name),
        extra={"current_category": category, "hide_category": True},
    )
