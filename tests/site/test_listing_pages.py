"""Home, category, tag, author and source pages; pagination; error pages."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import RequestFactory, override_settings
from django.utils import timezone, translation

from nouvelles.site.models import SiteSettings
from nouvelles.site.views.errors import server_error
from tests.factories import ArticleFactory, CategoryFactory
from tests.site.conftest import parse

pytestmark = pytest.mark.django_db


def article_links(soup) -> list[str]:
    return [a["href"] for a in soup.select(".card-title a")]


def test_home_lead_latest_and_category_blocks(client, site_settings):
    world = CategoryFactory(name="Monde", slug="monde", position=1)
    sport = CategoryFactory(name="Sport", slug="sport", position=2)
    CategoryFactory(name="Vide", slug="vide", position=3)
    now = timezone.now()
    world_articles = [
        ArticleFactory(category=world, published_at=now - timezone.timedelta(minutes=10 * i))
        for i in range(6)
    ]
    sport_article = ArticleFactory(category=sport, published_at=now - timezone.timedelta(hours=5))
    soup = parse(client.get("/"))
    assert soup.select_one(".home-top .card-featured .card-title a")["href"] == (
        world_articles[0].get_absolute_url()
    )
    latest = [a["href"] for a in soup.select(".latest li a")]
    assert latest[0] == world_articles[1].get_absolute_url()
    assert sport_article.get_absolute_url() in latest
    blocks = soup.select("section.category-block")
    assert [b.h2.text for b in blocks] == ["Monde", "Sport"]
    assert article_links(blocks[0]) == [a.get_absolute_url() for a in world_articles[:4]]
    assert article_links(blocks[1]) == [sport_article.get_absolute_url()]
    assert len(soup.find_all("h1")) == 1


def test_home_without_articles(client, site_settings):
    soup = parse(client.get("/"))
    assert "Aucun article n'a encore été publié." in soup.text


def test_category_page_is_paginated(client, full_article):
    now = timezone.now()
    ArticleFactory.create_batch(
        24, category=full_article.category, published_at=now - timezone.timedelta(hours=1)
    )
    ArticleFactory()  # another category
    first = parse(client.get("/category/international/"))
    assert first.h1.text == "International"
    assert len(article_links(first)) == 20
    assert article_links(first)[0] == full_article.get_absolute_url()
    nav = first.select_one("nav.pagination")
    assert nav.select_one("a[rel=next]")["href"] == "?page=2"
    assert nav.select_one(".page-number").text == "Page 1 sur 2"
    assert (
        first.find("link", rel="canonical")["href"]
        == "http://127.0.0.1:8000/category/international/"
    )
    second = parse(client.get("/category/international/?page=2"))
    assert len(article_links(second)) == 5
    assert second.select_one("nav.pagination a[rel=prev]")["href"] == "?page=1"
    assert second.find("link", rel="canonical")["href"].endswith("/category/international/?page=2")
    feeds = [link["href"] for link in first.find_all("link", rel="alternate")]
    assert "/category/international/rss.xml" in feeds
    assert "/category/international/atom.xml" in feeds
    # Out-of-range and junk page numbers fall back to a real page.
    assert client.get("/category/international/?page=99").status_code == 200
    assert client.get("/category/international/?page=abc").status_code == 200


@pytest.mark.parametrize("page", ["tag", "author", "source"])
def test_tag_author_and_source_pages(client, full_article, page):
    other = ArticleFactory()
    url = {
        "tag": "/tag/espagne/",
        "author": full_article.author.get_absolute_url(),
        "source": f"/source/{full_article.source_id}/",
    }[page]
    soup = parse(client.get(url))
    links = article_links(soup)
    assert links == [full_article.get_absolute_url()]
    assert other.get_absolute_url() not in links
    assert (
        soup.h1.text
        == {
            "tag": "Espagne",
            "author": full_article.author.name,
            "source": full_article.source.name,
        }[page]
    )


@pytest.mark.parametrize(
    "url", ["/category/nope/", "/tag/nope/", "/author/nope/", "/source/999999/", "/nope/"]
)
def test_missing_pages_are_404_in_french(client, site_settings, url):
    response = client.get(url)
    assert response.status_code == 404
    soup = parse(response)
    assert soup.html["lang"] == "fr"
    assert soup.h1.text == "Page introuvable"
    assert soup.select_one("a.skip-link").text == "Aller au contenu"


def test_500_page_in_the_site_language(client, db):
    with translation.override("fr"):
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    soup = parse(response)
    assert soup.html["lang"] == "fr"
    assert soup.h1.text == "Erreur du serveur"


@override_settings(NOUVELLES_SITE_LANGUAGE="en")
def test_site_in_english(client, full_article):
    SiteSettings.objects.update(language="")
    cache.clear()
    soup = parse(client.get(full_article.get_absolute_url()))
    assert soup.html["lang"] == "en"
    assert soup.select_one("section.share h2").text == "Share"
    assert soup.h1.text == 'Le gouvernement annonce une "réforme" majeure'  # no French spacing


def test_category_blocks_are_each_categorys_newest_visible_articles():
    """Against the definition: every visible article ranked in its category, newest first
    (ties on the date broken by id), ties at the cut-off, small and empty categories,
    drafts and scheduled articles."""
    import random

    from nouvelles.articles.models import Article
    from nouvelles.site.views.home import category_blocks

    rng = random.Random(5)  # noqa: S311 - test data, not secrets
    now = timezone.now()
    categories = [CategoryFactory(position=i) for i in range(5)]
    for _ in range(60):
        category = rng.choice(categories[:4])  # the last one stays empty
        hours = rng.choice([1, 2, 2, 3, 5, 8, 8, 13, -4])  # repeated dates; -4: scheduled
        status = rng.choice(["published"] * 5 + ["draft"])
        ArticleFactory(
            category=category, status=status, published_at=now - timezone.timedelta(hours=hours)
        )
    ArticleFactory(category=categories[3], published_at=now - timezone.timedelta(days=400))
    visible = Article.objects.filter(status="published", published_at__lte=timezone.now())
    expected = []
    for category in categories:
        newest = list(visible.filter(category=category).order_by("-published_at", "-id")[:4])
        if newest:
            expected.append((category.pk, [a.pk for a in newest]))
    found = [(c.pk, [a.pk for a in items]) for c, items in category_blocks()]
    assert found == expected
    assert len(expected) == 4
