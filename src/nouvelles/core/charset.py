"""Decoding fetched bytes into text when the declared charset may be missing or wrong.

Order of trust: a byte-order mark; valid UTF-8 (bytes in another encoding are almost
never valid UTF-8 by accident, and pages declared `iso-8859-1` that are really UTF-8
are common); the charset declared by HTTP or by the document (`<meta charset>`,
`<?xml encoding?>`) when it decodes without error; detection with charset-normalizer;
finally UTF-8 with replacement characters.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_.:-]+)""", re.I)


def declared_charset(content_type: str, body: bytes) -> str:
    """The charset named by the Content-Type header, else by the document itself."""
    match = _HEADER_CHARSET.search(content_type or "")
    if match:
        return match.group(1).lower()
    head = body[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else ""


def _known(name: str) -> str:
    """Python's name for a declared charset; latin-1 is read as windows-1252 (as browsers do)."""
    try:
        found = codecs.lookup(name).name
    except LookupError:
        return ""
    return "cp1252" if found in {"iso8859-1", "latin-1"} else found


def decode_body(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Decode `body`; returns (text, encoding actually used)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _known(declared_charset(content_type, body))
    if declared and declared not in {"utf-8", "ascii"}:
        try:
            return body.decode(declared), declared
        except UnicodeDecodeError:
            pass
    matches = charset_normalizer.from_bytes(body[:200_000])
    # windows-1252 is the web's default legacy encoding (WHATWG): among plausible
    # candidates it wins, short Western texts otherwise come out as cp1257 or mac_latin2.
    names = [m.encoding for m in matches]
    if "cp1252" in names:
        return body.decode("cp1252", errors="replace"), "cp1252"
    best = matches.best()
    if best is not None and best.encoding:
        return body.decode(best.encoding, errors="replace"), best.encoding
    return body.decode("utf-8", errors="replace"), "utf-8"
