"""The translation notice, written in Python (`translation_tags.translation_notice`): each case."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from nouvelles.articles.models import Article
from nouvelles.translation.templatetags.translation_tags import translation_notice
from tests.factories import ArticleFactory, SourceFactory

pytestmark = pytest.mark.django_db


def notice(article: Article, language: str = "en"):
    with translation.override(language):
        html = str(translation_notice(article))
    return BeautifulSoup(html, "html.parser").select_one("aside.translation-notice"), html


def words(aside) -> str:
    return " ".join(aside.get_text().split())


@pytest.mark.parametrize(
    ("fields", "sentence"),
    [
        ({}, "Machine-translated from Spanish by apertium"),
        (
            {"translation_backend": "apertium via:en"},
            "Machine-translated from Spanish by apertium, through English",
        ),
        ({"translation_backend": "demo"}, "Translated from Spanish (demonstration text"),
        ({"machine_translated": False}, "Translated from Spanish —"),
        (
            {"translation_state": Article.TranslationState.PENDING, "language": "es"},
            "Published in its original language (Spanish); the translation is on its way",
        ),
        (
            {"language": "es"},
            "Published in its original language (Spanish), not translated",
        ),
    ],
)
def test_each_case_has_its_sentence(fields, sentence):
    aside, _html = notice(ArticleFactory(**fields))
    assert words(aside).startswith(sentence)


def test_links_escaping_and_the_revised_mark():
    article = ArticleFactory(
        source=SourceFactory(name="<La Voz>"),
        original_url='https://voz.example/1?a=1&b="2"',
        translation_revised=True,
    )
    aside, html = notice(article, "fr")
    assert "<La Voz>" not in html and "&lt;La Voz&gt;" in html
    links = [(a["href"], a["hreflang"]) for a in aside.find_all("a")]
    assert links == [
        (f"/articles/{article.slug}/original/", "es"),
        ('https://voz.example/1?a=1&b="2"', "es"),
    ]
    assert (
        aside.select_one(".translation-revised").get_text() == "Traduction revue par la rédaction"
    )
    assert aside.get("lang") is None


def test_without_original_url_or_source_name():
    article = ArticleFactory(original_url="")
    aside, _html = notice(article)
    assert [a["href"] for a in aside.find_all("a")] == [f"/articles/{article.slug}/original/"]


def test_original_first_article_has_the_notice_in_the_site_language():
    article = ArticleFactory(language="es", translation_state=Article.TranslationState.PENDING)
    aside, _html = notice(article, "fr")
    assert aside["lang"] == "fr"


def test_no_notice_for_an_article_in_the_site_language():
    assert notice(ArticleFactory(original_language="fr"), "fr") == (None, "\n")
