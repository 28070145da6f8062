"""robots.txt: what crawlers may read, and where the sitemaps are."""

from __future__ import annotations

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from nouvelles.site.seo import absolute_url

DISALLOWED = ["/admin/", "/newsroom/", "/comments/", "/search/"]


@require_safe
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in DISALLOWED]
    lines += [
        "",
        f"Sitemap: {absolute_url(reverse('site:sitemap'))}",
        f"Sitemap: {absolute_url(reverse('site:sitemap-news'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
