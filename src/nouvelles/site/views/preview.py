"""Staff preview of an article page, whatever the article's status (drafts, review queue)."""

from __future__ import annotations

from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache

from nouvelles.site.views.article import article_context, article_page_queryset


@never_cache
@staff_member_required
def article_preview(request, pk: int):
    """The public article template for any article, for staff who may view articles.

    Never cached (not even by the page cache: this view is not a public page)
    and marked noindex, so a draft never leaks to a proxy or a search engine.
    """
    if not request.user.has_perm("articles.view_article"):
        raise PermissionDenied
    article = get_object_or_404(article_page_queryset(), pk=pk)
    context = article_context(article)
    context["preview"] = True
    response = render(request, "site/article.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
