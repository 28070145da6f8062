"""RSS 2.0 and Atom feeds, parsed with feedparser and minidom."""

from __future__ import annotations

import feedparser
import pytest
from defusedxml import minidom
from django.utils import timezone

from tests.factories import ArticleFactory, CategoryFactory, TagFactory

pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8000"


@pytest.fixture
def articles(full_article):
    other_category = CategoryFactory(name="Sports", slug="sports")
    older = ArticleFactory(
        category=full_article.category,
        published_at=timezone.now() - timezone.timedelta(days=1),
        tags=[TagFactory(name="Espagne", slug="espagne")],
    )
    sport = ArticleFactory(category=other_category)
    draft = ArticleFactory(status="draft", category=full_article.category)
    return {"full": full_article, "older": older, "sport": sport, "draft": draft}


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    return response, parsed


def links(parsed):
    return [entry.link for entry in parsed.entries]


@pytest.mark.parametrize(
    ("url", "version"), [("/feeds/rss.xml", "rss20"), ("/feeds/atom.xml", "atom10")]
)
def test_site_feed(client, articles, url, version):
    response, parsed = fetch(client, url)
    assert parsed.version == version
    assert parsed.feed.title == "Nouvelles du Monde"
    assert parsed.feed.link == f"{SITE}/"
    assert links(parsed) == [
        f"{SITE}{articles['sport'].get_absolute_url()}",
        f"{SITE}{articles['full'].get_absolute_url()}",
        f"{SITE}{articles['older'].get_absolute_url()}",
    ]
    entry = parsed.entries[1]
    assert entry.title == articles["full"].title
    assert entry.author == articles["full"].author.name
    assert {t.term for t in entry.tags} == {"International", "Espagne", "Élections"}
    assert entry.published_parsed is not None or entry.updated_parsed is not None
    language = parsed.feed.get("language") or minidom.parseString(
        response.content
    ).documentElement.getAttribute("xml:lang")
    assert language == "fr"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_category_feed(client, articles, kind):
    _, parsed = fetch(client, f"/category/international/{kind}.xml")
    assert parsed.feed.title == "International \u2013 Nouvelles du Monde"
    assert links(parsed) == [
        f"{SITE}{articles['full'].get_absolute_url()}",
        f"{SITE}{articles['older'].get_absolute_url()}",
    ]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_tag_feed(client, articles, kind):
    _, parsed = fetch(client, f"/tag/espagne/{kind}.xml")
    assert set(links(parsed)) == {
        f"{SITE}{articles['full'].get_absolute_url()}",
        f"{SITE}{articles['older'].get_absolute_url()}",
    }


def test_unknown_category_feed_is_404(client, db):
    assert client.get("/category/nothing/rss.xml").status_code == 404


def test_feed_escapes_markup_in_titles(client, site_settings):
    article = ArticleFactory(title="<b>Gras</b> & « fin »")
    _, parsed = fetch(client, "/feeds/rss.xml")
    assert parsed.entries[0].title == article.title


def test_rss_structure(client, articles):
    response = client.get("/feeds/rss.xml")
    doc = minidom.parseString(response.content)
    channel = doc.getElementsByTagName("channel")[0]
    items = channel.getElementsByTagName("item")
    assert len(items) == 3
    for item in items:
        names = {n.nodeName for n in item.childNodes if n.nodeType == n.ELEMENT_NODE}
        assert {"title", "link", "description", "pubDate", "guid"} <= names
