"""Relevance in French and English, on whichever engine the suite runs (SQLite or PostgreSQL).

Every expected list here is the same on both engines: the suite runs twice in CI,
so these cases are the "engines agree" contract.
"""

from __future__ import annotations

import pytest
from django.db import connection

from nouvelles.search.results import search_articles
from tests.search.helpers import make_article

pytestmark = pytest.mark.django_db

ELECTIONS = {"Les élections municipales à Lyon", "Élection présidentielle : le second tour"}


def titles(text: str, **kwargs) -> list[str]:
    return [hit.article.title for hit in search_articles(text, **kwargs).hits]


@pytest.fixture
def corpus():
    make_article(
        "Les élections municipales à Lyon",
        "Le scrutin électoral a mobilisé les électeurs.\nLe prix de l'énergie inquiète.",
    )
    make_article(
        "Élection présidentielle : le second tour",
        "La campagne électorale se termine dimanche.",
        days_old=3,
    )
    make_article("Le prix du pétrole recule", "L'énergie coûte moins cher ; le prix baisse.")
    make_article("Spain holds general elections", "Voters went to the polls on Sunday.")
    make_article(
        "La sécurité énergétique de l'Europe",
        "Les pays européens cherchent des fournisseurs.",
        lead="Un sommet à Bruxelles.",
    )
    make_article("Météo : des orages attendus", "Des pluies sur le sud-ouest.")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Accents are ignored in both directions; the English plural matches too.
        ("élections", {*ELECTIONS, "Spain holds general elections"}),
        ("election", {*ELECTIONS, "Spain holds general elections"}),
        # Plural and feminine: "électoral" finds "électorale".
        ("electoral", ELECTIONS),
        ("METEO", {"Météo : des orages attendus"}),
        # English plural.
        ("election Spain", {"Spain holds general elections"}),
        # Every word is required.
        ("prix énergie", {"Les élections municipales à Lyon", "Le prix du pétrole recule"}),
        ("orages pétrole", set()),
    ],
)
def test_forgiving_words(corpus, query, expected):
    assert set(titles(query)) == expected


def test_phrase_needs_the_words_together(corpus):
    assert titles('"prix de l\'énergie"') == ["Les élections municipales à Lyon"]
    assert set(titles("prix energie")) == {
        "Les élections municipales à Lyon",
        "Le prix du pétrole recule",
    }


def test_title_match_ranks_above_body_match():
    make_article("Un article sur la pêche", "La réforme des retraites est évoquée une fois.")
    make_article("La réforme des retraites adoptée", "Le texte sur la pêche attendra.")
    assert titles("réforme retraites")[0] == "La réforme des retraites adoptée"


def test_fresher_article_ranks_first_when_relevance_is_equal():
    make_article("Inondations dans le Gard", "Les pompiers interviennent.", days_old=40)
    make_article("Inondations dans le Gard", "Les pompiers interviennent.", days_old=1)
    hits = search_articles("inondations").hits
    assert [h.article.published_at for h in hits] == sorted(
        (h.article.published_at for h in hits), reverse=True
    )


def test_snippet_and_title_are_highlighted_and_escaped():
    make_article("Élections <script>alert(1)</script>", "Des <b>élections</b> anticipées.")
    hit = search_articles("election").hits[0]
    assert hit.title_html.startswith("<mark>Élections</mark> &lt;script&gt;")
    assert "&lt;b&gt;<mark>élections</mark>&lt;/b&gt;" in hit.snippet_html


@pytest.mark.skipif(
    connection.vendor == "postgresql",
    reason="PostgreSQL's french dictionary does not stem English -ing forms.",
)
def test_english_ing_forms_on_our_stemmer():
    make_article("Running the marathon", "")
    assert titles("run marathon") == ["Running the marathon"]
