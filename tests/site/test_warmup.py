"""A web worker's warm-up: the public pages rendered at boot, kept out of the page cache."""

from __future__ import annotations

import pytest
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext

from nouvelles.site.pagecache import forget_page_state
from nouvelles.site.warmup import warm_up, warm_up_host, warm_up_paths
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def application():
    """The WSGI application, with the test database kept open across its requests (as
    Django's test client does: a request's end would otherwise close it)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield WSGIHandler()
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_warm_up_renders_health_home_and_newest_article(application, settings):
    older = ArticleFactory(slug="plus-ancien")
    newest = ArticleFactory(slug="le-plus-recent")
    older.published_at = newest.published_at.replace(year=newest.published_at.year - 1)
    older.save()
    done = warm_up(application)
    assert done == [("/healthz", 200), ("/", 200), (newest.get_absolute_url(), 200)]


def test_warm_up_pages_are_not_stored_in_the_page_cache(application, client):
    article = ArticleFactory(slug="a-la-une")
    warm_up(application)
    forget_page_state()
    response = client.get(article.get_absolute_url())
    assert response["X-Page-Cache"] == "miss"  # rendered for the reader, not served from the cache
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "hit"


def test_warm_up_without_articles_renders_health_and_home(application):
    assert warm_up(application) == [("/healthz", 200), ("/", 200)]


def test_warm_up_can_be_switched_off(application, settings):
    settings.NOUVELLES_WARM_UP = False
    ArticleFactory()
    with CaptureQueriesContext(connection) as queries:
        assert warm_up(application) == []
    assert len(queries) == 0


def test_a_failing_warm_up_is_logged_and_never_raises(settings, caplog):
    ArticleFactory()

    def broken(environ, start_response):
        raise RuntimeError("template missing")

    assert warm_up(broken) == []
    assert "worker warm-up stopped (RuntimeError: template missing)" in caplog.text


def test_warm_up_behind_https_redirect_still_renders(application, settings):
    settings.SECURE_SSL_REDIRECT = True
    redirecting = WSGIHandler()  # the middleware reads the setting when it is built
    assert warm_up(redirecting)[:2] == [("/healthz", 200), ("/", 200)]


@pytest.mark.parametrize(
    ("allowed", "site_url", "expected"),
    [
        (["news.example.org"], "https://news.example.org", "news.example.org"),
        ([".example.org"], "http://127.0.0.1:8000", "example.org"),
        (["*"], "http://127.0.0.1:8000", "127.0.0.1:8000"),
        (["www.example.org", "example.org"], "https://example.org", "example.org"),
    ],
)
def test_warm_up_host_is_one_the_site_accepts(settings, allowed, site_url, expected):
    settings.ALLOWED_HOSTS = allowed
    settings.NOUVELLES_SITE_URL = site_url
    assert warm_up_host() == expected


def test_unpublished_and_scheduled_articles_are_not_warmed_up():
    ArticleFactory(status="draft")
    assert warm_up_paths() == ["/healthz", "/"]
