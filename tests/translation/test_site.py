"""The translation notice on the article page, and the original on its own page."""

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings

from nouvelles.articles.models import Article
from nouvelles.translation.articles import translate_article
from nouvelles.translation.demo import translate_demo_articles
from tests.factories import ArticleFactory, SourceFactory
from tests.translation.conftest import APERTIUM, needs_apertium

pytestmark = pytest.mark.django_db


def plain(text: str) -> str:
    """Words separated by single spaces, typographic apostrophes as plain ones."""
    return " ".join(text.replace("\u2019", "'").split())


def notice(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    aside = BeautifulSoup(response.content, "html.parser").select_one("aside.translation-notice")
    return aside


def test_machine_translation_notice_in_french_with_links(client):
    article = ArticleFactory(
        source=SourceFactory(name="La Voz"), original_url="https://voz.example/1"
    )
    aside = notice(client, article)
    text = plain(aside.get_text())
    assert text.startswith("Traduit automatiquement de l'espagnol par apertium — lire l'original")
    links = [(a["href"], a.get("hreflang"), plain(a.get_text())) for a in aside.find_all("a")]
    assert links == [
        (f"/articles/{article.slug}/original/", "es", "lire l'original"),
        ("https://voz.example/1", "es", "sur La Voz"),
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"original_language": "ru"}, "Traduit automatiquement du russe"),
        ({"original_language": "uk"}, "Traduit automatiquement de l'ukrainien"),
        ({"translation_revised": True}, "Traduction revue par la rédaction"),
        (
            {"translation_backend": "demo", "machine_translated": False},
            "texte de démonstration écrit à la main, pas par un moteur",
        ),
        (
            {
                "language": "es",
                "machine_translated": False,
                "translation_state": Article.TranslationState.PENDING,
            },
            "Publié dans sa langue d'origine (espagnol) ; la traduction arrive",
        ),
    ],
    ids=["du-russe", "de-l-ukrainien", "revised", "demo", "original-first"],
)
def test_notice_variants(client, fields, expected):
    article = ArticleFactory(**fields)
    assert expected in plain(notice(client, article).get_text())


def test_notice_keeps_the_site_language_inside_an_original_first_article(client):
    article = ArticleFactory(
        language="es", machine_translated=False, translation_state=Article.TranslationState.PENDING
    )
    assert notice(client, article)["lang"] == "fr"
    assert not notice(client, ArticleFactory()).has_attr("lang")


def test_pivot_is_marked(client):
    article = ArticleFactory(original_language="en", translation_backend="Apertium via:es")
    text = plain(notice(client, article).get_text())
    assert "Traduit automatiquement de l'anglais par Apertium, en passant par l'espagnol" in text


def test_no_notice_for_articles_in_the_site_language(client):
    article = ArticleFactory(original_language="fr", machine_translated=False)
    assert notice(client, article) is None


def test_original_page_has_its_lang_and_the_original_blocks(client):
    article = ArticleFactory(original_title="Titular", original_lead="Entradilla.")
    response = client.get(f"/articles/{article.slug}/original/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    original = soup.select_one("article")
    assert original["lang"] == "es"
    assert original.h1.get_text() == "Titular"
    assert [p.get_text() for p in original.select("p")] == [
        "Entradilla.", "Primer párrafo.", "Segundo párrafo.", "No retrocederemos.", "Tercer párrafo.",
    ]  # fmt: skip
    assert original.blockquote.footer.get_text() == "— Ana Pérez"
    assert soup.find("a", href=article.get_absolute_url())


def test_original_page_404_for_unpublished_or_untranslated(client):
    draft = ArticleFactory(status=Article.Status.DRAFT)
    assert client.get(f"/articles/{draft.slug}/original/").status_code == 404
    french = ArticleFactory(
        original_language="", original_title="", blocks=[("paragraph", "Texte.", "", {})]
    )
    assert client.get(f"/articles/{french.slug}/original/").status_code == 404


def test_block_lang_marks_text_left_in_the_original():
    from nouvelles.translation.templatetags.translation_tags import article_lang, block_lang

    article = ArticleFactory(
        blocks=[
            ("quote", "Nous ne reculerons pas.", "No retrocederemos.", {}),
            ("quote", "¡No pasarán!", "¡No pasarán!", {}),
        ]
    )
    translated, kept = article.blocks.all()
    assert block_lang(translated, article) == ""
    assert block_lang(kept, article) == "es"
    assert article_lang(article) == ""
    article.language = "es"
    assert article_lang(article) == "es"


@needs_apertium
@override_settings(NOUVELLES_TRANSLATION=APERTIUM)
def test_spanish_article_appears_in_french_on_the_site(client):
    article = ArticleFactory(
        status=Article.Status.DRAFT,
        translation_state=Article.TranslationState.PENDING,
        original_title="El gato come pescado",
        original_lead="Lloyd Austin habló de 2 000 armas.",
        blocks=[
            ("paragraph", "", "El secretario de Defensa Lloyd Austin habló el 12/03/2024.", {})
        ],
    )
    translate_article(article)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Le chat mange poisson" in html or "chat" in html
    assert "Lloyd Austin" in html and "2 000" in html and "12/03/2024" in html
    assert "Austin Lloyd" not in html
    assert "Traduit automatiquement de l'espagnol par Apertium" in plain(html)


@override_settings(
    NOUVELLES_TRANSLATION={
        "default": {"BACKEND": "apertium", "OPTIONS": {"BINARY": "no-such-apertium"}}
    }
)
def test_demo_without_apertium_keeps_the_hand_written_french_marked_as_such():
    article = ArticleFactory(title="Texte écrit à la main", translation_backend="apertium")
    message = translate_demo_articles()
    assert "apt-get install apertium apertium-fr-es apertium-eng-spa" in message
    article.refresh_from_db()
    assert article.translation_backend == "demo" and article.title == "Texte écrit à la main"


@needs_apertium
@override_settings(NOUVELLES_TRANSLATION=APERTIUM)
def test_demo_with_apertium_replaces_the_hand_written_french():
    article = ArticleFactory(title="Texte écrit à la main", original_title="El gato come pescado")
    message = translate_demo_articles()
    assert message.startswith("Translated 1 demo articles from es to fr")
    article.refresh_from_db()
    assert "chat" in article.title.lower() and article.translation_backend == "Apertium"
