"""sitemap.xml, the Google News sitemap and robots.txt."""

from __future__ import annotations

import pytest
from defusedxml import minidom
from django.utils import timezone

from tests.factories import ArticleFactory, TagFactory

pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8000"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


def locations(doc) -> list[str]:
    return [loc.firstChild.data for loc in doc.getElementsByTagNameNS(SITEMAP_NS, "loc")]


def test_sitemap_lists_published_pages(client, full_article):
    draft = ArticleFactory(status="draft", category=full_article.category)
    TagFactory(name="Vide", slug="vide")  # no published article: left out
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    doc = minidom.parseString(response.content)
    assert doc.documentElement.namespaceURI == SITEMAP_NS
    urls = locations(doc)
    assert urls[:3] == [
        f"{SITE}/",
        f"{SITE}/category/international/",
        f"{SITE}/articles/reforme-majeure/",
    ]
    # Tags by name: where "Élections" sorts depends on the database's collation.
    assert sorted(urls[3:]) == [f"{SITE}/tag/elections/", f"{SITE}/tag/espagne/"]
    assert f"{SITE}{draft.get_absolute_url()}" not in urls


def test_news_sitemap_has_the_last_48_hours(client, full_article):
    old = ArticleFactory(published_at=timezone.now() - timezone.timedelta(hours=49))
    recent = ArticleFactory(published_at=timezone.now() - timezone.timedelta(hours=47))
    response = client.get("/sitemap-news.xml")
    assert response.status_code == 200
    doc = minidom.parseString(response.content)
    urls = locations(doc)
    assert f"{SITE}{recent.get_absolute_url()}" in urls
    assert f"{SITE}{full_article.get_absolute_url()}" in urls
    assert f"{SITE}{old.get_absolute_url()}" not in urls
    news = doc.getElementsByTagNameNS(NEWS_NS, "news")
    assert len(news) == len(urls) == 2
    first = news[0]

    def text(node, name):
        return node.getElementsByTagNameNS(NEWS_NS, name)[0].firstChild.data

    assert text(first, "name") == "Nouvelles du Monde"
    assert text(first, "language") == "fr"
    titles = {text(n, "title") for n in news}
    assert full_article.title in titles
    assert text(first, "publication_date").startswith(str(timezone.localdate().year))


def test_robots_txt_points_to_the_sitemaps(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
    assert f"Sitemap: {SITE}/sitemap-news.xml" in lines
