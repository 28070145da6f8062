"""Extraction: an article page (or a feed entry's full content) into `ExtractedArticle`.

trafilatura finds the main content; we turn its tree into our structured blocks
(paragraphs, headings, quotes, lists, images with captions), read the page metadata
ourselves (title, lead, author, dates, main image, canonical URL, declared language:
cheaper than trafilatura's metadata pass and keeps full timestamps), and remove
boilerplate (`core.boilerplate`). All text is plain text, cleaned by `core.sanitize`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from nouvelles.core.boilerplate import BoilerplateKnowledge, remove_boilerplate
from nouvelles.core.sanitize import clean_fragment, clean_text, clean_url
from nouvelles.core.types import Block, BlockKind, ExtractedArticle, FeedEntry, MainImage

_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"\w+", re.UNICODE)
_LEAD_CLASSES = re.compile(
    r"\b(lead|standfirst|chapo|chapeau|intro|summary|entradilla|sumario)\b", re.I
)
FULL_CASCADE_BELOW = 250  # characters of main text under which the full cascade runs
_TITLE_SUFFIX = re.compile(r"\s+[|\-\u2013\u2014:]\s+[^|\-\u2013\u2014:]{2,60}$")


class ExtractionError(ValueError):
    """No article could be found in the page; the message says why."""


@dataclass(slots=True)
class PageMetadata:
    title: str = ""
    description: str = ""
    canonical_url: str = ""
    author: str = ""
    published_at: datetime | None = None
    updated_at: datetime | None = None
    image: str = ""
    language: str = ""
    captions: dict[str, tuple[str, str]] = field(default_factory=dict)  # src -> (caption, alt)


def _text(node) -> str:
    return clean_text(_SPACES.sub(" ", " ".join(node.itertext())))


def parse_datetime(value: str) -> datetime | None:
    """An ISO 8601 date or timestamp as UTC (naive values are taken as UTC)."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)


def _meta_value(node, values: dict[str, str]) -> None:
    """Record a <meta property|name|itemprop=... content=...> (the first value wins)."""
    content = (node.get("content") or "").strip()
    if not content:
        return
    for attr in ("property", "name", "itemprop"):
        key = node.get(attr)
        if key:
            values.setdefault(key.strip().lower(), content)


def _meta(values: dict[str, str], *names: str) -> str:
    for name in names:
        if values.get(name.lower()):
            return values[name.lower()]
    return ""


def _json_ld_article(text: str | None) -> dict:
    """The Article object of one JSON-LD script, or {}."""
    try:
        data = json.loads(text or "")
    except ValueError:
        return {}
    candidates = data if isinstance(data, list) else data.get("@graph", [data])
    for item in candidates:
        if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
            return item
    return {}


@dataclass(slots=True)
class _Nodes:
    """What `read_metadata` needs from the page, gathered in one walk of the tree."""

    metas: dict[str, str] = field(default_factory=dict)
    ld: dict = field(default_factory=dict)
    h1: object = None
    title: object = None
    canonical: str | None = None
    time: str | None = None
    figures: list = field(default_factory=list)


def _gather(tree) -> _Nodes:
    found = _Nodes()
    for node in tree.iter("meta", "script", "h1", "title", "link", "time", "figure"):
        tag = node.tag
        if tag == "meta":
            _meta_value(node, found.metas)
        elif tag == "script":
            if not found.ld and node.get("type") == "application/ld+json":
                found.ld = _json_ld_article(node.text)
        elif tag == "h1":
            found.h1 = node if found.h1 is None else found.h1
        elif tag == "title":
            found.title = node if found.title is None else found.title
        elif tag == "link":
            if found.canonical is None and node.get("rel") == "canonical":
                found.canonical = node.get("href")
        elif tag == "time":
            if found.time is None and node.get("datetime") is not None:
                found.time = node.get("datetime")
        else:
            found.figures.append(node)
    return found


