"""Text → sparse feature vectors, and how alike two of them are.

No model and no download: words of the site-language text (title weighted,
then lead, then the start of the body), normalised for French, English and
Spanish (lowercase, accents folded, stopwords dropped, light suffix stemming),
with named-entity-ish tokens (capitalised words, numbers) weighing more, since
names and figures survive translation best and tell two events apart.

Vectors are plain ``dict[str, float]``; IDF comes from a `DocumentFrequencies`
the caller keeps (in memory for a stream, in the database for the site).
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

Vector = dict[str, float]

# Function words of the three languages we see most (the site text is usually
# French, but untranslated English/Spanish leftovers and names are common).
STOPWORDS = frozenset(
    [
        "a",
        "ai",
        "aie",
        "aient",
        "ainsi",
        "alors",
        "apres",
        "au",
        "aucun",
        "aupres",
        "aussi",
        "autre",
        "autres",
        "aux",
        "avait",
        "avaient",
        "avant",
        "avec",
        "avoir",
        "ayant",
        "bien",
        "c",
        "ca",
        "car",
        "ce",
        "ceci",
        "cela",
        "celle",
        "celles",
        "celui",
        "ces",
        "cet",
        "cette",
        "ceux",
        "chaque",
        "chez",
        "comme",
        "comment",
        "d",
        "dans",
        "de",
        "depuis",
        "des",
        "deux",
        "doit",
        "donc",
        "dont",
        "du",
        "elle",
        "elles",
        "en",
        "encore",
        "entre",
        "est",
        "et",
        "etaient",
        "etait",
        "ete",
        "etre",
        "eu",
        "eux",
        "fait",
        "faire",
        "fut",
        "il",
        "ils",
        "j",
        "je",
        "jusqu",
        "l",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lors",
        "lui",
        "m",
        "ma",
        "mais",
        "me",
        "meme",
        "memes",
        "mes",
        "moi",
        "moins",
        "mon",
        "n",
        "ne",
        "ni",
        "nos",
        "notre",
        "nous",
        "on",
        "ont",
        "or",
        "ou",
        "par",
        "parce",
        "pas",
        "peu",
        "peut",
        "plus",
        "pour",
        "pourquoi",
        "puis",
        "qu",
        "quand",
        "que",
        "quel",
        "quelle",
        "quelles",
        "quels",
        "qui",
        "quoi",
        "s",
        "sa",
        "sans",
        "se",
        "selon",
        "ses",
        "si",
        "sien",
        "son",
        "sont",
        "sous",
        "sur",
        "t",
        "ta",
        "tandis",
        "te",
        "tes",
        "toi",
        "ton",
        "tous",
        "tout",
        "toute",
        "toutes",
        "tres",
        "tu",
        "un",
        "une",
        "vers",
        "via",
        "voici",
        "voila",
        "vos",
        "votre",
        "vous",
        "y",
        "apres",
        "dit",
        "dire",
        "selon",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "hier",
        "aujourd",
        "hui",
        "demain",
        "annee",
        "annees",
        "an",
        "ans",
        "jour",
        "jours",
        "semaine",
        "mois",
        "heure",
        "heures",
        "about",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "said",
        "same",
        "says",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yesterday",
        "today",
        "tomorrow",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "year",
        "years",
        "week",
        "day",
        "days",
        "al",
        "algo",
        "algunos",
        "ante",
        "antes",
        "como",
        "con",
        "contra",
        "cual",
        "cuando",
        "del",
        "desde",
        "donde",
        "durante",
        "el",
        "ella",
        "ellas",
        "ellos",
        "entre",
        "era",
        "eran",
        "es",
        "esa",
        "esas",
        "ese",
        "eso",
        "esos",
        "esta",
        "estaba",
        "estaban",
        "estado",
        "estan",
        "estas",
        "este",
        "esto",
        "estos",
        "fue",
        "fueron",
        "ha",
        "habia",
        "han",
        "hasta",
        "hay",
        "la",
        "las",
        "le",
        "les",
        "lo",
        "los",
        "mas",
        "me",
        "mi",
        "muy",
        "nada",
        "ni",
        "no",
        "nos",
        "o",
        "otra",
        "otras",
        "otro",
        "otros",
        "para",
        "pero",
        "poco",
        "por",
        "porque",
        "que",
        "quien",
        "se",
        "sea",
        "segun",
        "ser",
        "si",
        "sido",
        "sin",
        "sobre",
        "son",
        "su",
        "sus",
        "tambien",
        "tiene",
        "tienen",
        "todo",
        "todos",
        "tras",
        "un",
        "una",
        "uno",
        "unos",
        "y",
        "ya",
        "ano",
        "anos",
        "dijo",
        "ayer",
        "hoy",
        "manana",
        "semana",
    ]
)

_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?:;«»\"“”]\s*$")


@functools.lru_cache(maxsize=16384)  # words recur: titles, "Lire aussi" on every page
def fold(text: str) -> str:
    """Lowercase and strip accents: "Élysée" → "elysee", "España" → "espana"."""
    if text.isascii():  # NFKD leaves ASCII as it is, with no combining marks
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(word: str) -> str:
    """A light, language-agnostic stem for fr/en/es: drop a plural and a final e, keep 7 letters.

    Prefix truncation is crude but robust for Romance languages and English
    ("gouvernements" and "gouvernement" → "gouvern", "protesters" and
    "protests" → "protest"); it never needs to produce a real word, only the
    same key for inflections.
    """
    if word.isdigit():
        return word
    if len(word) > 4 and word[-1] in "sx":
        word = word[:-1]
    if len(word) > 4 and word[-1] == "e":
        word = word[:-1]
    return word[:7]


def tokenize(text: str) -> list[tuple[str, bool]]:
    """(stemmed token, is_entity) pairs; stopwords and one-letter tokens dropped.

    An entity is a capitalised word that does not open a sentence, an acronym,
    or a number of two digits or more (names and figures survive translation).
    """
    tokens: list[tuple[str, bool]] = []
    sentence_start = True
    for match in _WORD.finditer(text):
        raw = match.group(0)
        for part in re.split("['\u2019-]", raw):
            if not part:
                continue
            folded = fold(part)
            if len(folded) < 2 and not folded.isdigit():
                continue
            if folded in STOPWORDS:
                continue
            if part.isdigit():
                entity = len(part) >= 2
            else:
                entity = part[0].isupper() and (not sentence_start or part.isupper())
            tokens.append((stem(folded), entity))
        sentence_start = bool(_SENTENCE_END.search(text[match.end() : match.end() + 2]))
    return tokens


@dataclass(frozen=True)
class FeatureWeights:
    """How much each part of an article counts."""

    title: float = 3.0
    lead: float = 1.5
    body: float = 1.0
    entity: float = 2.0
    body_words: int = 250  # only the start of the body: the news is at the top


DEFAULT_WEIGHTS = FeatureWeights()


class TermCounts(dict[str, float]):
    """Weighted term counts of one article, and which of its terms are entities.

    A dict (term → weight) so that it goes wherever counts go; `entities` are
    the terms seen at least once as a name, acronym or number.
    """

    entities: frozenset[str] = frozenset()


def term_counts(
    title: str, lead: str = "", body: str = "", weights: FeatureWeights = DEFAULT_WEIGHTS
) -> TermCounts:
    """Weighted term counts of one article (before IDF), with its entity terms."""
    counts = TermCounts()
    entities: set[str] = set()
    body_text = " ".join(body.split()[: weights.body_words])
    for text, part_weight in (
        (title, weights.title),
        (lead, weights.lead),
        (body_text, weights.body),
    ):
        for token, entity in tokenize(text):
            w = part_weight * (weights.entity if entity else 1.0)
            counts[token] = counts.get(token, 0.0) + w
            if entity:
                entities.add(token)
    counts.entities = frozenset(entities)
    return counts


def entity_overlap(
    vector: Mapping[str, float], entities: frozenset[str], other: Mapping[str, float]
) -> float | None:
    """Share of the vector's entity weight whose terms `other` also has (None: no entity).

    Two articles about the same event name the same places, people or figures;
    two events of the same kind share words but rarely names.
    """
    total = shared = 0.0
    for term in entities:
        weight = vector.get(term)
        if weight:
            total += weight
            if other.get(term):
                shared += weight
    return shared / total if total else None


@dataclass
class DocumentFrequencies:
    """How many documents contain each term, for IDF. Grows as documents are added."""

    documents: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, terms: Iterable[str]) -> None:
        self.documents += 1
        for term in terms:
            self.counts[term] = self.counts.get(term, 0) + 1

    def idf(self, term: str) -> float:
        return idf(self.documents, self.counts.get(term, 0))


def idf(documents: int, df: int) -> float:
    """Smoothed inverse document frequency (always > 0)."""
    return math.log((documents + 1) / (df + 1)) + 1.0


def weigh_terms(counts: Mapping[str, float], idfs: Mapping[str, float], max_terms: int) -> Vector:
    """Sublinear TF times IDF, keep the `max_terms` heaviest, L2-normalise. Deterministic order."""
    weighted = {t: (1.0 + math.log(c)) * idfs.get(t, 1.0) for t, c in counts.items() if c > 0}
    top = sorted(weighted.items(), key=lambda kv: (-kv[1], kv[0]))[:max_terms]
    return normalize(dict(top))


def normalize(vector: Mapping[str, float]) -> Vector:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    if norm == 0:
        return {}
    return {t: w / norm for t, w in vector.items()}


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    if na == 0 or nb == 0:
        return 0.0
    return dot(a, b) / (na * nb)


def title_key(title: str) -> frozenset[str]:
    """The set of folded words of a title, to spot near-identical titles."""
    return frozenset(fold(w) for w in _WORD.findall(title))


def near_identical_titles(a: str, b: str, threshold: float = 0.8) -> bool:
    """True when two titles share at least `threshold` of their words (Jaccard)."""
    return similar_keys(title_key(a), title_key(b), threshold)


def similar_keys(a: frozenset[str], b: frozenset[str], threshold: float = 0.8) -> bool:
    """Jaccard similarity of two title keys at or above `threshold` (empty keys: equal only)."""
    if not a or not b:
        return a == b
    return len(a & b) / len(a | b) >= threshold
