"""Each role sees only what it may, on every dashboard view."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command

from nouvelles.dashboard.roles import ADMINISTRATOR, EDITOR, ensure_roles
from tests.factories import ArticleFactory, SourceFactory

pytestmark = pytest.mark.django_db

GET_VIEWS = ["/newsroom/", "/newsroom/review/", "/newsroom/articles/{pk}/correction/"]
POST_VIEWS = [
    "/newsroom/review/{pk}/approve/",
    "/newsroom/review/{pk}/reject/",
    "/newsroom/review/{pk}/schedule/",
    "/newsroom/articles/{pk}/correction/",
]


def sections(response) -> set[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return {s.h2["id"] for s in soup.find_all("section") if s.h2 and s.h2.get("id")}


def test_roles_exist_after_migrate_and_are_idempotent():
    assert set(Group.objects.values_list("name", flat=True)) >= {EDITOR, ADMINISTRATOR}
    editor = Group.objects.get(name=EDITOR)
    before = set(editor.permissions.values_list("codename", flat=True))
    assert {"change_article", "change_comment"} <= before
    assert "change_source" not in before and "change_user" not in before
    admin = Group.objects.get(name=ADMINISTRATOR)
    admin_perms = set(admin.permissions.values_list("codename", flat=True))
    assert {"change_source", "change_sitesettings", "change_user", "change_article"} <= admin_perms
    editor.permissions.clear()
    call_command("migrate", verbosity=0)  # post_migrate restores them
    assert set(editor.permissions.values_list("codename", flat=True)) == before
    ensure_roles()
    assert Group.objects.filter(name=EDITOR).count() == 1


@pytest.mark.parametrize("url", GET_VIEWS)
def test_anonymous_and_readers_are_sent_to_login(client, make_user, url):
    article = ArticleFactory(status="review")
    response = client.get(url.format(pk=article.pk))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(make_user(EDITOR, staff=False))  # a role but not staff
    response = client.get(url.format(pk=article.pk))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize("url", POST_VIEWS)
def test_anonymous_and_roleless_staff_cannot_act(client, make_user, url):
    article = ArticleFactory(status="review")
    assert client.post(url.format(pk=article.pk)).status_code == 302
    client.force_login(make_user(None))
    assert client.post(url.format(pk=article.pk)).status_code == 403
    article.refresh_from_db()
    assert article.status == "review" and article.correction == ""


def test_staff_without_role_sees_nothing_sensitive(client, make_user):
    SourceFactory(name="Agence secrète", last_error="HTTP 500 from the server")
    ArticleFactory(status="review", title="Article en attente")
    client.force_login(make_user(None))
    response = client.get("/newsroom/")
    assert response.status_code == 200
    assert sections(response) == set()
    assert b"Agence secr" not in response.content and b"en attente" not in response.content
    assert client.get("/newsroom/review/").status_code == 403


def test_editor_sees_review_and_comments_not_sources(editor_client):
    SourceFactory(name="Agence secrète")
    response = editor_client.get("/newsroom/")
    assert sections(response) == {
        "queues-title",
        "warnings-title",
        "scheduled-title",
        "today-title",
    }
    queue_names = [th.get_text() for th in BeautifulSoup(response.content, "html.parser").select(
        "table.queues tbody th")]  # fmt: skip
    assert len(queue_names) == 3  # to translate, in review, comments: not "to fetch"
    assert b"Agence secr" not in response.content
    assert editor_client.get("/newsroom/review/").status_code == 200


def test_administrator_sees_sources_and_settings(admin_client_role):
    SourceFactory(name="Agence ouverte")
    response = admin_client_role.get("/newsroom/")
    assert {"sources-title", "runs-title", "queues-title", "today-title"} <= sections(response)
    assert "Agence ouverte" in response.content.decode()
    assert admin_client_role.get("/admin/sources/source/").status_code == 200
    assert admin_client_role.get("/newsroom/review/").status_code == 200
