"""Ingestion test helpers: serve our synthetic feeds and pages from a real local server."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture(autouse=True)
def fast_fetching(settings):
    """No politeness delay against our own 127.0.0.1 servers."""
    settings.NOUVELLES_FETCH_HOST_DELAY = 0.0


class Site:
    """Feeds and pages of tests/data served with {base} replaced by the server's URL."""

    def __init__(self, server) -> None:
        self.server = server

    def text(self, relative: str) -> str:
        return (DATA / relative).read_text().replace("{base}", self.server.base_url)

    def feed(self, name: str, path: str | None = None, **headers) -> str:
        content_type = "application/feed+json" if name.endswith(".json") else "application/rss+xml"
        headers.setdefault("content_type", content_type)
        return self.server.add(path or f"/{name}", self.text(f"feeds/{name}"), **headers)

    def page(self, name: str, path: str | None = None, html: str | None = None) -> str:
        body = html if html is not None else self.text(f"pages/{name}")
        return self.server.add(
            path or f"/pages/{name}", body, content_type="text/html; charset=utf-8"
        )

    def all_pages(self) -> None:
        for page in (DATA / "pages").glob("*.html"):
            self.page(page.name)

    def rss(
        self, items: list[tuple[str, str, str]], path: str = "/rss.xml", updated: dict | None = None
    ) -> str:
        """An RSS feed of (guid, title, page path) items."""
        updated = updated or {}
        entries = "".join(
            f"<item><title>{title}</title><link>{self.server.base_url}{page}</link>"
            f'<guid isPermaLink="false">{guid}</guid>'
            f"<pubDate>Tue, 24 Nov 2026 0{i}:00:00 GMT</pubDate>"
            + (f"<atom:updated>{updated[guid]}</atom:updated>" if guid in updated else "")
            + "</item>"
            for i, (guid, title, page) in enumerate(items)
        )
        body = (
            '<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
            f"<channel><title>Feed</title><link>{self.server.base_url}/</link>{entries}</channel></rss>"
        )
        return self.server.add(path, body, content_type="application/rss+xml")


@pytest.fixture
def site(http_server) -> Site:
    return Site(http_server)
