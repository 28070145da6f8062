"""load_demo() writes the corpus into the database, published in French, and can run twice."""

import pytest
from django.conf import settings

from nouvelles.articles.models import Article, Block, Category, Tag
from nouvelles.comments.models import Comment
from nouvelles.demo import load_demo
from nouvelles.site.models import AdSlot, SiteSettings
from nouvelles.sources.models import Source

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def test_load_demo_publishes_everything(media):
    report = load_demo(media_root=media)
    assert report.articles >= 40 and report.categories == 5 and report.sources == 4
    assert set(report.languages) >= {"fr", "es", "en"}
    assert Article.objects.published().count() == report.articles
    assert Category.objects.count() == 5
    assert Source.objects.count() == 4 and not Source.objects.enabled().exists()
    languages = set(Article.objects.values_list("original_language", flat=True))
    assert languages >= {"fr", "es", "en"}
    assert set(Article.objects.values_list("language", flat=True)) == {"fr"}
    assert Tag.objects.exists() and Comment.objects.approved().count() == report.comments
    assert Comment.objects.filter(parent__isnull=False).exists()
    assert SiteSettings.load().name == "Nouvelles du Monde"
    assert AdSlot.objects.filter(enabled=True).count() == 2


def test_translated_articles_keep_the_original(media):
    load_demo(media_root=media)
    article = Article.objects.get(guid__endswith="huelga-estibadores-valmare")
    assert article.original_language == "es" and article.machine_translated
    assert article.original_title.startswith("Los estibadores")
    assert article.title.startswith("Les dockers")
    quote = article.blocks.get(kind="quote")
    assert quote.attrs["speaker"] == "Marta Quiroga"
    assert quote.original_text.startswith("No pedimos") and quote.text.startswith("Nous ne")
    french = Article.objects.filter(original_language="fr").first()
    assert not french.machine_translated and french.translation_backend == ""


def test_images_are_written_as_svg_files(media):
    load_demo(media_root=media)
    for url in Article.objects.values_list("image_url", flat=True):
        assert url.startswith(settings.MEDIA_URL) and url.endswith(".svg")
        assert (media / url.removeprefix(settings.MEDIA_URL)).read_text().startswith("<svg")
    image_block = Block.objects.filter(kind="image").first()
    assert (media / image_block.attrs["src"].removeprefix(settings.MEDIA_URL)).is_file()
    assert image_block.attrs["alt"]


def test_loading_twice_changes_no_counts(media):
    load_demo(media_root=media)
    counts = [m.objects.count() for m in (Article, Block, Category, Tag, Source, Comment, AdSlot)]
    slugs = set(Article.objects.values_list("slug", flat=True))
    load_demo(media_root=media)
    assert [
        m.objects.count() for m in (Article, Block, Category, Tag, Source, Comment, AdSlot)
    ] == counts
    assert set(Article.objects.values_list("slug", flat=True)) == slugs
