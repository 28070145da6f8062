"""The story page ("Toute la couverture") and the article → story link."""

import pytest
from bs4 import BeautifulSoup

from tests.related.helpers import QUAKE, T0, hours, publish

pytestmark = pytest.mark.django_db


def test_story_page_lists_timeline_sources_and_languages(client):
    quake = [publish(spec, T0 + hours(i)) for i, spec in enumerate(QUAKE)]
    story = quake[0].story
    story.refresh_from_db()
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == story.title
    timeline = soup.select(".story-timeline li a")
    assert [a["href"] for a in timeline] == [q.get_absolute_url() for q in quake]  # oldest first
    assert [a.get_text() for a in timeline] == [q.title for q in quake]  # whole titles
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
