"""sitemap.xml (django.contrib.sitemaps) and the Google News sitemap (last 48 hours).

URLs are absolute against NOUVELLES_SITE_URL, whatever host the crawler asked.
"""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.utils import timezone

from nouvelles.articles.models import Article, Category, Tag

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000  # Google News reads at most 1,000 URLs per sitemap


class SiteSitemap(Sitemap):
    """Base: absolute URLs on the configured public site."""

    def get_urls(self, page=1, site=None, protocol=None):
        public = urlsplit(settings.NOUVELLES_SITE_URL)
        return super().get_urls(
            page=page, site=SimpleNamespace(domain=public.netloc), protocol=public.scheme
        )


class HomeSitemap(SiteSitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return ["/"]

    def location(self, item: str) -> str:
        return item


class ArticleSitemap(SiteSitemap):
    changefreq = "daily"
    priority = 0.8
    # One file holds at most 50,000 URLs in all; past ~45,000 articles, split with an index.
    limit = 45000

    def items(self):
        return Article.objects.published().only("slug", "updated_at", "published_at")

    def lastmod(self, item: Article):
        return item.updated_at or item.published_at


class CategorySitemap(SiteSitemap):
    changefreq = "hourly"
    priority = 0.6

    def items(self):
        return (
            Category.objects.annotate(newest=Max("articles__published_at"))
            .filter(newest__isnull=False)
            .order_by("position", "name")
        )

    def lastmod(self, item: Category):
        return item.newest


class TagSitemap(SiteSitemap):
    changefreq = "daily"
    priority = 0.4
    limit = 4000

    def items(self):
        return (
            Tag.objects.filter(articles__status=Article.Status.PUBLISHED)
            .distinct()
            .order_by("name")
        )


class NewsSitemap(SiteSitemap):
    """Articles published in the last 48 hours, for the news: namespace template."""

    limit = NEWS_LIMIT

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        return (
            Article.objects.published()
            .filter(published_at__gte=since)
            .only("slug", "title", "language", "published_at", "updated_at")[:NEWS_LIMIT]
        )

    def lastmod(self, item: Article):
        return item.updated_at or item.published_at


SITEMAPS = {
    "home": HomeSitemap,
    "categories": CategorySitemap,
    "articles": ArticleSitemap,
    "tags": TagSitemap,
}
