"""Review queue: approve, reject, schedule in a click; corrections shown on the public page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.search.results import search_articles
from nouvelles.site.pagecache import forget_page_state
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting():
    return ArticleFactory(status=Article.Status.REVIEW, published_at=None, title="Séisme au Chili")


def test_queue_lists_waiting_articles_with_actions(editor_client, waiting):
    ArticleFactory(title="Déjà publié")
    soup = BeautifulSoup(editor_client.get("/newsroom/review/").content, "html.parser")
    rows = soup.select("tr.review-item")
    assert [r.th.contents[0].strip() for r in rows] == ["Séisme au Chili"]
    actions = {f["action"] for f in rows[0].find_all("form")}
    assert actions == {
        f"/newsroom/review/{waiting.pk}/approve/",
        f"/newsroom/review/{waiting.pk}/reject/",
        f"/newsroom/review/{waiting.pk}/schedule/",
    }
    assert all(
        f.find("input", attrs={"name": "csrfmiddlewaretoken"}) for f in rows[0].find_all("form")
    )
    assert rows[0].find("a", href=f"/admin/articles/article/{waiting.pk}/change/")


def test_approve_publishes_and_indexes(editor_client, waiting):
    response = editor_client.post(f"/newsroom/review/{waiting.pk}/approve/")
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == Article.Status.PUBLISHED
    assert waiting.published_at <= timezone.now()
    assert [h.article.pk for h in search_articles("séisme").hits] == [waiting.pk]
    assert editor_client.get(waiting.get_absolute_url()).status_code == 200


def test_reject(editor_client, waiting):
    editor_client.post(f"/newsroom/review/{waiting.pk}/reject/")
    waiting.refresh_from_db()
    assert waiting.status == Article.Status.REJECTED
    # A rejected article cannot be approved by replaying the form.
    assert editor_client.post(f"/newsroom/review/{waiting.pk}/approve/").status_code == 404


def test_get_does_not_act(editor_client, waiting):
    assert editor_client.get(f"/newsroom/review/{waiting.pk}/approve/").status_code == 405
    waiting.refresh_from_db()
    assert waiting.status == Article.Status.REVIEW


def test_schedule_hides_until_the_time_then_shows_everywhere(client, editor_client, waiting):
    at = timezone.localtime(timezone.now() + timedelta(hours=3)).replace(second=0, microsecond=0)
    response = editor_client.post(
        f"/newsroom/review/{waiting.pk}/schedule/", {"publish_at": at.strftime("%Y-%m-%dT%H:%M")}
    )
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == Article.Status.PUBLISHED and waiting.published_at == at
    assert client.get(waiting.get_absolute_url()).status_code == 404
    assert search_articles("séisme").hits == []
    assert (
        "Séisme" in editor_client.get("/newsroom/review/").content.decode()
    )  # listed as scheduled
    assert "Séisme" not in client.get("/").content.decode()
    # The time comes (no save, no signal, no bump: only the clock moves). The
    # page cache keys on the newest visible publication time, so pages change.
    Article.objects.filter(pk=waiting.pk).update(published_at=timezone.now())
    forget_page_state()  # each process reads the page state at most once a second
    assert client.get(waiting.get_absolute_url()).status_code == 200
    assert "Séisme" in client.get("/").content.decode()
    assert [h.article.pk for h in search_articles("séisme").hits] == [waiting.pk]


@pytest.mark.parametrize(
    "value",
    ["", "demain", "2001-01-01T10:00", "2999-13-01T10:00"],
    ids=["empty", "words", "past", "bad"],
)
def test_schedule_refuses_bad_times(editor_client, waiting, value):
    response = editor_client.post(
        f"/newsroom/review/{waiting.pk}/schedule/", {"publish_at": value}, follow=True
    )
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    waiting.refresh_from_db()
    assert waiting.status == Article.Status.REVIEW


def test_correction_is_dated_and_shown_on_the_article(client, editor_client):
    article = ArticleFactory(title="Le budget voté")
    page = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    assert page.find("aside", class_="correction") is None
    response = editor_client.post(
        f"/newsroom/articles/{article.pk}/correction/",
        {"text": "Le budget a été voté mardi, et non lundi. <b>Désolé</b>"},
    )
    assert response.status_code == 302
    page = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    note = page.find("aside", class_="correction")
    assert note is not None
    assert "Correction" in note.h2.get_text()
    assert note.find("time")["datetime"].startswith(timezone.now().date().isoformat()[:7])
    assert "mardi, et non lundi. <b>Désolé</b>" in note.p.get_text()  # text, not markup
    assert note.find("b") is None
    history = editor_client.get(f"/newsroom/articles/{article.pk}/correction/")
    assert "mardi, et non lundi" in history.content.decode()


def test_empty_correction_is_refused(editor_client):
    article = ArticleFactory()
    response = editor_client.post(f"/newsroom/articles/{article.pk}/correction/", {"text": "  "})
    assert response.status_code == 200 and response.context["form"].errors
    article.refresh_from_db()
    assert article.correction == ""
