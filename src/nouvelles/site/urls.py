from django.urls import path

from nouvelles.site import feeds
from nouvelles.site.views import (
    article,
    author,
    category,
    health,
    home,
    preview,
    robots,
    sitemap,
    source,
    story,
    tag,
)
from nouvelles.translation.views import article_original

app_name = "site"
urlpatterns = [
    path("", home.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("robots.txt", robots.robots_txt, name="robots"),
    path("sitemap.xml", sitemap.sitemap_xml, name="sitemap"),
    path("sitemap-news.xml", sitemap.news_sitemap_xml, name="sitemap-news"),
    path("feeds/rss.xml", feeds.LatestArticlesFeed(), name="feed-rss"),
    path("feeds/atom.xml", feeds.LatestArticlesAtomFeed(), name="feed-atom"),
    path("articles/<slug:slug>/", article.article_detail, name="article"),
    path("preview/articles/<int:pk>/", preview.article_preview, name="article-preview"),
    path("articles/<slug:slug>/original/", article_original, name="article_original"),
    path("category/<slug:slug>/", category.category_list, name="category"),
    path("category/<slug:slug>/rss.xml", feeds.CategoryFeed(), name="category-rss"),
    path("category/<slug:slug>/atom.xml", feeds.CategoryAtomFeed(), name="category-atom"),
    path("tag/<slug:slug>/", tag.tag_list, name="tag"),
    path("tag/<slug:slug>/rss.xml", feeds.TagFeed(), name="tag-rss"),
    path("tag/<slug:slug>/atom.xml", feeds.TagAtomFeed(), name="tag-atom"),
    path("author/<slug:slug>/", author.author_list, name="author"),
    path("source/<int:pk>/", source.source_list, name="source"),
    path("story/<slug:slug>/", story.story_detail, name="story"),
]
