"""Export and import: every documented key survives a round trip; bad lines are reported."""

from __future__ import annotations

import io
import json

import pytest

from nouvelles.articles.exchange import (
    ARTICLE_KEYS,
    ORIGINAL_KEYS,
    SOURCE_KEYS,
    TRANSLATION_KEYS,
    export_articles,
    import_articles,
)
from nouvelles.articles.models import Article, Author, Block, Category, Story, Tag
from nouvelles.sources.models import Source
from tests.factories import ArticleFactory, StoryFactory, TagFactory

pytestmark = pytest.mark.django_db


def export_lines() -> list[str]:
    out = io.StringIO()
    export_articles(out)
    return out.getvalue().splitlines()


def wipe() -> None:
    for model in (Article, Story, Source, Category, Tag, Author):
        model.objects.all().delete()


@pytest.fixture
def varied_articles():
    """Every status, a story, a duplicate, an edited block, tags, translation warnings."""
    story = StoryFactory()
    tags = [TagFactory(name="Élections", slug="elections"), TagFactory()]
    main = ArticleFactory(story=story, tags=tags, translation_warnings=["number changed: 12"])
    ArticleFactory(duplicate_of=main, status=Article.Status.DUPLICATE, story=story)
    ArticleFactory(status=Article.Status.DRAFT, published_at=None, source=None, category=None)
    ArticleFactory(status=Article.Status.REJECTED, author=None, translation_revised=True)
    revised = ArticleFactory(status=Article.Status.REVIEW)
    block = revised.blocks.first()
    block.text, block.edited = "Paragraphe corrigé.", True
    block.save()
    return main


def test_export_has_exactly_the_documented_keys(varied_articles):
    records = [json.loads(line) for line in export_lines()]
    assert len(records) == 5  # whatever their status
    for record in records:
        assert tuple(record) == ARTICLE_KEYS
        assert tuple(record["original"]) == ORIGINAL_KEYS
        assert tuple(record["translation"]) == TRANSLATION_KEYS
        assert record["source"] is None or tuple(record["source"]) == SOURCE_KEYS
        for block in record["blocks"]:
            assert {"type", "text"} <= set(block)
    main = next(r for r in records if r["id"] == varied_articles.pk)
    assert main["url"] == varied_articles.get_absolute_url()
    assert main["blocks"][2] == {
        "type": "quote",
        "text": "Nous ne reculerons pas.",
        "speaker": "Ana Pérez",
    }
    assert main["original"]["blocks"][0]["text"] == "Primer párrafo."
    assert main["translation"] == {
        "backend": "apertium",
        "machine": True,
        "revised": False,
        "warnings": ["number changed: 12"],
    }
    assert {"slug": "elections", "name": "Élections"} in main["tags"]


def test_round_trip_into_an_empty_database_keeps_every_key(varied_articles):
    before = export_lines()
    wipe()
    report = import_articles(before)
    assert report.ok and report.created == 5 and report.updated == 0
    assert export_lines() == before
    assert Block.objects.filter(edited=True).count() == 1
    duplicate = Article.objects.get(status=Article.Status.DUPLICATE)
    assert duplicate.duplicate_of_id == varied_articles.pk


def test_import_is_idempotent_by_slug(varied_articles):
    before = export_lines()
    report = import_articles(before)
    assert (report.created, report.updated) == (0, 5)
    assert Article.objects.count() == 5 and Block.objects.count() == 20
    assert export_lines() == before


def test_import_updates_the_article_with_that_slug():
    article = ArticleFactory()
    record = json.loads(export_lines()[0])
    record["title"] = "Titre corrigé"
    record["blocks"] = record["blocks"][:1]
    record["original"]["blocks"] = record["original"]["blocks"][:1]
    import_articles([json.dumps(record)])
    article.refresh_from_db()
    assert article.title == "Titre corrigé" and article.blocks.count() == 1


def test_new_ids_follow_imported_ones(varied_articles):
    """Imported ids are kept; the next article created must not collide (PostgreSQL sequences)."""
    lines = export_lines()
    wipe()
    import_articles(lines)
    new = ArticleFactory()
    assert new.pk > max(json.loads(line)["id"] for line in lines)


def test_import_creates_categories_tags_sources_authors_as_needed(varied_articles):
    lines = export_lines()
    wipe()
    import_articles(lines)
    assert Category.objects.count() == 4  # the draft had none
    assert Tag.objects.filter(slug="elections", name="Élections").exists()
    assert Source.objects.count() == 4 and Author.objects.count() == 4


GOOD = {
    "slug": "un-article",
    "title": "Un article",
    "status": "published",
    "language": "fr",
    "blocks": [{"type": "paragraph", "text": "Bonjour."}],
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"slug": "Pas un slug"}, "not a valid slug"),
        ({"slug": None}, "slug is missing"),
        ({"title": "  "}, "title is empty"),
        ({"title": "x" * 501}, "longer than 500"),
        ({"status": "live"}, "status must be one of"),
        ({"blocks": [{"type": "marquee", "text": "x"}]}, "blocks[0].type"),
        ({"blocks": [{"type": "image", "text": "", "src": "javascript:alert(1)"}]}, "http(s) URL"),
        ({"published_at": "yesterday"}, "not an ISO 8601 date"),
        ({"published_at": "2026-01-02T10:00:00"}, "needs a time zone"),
        ({"original": {"blocks": [{"type": "paragraph", "text": "a"}] * 2}}, "same length"),
        ({"tags": [{"name": "sans slug"}]}, "tags[0] needs a slug"),
        ({"duplicate_of": "12"}, "duplicate_of must be"),
        ({"source": {"name": "Sans flux"}}, "source.feed_url is missing"),
    ],
)
def test_a_bad_line_is_reported_with_its_number_and_writes_nothing(change, message):
    existing = ArticleFactory(slug="un-article", title="Avant")
    good = json.dumps({**GOOD, "slug": "autre-article"})
    bad = json.dumps({**GOOD, **change})
    report = import_articles([good, "", bad, good])
    assert report.errors and report.errors[0][0] == 3
    assert message in report.errors[0][1]
    assert (report.created, report.updated) == (1, 1)
    existing.refresh_from_db()
    assert existing.title == "Avant" and existing.blocks.count() == 4


@pytest.mark.parametrize("line", ["not json", "[1, 2]", '"text"', "{"])
def test_lines_that_are_not_objects(line):
    report = import_articles([line])
    assert report.errors[0][0] == 1 and not Article.objects.exists()
