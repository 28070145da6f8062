"""HTTP caching: validators, 304s without rendering, the whole-page cache and its invalidation."""

from __future__ import annotations

import pytest
from django.db import connection
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import timezone

from nouvelles.articles.publish import publish_article, unpublish_article
from nouvelles.site.models import ContentVersion
from nouvelles.site.pagecache import forget_page_state, public_page
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/",
    "/articles/reforme-majeure/",
    "/category/international/",
    "/tag/espagne/",
    "/feeds/rss.xml",
    "/feeds/atom.xml",
    "/category/international/rss.xml",
    "/tag/espagne/atom.xml",
    "/sitemap.xml",
    "/sitemap-news.xml",
]


@pytest.fixture
def rendered_templates():
    names: list[str] = []

    def record(sender, template, context, **kwargs):
        names.append(template.name)

    template_rendered.connect(record)
    yield names
    template_rendered.disconnect(record)


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_pages_send_validators_and_cache_control(client, full_article, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith("GMT")
    assert response["Cache-Control"] == "public, max-age=300, stale-while-revalidate=300"
    assert not response.cookies


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_conditional_get_answers_304_without_rendering(
    client, full_article, url, rendered_templates
):
    first = client.get(url)
    rendered_templates.clear()
    with CaptureQueriesContext(connection) as queries:
        by_etag = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert by_etag["ETag"] == first["ETag"]
    assert rendered_templates == []
    assert len(queries) <= 2  # the content version (and the site settings if not cached)
    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_date.status_code == 304
    assert rendered_templates == []


def test_stale_validators_get_the_page(client, full_article):
    url = full_article.get_absolute_url()
    first = client.get(url)
    full_article.title = "Un autre titre"
    full_article.save()
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert "Un autre titre" in again.content.decode()
    old_date = client.get(url, HTTP_IF_MODIFIED_SINCE="Mon, 01 Jan 2001 00:00:00 GMT")
    assert old_date.status_code == 200


def test_second_request_is_served_from_the_cache(client, full_article, rendered_templates):
    url = full_article.get_absolute_url()
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    rendered_templates.clear()
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert rendered_templates == []
    assert len(queries) == 0  # the page state is remembered for a second


def test_page_state_is_read_again_after_a_second(client, full_article, monkeypatch):
    from nouvelles.site import pagecache

    url = full_article.get_absolute_url()
    client.get(url)
    # Another process changes the content: nothing tells this one.
    type(full_article).objects.filter(pk=full_article.pk).update(title="Changé ailleurs")
    ContentVersion.objects.update(version=999, changed_at=timezone.now())
    assert client.get(url)["X-Page-Cache"] == "hit"  # within the second: the old page
    later = pagecache.time.monotonic() + pagecache.STATE_TTL_SECONDS + 0.1
    monkeypatch.setattr(pagecache.time, "monotonic", lambda: later)
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Changé ailleurs" in response.content.decode()


@pytest.mark.parametrize(
    "change",
    ["edit-article", "edit-block", "add-tag", "unpublish", "comment", "other-article-published"],
)
def test_cache_invalidated_when_content_changes(client, full_article, change):
    url = full_article.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    if change == "edit-article":
        full_article.lead = "Un chapeau corrigé."
        full_article.save()
    elif change == "edit-block":
        block = full_article.blocks.first()
        block.text = "Paragraphe corrigé."
        block.save()
    elif change == "add-tag":
        from tests.factories import TagFactory

        full_article.tags.add(TagFactory(name="Nouveau", slug="nouveau"))
    elif change == "unpublish":
        unpublish_article(full_article)
        assert client.get(url).status_code == 404
        return
    elif change == "comment":
        CommentFactory(article=full_article)
    else:
        publish_article(ArticleFactory(status="draft", category=full_article.category))
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    if change == "edit-article":
        assert "Un chapeau corrigé." in response.content.decode()
    if change == "edit-block":
        assert "Paragraphe corrigé." in response.content.decode()


def test_scheduled_article_appears_without_any_bump(client, full_article):
    """An article scheduled for later changes pages when its time comes, with nothing bumped."""
    scheduled = ArticleFactory(
        category=full_article.category, published_at=timezone.now() + timezone.timedelta(hours=1)
    )
    # The last change and the last publication were hours ago...
    ContentVersion.objects.update(changed_at=timezone.now() - timezone.timedelta(hours=2))
    type(full_article).objects.filter(pk=full_article.pk).update(
        published_at=timezone.now() - timezone.timedelta(hours=3)
    )
    first = client.get("/")
    assert scheduled.get_absolute_url() not in first.content.decode()
    # ...and the scheduled time comes: moved into the past with update(), not save(),
    # so that no signal bumps the version (a bump would hide the bug this guards against).
    type(scheduled).objects.filter(pk=scheduled.pk).update(
        published_at=timezone.now() - timezone.timedelta(minutes=1)
    )
    forget_page_state()  # more than STATE_TTL_SECONDS pass
    again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert scheduled.get_absolute_url() in again.content.decode()


def test_readers_get_no_cookie(client, full_article):
    for url in PUBLIC_PAGES:
        assert not client.get(url).cookies, url
        assert not client.get(url).cookies, url  # cached too


def test_head_requests_are_answered(client, full_article):
    response = client.head(full_article.get_absolute_url())
    assert response.status_code == 200
    assert response["ETag"]


def test_cache_keys_differ_by_query_string(client, full_article):
    ArticleFactory.create_batch(25, category=full_article.category)
    page1 = client.get("/category/international/")
    page2 = client.get("/category/international/?page=2")
    assert page1["ETag"] != page2["ETag"]
    assert page1.content != page2.content


@public_page
def _page_with_csrf_form(request):
    html = Template("<form method=post>{% csrf_token %}</form>").render(RequestContext(request))
    return HttpResponse(html)


urlpatterns = [path("csrf-form/", _page_with_csrf_form)]


@pytest.mark.urls("tests.site.test_page_cache")
def test_pages_with_a_per_visitor_token_are_never_shared(client, db):
    first = client.get("/csrf-form/")
    assert first["X-Page-Cache"] == "miss"
    assert "csrftoken" in first.cookies
    second = client.get("/csrf-form/")
    assert second["X-Page-Cache"] == "miss"
    assert "csrftoken" in second.cookies


def test_page_cache_can_be_turned_off(client, full_article, settings):
    settings.NOUVELLES_PAGE_CACHE_SECONDS = 0
    url = full_article.get_absolute_url()
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert response["Cache-Control"] == "no-cache"


def test_one_content_version_bump_for_a_burst_of_changes():
    from nouvelles.site.models import current_content_version, one_content_version_bump

    first, second = ArticleFactory(), ArticleFactory()
    before = current_content_version().version
    with one_content_version_bump():
        publish_article(first)
        with one_content_version_bump():  # nested: the outer block bumps
            publish_article(second)
        assert current_content_version().version == before  # only noted so far
    assert current_content_version().version == before + 1
    with pytest.raises(RuntimeError), one_content_version_bump():
        unpublish_article(first)
        raise RuntimeError("what committed before the failure must still show")
    assert current_content_version().version == before + 2
    with one_content_version_bump():
        pass  # nothing changed: no bump
    assert current_content_version().version == before + 2
    publish_article(first)  # outside a block: at each save, as before
    assert current_content_version().version > before + 2
