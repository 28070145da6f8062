"""Keep what must not change through machine translation, and check that it did not.

Before a segment goes to a backend, the spans that must survive verbatim
(URLs, e-mail addresses, glossary terms, quoted titles, numeric dates, times,
amounts and numbers with separators, person/organisation names, acronyms) are
replaced by placeholders such as ``ZXQ3Q``: an unknown all-capitals word that
rule-based and neural engines alike copy through unchanged (checked with
Apertium, LibreTranslate, DeepL, LLM prompts). After translation the
placeholders are replaced by the original span, or by the glossary's fixed
translation. `check_translation` then compares numbers and names between the
original and the translation and reports what was lost or altered.

Name detection is a heuristic, not a named-entity model: two or more
consecutive capitalised words ("Lloyd Austin", "William J. Burns") that are
not a sentence-opening function word, skipped in title-case headlines; plus
acronyms of two or more capitals ("CIA", "ОП"). Editors steer it with the
glossary: an entry with a translation ("Consejo de Seguridad" → "Conseil de
sécurité") wins over the heuristic because glossary spans are taken first.
"""

# ruff: noqa: RUF001 - Cyrillic letters are deliberate: names and terms in Ukrainian text

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from nouvelles.core.glossary import GlossaryTerm, find_term_spans

PLACEHOLDER = "ZXQ{}Q"
# Tolerant on the way back: some engines insert spaces or change case.
_PLACEHOLDER_RE = re.compile(r"\*?Z\s?X\s?Q\s?(\d{1,4})\s?Q", re.IGNORECASE)
# Bumped whenever protection changes what a backend receives (part of the cache key).
PROTECT_VERSION = "1"