def read_metadata(tree, url: str) -> PageMetadata:
    """Title, description, canonical URL, author, dates, image, language and image captions."""
    found = _gather(tree)
    ld, metas = found.ld, found.metas
    meta = PageMetadata()
    meta.title = clean_text(
        _meta(metas, "og:title", "twitter:title")
        or str(ld.get("headline") or "")
        or (_text(found.h1) if found.h1 is not None else "")
        or _TITLE_SUFFIX.sub("", _text(found.title) if found.title is not None else "")
    )
    meta.description = clean_text(
        _meta(metas, "og:description", "description", "twitter:description")
    )
    canonical = found.canonical if found.canonical is not None else _meta(metas, "og:url")
    meta.canonical_url = clean_url(urljoin(url, canonical)) if canonical else ""
    ld_author = ld.get("author")
    if isinstance(ld_author, list):
        ld_author = ld_author[0] if ld_author else ""
    if isinstance(ld_author, dict):
        ld_author = ld_author.get("name", "")
    meta.author = clean_text(
        _meta(metas, "author", "article:author", "dc.creator") or str(ld_author or "")
    )
    if meta.author.startswith("http"):
        meta.author = ""
    meta.published_at = parse_datetime(
        _meta(metas, "article:published_time", "datePublished", "og:published_time", "date")
        or str(ld.get("datePublished") or "")
        or (found.time or "")
    )
    meta.updated_at = parse_datetime(
        _meta(metas, "article:modified_time", "og:updated_time", "dateModified")
        or str(ld.get("dateModified") or "")
    )
    image = _meta(metas, "og:image", "twitter:image")
    meta.image = clean_url(urljoin(url, image)) if image else ""
    lang = tree.get("lang") if tree.tag == "html" else None
    meta.language = lang.split("-")[0].strip().lower() if lang else ""
    for figure in found.figures:
        images = list(figure.iter("img"))
        if not images:
            continue
        caption = next(figure.iter("figcaption"), None)
        for img in images:
            src = img.get("src") or img.get("data-src") or ""
            if src:
                meta.captions[urljoin(url, src)] = (
                    _text(caption) if caption is not None else "",
                    clean_text(img.get("alt", "")),
                )
    return meta


def blocks_from_tree(
    body, url: str, captions: dict[str, tuple[str, str]] | None = None
) -> list[Block]:
    """trafilatura's output tree (p, head, quote, list, graphic, table) → our blocks."""
    captions = captions or {}
    blocks: list[Block] = []
    for node in body:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "head":
            level = (
                int((node.get("rend") or "h2")[1:] or 2)
                if (node.get("rend") or "").startswith("h")
                else 2
            )
            text = _text(node)
            if text:
                blocks.append(Block(BlockKind.HEADING, text, {"level": min(max(level, 2), 4)}))
        elif tag == "quote":
            text = _text(node)
            if text:
                blocks.append(Block(BlockKind.QUOTE, text))
        elif tag == "list":
            items = [_text(item) for item in node.iter("item")]
            items = [i for i in items if i]
            if items:
                blocks.append(
                    Block(BlockKind.LIST, "\n".join(items), {"ordered": node.get("rend") == "ol"})
                )
        elif tag == "graphic":
            src = clean_url(urljoin(url, node.get("src") or ""))
            if src:
                caption, alt = captions.get(src, ("", ""))
                attrs = {"src": src, "alt": alt or clean_text(node.get("alt") or "")}
                blocks.append(
                    Block(BlockKind.IMAGE, caption or clean_text(node.get("title") or ""), attrs)
                )
        elif tag in {"div", "section", "main", "body", "doc"}:
            # trafilatura 2.x may wrap parts of the body in containers: read through them.
            if (node.text or "").strip():
                blocks.append(Block(BlockKind.PARAGRAPH, clean_text(node.text)))
            blocks.extend(blocks_from_tree(node, url, captions))
        elif tag in {"p", "table", "code"} or tag:
            # A paragraph may hold an image (trafilatura nests graphic in p).
            for graphic in node.iter("graphic"):
                blocks.extend(blocks_from_tree([graphic], url, captions))
            text = _text(node)
            if text:
                blocks.append(
                    Block(
                        BlockKind.PARAGRAPH,
                        text,
                        {"class": node.get("class")} if node.get("class") else {},
                    )
                )
        if (node.tail or "").strip():
            # Text loose between two elements is a paragraph of its own.
            blocks.append(Block(BlockKind.PARAGRAPH, clean_text(node.tail)))
    return blocks


