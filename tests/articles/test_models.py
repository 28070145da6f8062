import pytest

from nouvelles.articles.models import Article
from nouvelles.core.types import BlockKind
from nouvelles.site.models import current_content_version
from tests.factories import ArticleFactory


@pytest.mark.django_db
def test_published_excludes_drafts_and_future():
    from datetime import timedelta

    from django.utils import timezone

    visible = ArticleFactory()
    ArticleFactory(status=Article.Status.DRAFT)
    ArticleFactory(published_at=timezone.now() + timedelta(hours=1))
    assert list(Article.objects.published()) == [visible]


@pytest.mark.django_db
def test_blocks_keep_original_beside_translation():
    article = ArticleFactory()
    data = article.block_data()
    original = article.original_block_data()
    assert [b.kind for b in data] == [
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
        BlockKind.QUOTE,
        BlockKind.PARAGRAPH,
    ]
    assert data[2].attrs == {"speaker": "Ana Pérez"}
    assert original[0].text == "Primer párrafo."


@pytest.mark.django_db
def test_saving_an_article_bumps_the_content_version():
    article = ArticleFactory()
    before = current_content_version().version
    article.title = "Nouveau titre"
    article.save()
    assert current_content_version().version > before
