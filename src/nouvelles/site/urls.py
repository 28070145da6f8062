from django.urls import path

from nouvelles.site.views import article, health, home, listing
from nouvelles.translation.views import article_original

app_name = "site"
urlpatterns = [
    path("", home.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("articles/<slug:slug>/", article.article_detail, name="article"),
    path("articles/<slug:slug>/original/", article_original, name="article_original"),
    path("category/<slug:slug>/", listing.category_list, name="category"),
    path("tag/<slug:slug>/", listing.tag_list, name="tag"),
    path("author/<slug:slug>/", listing.author_list, name="author"),
    path("source/<int:pk>/", listing.source_list, name="source"),
    path("story/<slug:slug>/", listing.story_list, name="story"),
]
