"""Light French/English stemming for search: fold accents, split words, trim endings.

The search index stores stemmed tokens and queries are stemmed the same way,
so "élection" finds "élections" and "electoral" finds "électorale". The rules
are deliberately light (plural and feminine endings, a few English suffixes):
aggressive stemmers merge unrelated words, and a reader can always add a word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

# Latin letters that NFKD does not decompose.
_EXTRA_FOLDS = {"œ": "oe", "æ": "ae", "ø": "o", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}
_EXTRA_RE = re.compile("[" + "".join(_EXTRA_FOLDS) + "]")
# After NFKD: anything left that is neither ASCII nor a combining accent (another script).
_OTHER_SCRIPT_RE = re.compile(r"[^\x00-\x7f\u0300-\u036f]")
# On ASCII text WORD_RE matches exactly these (NFKD may give upper-case letters: "\u210c" → "H").
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+")


# Combining accents of Latin letters, and runs of other non-ASCII characters.
_ACCENTS_RE = re.compile(
    "["
    + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c)))  # not U+034F
    + "]+"
)
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _drop_combining(match: re.Match) -> str:
    return "".join(ch for ch in match.group() if not unicodedata.combining(ch))


MIN_STEM = 3


def fold_text(text: str) -> str:
    """Lower-case and remove diacritics ("Élection Œuvre" → "election oeuvre").

    Every step but the last fallback runs in C: indexing 100,000 articles
    folds a few hundred million characters.
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    if _EXTRA_RE.search(folded):
        folded = _EXTRA_RE.sub(lambda m: _EXTRA_FOLDS[m.group()], folded)
    decomposed = unicodedata.normalize("NFKD", folded)
    if _OTHER_SCRIPT_RE.search(decomposed) is None:
        return decomposed.encode("ascii", "ignore").decode("ascii")
    # Most texts land here for a few typographic apostrophes, quotes and dashes: the
    # characters are looked at one by one only in the runs that are not ASCII.
    return _NON_ASCII_RE.sub(_drop_combining, _ACCENTS_RE.sub("", decomposed))


def split_words(text: str) -> list[str]:
    """The folded words of `text`, in order (apostrophes and hyphens split words)."""
    folded = fold_text(text)
    return (_ASCII_WORD_RE if folded.isascii() else WORD_RE).findall(folded)


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """Stem one folded word: plural, feminine and common English endings.

    Examples: elections → election, electorale → electoral, journaux → journal,
    studies → studi, study → studi, running → run.
    """
    if len(word) <= MIN_STEM or word.isdigit():
        return word
    w = word
    # Plurals.
    if w.endswith("eaux") and len(w) > 5:
        w = w[:-1]
    elif w.endswith("aux") and len(w) > 4:
        w = w[:-3] + "al"
    elif w.endswith(("s", "x")) and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    # English -ing / -ed (only on long enough words to keep "thing", "bed").
    if w.endswith("ing") and len(w) > 5:
        w = w[:-3]
        if len(w) > 3 and w[-1] == w[-2]:
            w = w[:-1]  # running → run
    elif w.endswith("ed") and len(w) > 5 and not w.endswith("eed"):
        w = w[:-2]
    # Feminine / silent e, and English -y ↔ -ies.
    if w.endswith("ee") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("e") and len(w) > 4:
        w = w[:-1]
        if w.endswith(("nn", "ll", "tt")):
            w = w[:-1]  # europeenne → europeen, naturelle → naturel
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"
    if w.endswith("ie") and len(w) > 4:
        w = w[:-1]
    return w


@lru_cache(maxsize=200_000)
def stem_token(token: str) -> str:
    """Fold then stem one word as written in a text ("Élections" → "election")."""
    return stem_word(fold_text(token))


def stem_words(text: str) -> list[str]:
    """Folded, stemmed words of `text` in order (what the index stores)."""
    return [stem_word(w) for w in split_words(text)]


def stem_text(text: str) -> str:
    """`stem_words` joined by spaces: the text given to the full-text index."""
    return " ".join(map(stem_word, split_words(text)))
