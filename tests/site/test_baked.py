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
    [(cached_for, (converters, populators))] = plan.makers.items()
    assert cached_for is connections["default"]
    assert converters  # the datetime columns' converters, among others
    assert len(populators) == 2  # select_related("category", "source")
    [second] = baked(slug=articles[1].slug, now=now)
    assert plan.makers[cached_for][0] is converters  # reused, not worked out again
    assert second.pk == articles[1].pk
    assert second.published_at == by_slug(articles[1].slug, now)[0].published_at
    assert first.published_at.tzinfo is not None and second.published_at.tzinfo is not None


def _state(instance) -> dict:
    """What an instance holds: its loaded fields and the related instances it carries."""
    values = {f: v for f, v in instance.__dict__.items() if not f.startswith("_")}
    related = {
        name: _state(obj) if obj is not None else None
        for name, obj in instance._state.fields_cache.items()
    }
    return {"values": values, "related": related, "db": instance._state.db,
            "adding": instance._state.adding}  # fmt: skip


def test_the_page_queries_give_what_their_querysets_give():
    """Every baked query of the article page, made straight from the rows, against the
    queryset it was baked from: same instances, fields, related objects and state."""
    from nouvelles.articles.models import Block, Tag
    from nouvelles.comments.templatetags.comment_tags import _APPROVED_COMMENTS
    from nouvelles.related.lookup import _SIMILAR_LINKS, _STORY_MEMBERS
    from nouvelles.related.models import RelatedLink
    from nouvelles.site.views.article import _BLOCKS, _PUBLISHED_ARTICLE, _TAGS
    from tests.factories import CommentFactory, TagFactory

    story = StoryFactory()
    articles = [ArticleFactory(story=story, tags=[TagFactory(), TagFactory()]) for _ in range(3)]
    first = articles[0]
    RelatedLink.objects.create(article=first, related=articles[1], rank=1, score=0.5)
    CommentFactory(article=first)
    now = timezone.now()
    window = timedelta(days=3)
    cases = [
        (_PUBLISHED_ARTICLE, (), {"slug": first.slug, "now": now}),
        (_BLOCKS, (), {"article_id": first.pk}),
        (_TAGS, (), {"article_id": first.pk}),
        (
            _STORY_MEMBERS,
            (16,),
            {"story_id": story.pk, "start": now - window, "end": now, "article_id": first.pk},
        ),
        (_SIMILAR_LINKS, (8,), {"article_id": first.pk}),
        (_APPROVED_COMMENTS, (), {"article_id": first.pk}),
    ]
    for baked, static, values in cases:
        made = baked(*static, **values)
        assert baked._plans[static].model is not None  # made straight from the rows
        expected = list(baked.build(*static, **values))
        assert made, baked.build
        assert [type(o) for o in made] == [type(o) for o in expected]
        assert [_state(o) for o in made] == [_state(o) for o in expected]
    assert {Block, Tag} <= {type(o) for b, s, v in cases[1:3] for o in b(*s, **v)}
