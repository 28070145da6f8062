"""A moderator's decision in the admin changes the classifier's next score."""

import pytest
from django.core import mail

from nouvelles.comments.models import ClassifierState, Comment
from nouvelles.comments.moderation import submission_of
from nouvelles.comments.spam.classifier import score_submission
from tests.comments.helpers import post_comment
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

TEXT = "Découvrez notre offre spéciale de montres de luxe pour la fête des pères"


def test_spam_decision_raises_next_score(admin_client, client):
    article = ArticleFactory()
    post_comment(client, article, text=TEXT, email="vendeur@example.org")
    comment = Comment.objects.get()
    before = comment.spam_score
    version = ClassifierState.objects.get().version
    response = admin_client.post(
        "/admin/comments/comment/", {"action": "mark_spam", "_selected_action": [comment.pk]}
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.SPAM
    assert comment.learned_as == "spam"
    assert ClassifierState.objects.get().version == version + 1
    post_comment(client, article, text=TEXT + " !", email="autre@example.org")
    again = Comment.objects.latest("pk")
    assert again.spam_score > before


def test_not_spam_decision_lowers_next_score(admin_client, client):
    article = ArticleFactory()
    text = "Best online casino of the year, huge bonus for you my friend"
    post_comment(client, article, text=text)
    comment = Comment.objects.get()
    before = score_submission(submission_of(comment))
    admin_client.post(
        "/admin/comments/comment/", {"action": "approve", "_selected_action": [comment.pk]}
    )
    assert score_submission(submission_of(comment)) < before
    # The same decision again teaches nothing twice.
    version = ClassifierState.objects.get().version
    admin_client.post(
        "/admin/comments/comment/", {"action": "approve", "_selected_action": [comment.pk]}
    )
    assert ClassifierState.objects.get().version == version


def test_filter_reasons_and_score_recorded(client, settings):
    settings.NOUVELLES_COMMENTS_BLOCKLIST_DOMAINS = ["spam.example"]
    article = ArticleFactory()
    post_comment(client, article, text="Voyez https://shop.spam.example/promo maintenant")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.SPAM
    assert comment.spam_score == 1.0
    assert "blocklisted domain spam.example" in comment.spam_reasons
    assert any(r.startswith("classifier: spam probability") for r in comment.spam_reasons)


def test_repeated_text_goes_to_spam(client):
    article = ArticleFactory()
    post_comment(client, article, text="Le même texte partout.", email="a@example.org")
    post_comment(client, article, text="le même   TEXTE partout", email="b@example.org")
    statuses = list(Comment.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == ["pending", "spam"]


def test_moderators_are_emailed_about_pending_comments(
    client, settings, django_user_model, django_capture_on_commit_callbacks
):
    django_user_model.objects.create_user("mod", "mod@example.org", "pw", is_staff=True)
    article = ArticleFactory()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        post_comment(client, article, text="Un commentaire à relire.")
    assert len(callbacks) == 1  # queued once the comment is committed, not before
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["mod@example.org"]
    assert article.title in message.subject
    assert "Un commentaire à relire." in message.body
    assert f"/admin/comments/comment/{Comment.objects.get().pk}/change/" in message.body


def test_admin_queue_filters_show_reasons(admin_client, client, settings):
    settings.NOUVELLES_COMMENTS_BLOCKLIST_WORDS = ["viagra"]
    article = ArticleFactory()
    post_comment(client, article, text="viagra pas cher", email="a@example.org")
    post_comment(client, article, text="Un avis sincère.", email="b@example.org")
    spam_page = admin_client.get("/admin/comments/comment/?status__exact=spam").content.decode()
    assert "viagra pas cher" in spam_page and "Un avis sincère." not in spam_page
    assert "blocklisted word" in spam_page
    high = admin_client.get("/admin/comments/comment/?score=high").content.decode()
    assert "viagra pas cher" in high and "Un avis sincère." not in high
    by_article = admin_client.get(f"/admin/comments/comment/?article__id__exact={article.pk}")
    assert by_article.status_code == 200


def test_starter_model_is_stored_by_migrate_before_any_comment():
    """Training happens at install time (post_migrate), never in a reader's request."""
    row = ClassifierState.objects.get(name="default")
    assert row.state and row.examples_seen > 0
