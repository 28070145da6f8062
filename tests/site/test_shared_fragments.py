"""The header and footer are rendered once per content version and language, then reused."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from nouvelles.articles.models import Category
from nouvelles.site.models import bump_content_version
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def nav_names(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select("nav.site-nav a")]


def test_header_is_reused_until_the_content_version_changes(client, full_article):
    other = ArticleFactory(category=full_article.category)
    assert "International" in nav_names(client.get(full_article.get_absolute_url()))
    # A change that bumps nothing: the next page (not cached itself) reuses the header.
    Category.objects.filter(pk=full_article.category_id).update(name="Monde")
    page = client.get(other.get_absolute_url())
    assert page["X-Page-Cache"] == "miss"
    assert "International" in nav_names(page)
    bump_content_version()  # what every real change does
    assert "Monde" in nav_names(client.get(other.get_absolute_url()))


def test_header_varies_with_the_current_category(client, full_article):
    client.get(full_article.get_absolute_url())
    soup = BeautifulSoup(client.get("/category/international/").content, "html.parser")
    current = soup.select_one("nav.site-nav a[aria-current=page]")
    assert current is not None and current.get_text() == "International"


def test_nothing_is_reused_when_the_page_cache_is_off(client, settings, full_article):
    settings.NOUVELLES_PAGE_CACHE_SECONDS = 0
    client.get(full_article.get_absolute_url())
    Category.objects.filter(pk=full_article.category_id).update(name="Monde")
    assert "Monde" in nav_names(client.get(full_article.get_absolute_url()))


def test_a_version_bumped_by_another_process_drops_the_parts_kept_here(
    client, full_article, monkeypatch
):
    from django.db.models import F

    from nouvelles.site import pagecache
    from nouvelles.site.models import ContentVersion

    other = ArticleFactory(category=full_article.category)
    assert "International" in nav_names(client.get(full_article.get_absolute_url()))
    Category.objects.filter(pk=full_article.category_id).update(name="Monde")
    # Another worker's change: the version moves in the database, nothing is forgotten here.
    ContentVersion.objects.filter(pk=1).update(version=F("version") + 1)
    monkeypatch.setattr(pagecache, "_local_state", None)  # a second later: the state is read again
    assert "Monde" in nav_names(client.get(other.get_absolute_url()))
    version = ContentVersion.objects.get(pk=1).version
    assert pagecache._parts and all(f":{version}:" in key for key in pagecache._parts)
