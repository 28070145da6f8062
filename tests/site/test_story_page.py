"""The story page ("Toute la couverture") and the article → story link."""

import pytest
from bs4 import BeautifulSoup

from tests.related.helpers import QUAKE, T0, hours, publish

pytestmark = pytest.mark.django_db


def plain(text: str) -> str:
    """Undo French typography (curly apostrophe, narrow no-break spaces) to compare titles."""
    return text.replace("\u2019", "'").replace("\u202f", " ").replace("\xa0", " ")


def test_story_page_lists_timeline_sources_and_languages(client):
    quake = [publish(spec, T0 + hours(i)) for i, spec in enumerate(QUAKE)]
    story = quake[0].story
    story.refresh_from_db()
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert plain(soup.h1.get_text(strip=True)) == story.title
    timeline = soup.select(".story-timeline li a")
    assert [a["href"] for a in timeline] == [q.get_absolute_url() for q in quake]  # oldest first
    assert [plain(a.get_text()) for a in timeline] == [q.title for q in quake]  # whole titles
    sources = [h.get_text() for h in soup.select(".story-sources h3")]
    assert sorted(sources) == sorted(q.source.name for q in quake)
    assert len(soup.select(".story-languages h3")) == 3  # es, en, fr originals
    assert "4" in soup.select_one(".story-stats").get_text()


def test_article_page_links_to_its_story(client):
    a, _b = publish(QUAKE[0], T0), publish(QUAKE[1], T0 + hours(1))
    soup = BeautifulSoup(client.get(a.get_absolute_url()).content, "html.parser")
    link = soup.select_one(".story-link a")
    assert link["href"] == a.story.get_absolute_url()


def test_unknown_story_is_404(client):
    assert client.get("/story/nope/").status_code == 404


def test_inline_related_after_paragraph_n_never_in_a_quote(client):
    from nouvelles.site.models import SiteSettings

    settings_row = SiteSettings.load()
    settings_row.inline_related_after = 1
    settings_row.save()
    first = publish(QUAKE[0], T0)
    article = publish(QUAKE[1], T0 + hours(1))
    # Body: paragraph, quote, paragraph (built by publish: one paragraph; add a quote and one more).
    from nouvelles.articles.models import Block

    Block.objects.create(article=article, position=1, kind="quote", text="Nous tiendrons.")
    Block.objects.create(article=article, position=2, kind="paragraph", text="Suite.")
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    inline = soup.select_one(".article-body aside.related-inline")
    assert inline.a["href"] == first.get_absolute_url() and plain(inline.a.text) == first.title
    assert inline.find_parent("blockquote") is None and inline.find_parent("figure") is None
    # Right after the first paragraph, before the quote.
    previous = inline.find_previous_sibling()
    assert previous.name == "p" and "230 blessés" in previous.get_text()
    assert inline.find_next_sibling().name == "figure"


def test_inline_related_off_by_default(client):
    publish(QUAKE[0], T0)
    article = publish(QUAKE[1], T0 + hours(1))
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    assert soup.select_one("aside.related-inline") is None


def test_home_lists_top_stories_with_their_number_of_sources(client):
    from django.utils import timezone

    now = timezone.now()
    quake = [publish(spec, now - hours(4 - i)) for i, spec in enumerate(QUAKE[:3])]
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    links = soup.select(".top-stories li a")
    assert [a["href"] for a in links] == [quake[0].story.get_absolute_url()]
    assert "3 sources" in soup.select_one(".top-stories li").get_text()
