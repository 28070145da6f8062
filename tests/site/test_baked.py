"""Baked queries (`site.baked`): compiled once, then the same objects as the queryset gives."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.site.baked import DATETIME, INT, TEXT, BakedQuery
from tests.factories import ArticleFactory, CategoryFactory, StoryFactory

pytestmark = pytest.mark.django_db


def by_slug(slug, now):
    return (
        Article.objects.select_related("category", "source")
        .filter(status=Article.Status.PUBLISHED, published_at__lte=now, slug=slug)
        .order_by()
    )


def test_runs_the_same_sql_with_new_values_and_gives_the_same_objects():
    category = CategoryFactory(name="Monde")
    articles = [ArticleFactory(category=category) for _ in range(3)]
    baked = BakedQuery(by_slug, slug=TEXT, now=DATETIME)
    now = timezone.now()
    for article in articles:
        [found] = baked(slug=article.slug, now=now)
        [expected] = by_slug(article.slug, now)
        assert found.pk == article.pk
        assert [getattr(found, f.attname) for f in Article._meta.concrete_fields] == [
            getattr(expected, f.attname) for f in Article._meta.concrete_fields
        ]
        assert found.published_at.tzinfo is not None  # field converters applied
        with CaptureQueriesContext(connection) as queries:
            assert found.category.name == "Monde"  # select_related kept
            assert found.source.name == article.source.name
        assert not queries
    assert list(baked._plans) == [()]  # compiled once
    # The datetime is a real parameter, not frozen into the SQL.
    assert baked(slug=articles[0].slug, now=articles[0].published_at - timedelta(days=1)) == []


def test_static_arguments_compile_one_plan_each():
    story = StoryFactory()
    for _ in range(4):
        ArticleFactory(story=story)
    baked = BakedQuery(
        lambda count, story_id: Article.objects.filter(story_id=story_id).order_by("id")[:count],
        story_id=INT,
    )
    assert len(baked(2, story_id=story.pk)) == 2
    assert len(baked(3, story_id=story.pk)) == 3
    assert set(baked._plans) == {(2,), (3,)}


def test_none_runs_the_plain_queryset():
    ArticleFactory(story=None)
    baked = BakedQuery(lambda story_id: Article.objects.filter(story_id=story_id), story_id=INT)
    assert len(baked(story_id=None)) == 1  # IS NULL: never baked
    assert baked._plans == {}


def test_a_value_the_sql_transforms_is_not_baked():
    ArticleFactory(title="Une réforme")
    baked = BakedQuery(lambda word: Article.objects.filter(title__icontains=word), word=TEXT)
    assert [a.title for a in baked(word="réforme")] == ["Une réforme"]
    assert baked._plans == {(): None}  # "%…%" around the marker: runs as a queryset
    assert [a.title for a in baked(word="forme")] == ["Une réforme"]


def test_converters_are_worked_out_once_per_plan_and_connection():
    articles = [ArticleFactory() for _ in range(2)]
    baked = BakedQuery(by_slug, slug=TEXT, now=DATETIME)
    now = timezone.now()
    [first] = baked(slug=articles[0].slug, now=now)
    [plan] = baked._plans.values()
    [(cached_for, by_columns)] = plan.converters.items()
    assert cached_for is connections["default"]
    [(_columns, converters)] = by_columns.values()
    assert converters  # the datetime columns' converters, among others
    [second] = baked(slug=articles[1].slug, now=now)
    [(_columns, again)] = plan.converters[cached_for].values()
    assert again is converters  # reused, not worked out again
    assert second.pk == articles[1].pk
    assert second.published_at == by_slug(articles[1].slug, now)[0].published_at
    assert first.published_at.tzinfo is not None and second.published_at.tzinfo is not None
