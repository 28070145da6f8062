"""OPML 2.0 import and export of sources, with our extra attributes.

Read with defusedxml (no entity expansion, no external entities). Our attributes on
each `<outline type="rss">`: `language`, `policy` (full/excerpt/link), `category`
(a category slug) and `interval` (minutes); other readers ignore them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.etree.ElementTree import Element, SubElement, tostring

from defusedxml import ElementTree as SafeET


class OpmlError(ValueError):
    """The file is not OPML we can read."""


@dataclass(slots=True)
class OpmlSource:
    feed_url: str
    name: str = ""
    homepage: str = ""
    language: str = ""
    policy: str = ""
    category: str = ""
    interval: int | None = None


def parse_opml(data: bytes) -> list[OpmlSource]:
    """Every outline with an xmlUrl, at any depth (folders are flattened)."""
    try:
        root = SafeET.fromstring(data)
    except Exception as exc:  # defusedxml raises several kinds; all mean "not readable"
        raise OpmlError(f"not a readable OPML file: {exc}") from exc
    if root.tag != "opml":
        raise OpmlError(f"not an OPML file (root element <{root.tag}>)")
    found = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if not url:
            continue
        interval = outline.get("interval") or ""
        found.append(
            OpmlSource(
                feed_url=url,
                name=(outline.get("title") or outline.get("text") or "").strip(),
                homepage=(outline.get("htmlUrl") or "").strip(),
                language=(outline.get("language") or "").strip(),
                policy=(outline.get("policy") or "").strip(),
                category=(outline.get("category") or "").strip(),
                interval=int(interval) if interval.isdigit() else None,
            )
        )
    return found


def render_opml(sources: list[OpmlSource], title: str = "nouvelles sources") -> str:
    """An OPML 2.0 document listing `sources`."""
    root = Element("opml", version="2.0")
    head = SubElement(root, "head")
    SubElement(head, "title").text = title
    SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC), usegmt=True)
    body = SubElement(root, "body")
    for source in sources:
        attrs = {
            "type": "rss",
            "text": source.name or source.feed_url,
            "title": source.name or source.feed_url,
            "xmlUrl": source.feed_url,
        }
        optional = {
            "htmlUrl": source.homepage,
            "language": source.language,
            "policy": source.policy,
            "category": source.category,
            "interval": str(source.interval) if source.interval else "",
        }
        attrs.update({k: v for k, v in optional.items() if v})
        SubElement(body, "outline", attrs)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode") + "\n"
