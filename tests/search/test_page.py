"""The search page: pagination, no-result help, search box, OpenSearch, rate limit."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from defusedxml import minidom
from django.test import override_settings

from tests.search.helpers import make_article

pytestmark = pytest.mark.django_db


def test_repeated_search_is_served_from_the_page_cache(client):
    make_article("Tempête en Bretagne", "")
    first = client.get("/search/", {"q": "tempête"})
    second = client.get("/search/", {"q": "tempête"})
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    make_article("Tempête en Corse", "")  # any change gives pages a new key
    third = client.get("/search/", {"q": "tempête"})
    assert third["X-Page-Cache"] == "miss" and "Corse" in third.content.decode()


def test_pagination(client):
    for i in range(25):
        make_article(f"Tempête numéro {i}", "", days_old=i + 1)
    page1 = client.get("/search/", {"q": "tempête"})
    results = page1.context["results"]
    assert (results.total, results.num_pages, len(results.hits)) == (25, 2, 20)
    soup = BeautifulSoup(page1.content, "html.parser")
    next_link = soup.find("a", rel="next")["href"]
    assert "q=temp%C3%AAte" in next_link and "page=2" in next_link
    page2 = client.get("/search/" + next_link)
    assert len(page2.context["results"].hits) == 5
    assert soup.find("ol", class_="search-results")["start"] == "1"
    # Past the end, or nonsense: a real page.
    assert client.get("/search/", {"q": "tempête", "page": "99"}).context["results"].page == 2
    assert client.get("/search/", {"q": "tempête", "page": "abc"}).context["results"].page == 1
    assert client.get("/search/", {"q": "tempête", "page": "-3"}).context["results"].page == 1


@override_settings(NOUVELLES_SEARCH_MAX_RESULTS=10, NOUVELLES_SEARCH_PAGE_SIZE=4)
def test_count_is_capped(client):
    for i in range(12):
        make_article(f"Séisme {i}", "")
    results = client.get("/search/", {"q": "séisme"}).context["results"]
    assert results.total == 10 and results.total_is_capped and results.num_pages == 3


def test_no_result_help(client):
    make_article("Crise de l'énergie", "")
    response = client.get("/search/", {"q": "zanzibar"})
    soup = BeautifulSoup(response.content, "html.parser")
    help_section = soup.find("section", class_="no-results")
    assert help_section is not None
    assert len(help_section.find_all("li")) >= 3
    assert "zanzibar" in help_section.h2.get_text()


def test_only_published_articles_are_found(client):
    from datetime import timedelta

    from django.utils import timezone

    from nouvelles.articles.models import Article

    make_article("Ouragan publié", "")
    make_article("Ouragan brouillon", "", status=Article.Status.DRAFT)
    make_article("Ouragan en revue", "", status=Article.Status.REVIEW)
    make_article("Ouragan programmé", "", published_at=timezone.now() + timedelta(hours=2))
    hits = client.get("/search/", {"q": "ouragan"}).context["results"].hits
    assert [h.article.title for h in hits] == ["Ouragan publié"]


def test_search_box_and_opensearch_link_on_every_page(client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    form = soup.find("form", role="search")
    assert form["action"] == "/search/" and form["method"] == "get"
    assert form.find("input", attrs={"name": "q"}) is not None
    assert soup.find("label", attrs={"for": "search-box-q"}) is not None
    link = soup.find("link", rel="search")
    assert link["href"] == "/opensearch.xml"
    assert link["type"] == "application/opensearchdescription+xml"


@override_settings(NOUVELLES_SITE_URL="https://nouvelles.example")
def test_opensearch_description(client):
    response = client.get("/opensearch.xml")
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    doc = minidom.parseString(response.content)
    root = doc.documentElement
    assert root.tagName == "OpenSearchDescription"
    assert root.namespaceURI == "http://a9.com/-/spec/opensearch/1.1/"
    urls = {
        u.getAttribute("type"): u.getAttribute("template") for u in doc.getElementsByTagName("Url")
    }
    assert urls["text/html"] == "https://nouvelles.example/search/?q={searchTerms}"
    short_name = doc.getElementsByTagName("ShortName")[0].firstChild.data
    assert 0 < len(short_name) <= 16


@override_settings(NOUVELLES_SEARCH_RATE_PER_MINUTE=3)
def test_rate_limit_below_at_and_above(client):
    from django.core.cache import cache

    cache.clear()
    statuses = [client.get("/search/", {"q": f"x{i}"}).status_code for i in range(4)]
    assert statuses == [200, 200, 200, 429]
    other = client.get("/search/", {"q": "y"}, REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 200  # another address is not affected
    cache.clear()  # the next minute
    assert client.get("/search/", {"q": "z"}).status_code == 200
    cache.clear()
