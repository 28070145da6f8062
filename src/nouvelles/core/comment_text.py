"""Comment text as plain data: paragraphs of runs, each run either text or a link.

Comments are plain text. Rendering never trusts them: the template layer escapes
every run and builds the only markup (paragraphs, line breaks and links with
``rel="nofollow ugc noopener"``) itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# http(s) URLs and bare www. hosts; stops at whitespace, quotes and angle brackets.
URL_PATTERN = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"'`]+", re.IGNORECASE)
# Punctuation that ends a sentence rather than a URL ("voir https://x.org/a.").
TRAILING_PUNCTUATION = ".,;:!?)]}»\u00a0\u2019\u201d"


@dataclass(frozen=True, slots=True)
class TextRun:
    """A piece of a line: plain text, or a link when `href` is set (`text` is what is shown)."""

    text: str
    href: str = ""


def _clean_match(raw: str) -> str:
    url = raw.rstrip(TRAILING_PUNCTUATION)
    # Keep a closing parenthesis that closes one opened inside the URL (Wikipedia links).
    while raw[len(url) : len(url) + 1] == ")" and url.count("(") > url.count(")"):
        url += ")"
    return url


def find_urls(text: str) -> list[str]:
    """Every URL written in `text`, in order, without trailing punctuation."""
    return [_clean_match(m.group(0)) for m in URL_PATTERN.finditer(text)]


def split_runs(line: str) -> list[TextRun]:
    """One line of text as runs of text and links."""
    runs: list[TextRun] = []
    position = 0
    for match in URL_PATTERN.finditer(line):
        url = _clean_match(match.group(0))
        if match.start() > position:
            runs.append(TextRun(line[position : match.start()]))
        href = url if url.lower().startswith(("http://", "https://")) else "https://" + url
        runs.append(TextRun(url, href))
        position = match.start() + len(url)
    if position < len(line):
        runs.append(TextRun(line[position:]))
    return runs


def split_paragraphs(text: str) -> list[list[list[TextRun]]]:
    """Text -> paragraphs (split on blank lines) -> lines -> runs."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not normalised:
        return []
    paragraphs = re.split(r"\n\s*\n", normalised)
    return [[split_runs(line) for line in paragraph.split("\n")] for paragraph in paragraphs]
