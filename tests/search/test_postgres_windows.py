"""PostgreSQL: the newest matches are found in windows of recent ids, and agree with one join.

`PostgresBackend.find_candidates` reads bitmap-scanned windows of the newest
article ids, widening them until enough rows match; `_find_candidates_joined`
is the plain one-query way. Whatever the windows and the limit, both must give
the same candidates.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.core.search_query import parse_query
from nouvelles.search.backends import postgres
from nouvelles.search.backends.base import SearchFilters
from nouvelles.search.backends.postgres import PostgresBackend
from tests.factories import CategoryFactory
from tests.search.helpers import make_article

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL backend"),
]


@pytest.fixture
def small_windows(monkeypatch):
    """Windows of `limit` ids and no slack, so a few articles need several windows."""
    monkeypatch.setattr(postgres, "WINDOW_FACTOR", 1)
    monkeypatch.setattr(postgres, "SLACK", 0)


@pytest.fixture
def articles():
    """30 articles, oldest first: "marée" in every one, "volcan" in every seventh."""
    made = []
    for i in range(30):
        body = "La marée monte." + (" Le volcan gronde." if i % 7 == 0 else "")
        made.append(make_article(f"Chronique {i}", body, days_old=30 - i))
    return made


def candidates(text: str, limit: int, filters: SearchFilters | None = None):
    backend, now = PostgresBackend(), timezone.now()
    query, filters = parse_query(text), filters or SearchFilters()
    found = backend.find_candidates(query, filters, now, limit)
    expected = backend._find_candidates_joined(query, filters, now, limit)
    return found, expected


def window_queries(text: str, limit: int) -> int:
    """How many window queries finding `limit` candidates for `text` takes."""
    with CaptureQueriesContext(connection) as captured:
        found = PostgresBackend().find_candidates(
            parse_query(text), SearchFilters(), timezone.now(), limit
        )
    assert len(found) == limit
    return sum(1 for q in captured.captured_queries if "WHERE d.document @@" in q["sql"])


@pytest.mark.usefixtures("small_windows")
@pytest.mark.parametrize("text", ["volcan", "marée", "marée volcan", '"volcan gronde"'])
@pytest.mark.parametrize("limit", [1, 2, 3, 5, 40])
def test_windows_agree_with_one_joined_query(articles, text, limit):
    found, expected = candidates(text, limit)
    assert [c.article_id for c in found] == [c.article_id for c in expected]
    assert [round(c.relevance, 6) for c in found] == [round(c.relevance, 6) for c in expected]
    assert found and all(c.age_days > 0 for c in found)


@pytest.mark.usefixtures("small_windows")
def test_a_frequent_word_needs_one_window_a_rare_one_widens(articles):
    assert window_queries("marée", 3) == 1
    assert window_queries("volcan", 3) > 1


@pytest.mark.usefixtures("small_windows")
def test_indexed_rows_the_article_conditions_drop_are_replaced(articles):
    # Unpublished without a signal (still indexed), and one scheduled for tomorrow.
    Article.objects.filter(id=articles[-1].id).update(status=Article.Status.DRAFT)
    make_article("Chronique de demain", "La marée monte.", days_old=-1)
    found, expected = candidates("marée", 3)
    assert [c.article_id for c in found] == [a.id for a in reversed(articles[-4:-1])]
    assert [c.article_id for c in found] == [c.article_id for c in expected]


def test_filters_are_applied_inside_the_windows(small_windows, articles):
    politics = CategoryFactory(slug="politique")
    chosen = [articles[3], articles[11], articles[12]]
    Article.objects.filter(id__in=[a.id for a in chosen]).update(category=politics)
    for limit in (1, 2, 5):
        found, expected = candidates("marée", limit, SearchFilters(category_id=politics.id))
        assert [c.article_id for c in found] == [c.article_id for c in expected]
        assert [c.article_id for c in found] == [a.id for a in reversed(chosen)][:limit]


def test_planner_settings_are_put_back_in_the_callers_transaction(articles):
    names = ["enable_indexscan", "enable_seqscan", "jit", "max_parallel_workers_per_gather"]
    sql = "SELECT " + ", ".join(["current_setting(%s)"] * len(names))
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, names)
        before = cursor.fetchone()
        assert candidates("volcan", 2)[0]
        cursor.execute(sql, names)
        assert cursor.fetchone() == before


def test_no_index_rows_no_candidates():
    assert candidates("marée", 10) == ([], [])
    old = make_article("Marée d'équinoxe", "", days_old=2)
    Article.objects.filter(id=old.id).update(published_at=timezone.now() + timedelta(days=1))
    assert candidates("marée", 10) == ([], [])


def test_fewer_matches_than_the_limit_need_no_fallback(articles):
    make_article("Le volcan de demain", "", days_old=-1)  # indexed, dropped when ranked
    with CaptureQueriesContext(connection) as captured:
        found, _expected = candidates("volcan", 100)
    assert len(found) == 5
    fallback = [q for q in captured.captured_queries if "@@ q.query" in q["sql"]]
    assert len(fallback) == 1  # the comparison query of candidates() only
