"""The article admin as an editor uses it: filters, search, bulk actions, block editor."""

from __future__ import annotations

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from nouvelles.articles.models import Article, Block
from nouvelles.site.models import current_content_version
from tests.admin_forms import form_data, set_field
from tests.factories import ArticleFactory, CategoryFactory, SourceFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:articles_article_changelist")


def listed_titles(response) -> set[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return {a.text for a in soup.select("#result_list th.field-title a")}


@pytest.fixture
def desk():
    """Articles differing in status, source, category, language and date."""
    eco, sport = CategoryFactory(slug="eco"), CategoryFactory(slug="sport")
    es, en = SourceFactory(language="es"), SourceFactory(language="en")
    old = timezone.now() - timedelta(days=400)
    return {
        "draft": ArticleFactory(
            title="Brouillon espagnol", status="draft", source=es, category=eco, published_at=None
        ),
        "live": ArticleFactory(
            title="Publié anglais", source=en, category=sport, original_language="en"
        ),
        "old": ArticleFactory(title="Ancien article", source=es, category=eco, published_at=old),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status__exact=draft", {"Brouillon espagnol"}),
        ("original_language=en", {"Publié anglais"}),
        ("q=anglais", {"Publié anglais"}),
        ("published_at__gte={recent}", {"Publié anglais"}),
    ],
)
def test_filters_and_search(admin_client, desk, query, expected):
    recent = (timezone.now() - timedelta(days=7)).isoformat().replace("+", "%2B")
    response = admin_client.get(f"{CHANGELIST}?{query.format(recent=recent)}")
    assert response.status_code == 200
    assert listed_titles(response) == expected


def test_filter_by_source_and_category(admin_client, desk):
    source = desk["live"].source
    response = admin_client.get(f"{CHANGELIST}?source__id__exact={source.pk}")
    assert listed_titles(response) == {"Publié anglais"}
    category = desk["draft"].category
    response = admin_client.get(f"{CHANGELIST}?category__id__exact={category.pk}")
    assert listed_titles(response) == {"Brouillon espagnol", "Ancien article"}


def test_the_list_shows_every_filter(admin_client, desk):
    soup = BeautifulSoup(admin_client.get(CHANGELIST).content, "html.parser")
    links = " ".join(a["href"] for a in soup.select("#changelist-filter a"))
    for parameter in (
        "status__exact=draft",
        "source__id__exact=",
        "category__id__exact=",
        "original_language=es",
        "published_at__gte=",
    ):
        assert parameter in links


def test_bulk_publish_and_unpublish_go_through_publish(admin_client, desk):
    draft = desk["draft"]
    version = current_content_version().version
    admin_client.post(
        CHANGELIST, {"action": "publish_selected", "_selected_action": [draft.pk]}, follow=True
    )
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED and draft.published_at is not None
    assert current_content_version().version > version
    response = admin_client.post(
        CHANGELIST,
        {"action": "unpublish_selected", "_selected_action": [draft.pk, desk["live"].pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert not Article.objects.published().filter(pk__in=[draft.pk, desk["live"].pk]).exists()


def test_fixing_a_paragraph_marks_only_that_block_edited(admin_client):
    article = ArticleFactory(original_language="es")
    url = reverse("admin:articles_article_change", args=[article.pk])
    page = admin_client.get(url)
    assert page.status_code == 200
    data = form_data(page.content, "article_form")
    first = article.blocks.get(position=0)
    index = next(
        k.split("-")[1] for k, v in data.items() if k.endswith("-id") and v == [str(first.pk)]
    )
    set_field(data, f"blocks-{index}-text", "Premier paragraphe, corrigé.")
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    blocks = {b.position: b for b in article.blocks.all()}
    assert blocks[0].text == "Premier paragraphe, corrigé." and blocks[0].edited
    assert blocks[0].original_text == "Primer párrafo."  # read-only: kept
    assert not any(b.edited for p, b in blocks.items() if p != 0)
    assert Block.objects.filter(article=article).count() == 4


def test_changing_status_in_the_form_publishes(admin_client):
    article = ArticleFactory(status="review", published_at=None)
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(admin_client.get(url).content, "article_form")
    set_field(data, "status", "published")
    assert admin_client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.status == "published" and article.published_at is not None
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_view_on_site_previews_unpublished_articles(admin_client):
    draft = ArticleFactory(status="draft", published_at=None)
    live = ArticleFactory()
    for article, expected in (
        (draft, reverse("site:article-preview", args=[draft.pk])),
        (live, live.get_absolute_url()),
    ):
        page = admin_client.get(reverse("admin:articles_article_change", args=[article.pk]))
        links = [
            a["href"] for a in BeautifulSoup(page.content, "html.parser").select("a.viewsitelink")
        ]
        assert links == [expected]
