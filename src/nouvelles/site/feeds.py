"""RSS 2.0 and Atom feeds: the whole site, one category, one tag.

Subclasses of django.contrib.syndication's Feed; links are absolute against
NOUVELLES_SITE_URL so that a feed read through a proxy points at the public site.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from nouvelles.articles.models import Article, Category, Tag
from nouvelles.site.models import SiteSettings
from nouvelles.site.pagecache import public_page
from nouvelles.site.seo import absolute_url

FEED_SIZE = 30


class LatestArticlesFeed(Feed):
    """The newest published articles of the whole site (RSS 2.0)."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        # Feeds are public pages: ETag, 304s and the page cache, like the HTML pages.
        return public_page(super().__call__)(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return None

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj):
        return (
            self.articles(obj)
            .select_related("category", "author", "source")
            .prefetch_related("tags")[:FEED_SIZE]
        )

    def title(self, obj):
        return SiteSettings.load().name

    def subtitle(self, obj):
        return SiteSettings.load().tagline or SiteSettings.load().name

    description = subtitle

    def link(self, obj):
        return absolute_url("/")

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = get_language()
        feed.feed["feed_url"] = absolute_url(request.path)
        return feed

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        return item.lead

    def item_link(self, item: Article) -> str:
        return absolute_url(item.get_absolute_url())

    def item_guid(self, item: Article) -> str:
        return absolute_url(item.get_absolute_url())

    item_guid_is_permalink = True

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        return item.updated_at

    def item_author_name(self, item: Article) -> str | None:
        if item.author is not None:
            return item.author.name
        return item.source.name if item.source else None

    def item_categories(self, item: Article) -> list[str]:
        names = [item.category.name] if item.category else []
        return names + [t.name for t in item.tags.all()]


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed


class CategoryFeed(LatestArticlesFeed):
    """The newest articles of one category."""

    def get_object(self, request, slug: str):
        return get_object_or_404(Category, slug=slug)

    def articles(self, obj: Category):
        return Article.objects.published().in_category(obj)

    def title(self, obj: Category) -> str:
        return f"{obj.name} \u2013 {SiteSettings.load().name}"

    def subtitle(self, obj: Category) -> str:
        return obj.description or _("The latest articles in %(name)s") % {"name": obj.name}

    description = subtitle

    def link(self, obj: Category) -> str:
        return absolute_url(obj.get_absolute_url())


class CategoryAtomFeed(CategoryFeed):
    feed_type = Atom1Feed


class TagFeed(LatestArticlesFeed):
    """The newest articles carrying one tag."""

    def get_object(self, request, slug: str):
        return get_object_or_404(Tag, slug=slug)

    def articles(self, obj: Tag):
        return Article.objects.published().filter(tags=obj)

    def title(self, obj: Tag) -> str:
        return f"{obj.name} \u2013 {SiteSettings.load().name}"

    def subtitle(self, obj: Tag) -> str:
        return _("The latest articles tagged %(name)s") % {"name": obj.name}

    description = subtitle

    def link(self, obj: Tag) -> str:
        return absolute_url(obj.get_absolute_url())


class TagAtomFeed(TagFeed):
    feed_type = Atom1Feed
