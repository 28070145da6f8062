from datetime import timedelta

import pytest
from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.articles.publish import publish_article, unpublish_article
from tests.factories import ArticleFactory


@pytest.mark.django_db
def test_publish_then_unpublish():
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    publish_article(article)
    assert Article.objects.published().filter(pk=article.pk).exists()
    unpublish_article(article)
    assert not Article.objects.published().filter(pk=article.pk).exists()


@pytest.mark.django_db
def test_scheduled_publication_shows_from_its_date():
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    publish_article(article, at=timezone.now() + timedelta(hours=2))
    assert article.status == Article.Status.PUBLISHED
    assert not Article.objects.published().filter(pk=article.pk).exists()
