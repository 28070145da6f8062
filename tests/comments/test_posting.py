"""Posting through the real request stack: page -> form -> POST -> stored -> shown."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from nouvelles.comments.models import Comment
from tests.comments.helpers import comment_form, post_comment, shown_comment_texts
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db


def test_reader_posts_a_comment_and_sees_it_awaiting_moderation(client):
    article = ArticleFactory()
    response = post_comment(client, article, text="Merci pour cet article très clair.")
    assert response.status_code == 303
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING  # first-time commenter is held
    assert comment.ip_address == "127.0.0.1"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    status = BeautifulSoup(thanks.content, "html.parser").select_one(".comment-status")
    assert "attente de modération" in status.get_text()
    assert "Merci pour cet article très clair." not in " ".join(
        shown_comment_texts(client, article)
    )


def test_form_is_localized_and_links_to_privacy(client):
    article = ArticleFactory()
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    section = soup.select_one("section.comments")
    assert "Laisser un commentaire" in section.get_text()
    labels = [label.get_text(" ", strip=True) for label in section.select("label")]
    assert any(label.startswith("Nom") for label in labels)
    assert any(label.startswith("Site web") for label in labels)
    assert "/privacy/" in [a["href"] for a in section.select("a")]
    assert section.select_one("input[name=csrfmiddlewaretoken]") is None


def test_trusted_commenter_is_published_at_once(client):
    article = ArticleFactory()
    CommentFactory(article=article, email="marie@example.org", status=Comment.Status.APPROVED)
    response = post_comment(client, article, text="Je reviens pour ajouter une précision.")
    assert response.status_code == 303
    assert Comment.objects.latest("pk").status == Comment.Status.APPROVED
    assert "Je reviens pour ajouter une précision." in shown_comment_texts(client, article)


def test_first_time_commenter_not_held_when_setting_off(client, settings):
    settings.NOUVELLES_COMMENTS_HOLD_FIRST_TIME = False
    article = ArticleFactory()
    post_comment(client, article, text="Premier commentaire publié directement.")
    assert Comment.objects.get().status == Comment.Status.APPROVED


def test_reply_threading_two_levels(client):
    article = ArticleFactory()
    top = CommentFactory(article=article, text="Premier niveau")
    reply_page = client.get(f"/comments/reply/{top.pk}/")
    assert reply_page.status_code == 200
    action, fields = comment_form(reply_page.content)
    assert fields["parent"] == str(top.pk)
    CommentFactory(email="marie@example.org")  # trusted, so published at once
    fields.update(name="Marie", email="marie@example.org", text="Réponse au premier")
    assert client.post(action, fields, HTTP_ORIGIN="http://testserver").status_code == 303
    reply = Comment.objects.get(text="Réponse au premier")
    assert reply.parent == top
    # A reply to the reply hangs under the top-level comment (two levels).
    fields.update(parent=str(reply.pk), text="Réponse à la réponse")
    client.post(action, fields, HTTP_ORIGIN="http://testserver")
    assert Comment.objects.get(text="Réponse à la réponse").parent == top

    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    top_item = soup.select_one(f"#comment-{top.pk}")
    nested = [
        el.get_text(" ", strip=True) for el in top_item.select(".comment-replies .comment-text")
    ]
    assert nested == ["Réponse au premier", "Réponse à la réponse"]
    assert "3 commentaires" in soup.select_one("#comments-title").get_text()


def test_moderation_changes_what_readers_see(admin_client, client):
    article = ArticleFactory()
    post_comment(client, article, text="Un avis à modérer.")
    comment = Comment.objects.get()
    assert shown_comment_texts(client, article) == []
    admin_client.post(
        "/admin/comments/comment/",
        {"action": "approve", "_selected_action": [comment.pk]},
    )
    assert shown_comment_texts(client, article) == ["Un avis à modérer."]
    admin_client.post(
        "/admin/comments/comment/",
        {"action": "delete_comments", "_selected_action": [comment.pk]},
    )
    assert shown_comment_texts(client, article) == []


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert('x')</script>",
        '<img src=x onerror="alert(1)">',
        "javascript:alert(1)",
        '"><svg onload=alert(1)>',
    ],
)
def test_script_injection_is_rendered_inert(client, payload):
    article = ArticleFactory()
    CommentFactory(email="marie@example.org")
    post_comment(client, article, text=f"Regardez {payload} ici", name=f"Eve {payload}")
    page = client.get(article.get_absolute_url()).content.decode()
    soup = BeautifulSoup(page, "html.parser")
    section = soup.select_one("section.comments")
    assert section.select("script, img, svg") == []
    assert not any(attr.startswith("on") for el in section.find_all(True) for attr in el.attrs)
    assert all(not a.get("href", "").startswith("javascript") for a in section.select("a"))
    assert payload in section.select_one(".comment-text").get_text()


def test_urls_become_nofollow_links(client, settings):
    settings.NOUVELLES_COMMENTS_MAX_LINKS = 3
    article = ArticleFactory()
    CommentFactory(email="marie@example.org")
    post_comment(
        client,
        article,
        text="Les chiffres : https://www.insee.fr/fr/statistiques/1234. Et www.example.org !",
        website="https://marie.example.fr/",
    )
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    links = [
        (a["href"], a.get_text(), a.get("rel"))
        for a in soup.select(".comment-text a, .comment-author a")
    ]
    rel = ["nofollow", "ugc", "noopener"]
    assert links == [
        ("https://marie.example.fr/", "Marie", rel),
        (
            "https://www.insee.fr/fr/statistiques/1234",
            "https://www.insee.fr/fr/statistiques/1234",
            rel,
        ),
        ("https://www.example.org", "www.example.org", rel),
    ]


def test_email_is_never_shown(client):
    article = ArticleFactory()
    CommentFactory(article=article, email="secret-reader@example.org")
    assert b"secret-reader@example.org" not in client.get(article.get_absolute_url()).content


def test_invalid_form_keeps_input_and_explains_in_french(client):
    article = ArticleFactory()
    response = post_comment(client, article, email="pas-une-adresse", text="Mon texte gardé")
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    alert = soup.select_one("[role=alert]")
    assert "adresse e-mail valide" in alert.get_text()
    email_input = soup.select_one("input[name=email]")
    assert email_input["value"] == "pas-une-adresse"
    assert email_input["aria-invalid"] == "true"
    assert soup.select_one("textarea[name=text]").get_text().strip() == "Mon texte gardé"
    assert Comment.objects.count() == 0


def test_cross_site_post_is_refused(client):
    article = ArticleFactory()
    assert post_comment(client, article, origin="https://evil.example").status_code == 403
    assert post_comment(client, article, origin="").status_code == 403
    assert Comment.objects.count() == 0


def test_referer_from_this_site_is_accepted_without_origin(client):
    article = ArticleFactory()
    action, fields = comment_form(client.get(article.get_absolute_url()).content)
    fields.update(name="Paul", email="paul@example.org", text="Sans Origin, avec Referer.")
    response = client.post(action, fields, HTTP_REFERER="http://testserver/articles/x/")
    assert response.status_code == 303


def test_honeypot_rejected(client):
    article = ArticleFactory()
    response = post_comment(client, article, homepage="https://spam.example")
    assert response.status_code == 400
    assert Comment.objects.count() == 0


def test_too_fast_rejected_then_accepted_with_new_token(client, settings):
    settings.NOUVELLES_COMMENTS_MIN_SECONDS = 60
    article = ArticleFactory()
    response = post_comment(client, article, text="Trop rapide")
    assert response.status_code == 400
    assert "trop rapidement" in response.content.decode()
    assert Comment.objects.count() == 0
    # The re-shown form keeps the text; once enough time has passed it goes through.
    action, fields = comment_form(response.content)
    assert fields["text"] == "Trop rapide"
    settings.NOUVELLES_COMMENTS_MIN_SECONDS = 0
    assert client.post(action, fields, HTTP_ORIGIN="http://testserver").status_code == 303


def test_forged_token_rejected(client):
    article = ArticleFactory()
    assert post_comment(client, article, token="forged").status_code == 400
    other = ArticleFactory()
    _action, fields = comment_form(client.get(other.get_absolute_url()).content)
    assert post_comment(client, article, token=fields["token"]).status_code == 400


@pytest.mark.parametrize("where", ["article", "category", "age"])
def test_closed_comments(client, settings, where):
    from datetime import timedelta

    from django.utils import timezone

    settings.NOUVELLES_COMMENTS_CLOSE_AFTER_DAYS = 10
    article = ArticleFactory()
    page = client.get(article.get_absolute_url())
    action, fields = comment_form(page.content)
    if where == "article":
        article.comments_closed = True
        article.save()
    elif where == "category":
        article.category.comments_closed = True
        article.category.save()
    else:
        article.published_at = timezone.now() - timedelta(days=11)
        article.save()
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    assert soup.select_one("form.comment-form") is None
    assert "fermés" in soup.select_one(".comments-closed").get_text()
    fields.update(name="Paul", email="paul@example.org", text="Trop tard")
    assert client.post(action, fields, HTTP_ORIGIN="http://testserver").status_code == 403


def test_comments_open_until_the_day_limit(client, settings):
    from datetime import timedelta

    from django.utils import timezone

    settings.NOUVELLES_COMMENTS_CLOSE_AFTER_DAYS = 10
    article = ArticleFactory(published_at=timezone.now() - timedelta(days=9, hours=23))
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    assert soup.select_one("form.comment-form") is not None


def test_reader_gets_no_cookie(client):
    article = ArticleFactory()
    CommentFactory(article=article)
    for url in [article.get_absolute_url(), "/privacy/", "/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url
        assert not response.has_header("Set-Cookie"), url
    response = post_comment(client, article)
    assert not response.cookies
