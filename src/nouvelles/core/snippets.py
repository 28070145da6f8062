"""Highlighted snippets for search results, as escaped HTML with <mark>.

Matching is done on stems, so a query for "élection" marks "élections". The
text is escaped here, word by word; the only markup in the output is <mark>.
"""

from __future__ import annotations

import html
import re

from nouvelles.core.stemming import stem_token

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def _matches(text: str, stems: frozenset[str]) -> list[tuple[int, int, bool]]:
    """(start, end, matched) for each word of `text`."""
    return [(m.start(), m.end(), stem_token(m.group()) in stems) for m in _WORD_RE.finditer(text)]


def _render(text: str, start: int, end: int, words: list[tuple[int, int, bool]]) -> str:
    out: list[str] = []
    pos = start
    for w_start, w_end, matched in words:
        if w_start < start or w_end > end:
            continue
        out.append(html.escape(text[pos:w_start]))
        word = html.escape(text[w_start:w_end])
        out.append(f"<mark>{word}</mark>" if matched else word)
        pos = w_end
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def highlight_text(text: str, stems: frozenset[str]) -> str:
    """All of `text`, escaped, with the words matching `stems` in <mark>."""
    return _render(text, 0, len(text), _matches(text, stems))


def build_snippet(text: str, stems: frozenset[str], max_words: int = 30) -> str:
    """The `max_words`-word window of `text` with the most matches, escaped and marked.

    Falls back to the start of the text when nothing matches; "…" marks cuts.
    """
    words = _matches(text, stems)
    if not words:
        return html.escape(text[:300])
    best_start, best_score = 0, -1
    hits = [1 if matched else 0 for _s, _e, matched in words]
    window = sum(hits[:max_words])
    best_score = window
    for i in range(1, max(1, len(words) - max_words + 1)):
        window += hits[i + max_words - 1] - hits[i - 1]
        if window > best_score:
            best_start, best_score = i, window
    if best_score > 0 and best_start > 0:
        # Start a few words before the first match so it has some context.
        first_hit = next(i for i in range(best_start, len(words)) if hits[i])
        best_start = max(0, min(best_start, first_hit - 5))
    chosen = words[best_start : best_start + max_words]
    start = chosen[0][0] if best_start > 0 else 0
    end = chosen[-1][1] if best_start + max_words < len(words) else len(text)
    body = _render(text, start, end, chosen)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return f"{prefix}{body.strip()}{suffix}"
