"""sitemap.xml and the Google News sitemap, through django.contrib.sitemaps' views."""

from __future__ import annotations

from django.contrib.sitemaps import views as sitemap_views

from nouvelles.site.pagecache import public_page
from nouvelles.site.sitemaps import SITEMAPS, NewsSitemap


@public_page
def sitemap_xml(request):
    return sitemap_views.sitemap(request, sitemaps=SITEMAPS)


@public_page
def news_sitemap_xml(request):
    return sitemap_views.sitemap(
        request, sitemaps={"news": NewsSitemap}, template_name="site/sitemap_news.xml"
    )
