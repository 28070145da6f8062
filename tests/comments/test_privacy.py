"""Privacy: the page tells the live settings, export/erase actions, the retention purge."""

import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from nouvelles.comments.models import Comment
from nouvelles.comments.tasks import purge_comment_personal_data
from nouvelles.site.models import SiteSettings
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db


def test_privacy_page_reflects_settings(client, settings):
    settings.NOUVELLES_COMMENTS_RETENTION_DAYS = 12
    site = SiteSettings.load()
    site.privacy_contact = "dpo@example.org"
    site.save()
    soup = BeautifulSoup(client.get("/privacy/").content, "html.parser")
    assert soup.h1.get_text() == "Comment vos données sont traitées"
    text = soup.get_text(" ")
    assert "pendant 12 jours" in text
    assert "aucune donnée n'est envoyée à un tiers" in text
    assert "mailto:dpo@example.org" in [a["href"] for a in soup.select("a")]
    settings.NOUVELLES_AKISMET_API_KEY = "k"
    assert "Akismet" in client.get("/privacy/").content.decode()


def test_export_and_erase_admin_actions(admin_client):
    article = ArticleFactory()
    mine = CommentFactory(
        article=article, email="Marie@Example.org", text="à moi", ip_address="10.0.0.1"
    )
    CommentFactory(article=article, email="marie@example.org", text="à moi aussi")
    reply = CommentFactory(article=article, parent=mine, email="paul@example.org", text="réponse")
    response = admin_client.post(
        "/admin/comments/comment/", {"action": "export_email", "_selected_action": [mine.pk]}
    )
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert sorted(c["text"] for c in data["comments"]) == ["à moi", "à moi aussi"]
    assert data["comments"][0]["ip_address"] == "10.0.0.1"

    confirm = admin_client.post(
        "/admin/comments/comment/", {"action": "erase_email", "_selected_action": [mine.pk]}
    )
    assert confirm.status_code == 200 and "marie@example.org" in confirm.content.decode()
    assert Comment.objects.count() == 3  # nothing erased before confirmation
    admin_client.post(
        "/admin/comments/comment/",
        {"action": "erase_email", "_selected_action": [mine.pk], "confirm": "yes"},
    )
    assert list(Comment.objects.values_list("text", flat=True)) == ["réponse"]
    reply.refresh_from_db()
    assert reply.parent is None


def test_retention_purge_below_at_above(settings):
    settings.NOUVELLES_COMMENTS_RETENTION_DAYS = 30
    now = timezone.now()
    ages = {"young": 29, "edge": 30, "old": 31}
    for name, days in ages.items():
        CommentFactory(
            name=name,
            created_at=now - timedelta(days=days, minutes=1 if name == "edge" else 0),
            ip_address="10.0.0.9",
            user_agent="Firefox",
        )
    result = purge_comment_personal_data.enqueue()
    assert result.return_value == 2
    kept = dict(Comment.objects.values_list("name", "ip_address"))
    assert kept == {"young": "10.0.0.9", "edge": None, "old": None}
    assert Comment.objects.get(name="old").user_agent == ""
    assert Comment.objects.get(name="old").text  # the comment itself stays


def test_purge_command(settings, capsys):
    settings.NOUVELLES_COMMENTS_RETENTION_DAYS = 1
    CommentFactory(created_at=timezone.now() - timedelta(days=2), ip_address="10.0.0.1")
    call_command("purge_comment_data")
    assert "1" in capsys.readouterr().out
    assert Comment.objects.get().ip_address is None


def test_scheduler_hook_enqueues_the_purge_once_a_day(settings):
    from nouvelles.comments.tasks import enqueue_due_comment_tasks

    settings.NOUVELLES_COMMENTS_RETENTION_DAYS = 1
    CommentFactory(created_at=timezone.now() - timedelta(days=2), ip_address="10.0.0.1")
    assert enqueue_due_comment_tasks() == ["purge_comment_personal_data"]
    assert Comment.objects.get().ip_address is None  # the immediate backend ran it
    assert enqueue_due_comment_tasks() == []  # not again the same day


def test_footer_links_to_the_privacy_page(client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    footer_links = {a.get_text(strip=True): a["href"] for a in soup.select("footer a")}
    assert footer_links["Comment vos données sont traitées"] == "/privacy/"


def test_scheduler_command_enqueues_the_daily_purge(settings, capsys):
    settings.NOUVELLES_COMMENTS_RETENTION_DAYS = 1
    CommentFactory(created_at=timezone.now() - timedelta(days=2), ip_address="10.0.0.1")
    call_command("scheduler", "--once")
    assert "purge_comment_personal_data" in capsys.readouterr().out
    assert Comment.objects.get().ip_address is None
