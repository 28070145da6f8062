"""A vocabulary-based generator of synthetic news articles (French, some English).

Words are drawn with a Zipf distribution from a 20,000-word vocabulary: a few
hundred real French and English news words spread over the frequency ranks,
the rest pseudo-words built from French syllables. So a few words are in most
articles and most words in few, the shape full-text indexes meet on a real news
site. Articles come in publication order (ids follow dates, as with ingestion).
Seeded: the same arguments give the same articles.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

FRENCH = [
    "gouvernement",
    "président",
    "ministre",
    "élection",
    "élections",
    "électoral",
    "électorale",
    "scrutin",
    "campagne",
    "parlement",
    "assemblée",
    "sénat",
    "député",
    "députés",
    "loi",
    "réforme",
    "budget",
    "impôt",
    "impôts",
    "dette",
    "déficit",
    "économie",
    "croissance",
    "inflation",
    "chômage",
    "emploi",
    "salaire",
    "salaires",
    "entreprise",
    "entreprises",
    "usine",
    "industrie",
    "énergie",
    "pétrole",
    "gaz",
    "électricité",
    "nucléaire",
    "climat",
    "réchauffement",
    "sécheresse",
    "inondation",
    "inondations",
    "tempête",
    "orage",
    "canicule",
    "incendie",
    "incendies",
    "forêt",
    "agriculture",
    "agriculteur",
    "agriculteurs",
    "récolte",
    "blé",
    "vin",
    "pêche",
    "santé",
    "hôpital",
    "hôpitaux",
    "médecin",
    "médecins",
    "vaccin",
    "épidémie",
    "école",
    "écoles",
    "université",
    "étudiants",
    "enseignants",
    "grève",
    "grèves",
    "syndicat",
    "syndicats",
    "manifestation",
    "manifestations",
    "police",
    "justice",
    "tribunal",
    "procès",
    "juge",
    "prison",
    "sécurité",
    "armée",
    "guerre",
    "paix",
    "négociation",
    "négociations",
    "accord",
    "traité",
    "sommet",
    "diplomatie",
    "ambassade",
    "frontière",
    "migrants",
    "réfugiés",
    "Europe",
    "européen",
    "européenne",
    "Union",
    "Ukraine",
    "Russie",
    "Espagne",
    "Italie",
    "Allemagne",
    "Portugal",
    "Pologne",
    "Grèce",
    "Chine",
    "Inde",
    "Brésil",
    "Mexique",
    "Argentine",
    "Afrique",
    "Maroc",
    "Algérie",
    "Tunisie",
    "Sénégal",
    "Nigeria",
    "Égypte",
    "Israël",
    "Iran",
    "Turquie",
    "Japon",
    "Corée",
    "Washington",
    "Moscou",
    "Kiev",
    "Madrid",
    "Rome",
    "Berlin",
    "Lisbonne",
    "Bruxelles",
    "Pékin",
    "capitale",
    "ville",
    "région",
    "village",
    "quartier",
    "habitants",
    "population",
    "enquête",
    "rapport",
    "étude",
    "chercheurs",
    "science",
    "espace",
    "satellite",
    "fusée",
    "technologie",
    "internet",
    "données",
    "réseau",
    "intelligence",
    "artificielle",
    "transport",
    "train",
    "trains",
    "avion",
    "aéroport",
    "route",
    "autoroute",
    "voiture",
    "voitures",
    "électrique",
    "football",
    "match",
    "championnat",
    "équipe",
    "joueur",
    "joueurs",
    "victoire",
    "défaite",
    "finale",
    "tournoi",
    "culture",
    "musée",
    "exposition",
    "festival",
    "cinéma",
    "film",
    "livre",
    "musique",
    "concert",
    "théâtre",
    "patrimoine",
    "prix",
    "marché",
    "marchés",
    "banque",
    "banques",
    "euro",
    "dollar",
    "bourse",
    "investissement",
    "commerce",
    "exportations",
    "logement",
    "loyer",
    "immobilier",
    "construction",
    "crise",
    "crises",
    "pandémie",
    "retraite",
    "retraites",
    "pension",
]

ENGLISH = [
    "government",
    "president",
    "minister",
    "election",
    "elections",
    "vote",
    "campaign",
    "parliament",
    "law",
    "reform",
    "budget",
    "economy",
    "growth",
    "inflation",
    "jobs",
    "energy",
    "oil",
    "gas",
    "climate",
    "drought",
    "flood",
    "storm",
    "wildfire",
    "health",
    "hospital",
    "school",
    "strike",
    "police",
    "court",
    "war",
    "peace",
    "talks",
    "summit",
    "border",
    "refugees",
    "market",
    "bank",
]

GLUE = [
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "dans",
    "sur",
    "pour",
    "avec",
    "par",
    "selon",
    "après",
    "avant",
    "contre",
    "entre",
    "sous",
    "et",
    "ou",
    "mais",
    "donc",
    "car",
    "aussi",
    "encore",
    "déjà",
    "toujours",
    "jamais",
    "plus",
    "moins",
    "très",
    "trop",
    "a",
    "été",
    "est",
    "sont",
    "sera",
    "seront",
    "avait",
    "annoncé",
    "déclaré",
    "indiqué",
    "affirmé",
    "estimé",
    "souligné",
]


@dataclass
class SyntheticArticle:
    title: str
    lead: str
    paragraphs: list[str]
    original_language: str
    published_at: datetime
    category_index: int
    source_index: int
    tags: list[str] = field(default_factory=list)


SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "ca",
    "ce",
    "ci",
    "co",
    "cu",
    "da",
    "de",
    "di",
    "do",
    "du",
    "fa",
    "fe",
    "fi",
    "fo",
    "fu",
    "ga",
    "ge",
    "gi",
    "go",
    "gu",
    "la",
    "le",
    "li",
    "lo",
    "lu",
    "ma",
    "me",
    "mi",
    "mo",
    "mu",
    "na",
    "ne",
    "ni",
    "no",
    "nu",
    "pa",
    "pe",
    "pi",
    "po",
    "pu",
    "ra",
    "re",
    "ri",
    "ro",
    "ru",
    "sa",
    "se",
    "si",
    "so",
    "su",
    "ta",
    "te",
    "ti",
    "to",
    "tu",
    "va",
    "ve",
    "vi",
    "vo",
    "vu",
    "ran",
    "ren",
    "ron",
    "lan",
    "len",
    "lon",
    "tan",
    "ten",
    "ton",
    "mar",
    "mer",
    "mir",
    "por",
    "par",
    "pur",
    "tor",
    "ter",
    "tur",
]

VOCABULARY_SIZE = 20_000


def _zipf_weights(n: int, s: float = 1.0) -> list[float]:
    return [1.0 / (rank**s) for rank in range(1, n + 1)]


def build_vocabulary(rng: random.Random, real: list[str], size: int) -> list[str]:
    """`size` words by frequency rank: real words at log-spaced ranks 10..5000."""
    pseudo: set[str] = set()
    while len(pseudo) < size:
        pseudo.add("".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))))
    words = sorted(pseudo)
    rng.shuffle(words)
    shuffled = real[:]
    rng.shuffle(shuffled)
    for i, word in enumerate(shuffled):
        rank = int(10 * (500 ** (i / max(1, len(shuffled) - 1))))
        words.insert(min(rank, len(words)), word)
    return words[:size]


class ArticleGenerator:
    def __init__(self, seed: int = 7, categories: int = 8, sources: int = 40) -> None:
        self.rng = random.Random(seed)
        self.categories, self.sources = categories, sources
        weights = _zipf_weights(VOCABULARY_SIZE, 1.0)
        self.french = build_vocabulary(self.rng, FRENCH, VOCABULARY_SIZE)
        self.english = build_vocabulary(self.rng, ENGLISH, VOCABULARY_SIZE)
        self.cum_weights = list(itertools.accumulate(weights))
        self.now = datetime(2026, 11, 1, tzinfo=UTC)

    def _sentence(self, words: int, english: bool) -> str:
        vocab = self.english if english else self.french
        content = self.rng.choices(vocab, cum_weights=self.cum_weights, k=words)
        glue = self.rng.choices(GLUE, k=words // 2)
        out: list[str] = []
        for i, word in enumerate(content):
            out.append(word)
            if i < len(glue) and i % 2:
                out.append(glue[i])
        text = " ".join(out)
        return text[0].upper() + text[1:] + "."

    def article(self, published_at: datetime) -> SyntheticArticle:
        english = self.rng.random() < 0.15
        return SyntheticArticle(
            title=self._sentence(self.rng.randint(5, 9), english).rstrip("."),
            lead=self._sentence(self.rng.randint(18, 28), english),
            paragraphs=[
                " ".join(self._sentence(self.rng.randint(10, 16), english) for _ in range(3))
                for _ in range(self.rng.randint(3, 6))
            ],
            original_language="en" if english else self.rng.choice(["es", "de", "it", "uk", "fr"]),
            published_at=published_at,
            category_index=self.rng.randrange(self.categories),
            source_index=self.rng.randrange(self.sources),
        )

    def articles(self, count: int, days: int = 730) -> Iterator[SyntheticArticle]:
        """`count` articles over the last `days` days, oldest first."""
        step = timedelta(days=days) / max(1, count)
        for i in range(count):
            yield self.article(self.now - timedelta(days=days) + step * i)
