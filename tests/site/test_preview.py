"""The staff preview renders the article template for articles readers cannot see."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from tests.factories import ArticleFactory
from tests.site.conftest import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return ArticleFactory(title="Un brouillon secret", status="draft", published_at=None)


def test_staff_sees_the_article_page_of_a_draft(admin_client, client, draft):
    assert client.get(draft.get_absolute_url()).status_code == 404  # not public
    response = admin_client.get(reverse("site:article-preview", args=[draft.pk]))
    assert response.status_code == 200
    page = parse(response)
    assert [h.text for h in page.find_all("h1")] == ["Un brouillon secret"]
    notice = page.select_one(".preview-notice")
    assert notice is not None and notice.get("role") == "status"
    assert notice.find("a")["href"] == reverse("admin:articles_article_change", args=[draft.pk])
    assert "Premier paragraphe." in page.get_text()  # the body blocks are rendered
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_preview_works_for_every_status(admin_client):
    for status in ("draft", "review", "published", "rejected", "duplicate"):
        article = ArticleFactory(status=status)
        assert (
            admin_client.get(reverse("site:article-preview", args=[article.pk])).status_code == 200
        )


def test_anonymous_visitors_are_sent_to_the_login(client, draft):
    response = client.get(reverse("site:article-preview", args=[draft.pk]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert "Un brouillon secret" not in response.content.decode()


def test_staff_without_permission_to_view_articles_is_refused(client, draft):
    user = User.objects.create_user("stagiaire", password="pw-long-enough-1", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("site:article-preview", args=[draft.pk])).status_code == 403
    user.user_permissions.add(Permission.objects.get(codename="view_article"))
    user = User.objects.get(pk=user.pk)  # drop the permission cache
    client.force_login(user)
    assert client.get(reverse("site:article-preview", args=[draft.pk])).status_code == 200


def test_unknown_article_is_404(admin_client):
    assert admin_client.get(reverse("site:article-preview", args=[999999])).status_code == 404
