"""The search page and the OpenSearch description."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from nouvelles.search.forms import SearchForm
from nouvelles.search.ratelimit import allow_search
from nouvelles.search.results import search_articles
from nouvelles.site.pagecache import public_page


def _page_number(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 10_000))
    except (TypeError, ValueError):
        return 1


@require_GET
@public_page  # a repeated search is served from the page cache (and not rate-limited)
def search_page(request):
    form = SearchForm(request.GET or None)
    query_text = request.GET.get("q", "")
    context = {"form": form, "search_query": query_text, "results": None}
    if request.GET:
        form.is_valid()  # errors are shown; valid filters still apply
        if not allow_search(request):
            context["rate_limited"] = True
            context["messages_list"] = [
                _("Too many searches from your address. Please wait a minute and try again.")
            ]
            return render(request, "search/results.html", context, status=429)
        results = search_articles(
            query_text,  # the raw text: parse_query cleans it (NUL, length, operators)
            form.search_filters(),
            page=_page_number(request.GET.get("page")),
        )
        params = request.GET.copy()
        params.pop("page", None)
        context.update(
            results=results,
            messages_list=results.messages,
            page_query=params.urlencode(),
        )
    return render(request, "search/results.html", context)


@require_GET
@public_page
def opensearch_description(request):
    return render(
        request,
        "search/opensearch.xml",
        content_type="application/opensearchdescription+xml; charset=utf-8",
    )
