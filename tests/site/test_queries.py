"""The article and home pages issue a constant number of queries, whatever the amounts shown."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from nouvelles.site.models import SITE_SETTINGS_CACHE_KEY, SiteSettings
from nouvelles.site.pagecache import forget_page_state
from tests.factories import ArticleFactory, CategoryFactory, CommentFactory, TagFactory

pytestmark = pytest.mark.django_db

# The article page, uncached: page state, article (+category, source, author, story), tags,
# blocks, ad slots, related articles, navigation categories, approved comments (issue 6).
ARTICLE_PAGE_QUERIES = 8
# The home page, uncached: page state, latest articles, articles per category, categories,
# navigation categories, top stories (issue 5).
HOME_PAGE_QUERIES = 6


def count_queries(client, url: str) -> int:
    client.get(url)  # warms the cached site settings, as on any running site
    _clear_pages()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    return len(queries)


def _clear_pages() -> None:
    """Forget cached pages and the page state, but keep the cached site settings."""
    settings_row = SiteSettings.load()
    cache.clear()
    forget_page_state()
    cache.set(SITE_SETTINGS_CACHE_KEY, settings_row, 60)


def test_article_page_queries_do_not_grow(client, site_settings, django_assert_num_queries):
    small_category = CategoryFactory(slug="petite")
    small = ArticleFactory(category=small_category, tags=[TagFactory()])
    big = ArticleFactory(tags=TagFactory.create_batch(12))
    ArticleFactory.create_batch(6, category=big.category)
    CommentFactory.create_batch(5, article=big)

    assert count_queries(client, small.get_absolute_url()) == ARTICLE_PAGE_QUERIES
    assert count_queries(client, big.get_absolute_url()) == ARTICLE_PAGE_QUERIES
    _clear_pages()
    with django_assert_num_queries(ARTICLE_PAGE_QUERIES):
        client.get(big.get_absolute_url())


def test_home_page_queries_do_not_grow(client, site_settings, django_assert_num_queries):
    ArticleFactory()
    one = count_queries(client, "/")
    for _ in range(5):
        ArticleFactory.create_batch(5, category=CategoryFactory(), tags=[TagFactory()])
    assert one == count_queries(client, "/") == HOME_PAGE_QUERIES
    _clear_pages()
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        client.get("/")


def test_cached_pages_cost_at_most_one_query(client, full_article, django_assert_num_queries):
    for url in ("/", full_article.get_absolute_url()):
        client.get(url)
        forget_page_state()  # as if a second had passed: the state is read again
        with django_assert_num_queries(1):
            assert client.get(url)["X-Page-Cache"] == "hit"
        with django_assert_num_queries(0):
            assert client.get(url)["X-Page-Cache"] == "hit"
