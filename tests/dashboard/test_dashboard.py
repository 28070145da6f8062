"""The dashboard renders with nothing and with a busy newsroom."""

from __future__ import annotations

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from defusedxml import minidom
from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.comments.models import Comment
from nouvelles.sources.models import FetchAttempt
from tests.factories import ArticleFactory, CommentFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_empty_newsroom(admin_client_role):
    response = admin_client_role.get("/newsroom/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    counts = [td.get_text() for td in soup.select("table.queues tbody td:nth-of-type(1)")]
    assert counts == ["0", "0", "0", "0"]
    assert soup.find("table", class_="sources") is None


def test_busy_newsroom(admin_client_role):
    now = timezone.now()
    good = SourceFactory(
        name="El Diario",
        last_success_at=now - timedelta(minutes=5),
        next_fetch_at=now + timedelta(minutes=25),
    )
    bad = SourceFactory(
        name="La Gazette",
        last_error="Le serveur a répondu 503 (Service Unavailable) trois fois.",
        last_error_at=now - timedelta(hours=2),
        consecutive_failures=3,
        next_fetch_at=now - timedelta(hours=1),
    )
    for days in (0, 0, 1, 3):
        ArticleFactory(source=good, published_at=now - timedelta(days=days, minutes=1))
    ArticleFactory(source=bad, status=Article.Status.REVIEW, created_at=now - timedelta(hours=5))
    ArticleFactory(
        source=bad,
        status=Article.Status.DRAFT,
        translation_state=Article.TranslationState.FAILED,
        created_at=now - timedelta(days=2),
    )
    warned = ArticleFactory(source=good, translation_warnings=["Le nom « Lloyd Austin » a changé."])
    CommentFactory(
        article=warned, status=Comment.Status.PENDING, created_at=now - timedelta(minutes=30)
    )
    FetchAttempt.objects.create(source=good, url=good.feed_url, status_code=200, duration_ms=120)
    FetchAttempt.objects.create(
        source=bad, url=bad.feed_url, error="Délai dépassé", duration_ms=10000
    )

    response = admin_client_role.get("/newsroom/")
    soup = BeautifulSoup(response.content, "html.parser")
    queues = {
        row.th.get_text(): int(row.td.get_text()) for row in soup.select("table.queues tbody tr")
    }
    assert list(queues.values()) == [1, 1, 1, 1]  # fetch (bad is due), translate, review, comments
    rows = {r.th.get_text(strip=True): r for r in soup.select("table.sources tr.source")}
    assert "503" in rows["La Gazette"].get_text() and "state-failing" in str(rows["La Gazette"])
    svg = rows["El Diario"].find("svg")
    bars = minidom.parseString(str(svg)).getElementsByTagName("rect")
    heights = [float(b.getAttribute("height")) for b in bars]
    assert len(heights) == 14 and heights[-1] > heights[-2] > 0 and heights[-3] == 0
    # the article with warnings is also published today
    assert rows["El Diario"].find("span", class_="total").get_text() == "5"
    assert "Délai dépassé" in soup.find("table", class_="attempts").get_text()
    assert "Lloyd Austin" in soup.find("ul", class_="warnings").get_text()
    assert len(soup.select("ul.today li")) == 3  # two at days=0, and the warned one
    assert "script" not in str(svg)
