"""The demo corpus: synthetic articles, written for nouvelles, as their sources publish them.

One module per source (`courrier`, `estrecho`, `harbour`, `andes`), each with
an `ARTICLES` list. An article is described from the source side, so that the
same data can be loaded straight into the database now and later be served
as feeds and HTML pages for the real ingestion pipeline:

- `id`: the source's own identifier (also its feed GUID suffix);
- `event`: what happened; several sources, in several languages, cover one event
  (ground truth for story clustering and duplicate detection);
- `path`: the article's path on the source's site (original URL = homepage + path);
- `section`: the source's own section name (mapped by `sources.SOURCES[...]["sections"]`);
- `author`, `hours_ago` (published that long before loading), optional `updated_hours_ago`;
- `tags`: our tags, in French;
- `image`: the main image, generated locally as SVG (`motif`, `alt`, `caption`, `credit`);
- `original`: `title`, `lead`, `blocks` in the source's language;
- `fr` (for sources not in French): our own French version, block for block the
  same shape as the original, plus `image_alt` and `image_caption`.

Blocks are short tuples, expanded by `expand_block()` into the export form
`{"type", "text", ...attrs}`:
`("p", text)`, `("h", text)`, `("quote", text, speaker)`, `("list", [items])`,
`("ol", [items])`, `("image", caption, motif, alt, credit)`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

SOURCE_KEYS = ("courrier", "estrecho", "harbour", "andes")


def expand_block(block: tuple) -> dict[str, Any]:
    """One compact block tuple → the export form `{"type", "text", ...attrs}`."""
    kind = block[0]
    if kind == "p":
        return {"type": "paragraph", "text": block[1]}
    if kind == "h":
        return {"type": "heading", "text": block[1], "level": 2}
    if kind == "quote":
        data = {"type": "quote", "text": block[1]}
        if len(block) > 2 and block[2]:
            data["speaker"] = block[2]
        return data
    if kind in {"list", "ol"}:
        return {"type": "list", "text": "\n".join(block[1]), "ordered": kind == "ol"}
    if kind == "image":
        _kind, caption, motif, alt, credit = block
        return {"type": "image", "text": caption, "motif": motif, "alt": alt, "credit": credit}
    raise ValueError(f"unknown demo block kind {kind!r}")


def articles_by_source() -> dict[str, list[dict]]:
    """Every demo article, grouped by source key, in the order the modules list them."""
    return {key: import_module(f"{__name__}.{key}").ARTICLES for key in SOURCE_KEYS}
