"""Feeds in every format into FeedEntry, UTC dates, keys, bozo, autodiscovery."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from nouvelles.core.feeds import (
    FeedError,
    common_feed_urls,
    discover_feed_links,
    entry_key,
    parse_feed,
)
from nouvelles.core.types import FeedEntry

FEEDS = Path(__file__).parents[1] / "data" / "feeds"
BASE = "https://tests.example"


def load(name: str) -> bytes:
    return (FEEDS / name).read_bytes().replace(b"{base}", BASE.encode())


def test_rss():
    feed = parse_feed(load("rss.xml"), f"{BASE}/rss.xml")
    assert feed.format == "rss20"
    assert feed.language == "fr"
    first = feed.entries[0]
    assert first.guid == "courrier-1001"
    assert first.published_at == datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
    assert first.categories == ["Sciences"]
    assert first.image_url == f"{BASE}/img/glacier.jpg"
    assert not feed.warning


def test_atom():
    feed = parse_feed(load("atom.xml"), f"{BASE}/atom.xml")
    entry = feed.entries[0]
    assert feed.format == "atom10"
    assert entry.author == "Jane Doe"
    assert entry.published_at == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    assert entry.updated_at == datetime(2026, 11, 24, 16, 0, tzinfo=UTC)
    assert entry.link == f"{BASE}/pages/strike.html"


def test_rss_1_0():
    feed = parse_feed(load("rdf.xml"))
    assert feed.format == "rss10"
    assert feed.entries[0].published_at == datetime(2026, 11, 22, 4, 0, tzinfo=UTC)


def test_json_feed_1_1():
    feed = parse_feed(load("feed.json"), f"{BASE}/feed.json", "application/feed+json")
    assert feed.format == "json1.1"
    assert [e.guid for e in feed.entries] == ["estrecho-3001", "3002"]  # id-less item skipped
    assert "skipped" in feed.warning
    first = feed.entries[0]
    assert first.published_at == datetime(2026, 11, 23, 17, 45, tzinfo=UTC)
    assert first.author == "Redacción"  # feed-level authors apply to items
    assert first.categories == ["Internacional"]
    assert "<p>El servicio" in first.content_html
    assert feed.entries[1].published_at is None  # missing dates stay missing


def test_json_feed_1_0():
    feed = parse_feed(load("feed10.json"))
    entry = feed.entries[0]
    assert feed.format == "json1"
    assert entry.author == "Solo Writer"
    assert entry.content_html == "<p>First paragraph.</p><p>Second paragraph.</p>"
    assert entry.updated_at == datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def test_bozo_feed_read_with_warning():
    feed = parse_feed(load("bozo.xml"))
    assert feed.entries[0].title == "Entry with a bare & ampersand"
    assert feed.warning.startswith("malformed feed, read anyway")


@pytest.mark.parametrize(
    "body",
    [b"<html><body>Hello</body></html>", b"", b'{"version": "2"}', b"{not json"],
    ids=["html", "empty", "json-not-feed", "broken-json"],
)
def test_not_a_feed(body):
    with pytest.raises(FeedError):
        parse_feed(body)


def test_entry_key_guid_else_normalised_link():
    assert entry_key(FeedEntry(guid="g", link="https://a.example/x", title="")) == "g"
    keyed = entry_key(FeedEntry(guid="", link="HTTPS://A.example/x/?utm_source=rss#top", title=""))
    assert keyed == "https://a.example/x"


def test_autodiscovery():
    html = """<html><head>
      <link rel="alternate" type="application/rss+xml" href="/rss.xml" title="RSS">
      <link rel="alternate" type="application/feed+json" href="https://cdn.example/feed.json">
      <link rel="stylesheet" href="/style.css">
    </head></html>"""
    assert discover_feed_links(html, "https://site.example/section/") == [
        "https://site.example/rss.xml",
        "https://cdn.example/feed.json",
    ]
    assert "https://site.example/feed" in common_feed_urls("https://site.example/")
