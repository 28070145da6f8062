"""Parse what a reader typed into a safe, engine-neutral search query.

Nothing the reader types reaches a search engine's query language as syntax:
the text is cleaned (control characters and NUL removed, length capped),
split into words and "quoted phrases", and each backend builds its own query
from these words, which contain only letters and digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nouvelles.core.stemming import split_words, stem_word

MAX_QUERY_CHARS = 200
MAX_TERMS = 12

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_PHRASE_RE = re.compile(r'"([^"]*)"')

# Words too common to narrow a search (French and English). They are dropped
# from single terms (not from phrases), as PostgreSQL's dictionaries do.
STOP_WORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "c",
        "d",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "eux",
        "il",
        "ils",
        "j",
        "je",
        "l",
        "la",
        "le",
        "les",
        "leur",
        "lui",
        "m",
        "ma",
        "mais",
        "me",
        "meme",
        "mes",
        "moi",
        "mon",
        "n",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "s",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "t",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "est",
        "sont",
        "ete",
        "etre",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
    ]
)


@dataclass(frozen=True)
class SearchQuery:
    """A reader's query: folded words (for engines that stem) and our stems."""

    text: str
    words: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    truncated: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.phrases

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(stem_word(w) for w in self.words)

    @property
    def phrase_stems(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(stem_word(w) for w in p) for p in self.phrases)

    def highlight_stems(self) -> frozenset[str]:
        """Every stem worth highlighting in results (phrase words included)."""
        stems = set(self.stems)
        for phrase in self.phrase_stems:
            stems.update(s for s in phrase if s not in STOP_WORDS)
        return frozenset(stems)


def clean_query_text(text: str, max_chars: int = MAX_QUERY_CHARS) -> tuple[str, bool]:
    """Remove control characters and cap the length; says whether it was cut."""
    cleaned = _CONTROL_RE.sub(" ", text or "").strip()
    if len(cleaned) > max_chars:
        cut = cleaned[:max_chars]
        if cleaned[max_chars].isalnum() and " " in cut:
            cut = cut.rsplit(" ", 1)[0]  # never end on half a word
        return cut, True
    return cleaned, False


def parse_query(
    text: str, max_chars: int = MAX_QUERY_CHARS, max_terms: int = MAX_TERMS
) -> SearchQuery:
    """Words and "quoted phrases" of `text`; operators and punctuation are plain text.

    An unbalanced quote is ignored; a one-word phrase is a word; at most
    `max_terms` words and phrases are kept (longer queries are marked truncated).
    """
    cleaned, truncated = clean_query_text(text, max_chars)
    phrases: list[tuple[str, ...]] = []
    words: list[str] = []
    seen: set[str] = set()

    def add_word(word: str) -> None:
        if word not in seen and word not in STOP_WORDS:
            seen.add(word)
            words.append(word)

    for match in _PHRASE_RE.finditer(cleaned):
        phrase = tuple(split_words(match.group(1)))
        if len(phrase) > 1:
            if phrase not in phrases:
                phrases.append(phrase)
        elif phrase:
            add_word(phrase[0])
    for word in split_words(_PHRASE_RE.sub(" ", cleaned)):
        add_word(word)
    if not words and not phrases:
        # Only stop words: search them rather than nothing ("The Who").
        words = list(dict.fromkeys(split_words(_PHRASE_RE.sub(" ", cleaned))))
    if len(words) + len(phrases) > max_terms:
        truncated = True
        phrases = phrases[:max_terms]
        words = words[: max(0, max_terms - len(phrases))]
    return SearchQuery(
        text=cleaned, words=tuple(words), phrases=tuple(phrases), truncated=truncated
    )