def _same_start(a: str, b: str) -> bool:
    """Does one text begin with the other, word for word (punctuation and case aside)?
    A truncated description ("… He urged …") still matches its paragraph."""
    wa, wb = _WORDS.findall(a.lower()), _WORDS.findall(b.lower())
    if not wa or not wb:
        return False
    n = min(len(wa), len(wb))
    if len(wa) > len(wb) and n > 3:
        n -= 1  # the description's last word may be cut off
    return wa[:n] == wb[:n]


def _split_lead(blocks: list[Block], meta: PageMetadata) -> tuple[str, list[Block]]:
    """The standfirst: a first paragraph marked as lead, or the one the description repeats."""
    for i, block in enumerate(blocks[:3]):
        if block.kind != BlockKind.PARAGRAPH:
            continue
        css = block.attrs.get("class") or ""
        if _LEAD_CLASSES.search(css) or _same_start(block.text, meta.description):
            return block.text, blocks[:i] + blocks[i + 1 :]
        break
    return "", blocks


def _finish(blocks: list[Block]) -> list[Block]:
    for block in blocks:
        block.attrs.pop("class", None)
    return blocks


def _trafilatura(tree, url: str, fast: bool):
    import trafilatura  # here: ~45 MB, loaded only by the processes that extract pages

    return trafilatura.bare_extraction(
        tree,
        url=url,
        fast=fast,
        include_comments=False,
        include_images=True,
        include_tables=True,
        with_metadata=False,
    )


def _main_content(tree, url: str):
    """trafilatura's document for the page (its body is the main content), or None.

    First in fast mode: no readability/justext comparison (trafilatura's own rescues of
    short results still run). Only when that finds little text is the full cascade run.
    Comments are never extracted: we do not keep them, and trafilatura then prunes
    comment sections up front. On the 181 pages of the extraction benchmark this scores
    higher than trafilatura's defaults in about three quarters of the time
    (docs/benchmarks.md). `bare_extraction` works on a copy: `tree` is left as it was."""
    document = _trafilatura(tree, url, fast=True)
    body = document.body if document is not None else None
    if body is not None and len(" ".join(body.itertext()).strip()) >= FULL_CASCADE_BELOW:
        return document
    return _trafilatura(tree, url, fast=False) or document


def extract_article(
    html: str,
    url: str,
    knowledge: BoilerplateKnowledge | None = None,
    min_pages: int = 3,
) -> ExtractedArticle:
    """Extract the article of one page. Raises ExtractionError when there is none."""
    from trafilatura.utils import load_html  # here: see `_trafilatura`

    tree = load_html(html) if html and html.strip() else None
    if tree is None:
        raise ExtractionError("the page is empty or not HTML")
    meta = read_metadata(tree, url)
    document = _main_content(tree, url)
    if document is None or document.body is None:
        raise ExtractionError("no article text found in the page")
    blocks = blocks_from_tree(document.body, url, meta.captions)
    # The headline, printed again at the top of the body.
    blocks = [
        b
        for i, b in enumerate(blocks)
        if not (i < 3 and b.kind == BlockKind.HEADING and _same_start(b.text, meta.title))
    ]
    lead, blocks = _split_lead(blocks, meta)
    blocks, _removed = remove_boilerplate(blocks, knowledge, min_pages)
    if not any(b.kind != BlockKind.IMAGE for b in blocks):
        raise ExtractionError("no article text found in the page")
    image = None
    if meta.image:
        caption, alt = meta.captions.get(meta.image, ("", ""))
        image = MainImage(src=meta.image, caption=caption, alt=alt)
        # The main image is shown above the article: not a second time in the body.
        blocks = [b for b in blocks if b.attrs.get("src") != meta.image]
    return ExtractedArticle(
        url=url,
        title=meta.title,
        # A description that the body does not start with is a teaser, not the lead.
        lead=lead,
        blocks=_finish(blocks),
        author=meta.author,
        published_at=meta.published_at,
        updated_at=meta.updated_at,
        image=image,
        canonical_url=meta.canonical_url,
        language=meta.language,
    )


