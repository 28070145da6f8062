"""The demo's categories and its four fictional sources, described from the source side.

Everything here is synthetic and written for nouvelles: the sources, their
sites (under the reserved `.example` domain), their authors and sections.
Each source publishes in its own language and files its articles under its
own section names; `sections` maps those names to our category slugs, the way
`Source.category_map` maps feed categories.
"""

from __future__ import annotations

# Our five categories (site side, French): slug, name, description.
CATEGORIES: list[dict[str, str]] = [
    {"slug": "monde", "name": "Monde", "description": "L'actualité internationale."},
    {"slug": "economie", "name": "Économie", "description": "Entreprises, emploi, commerce."},
    {"slug": "sciences", "name": "Sciences", "description": "Recherche, climat, espace."},
    {"slug": "culture", "name": "Culture", "description": "Cinéma, livres, musique, patrimoine."},
    {"slug": "sport", "name": "Sport", "description": "Compétitions et records."},
]

# The four sources. `key` names the corpus module (nouvelles.demo.corpus.<key>).
SOURCES: list[dict] = [
    {
        "key": "courrier",
        "name": "Le Courrier des Alpes",
        "language": "fr",
        "homepage": "https://courrier-des-alpes.example/",
        "feed_path": "rss.xml",
        "feed_format": "rss",
        "tagline": "Quotidien régional indépendant depuis 1921",
        "sections": {
            "International": "monde",
            "Économie": "economie",
            "Sciences": "sciences",
            "Culture": "culture",
            "Sports": "sport",
        },
        "default_section": "International",
    },
    {
        "key": "estrecho",
        "name": "Diario del Estrecho",
        "language": "es",
        "homepage": "https://diario-del-estrecho.example/",
        "feed_path": "feed/",
        "feed_format": "rss",
        "tagline": "Noticias de las dos orillas",
        "sections": {
            "Internacional": "monde",
            "Economía": "economie",
            "Ciencia": "sciences",
            "Cultura": "culture",
            "Deportes": "sport",
        },
        "default_section": "Internacional",
    },
    {
        "key": "harbour",
        "name": "The Harbour Chronicle",
        "language": "en",
        "homepage": "https://harbour-chronicle.example/",
        "feed_path": "feeds/all.atom.xml",
        "feed_format": "atom",
        "tagline": "Independent news from the northern coast",
        "sections": {
            "World": "monde",
            "Business": "economie",
            "Science": "sciences",
            "Arts": "culture",
            "Sport": "sport",
        },
        "default_section": "World",
    },
    {
        "key": "andes",
        "name": "La Voz de los Andes",
        "language": "es",
        "homepage": "https://voz-de-los-andes.example/",
        "feed_path": "feed.json",
        "feed_format": "json",
        "tagline": "El periódico de la cordillera",
        "sections": {
            "Mundo": "monde",
            "Economía": "economie",
            "Ciencia": "sciences",
            "Cultura": "culture",
            "Deportes": "sport",
        },
        "default_section": "Mundo",
    },
]


def source_by_key(key: str) -> dict:
    for source in SOURCES:
        if source["key"] == key:
            return source
    raise KeyError(key)


def feed_url(source: dict) -> str:
    return source["homepage"] + source["feed_path"]
