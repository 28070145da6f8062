"""A source's page: the articles taken from it, newest first."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from nouvelles.articles.models import Article
from nouvelles.site.pagecache import public_page
from nouvelles.site.views.listing import render_listing
from nouvelles.sources.models import Source


@public_page
def source_list(request, pk: int):
    source = get_object_or_404(Source, pk=pk)
    return render_listing(
        request,
        source.name,
        Article.objects.published().filter(source=source),
        kind=_("Source"),
        extra={"source": source},
    )