_URL = r"(?:https?://|www\.)[^\s<>\"«»]+[^\s<>\"«».,;:!?)\]]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# A quoted title sits mid-sentence after a lower-case word ("el libro «Cien años de soledad»");
# quoted speech opens a sentence or follows a colon, and is translated.
_QUOTED_TITLE = (
    r"(?<=[a-zà-ÿа-яёєіїґ] )[«“\"]\s?(?P<title>[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][^«»“”\".!?\n]{1,80}?)\s?[»”\"]"
)
_DATE = r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"
_TIME = r"\b\d{1,2}[:h]\d{2}\b"
_CURRENCY = r"[$€£¥₴₽]"
_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?:[.,]\d+)?|\d+[.,]\d+"
_AMOUNT = (
    rf"{_CURRENCY}[ \u00a0]?(?:{_GROUPED}|\d+)"
    rf"|(?:{_GROUPED}|\d+)[ \u00a0]?(?:{_CURRENCY}|%)"
    rf"|(?:{_GROUPED})"
)
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ"
_LOWER = "a-zß-öø-ÿа-яёєіїґ"
# A capitalised word (not an all-capitals acronym), an initial, or O'Brien.
_CAP_WORD = rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}][\w'’-]*|[{_UPPER}]\."
_NAME = rf"(?<![\w.])(?:{_CAP_WORD})(?:[ \u00a0](?:{_CAP_WORD}))+(?![\w])"
_ACRONYM = rf"(?<!\w)[{_UPPER}]{{2,6}}(?!\w)"

# Capitalised words that open sentences without being part of a name (es, en, fr, de, it, pt, uk/ru).
_OPENERS = frozenset(
    """el la los las un una unos unas según en pero y o para por con de del al este esta estos
    estas ese esa aquel así como cuando donde mientras tras ante desde hasta sobre sin the a an
    in on at for according but and or to of this that these those when while after before as
    with from by since le les une des selon dans mais et ou pour par avec ce cette ces quand
    der die das ein eine und oder nach mit il lo gli i uno o os as um uma segundo на в у за та
    і й но и по с до від після""".split()  # noqa: SIM905 - a word list reads better as text
)
_NUMBER_RE = re.compile(r"\d+(?:[ \u00a0\u202f,.]\d+)*")


@dataclass(slots=True)
class Protected:
    """A segment with placeholders, and what each placeholder stands for."""

    text: str
    originals: list[str] = field(default_factory=list)  # span as found in the source
    values: list[str] = field(default_factory=list)  # what goes back (glossary translation or span)
    kinds: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class QualityWarning:
    """Something that did not survive translation: kind is "number", "name", "placeholder"."""

    kind: str
    value: str


def _is_title_case(text: str) -> bool:
    words = re.findall(r"\w+", text)
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.8


def _name_spans(text: str) -> list[tuple[int, int]]:
    if _is_title_case(text):
        return []
    spans = []
    for match in re.finditer(_NAME, text):
        start, end = match.span()
        words = match.group(0).split()
        # Drop sentence-opening function words ("Según Lloyd Austin" → "Lloyd Austin").
        while words and words[0].lower() in _OPENERS:
            start += len(words[0]) + 1
            words = words[1:]
        while words and words[-1].endswith(".") and len(words[-1]) == 2:
            end -= len(words[-1]) + 1  # a trailing initial is a sentence end, not a name
            words = words[:-1]
        # "secretario de Defensa Lloyd Austin": a name is its last two words, unless
        # an initial shows a longer one ("William J. Burns").
        while len(words) > 2 and not any(len(w) == 2 and w.endswith(".") for w in words[1:]):
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 2:
            spans.append((start, end))
    return spans


def _candidate_spans(
    text: str, glossary: Iterable[GlossaryTerm], names: Iterable[str]
) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, restore value) in priority order; earlier kinds win overlaps."""
    spans: list[tuple[int, int, str, str]] = []
    for pattern, kind in ((_URL, "url"), (_EMAIL, "email")):
        spans += [(m.start(), m.end(), kind, m.group(0)) for m in re.finditer(pattern, text)]
    spans += [(s, e, "glossary", t.replacement) for s, e, t in find_term_spans(text, glossary)]
    for name in names:
        spans += [
            (m.start(), m.end(), "name", m.group(0))
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        ]
    for m in re.finditer(_QUOTED_TITLE, text):
        if len(m.group("title").split()) <= 8:
            spans.append((m.start("title"), m.end("title"), "title", m.group("title")))
    for pattern, kind in ((_DATE, "date"), (_TIME, "time"), (_AMOUNT, "number")):
        spans += [(m.start(), m.end(), kind, m.group(0)) for m in re.finditer(pattern, text)]
    spans += [(s, e, "name", text[s:e]) for s, e in _name_spans(text)]
    spans += [(m.start(), m.end(), "name", m.group(0)) for m in re.finditer(_ACRONYM, text)]
    return spans


def protect_text(
    text: str, glossary: Iterable[GlossaryTerm] = (), names: Iterable[str] = ()
) -> Protected:
    """Replace every span that must survive by a placeholder."""
    chosen: list[tuple[int, int, str, str]] = []
    for span in _candidate_spans(text, tuple(glossary), tuple(names)):
        start, end = span[0], span[1]
        if end > start and all(end <= s or start >= e for s, e, _, _ in chosen):
            chosen.append(span)
    chosen.sort()
    result = Protected(text="")
    out: list[str] = []
    pos = 0
    for n, (start, end, kind, value) in enumerate(chosen):
        out.append(text[pos:start])
        out.append(PLACEHOLDER.format(n))
        result.originals.append(text[start:end])
        result.values.append(value)
        result.kinds.append(kind)
        pos = end
    out.append(text[pos:])
    result.text = "".join(out)
    return result


def restore_text(translated: str, protected: Protected) -> tuple[str, list[QualityWarning]]:
    """Put the protected spans back; report placeholders that the backend lost."""
    seen: set[int] = set()

    def put_back(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n >= len(protected.values):
            return match.group(0)
        seen.add(n)
        value = protected.values[n]
        # A fixed translation with its own article ("le Bureau du président") after the
        # article the engine produced ("le ZXQ0Q"): keep one.
        before = translated[: match.start()].split()
        first = value.split(" ", 1)[0]
        if protected.kinds[n] == "glossary" and before and before[-1].lower() == first.lower():
            return "\x00" + value
        return value

    restored = _PLACEHOLDER_RE.sub(put_back, translated)
    restored = re.sub(r"(\S+)\s+\x00(?=\1\b)", "", restored, flags=re.IGNORECASE)
    restored = restored.replace("\x00", "")
    lost = [
        QualityWarning("placeholder", protected.originals[n])
        for n in range(len(protected.values))
        if n not in seen
    ]
    return restored, lost


def match_initial_case(source: str, translated: str) -> str:
    """Capitalise the translation's first letter when the source segment began with a capital.

    Engines translating a batch sometimes take a segment for the continuation of
    the previous one ("Rusia tiene…" → "la Russie a…").
    """
    first_source = next((c for c in source if c.isalpha()), "")
    for i, char in enumerate(translated):
        if char.isalpha():
            if first_source.isupper() and char.islower():
                return translated[:i] + char.upper() + translated[i + 1 :]
            return translated
    return translated


def normalise_number(number: str) -> str:
    """Digits only: "2 000", "2,000" and "2000" compare equal."""
    return re.sub(r"\D", "", number)


def check_translation(original: str, translated: str, protected: Protected) -> list[QualityWarning]:
    """Numbers and protected names of `original` that are missing from `translated`."""
    warnings: list[QualityWarning] = []
    found = Counter(normalise_number(m) for m in _NUMBER_RE.findall(translated))
    raw: dict[str, str] = {}
    wanted: Counter[str] = Counter()
    for number in _NUMBER_RE.findall(original):
        raw.setdefault(normalise_number(number), number)
        wanted[normalise_number(number)] += 1
    for digits, count in wanted.items():
        if found[digits] < count:
            warnings.append(QualityWarning("number", raw[digits]))
    for kind, value in zip(protected.kinds, protected.values, strict=True):
        if kind in {"name", "glossary", "title", "url", "email"} and value not in translated:
            warnings.append(QualityWarning("name" if kind == "name" else kind, value))
    return warnings
