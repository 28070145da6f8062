"""The plain data that flows through the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class BlockKind(StrEnum):
    """Kinds of body block. The body is stored as a list of these, never as one HTML blob."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"  # attrs: level (2-4)
    QUOTE = "quote"  # attrs: speaker (optional, kept verbatim through translation)
    LIST = "list"  # text: one item per line; attrs: ordered (bool)
    IMAGE = "image"  # text: caption; attrs: src, alt, credit
    EMBED = "embed"  # text: title; attrs: url


@dataclass(slots=True)
class Block:
    """One body block: its kind, its text (plain text), and kind-specific attributes."""

    kind: BlockKind
    text: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The export form: {"type": kind, "text": text, **attrs}."""
        return {"type": str(self.kind), "text": self.text, **self.attrs}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Block:
        attrs = {k: v for k, v in data.items() if k not in {"type", "text"}}
        return cls(kind=BlockKind(data["type"]), text=data.get("text", ""), attrs=attrs)


@dataclass(slots=True)
class MainImage:
    src: str
    caption: str = ""
    credit: str = ""
    alt: str = ""


@dataclass(slots=True)
class ExtractedArticle:
    """What extraction produces from one page (or one feed entry's full content)."""

    url: str
    title: str
    lead: str = ""
    blocks: list[Block] = field(default_factory=list)
    author: str = ""
    published_at: datetime | None = None
    updated_at: datetime | None = None
    image: MainImage | None = None
    canonical_url: str = ""
    language: str = ""


@dataclass(slots=True)
class FeedEntry:
    """One entry of a feed (RSS, Atom or JSON Feed), normalised."""

    guid: str
    link: str
    title: str
    summary: str = ""
    content_html: str = ""
    author: str = ""
    published_at: datetime | None = None  # UTC
    updated_at: datetime | None = None  # UTC
    image_url: str = ""
    categories: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Verdict:
    """A check's answer: ok or not, and the reason in words."""

    ok: bool
    reason: str = ""
    score: float | None = None
