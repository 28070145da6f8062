"""Feeds: RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed 1.0/1.1 per its spec,
all into `FeedEntry`; plus feed autodiscovery for site URLs.

Dates come out in UTC (feedparser's *_parsed are UTC; JSON Feed dates are RFC 3339 with
an offset). An entry is keyed by its GUID, else by its normalised link.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import urljoin

import feedparser

from nouvelles.core.dedupe import normalize_url
from nouvelles.core.sanitize import clean_text, clean_url
from nouvelles.core.types import FeedEntry

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "text/xml",
    "application/xml",
)
COMMON_FEED_PATHS = (
    "/feed",
    "/rss",
    "/rss.xml",
    "/feed.xml",
    "/atom.xml",
    "/index.xml",
    "/feed.json",
)
JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1")


class FeedError(ValueError):
    """The document is not a feed we can read; the message says why."""


@dataclass(slots=True)
class ParsedFeed:
    title: str
    link: str
    language: str
    entries: list[FeedEntry]
    format: str  # rss20, atom10, json1.1, ...
    warning: str = ""  # set when the feed was malformed but readable ("bozo")
    categories: list[str] = field(default_factory=list)


def entry_key(entry: FeedEntry) -> str:
    """The stable identity of an entry within its feed: GUID, else the normalised link."""
    return entry.guid.strip() or normalize_url(entry.link)


def _utc(struct) -> datetime | None:
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _parse_iso(value) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # the spec requires an offset; assume UTC when missing
    return when.astimezone(UTC)


def looks_like_json(body: bytes) -> bool:
    return body.lstrip()[:1] in (b"{", b"[")


def parse_feed(body: bytes, url: str = "", content_type: str = "") -> ParsedFeed:
    """Parse a feed document (any supported format). Raises FeedError when it is none."""
    if "json" in content_type or looks_like_json(body):
        return parse_json_feed(body, url)
    return _parse_xml_feed(body, url, content_type)


def _parse_xml_feed(body: bytes, url: str, content_type: str) -> ParsedFeed:
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False)
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception") or "no RSS, Atom or JSON Feed found"
        raise FeedError(f"not a feed: {why}")
    warning = ""
    if parsed.bozo:
        warning = f"malformed feed, read anyway: {parsed.get('bozo_exception')}"
    feed = parsed.feed
    entries = [_entry_from_feedparser(e, url) for e in parsed.entries]
    return ParsedFeed(
        title=clean_text(feed.get("title", "")),
        link=clean_url(urljoin(url, feed.get("link", ""))),
        language=(feed.get("language") or "").split("-")[0].lower(),
        entries=[e for e in entries if e.link or e.guid],
        format=parsed.get("version") or "unknown",
        warning=warning,
    )


def _entry_from_feedparser(e, base: str) -> FeedEntry:
    content_html = ""
    if e.get("content"):
        content_html = max((c.get("value", "") for c in e.content), key=len)
    image = ""
    for media in (e.get("media_content") or []) + (e.get("media_thumbnail") or []):
        if media.get("url"):
            image = media["url"]
            break
    if not image:
        for link in e.get("links", []):
            if link.get("rel") == "enclosure" and link.get("type", "").startswith("image/"):
                image = link.get("href", "")
                break
    link = urljoin(base, e.get("link", "")) if e.get("link") else ""
    guid = e.get("id", "") or ""
    return FeedEntry(
        guid=guid.strip(),
        link=clean_url(link),
        title=clean_text(e.get("title", "")),
        summary=e.get("summary", "") or "",
        content_html=content_html,
        author=clean_text(e.get("author", "")),
        published_at=_utc(e.get("published_parsed"))
        or _utc(e.get("created_parsed"))
        or _utc(e.get("updated_parsed")),  # RSS 1.0's dc:date, Atom without <published>
        updated_at=_utc(e.get("updated_parsed")),
        image_url=clean_url(urljoin(base, image)) if image else "",
        categories=[clean_text(t.get("term", "")) for t in e.get("tags", []) if t.get("term")],
    )


def parse_json_feed(body: bytes, url: str = "") -> ParsedFeed:
    """JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FeedError(f"not a JSON Feed: invalid JSON ({exc})") from exc
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(
        "https://jsonfeed.org/version/1"
    ):
        raise FeedError("not a JSON Feed: no https://jsonfeed.org/version/1 'version'")
    items = data.get("items")
    if not isinstance(items, list):
        raise FeedError("not a JSON Feed: 'items' must be a list")
    warning = "" if data["version"] in JSON_FEED_VERSIONS else f"unknown version {data['version']}"
    feed_authors = _json_authors(data)
    entries = []
    for item in items:
        if not isinstance(item, dict) or item.get("id") in (None, ""):
            warning = warning or "items without an id were skipped"
            continue
        link = item.get("url") or item.get("external_url") or ""
        entries.append(
            FeedEntry(
                guid=str(item["id"]).strip(),
                link=clean_url(urljoin(url, link)) if isinstance(link, str) else "",
                title=clean_text(str(item.get("title") or "")),
                summary=str(item.get("summary") or ""),
                content_html=str(item.get("content_html") or "")
                or _text_as_html(item.get("content_text")),
                author=_json_authors(item) or feed_authors,
                published_at=_parse_iso(item.get("date_published")),
                updated_at=_parse_iso(item.get("date_modified")),
                image_url=clean_url(str(item.get("image") or item.get("banner_image") or "")),
                categories=[clean_text(str(t)) for t in item.get("tags") or [] if t],
            )
        )
    return ParsedFeed(
        title=clean_text(str(data.get("title") or "")),
        link=clean_url(str(data.get("home_page_url") or "")),
        language=str(data.get("language") or "").split("-")[0].lower(),
        entries=entries,
        format="json" + data["version"].rsplit("/", 1)[-1],
        warning=warning,
    )


def _json_authors(obj: dict) -> str:
    """1.1 has `authors` (a list), 1.0 has `author` (an object)."""
    authors = obj.get("authors")
    if not isinstance(authors, list):
        authors = [obj["author"]] if isinstance(obj.get("author"), dict) else []
    names = [clean_text(str(a.get("name", ""))) for a in authors if isinstance(a, dict)]
    return ", ".join(n for n in names if n)


def _text_as_html(text) -> str:
    if not isinstance(text, str) or not text.strip():
        return ""
    from html import escape

    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


class _AlternateLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag != "link":
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        rels = a.get("rel", "").lower().split()
        if "alternate" in rels and a.get("type", "").lower() in FEED_TYPES and a.get("href"):
            self.links.append((a["href"], a.get("type", "").lower()))


def discover_feed_links(html: str, base_url: str) -> list[str]:
    """Feed URLs a page announces with <link rel="alternate" type="application/rss+xml" ...>."""
    parser = _AlternateLinks()
    parser.feed(html[:500_000])
    return [urljoin(base_url, href) for href, _type in parser.links]


def common_feed_urls(base_url: str) -> list[str]:
    """Where feeds usually live when a page announces none."""
    return [urljoin(base_url, path) for path in COMMON_FEED_PATHS]
