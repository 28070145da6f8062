"""The loaded demo renders on the public site: home, every article, every category."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from nouvelles.articles.models import Article, Category
from nouvelles.demo import load_demo

pytestmark = pytest.mark.django_db


def test_every_demo_page_renders(client, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    cache.clear()
    load_demo(media_root=tmp_path)
    assert client.get("/").status_code == 200
    for category in Category.objects.all():
        assert client.get(category.get_absolute_url()).status_code == 200
    for article in Article.objects.published():
        response = client.get(article.get_absolute_url())
        assert response.status_code == 200, article.slug
        page = BeautifulSoup(response.content, "html.parser")
        assert [h.get_text(strip=True) for h in page.find_all("h1")] != []
        if article.original_language != "fr":
            # The original is linked from the attribution line.
            assert page.find("a", href=article.original_url) is not None, article.slug
    cache.clear()
