"""Whatever a reader types, the search page answers with results or a message, never an error."""

from __future__ import annotations

import pytest

from tests.search.helpers import make_article

pytestmark = pytest.mark.django_db

HOSTILE = [
    '"',
    '"""',
    "crise AND",
    "OR",
    "NOT crise",
    "crise NEAR/2 énergie",
    "NEAR(crise énergie, 3)",
    "title:crise",
    "^crise",
    "crise*",
    "*",
    "(crise",
    "crise))",
    "crise'; DROP TABLE articles_article; --",
    "' OR 1=1 --",
    "1; SELECT * FROM auth_user",
    "crise\x00énergie",
    "\x00",
    "%",
    "_",
    "\\",
    "crise & énergie | !pétrole <-> :*",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "😀 🇫🇷",
    "crise " * 2000,
    "x" * 10_000,
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_query_gets_a_page(client, query):
    make_article("Crise de l'énergie", "La crise énergétique touche l'Europe.")
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    results = response.context["results"]
    assert not results.failed
    assert b"<script>alert(1)</script>" not in response.content


def test_operators_are_searched_as_words(client):
    make_article("Crise de l'énergie", "")
    # OR is not a disjunction: "pétrole" is required (and "or" a stop word).
    response = client.get("/search/", {"q": "crise) OR (pétrole"})
    assert response.context["results"].hits == []
    # NOT is not a negation: it is a word the article does not contain.
    response = client.get("/search/", {"q": "crise NOT énergie"})
    assert response.context["results"].hits == []
    response = client.get("/search/", {"q": "(crise énergie"})
    assert len(response.context["results"].hits) == 1


def test_ten_thousand_characters_are_cut_with_a_message(client):
    make_article("Crise de l'énergie", "")
    response = client.get("/search/", {"q": "crise " + "y" * 10_000})
    assert len(response.context["results"].hits) == 1
    assert "seul son début a été utilisé" in " ".join(
        response.context["messages_list"]
    )  # French UI


def test_empty_query_shows_help_not_results(client):
    response = client.get("/search/", {"q": "   "})
    assert response.status_code == 200
    assert response.context["results"].hits == []
    response = client.get("/search/")
    assert response.context["results"] is None
