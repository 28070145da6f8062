"""Cut body blocks into translatable segments (sentences) and put them back together.

A block keeps its kind and attributes; only its text (and an image's `alt`)
is translated, sentence by sentence. Everything between sentences (spaces,
line breaks of list items) is kept verbatim, so `join_segments` rebuilds each
block with exactly the original layout around the translated sentences.
"""

# ruff: noqa: RUF001 - Cyrillic letters are deliberate: names and terms in Ukrainian text

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from nouvelles.core.types import Block, BlockKind

# A sentence ends with . ! ? … (optionally followed by closing quotes or brackets)
# and is followed by white space and an upper-case letter, a digit or an opening quote.
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"'»”’)\]]*(?P<gap>[ \t\u00a0]+)(?=[\"'«“‘(\[¿¡]?[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ0-9])"
)
# Common abbreviations after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset(
    "sr sra srta dr dra mr mrs ms prof st no núm art etc vs ee uu p pp av gen col lt sgt m mme mlle".split()  # noqa: SIM905 - a word list reads better as text
)
# Block attributes that hold text for readers and are translated with the text.
TRANSLATED_ATTRS = {BlockKind.IMAGE: ("alt",)}


class Segment(NamedTuple):
    """One sentence to translate: where it comes from, and the text itself.

    A NamedTuple rather than a frozen dataclass: segments are dict keys by the thousand,
    and tuples hash and compare in C.
    """

    block: int  # index of the block in the list given to segment_blocks
    field: str  # "text", or the name of a translated attribute ("alt")
    index: int  # position of the sentence inside that field's piece list
    text: str


def split_sentences(text: str) -> list[str]:
    """Split `text` into alternating pieces: sentence, separator, sentence, ... .

    Even indexes are sentences (possibly empty), odd ones the verbatim white
    space between them; `"".join(pieces) == text` always holds.
    """
    return list(_split_sentences(text))


@lru_cache(maxsize=16384)
def _split_sentences(text: str) -> tuple[str, ...]:
    # Cached: segment_blocks and join_segments split the same texts one after the other.
    pieces: list[str] = []
    for line_piece in re.split(r"(\s*\n\s*)", text):
        if "\n" in line_piece:
            pieces.append(line_piece)
            continue
        pieces.extend(_split_line(line_piece))
    # Normalise to sentence/separator alternation.
    out: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if not piece.strip():  # a separator
            if not out:
                out.append("")
            if len(out) % 2 == 1:
                out.append(piece)
            else:
                out[-1] += piece
        elif len(out) % 2 == 0:
            out.append(piece)
        else:
            out[-1] += piece
    if len(out) % 2 == 0:
        out.append("")
    return tuple(out)


def _split_line(line: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        before = line[start : match.start("gap")]
        last_word = re.search(r"(\w+)\W*$", before)
        if last_word and last_word.group(1).lower() in _ABBREVIATIONS:
            continue
        if last_word and len(last_word.group(1)) == 1 and last_word.group(1).isupper():
            continue  # an initial: "J. Kirby"
        pieces.append(before)
        pieces.append(match.group("gap"))
        start = match.end("gap")
    pieces.append(line[start:])
    return pieces


def _fields(block: Block) -> list[tuple[str, str]]:
    fields = [("text", block.text)]
    for name in TRANSLATED_ATTRS.get(block.kind, ()):
        value = block.attrs.get(name)
        if isinstance(value, str) and value.strip():
            fields.append((name, value))
    return fields


def segment_blocks(blocks: list[Block]) -> list[Segment]:
    """Every non-empty sentence of every block, in reading order."""
    segments: list[Segment] = []
    for b, block in enumerate(blocks):
        for field_name, value in _fields(block):
            for i, piece in enumerate(split_sentences(value)):
                if i % 2 == 0 and piece.strip():
                    segments.append(Segment(block=b, field=field_name, index=i, text=piece))
    return segments


def join_segments(blocks: list[Block], translations: dict[Segment, str]) -> list[Block]:
    """The blocks with each segment replaced by its translation.

    Segments missing from `translations` keep their original text; kinds and
    attributes (speaker, level, src, url, ...) are copied unchanged.
    """
    out: list[Block] = []
    for b, block in enumerate(blocks):
        new = replace(block, attrs=dict(block.attrs))
        for field_name, value in _fields(block):
            pieces = split_sentences(value)
            for i, piece in enumerate(pieces):
                if i % 2 == 0 and piece.strip():
                    key = Segment(block=b, field=field_name, index=i, text=piece)
                    if key in translations:
                        # Keep the sentence's own leading/trailing blanks.
                        lead = piece[: len(piece) - len(piece.lstrip())]
                        trail = piece[len(piece.rstrip()) :]
                        pieces[i] = lead + translations[key].strip() + trail
            joined = "".join(pieces)
            if field_name == "text":
                new.text = joined
            else:
                new.attrs[field_name] = joined
        out.append(new)
    return out


def count_words(text: str) -> int:
    return len(text.split())


def chunk_texts(texts: list[str], max_segments: int, max_chars: int) -> list[list[int]]:
    """Indexes of `texts` grouped into requests within a backend's limits (order kept).

    A single text longer than `max_chars` travels alone: backends cut sentences,
    not words, so such a text is already one sentence.
    """
    chunks: list[list[int]] = []
    current: list[int] = []
    size = 0
    for i, text in enumerate(texts):
        if current and (len(current) >= max_segments or size + len(text) > max_chars):
            chunks.append(current)
            current, size = [], 0
        current.append(i)
        size += len(text)
    if current:
        chunks.append(current)
    return chunks
