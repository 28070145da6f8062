"""French typography for published text: « guillemets » and no-break spaces.

Pure text in, pure text out (plain text, not HTML: templates escape the result).
The rules, after the Imprimerie nationale's, simplified the way French news
sites apply them:

- straight double quotes and English curly quotes become « guillemets », with a
  narrow no-break space inside each guillemet;
- a narrow no-break space goes before ; : ! ? (replacing an ordinary space, or
  inserted when the text had none), never twice;
- URLs, e-mail addresses and numbers such as 10:30 or 3:2 are left alone;
- the straight apostrophe becomes the typographic one (U+2019).
"""

from __future__ import annotations

import re

NNBSP = "\u202f"  # narrow no-break space (espace fine insécable)
NBSP = "\u00a0"
APOSTROPHE = "\u2019"  # typographic apostrophe

# Tokens never to touch: URLs, www. hosts, e-mail addresses.
_PROTECTED = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s«»\"“”<>]*[^\s«»\"“”<>.,;:!?)]"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail addresses
    re.IGNORECASE,
)
_PLACEHOLDER = "\ue000"  # private-use character standing for a protected token
_SPACE_CHARS = f" \t{NBSP}{NNBSP}"
# What may stand before the space that goes before ; : ! ? (a word or a closing sign).
_ENDS_WORD = re.compile("[\\w)\\]»…%'\u2019\"\ue000]")
_HIGH_MARKS = re.compile("[;!?]+")
_COLON = re.compile(r":(?!\d)")  # not between two digits (10:30, 3:2)
_OPEN_GUILLEMET = re.compile(f"«[{_SPACE_CHARS}]*")
# A straight apostrophe between two word characters; the regex starts on the apostrophe
# itself, so that it is found by a plain character scan.
_APOSTROPHE = re.compile(r"'(?<=\w')(?=\w)")
_QUOTES = re.compile('["\u201c\u201d]')
# Text with none of these characters is left as it is (the common case is cheap).
_NEEDS_WORK = re.compile("['\"\u201c\u201d\u00ab\u00bb;:!?]")


def french_typography(text: str) -> str:
    """Apply French typography to plain `text`, leaving URLs and e-mail addresses as they are."""
    if not text:
        return text
    # Protected tokens are swapped for a placeholder character while the rules run,
    # so that punctuation right after a URL is still typeset.
    text = text.replace(_PLACEHOLDER, "")
    if not _NEEDS_WORK.search(text):
        return text
    if "://" not in text and "www." not in text.lower() and "@" not in text:
        return _typeset(text)  # nothing to protect: skip the (slower) URL scan
    protected = [m.group(0) for m in _PROTECTED.finditer(text)]
    typeset = _typeset(_PROTECTED.sub(_PLACEHOLDER, text))
    if not protected:
        return typeset
    pieces = typeset.split(_PLACEHOLDER)
    out = [pieces[0]]
    for token, piece in zip(protected, pieces[1:], strict=True):
        out.extend((token, piece))
    return "".join(out)


def _typeset(text: str) -> str:
    """The rules, each run only when the text holds its character. Every rule is written
    to start on the character it is about (a quote, a guillemet, a mark): the rules run
    on every paragraph of every page, and a pattern that starts with a look-behind or
    with optional spaces is tried at each position of the text (5-10 times slower)."""
    if not text or not _NEEDS_WORK.search(text):
        return text
    if "'" in text:
        text = _APOSTROPHE.sub(APOSTROPHE, text)
    if _QUOTES.search(text):
        text = _convert_quotes(text)
    if "«" in text:
        text = _OPEN_GUILLEMET.sub("«" + NNBSP, text)
    if "»" in text:
        # The spaces before each closing guillemet become one narrow no-break space.
        pieces = text.split("»")
        text = "»".join(
            [*(piece.rstrip(_SPACE_CHARS) + NNBSP for piece in pieces[:-1]), pieces[-1]]
        )
    if ";" in text or "!" in text or "?" in text:
        text = _space_before(text, _HIGH_MARKS)
    if ":" in text:
        text = _space_before(text, _COLON)
    return text


def _space_before(text: str, marks: re.Pattern) -> str:
    """A narrow no-break space in place of the spaces (or none) before each of `marks`
    that follows a word or a closing sign."""
    out: list[str] = []
    last = 0
    for match in marks.finditer(text):
        start = end = match.start()
        while start > last and text[start - 1] in _SPACE_CHARS:
            start -= 1
        if start > last and _ENDS_WORD.match(text, start - 1):
            out.append(text[last:start])
            out.append(NNBSP)
            last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _convert_quotes(text: str) -> str:
    """Turn "…" and “…” into «…»; a straight quote opens after a space or at the start."""
    out: list[str] = []
    depth = 0
    last = 0
    for match in _QUOTES.finditer(text):
        i, char = match.start(), match.group(0)
        out.append(text[last:i])
        last = i + 1
        if char == "\u201c":
            depth += 1
            out.append("«")
        elif char == "\u201d":
            depth = max(depth - 1, 0)
            out.append("»")
        else:
            before = text[i - 1] if i else " "
            opening = before.isspace() or before in "([{\u2014\u2013-/"
            if opening and depth == 0:
                depth += 1
                out.append("«")
            elif depth > 0:
                depth -= 1
                out.append("»")
            else:
                out.append(char)  # a stray closing quote: leave it
    out.append(text[last:])
    return "".join(out)
