"""An author's page: their articles, newest first."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from nouvelles.articles.models import Article, Author
from nouvelles.site.pagecache import public_page
from nouvelles.site.views.listing import render_listing


@public_page
def author_list(request, slug: str):
    author = get_object_or_404(Author, slug=slug)
    return render_listing(
        request,
        author.name,
        Article.objects.published().filter(author=author),
        kind=_("Author"),
        description=author.bio,
    )
