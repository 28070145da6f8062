"""The comment section written in Python (`comments.section`): the templates' markup, escaped."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import timezone, translation

from nouvelles.comments.forms import blank_form
from nouvelles.comments.models import Comment
from nouvelles.comments.section import blank_form_html, comment_html, render_section
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db


def without_token(html: str) -> str:
    return re.sub(r'name="token" value="[^"]*"', 'name="token" value="T"', str(html))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_comment_is_written_as_its_template_writes_it(language):
    article = ArticleFactory()
    comment = CommentFactory(
        article=article,
        name='<b>Ana</b> & "co"',
        website="https://ana.example/?a=1&b=2",
        text="Premier paragraphe, https://x.example/?q=<y>\nligne 2\n\nSecond <script>.",
    )
    comment.article = article
    with translation.override(language):
        expected = render_to_string("comments/comment.html", {"comment": comment})
        assert comment_html(comment, article.get_absolute_url()) == expected
    assert "<script>" not in expected and "<b>Ana" not in expected


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_blank_form_is_the_form_template_of_a_blank_form(language):
    article = ArticleFactory()
    with translation.override(language):
        expected = render_to_string(
            "comments/form.html", {"form": blank_form(article), "article": article}
        )
        html = blank_form_html(article)
    assert without_token(html) == without_token(expected)
    form = BeautifulSoup(html, "html.parser").select_one("form.comment-form")
    assert form["action"] == f"/comments/post/{article.pk}/"
    assert form.select_one("input[name=token]")["value"] not in ("", "T")


def test_section_threads_replies_and_counts_them():
    article = ArticleFactory()
    first = CommentFactory(article=article, name="Jeanne")
    CommentFactory(article=article, parent=first, name="Paul")
    CommentFactory(article=article, status=Comment.Status.PENDING, name="Caché")
    with translation.override("fr"):
        soup = BeautifulSoup(render_section(article), "html.parser")
    assert soup.select_one("#comments-title").get_text() == "2 commentaires"
    top = soup.select("ol.comment-list > li.comment")
    assert [li["id"] for li in top] == [f"comment-{first.pk}"]
    assert [li.select_one(".comment-author").get_text() for li in soup.select("li.comment")] == [
        "Jeanne",
        "Paul",
    ]
    reply = top[0].select_one(".comment-reply a")
    assert reply["href"] == f"/comments/reply/{first.pk}/"
    assert reply.get_text() == "Répondre à Jeanne"
    assert "Caché" not in soup.get_text()


def test_closed_section_has_no_form_and_no_reply_links(settings):
    settings.NOUVELLES_COMMENTS_CLOSE_AFTER_DAYS = 30
    article = ArticleFactory(published_at=timezone.now() - timedelta(days=31))
    CommentFactory(article=article)
    with translation.override("en"):
        soup = BeautifulSoup(render_section(article), "html.parser")
    assert soup.select_one("#comments-title").get_text() == "1 comment"
    assert soup.select_one(".comments-closed").get_text() == "Comments are closed on this article."
    assert soup.select_one("form") is None and soup.select_one(".comment-reply") is None
