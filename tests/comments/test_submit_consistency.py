"""A reader is told "accepted" (303) exactly when the comment is stored, once.

These tests commit for real (transaction=True): what a reader is told must match
what the database holds after the request, not inside a test transaction.
"""

from __future__ import annotations

import logging

import pytest
from django.db import DatabaseError, connection

from nouvelles.comments.models import Comment
from tests.comments.helpers import ORIGIN, comment_form, post_comment
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db(transaction=True)

UNAVAILABLE_QUEUE = {"default": {"BACKEND": "tests.comments.failing_tasks.UnavailableBackend"}}


def test_comment_stored_and_accepted_when_the_notification_cannot_be_queued(
    client, settings, django_user_model, caplog
):
    django_user_model.objects.create_user("mod", "mod@example.org", "pw", is_staff=True)
    settings.TASKS = UNAVAILABLE_QUEUE
    article = ArticleFactory()
    with caplog.at_level(logging.ERROR, logger="nouvelles.comments"):
        response = post_comment(client, article, text="Un commentaire à garder.")
    assert response.status_code == 303
    comment = Comment.objects.get(text="Un commentaire à garder.")
    assert comment.status == Comment.Status.PENDING  # in the moderation queue
    assert f"comment {comment.pk} stored, but its moderator notification" in caplog.text


@pytest.fixture
def fail_content_version_bumps():
    """Arms a real write failure after the comment's INSERT, in the same request: SQLite
    refuses the content-version bump that publishing an approved comment makes."""
    if connection.vendor != "sqlite":
        pytest.skip("the injected failure is a SQLite trigger")
    events = ("update", "insert")

    def arm() -> None:
        with connection.cursor() as cursor:
            for event in events:
                cursor.execute(
                    f"CREATE TRIGGER fail_bump_{event} BEFORE {event.upper()} "
                    "ON site_contentversion BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
                )

    yield arm
    with connection.cursor() as cursor:
        for event in events:
            cursor.execute(f"DROP TRIGGER IF EXISTS fail_bump_{event}")


def trusted_commenter_form(client):
    """The comment form of an article where marie@example.org is trusted: her comment is
    published at once, which bumps the pages' version in the same transaction."""
    article = ArticleFactory()
    CommentFactory(article=article, email="marie@example.org", status=Comment.Status.APPROVED)
    action, fields = comment_form(client.get(article.get_absolute_url()).content)
    fields.update({"name": "Marie", "email": "marie@example.org"})
    return action, fields


def test_failed_write_after_the_insert_stores_nothing_and_is_not_accepted(
    client, fail_content_version_bumps
):
    action, fields = trusted_commenter_form(client)
    fail_content_version_bumps()
    client.raise_request_exception = False
    response = client.post(
        action, {**fields, "text": "Publié, ou pas du tout."}, HTTP_ORIGIN=ORIGIN
    )
    assert response.status_code == 500  # an error the reader sees, never a 303
    assert not Comment.objects.filter(text="Publié, ou pas du tout.").exists()


def test_failed_write_raises_and_leaves_no_half_stored_comment(client, fail_content_version_bumps):
    action, fields = trusted_commenter_form(client)
    fail_content_version_bumps()
    with pytest.raises(DatabaseError):
        client.post(action, {**fields, "text": "Une erreur visible."}, HTTP_ORIGIN=ORIGIN)
    assert not Comment.objects.filter(text="Une erreur visible.").exists()
