"""OPML 2.0 round trip with our attributes; hostile XML refused."""

import pytest

from nouvelles.core.opml import OpmlError, OpmlSource, parse_opml, render_opml


def test_round_trip():
    sources = [
        OpmlSource("https://a.example/rss", "A", "https://a.example/", "fr", "full", "monde", 30),
        OpmlSource("https://b.example/feed.json", "B & co", language="es", policy="excerpt"),
    ]
    assert parse_opml(render_opml(sources).encode()) == sources


def test_nested_folders_and_foreign_readers():
    data = b"""<?xml version="1.0"?><opml version="1.0"><body>
      <outline text="News"><outline text="X" type="rss" xmlUrl="https://x.example/rss"/></outline>
      <outline text="folder without feed"/></body></opml>"""
    assert [s.feed_url for s in parse_opml(data)] == ["https://x.example/rss"]


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><opml>&b;</opml>',
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><opml>&e;</opml>',
        b"<rss/>",
        b"not xml",
    ],
    ids=["entity-expansion", "external-entity", "not-opml", "not-xml"],
)
def test_refused(data):
    with pytest.raises(OpmlError):
        parse_opml(data)