_FRAGMENT_TAGS = {
    "p": BlockKind.PARAGRAPH,
    "h1": BlockKind.HEADING, "h2": BlockKind.HEADING, "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING, "h5": BlockKind.HEADING, "h6": BlockKind.HEADING,
    "blockquote": BlockKind.QUOTE,
}  # fmt: skip


def blocks_from_html_fragment(fragment: str, base_url: str) -> list[Block]:
    """A feed entry's content HTML → blocks (it is the article already: no main-content search)."""
    if not fragment or not fragment.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(clean_fragment(fragment), create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    blocks: list[Block] = []
    for node in root.iter():
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _FRAGMENT_TAGS and not any(
            isinstance(a.tag, str) and a.tag in {"blockquote", "li"} for a in node.iterancestors()
        ):
            text = _text(node)
            if text:
                kind = _FRAGMENT_TAGS[tag]
                attrs = {"level": min(max(int(tag[1]), 2), 4)} if kind == BlockKind.HEADING else {}
                blocks.append(Block(kind, text, attrs))
        elif tag in {"ul", "ol"} and not any(a.tag in {"ul", "ol"} for a in node.iterancestors()):
            items = [t for t in (_text(li) for li in node.iter("li")) if t]
            if items:
                blocks.append(Block(BlockKind.LIST, "\n".join(items), {"ordered": tag == "ol"}))
        elif tag == "img":
            src = clean_url(urljoin(base_url, node.get("src") or ""))
            if src:
                figure = next((a for a in node.iterancestors() if a.tag == "figure"), None)
                caption = figure.xpath(".//figcaption") if figure is not None else []
                blocks.append(
                    Block(
                        BlockKind.IMAGE,
                        _text(caption[0]) if caption else "",
                        {"src": src, "alt": clean_text(node.get("alt") or "")},
                    )
                )
    if not blocks:
        text = _text(root)
        if text:
            blocks = [Block(BlockKind.PARAGRAPH, line) for line in text.split("\n") if line.strip()]
    return blocks


def word_count(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks if b.kind != BlockKind.IMAGE)


def article_from_entry(
    entry: FeedEntry, knowledge: BoilerplateKnowledge | None = None, min_pages: int = 3
) -> ExtractedArticle:
    """An article from the feed alone (content or summary): for excerpt/link sources,
    and to compare with the page when the feed carries the full text."""
    blocks = blocks_from_html_fragment(entry.content_html, entry.link)
    blocks, _removed = remove_boilerplate(blocks, knowledge, min_pages)
    return ExtractedArticle(
        url=entry.link,
        title=entry.title,
        lead=clean_text(entry.summary),
        blocks=blocks,
        author=entry.author,
        published_at=entry.published_at,
        updated_at=entry.updated_at,
        image=MainImage(src=entry.image_url) if entry.image_url else None,
        canonical_url=entry.link,
    )


def prefer_richer(page: ExtractedArticle | None, feed: ExtractedArticle) -> ExtractedArticle:
    """The page's article, with the feed's body instead when the feed's is clearly richer;
    missing metadata is filled from the other side."""
    if page is None:
        return feed
    if word_count(feed.blocks) > 1.2 * word_count(page.blocks):
        page.blocks = feed.blocks
    page.title = page.title or feed.title
    page.lead = page.lead or feed.lead
    page.author = page.author or feed.author
    page.published_at = page.published_at or feed.published_at
    page.updated_at = page.updated_at or feed.updated_at
    page.image = page.image or feed.image
    return page
