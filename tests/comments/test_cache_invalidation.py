"""Only changes readers can see invalidate the cached pages."""

import pytest

from nouvelles.comments.models import Comment
from nouvelles.comments.moderation import moderate_comments
from nouvelles.site.models import current_content_version
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db


def version() -> int:
    return current_content_version().version


def test_held_comments_do_not_invalidate_pages_approved_ones_do():
    comment = CommentFactory(status=Comment.Status.PENDING)
    before = version()
    CommentFactory(article=comment.article, status=Comment.Status.SPAM)
    comment.refresh_from_db()
    comment.text = "edited while held"
    comment.save()
    assert version() == before
    moderate_comments([comment], Comment.Status.APPROVED)
    assert version() == before + 1
    comment = Comment.objects.get(pk=comment.pk)
    moderate_comments([comment], Comment.Status.SPAM)  # it was shown: pages must change
    assert version() == before + 2
    Comment.objects.get(pk=comment.pk).delete()
    assert version() == before + 2
    shown = CommentFactory(article=comment.article, status=Comment.Status.APPROVED)
    assert version() == before + 3
    Comment.objects.get(pk=shown.pk).delete()
    assert version() == before + 4


def test_article_page_with_the_form_is_cached_and_shared(client):
    from tests.factories import ArticleFactory

    article = ArticleFactory()
    first = client.get(article.get_absolute_url())
    second = client.get(article.get_absolute_url())
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"  # the form carries no per-visitor token
    assert b'class="comment-form"' in second.content
    assert not second.cookies
