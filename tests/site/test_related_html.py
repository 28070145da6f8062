""" "Lire aussi", the story link and the article's own parts, written in Python: markup and escaping."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from nouvelles.site.related_html import inline_related_html, related_list_html, story_link_html
from nouvelles.site.templatetags.typography import typography
from tests.factories import ArticleFactory, SourceFactory, StoryFactory

pytestmark = pytest.mark.django_db


def test_related_list_links_sources_and_dates():
    items = [
        ArticleFactory(title="Un <titre> ?", source=SourceFactory(name="A & B")),
        ArticleFactory(source=None),
    ]
    with translation.override("fr"):
        html = related_list_html(items, "fr")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("#related-title").get_text() == "Lire aussi"
    first, second = soup.select("li")
    assert first.a["href"] == items[0].get_absolute_url()
    assert first.a.get_text() == typography("Un <titre> ?", "fr")  # typeset, then escaped
    assert "&lt;titre&gt;" in html and "A &amp; B" in html
    assert first.select_one(".related-source").get_text() == "A & B"
    assert second.select_one(".related-source") is None
    assert first.time["datetime"].startswith(str(items[0].published_at.year))
    assert related_list_html([], "fr") == ""


@pytest.mark.parametrize(("count", "meta"), [(1, None), (3, "(3 sources)")])
def test_story_link_counts_sources_from_two(count, meta):
    story = StoryFactory(title="Crue <de> l'Arda", source_count=count)
    with translation.override("en"):
        soup = BeautifulSoup(story_link_html(story, "en"), "html.parser")
    assert soup.a["href"] == story.get_absolute_url()
    assert soup.a.get_text() == "Full coverage : Crue <de> l'Arda"
    assert (soup.select_one(".meta").get_text() if soup.select_one(".meta") else None) == meta
    assert story_link_html(None, "en") == ""


def test_inline_related_link():
    item = ArticleFactory(title="Autre", source=SourceFactory(name="La Voz"))
    with translation.override("en"):
        soup = BeautifulSoup(inline_related_html(item, "en"), "html.parser")
    aside = soup.select_one("aside.related-inline")
    assert aside["aria-label"] == "Read also"
    assert aside.a["href"] == item.get_absolute_url()
    assert " ".join(aside.get_text().split()).startswith("Read also : Autre La Voz ·")


def test_article_parts_escape_what_they_show(client):
    article = ArticleFactory(
        title='Titre <script>"x"</script>',
        lead="Chapeau & <b>gras</b>",
        image_url="/media/a.png",
        image_alt='alt "q"',
        original_url="javascript:alert(1)",
        canonical_url="",
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<script>"x"' not in html and "<b>gras</b>" not in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one('meta[property="og:title"]')["content"] == 'Titre <script>"x"</script>'
    assert soup.select_one('meta[property="og:image:alt"]')["content"] == 'alt "q"'
    assert soup.select_one('meta[name="description"]')["content"] == "Chapeau & <b>gras</b>"
    assert soup.select_one("h1").get_text() == typography(article.title, "fr")
    # An unsafe original address is shown as the source's name, without a link.
    assert soup.select_one(".attribution .original-link") is None
