"""Filters by category, source, original language and date range, alone and combined."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from nouvelles.search.backends.base import SearchFilters
from nouvelles.search.results import search_articles
from tests.factories import CategoryFactory, SourceFactory
from tests.search.helpers import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    politics, sport = CategoryFactory(slug="politique"), CategoryFactory(slug="sport")
    elpais, bbc = SourceFactory(language="es"), SourceFactory(language="en")
    now = timezone.now()
    # The first second of today (local time): "today" in a date filter, whatever the hour.
    start_of_today = timezone.localtime(now).replace(hour=0, minute=0, second=1, microsecond=0)
    arts = {
        "es-pol-old": make_article("Crise à Madrid", category=politics, source=elpais,
                                   original_language="es", published_at=now - timedelta(days=20)),
        "es-sport": make_article("Crise au Real Madrid", category=sport, source=elpais,
                                 original_language="es", published_at=now - timedelta(days=2)),
        "en-pol": make_article("Crise à Londres", category=politics, source=bbc,
                               original_language="en", published_at=now - timedelta(days=1)),
        "fr-pol": make_article("Crise à Paris", category=politics, source=None,
                               original_language="fr", published_at=start_of_today),
    }  # fmt: skip
    return politics, sport, elpais, bbc, now, arts


def found(filters: SearchFilters, arts: dict) -> set[str]:
    ids = {hit.article.id for hit in search_articles("crise", filters).hits}
    return {name for name, a in arts.items() if a.id in ids}


def test_filters_alone_and_combined(world):
    politics, sport, elpais, _bbc, now, arts = world
    assert found(SearchFilters(), arts) == set(arts)
    assert found(SearchFilters(category_id=politics.id), arts) == {"es-pol-old", "en-pol", "fr-pol"}
    assert found(SearchFilters(source_id=elpais.id), arts) == {"es-pol-old", "es-sport"}
    assert found(SearchFilters(original_language="en"), arts) == {"en-pol"}
    assert found(SearchFilters(category_id=politics.id, source_id=elpais.id), arts) == {
        "es-pol-old"
    }
    assert found(SearchFilters(category_id=sport.id, original_language="en"), arts) == set()
    week = SearchFilters(date_from=now - timedelta(days=7))
    assert found(week, arts) == {"es-sport", "en-pol", "fr-pol"}
    window = SearchFilters(date_from=now - timedelta(days=7), date_to=now - timedelta(days=1.5))
    assert found(window, arts) == {"es-sport"}
    assert found(SearchFilters(date_to=now - timedelta(days=10), source_id=elpais.id), arts) == {
        "es-pol-old"
    }


def test_form_filters_through_the_page(client, world):
    politics, _sport, elpais, _bbc, _now, arts = world
    today = timezone.localdate()
    response = client.get(
        "/search/",
        {"q": "crise", "category": politics.id, "source": elpais.id, "language": "es",
         "date_from": (today - timedelta(days=30)).isoformat(), "date_to": today.isoformat()},
    )  # fmt: skip
    assert response.status_code == 200
    assert [h.article.id for h in response.context["results"].hits] == [arts["es-pol-old"].id]


def test_date_to_includes_the_whole_day(client, world):
    *_rest, arts = world
    today = timezone.localdate().isoformat()
    response = client.get("/search/", {"q": "crise", "date_from": today, "date_to": today})
    assert arts["fr-pol"].id in [h.article.id for h in response.context["results"].hits]


@pytest.mark.parametrize(
    "params",
    [
        {"category": "999999"},
        {"category": "abc"},
        {"source": "\x00"},
        {"language": "xx-not-a-language"},
        {"date_from": "2024-13-45"},
        {"date_from": "2030-01-02", "date_to": "2030-01-01"},  # reversed range
    ],
    ids=["unknown-category", "bad-category", "nul-source", "bad-language", "bad-date", "reversed"],
)
def test_bad_filters_are_explained_and_ignored(client, world, params):
    *_rest, arts = world
    response = client.get("/search/", {"q": "crise", **params})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert len(response.context["results"].hits) == len(arts)
    assert b'role="alert"' in response.content
