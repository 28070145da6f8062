"""Stories on the site: assignment on publish, windows, counts, editors' decisions, CLI."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import override_settings

from nouvelles.articles.models import Article, Story
from nouvelles.articles.publish import unpublish_article
from nouvelles.related.models import ArticleSketch, StoryCentroid
from nouvelles.related.stories import (
    assign_story,
    lock_title,
    merge_stories,
    move_article,
    rebuild_stories,
    split_story,
    top_stories,
)
from tests.factories import ArticleFactory
from tests.related.helpers import QUAKE, STRIKE, T0, hours, publish

pytestmark = pytest.mark.django_db


def story_of(article: Article) -> int | None:
    article.refresh_from_db()
    return article.story_id


def test_publishing_assigns_one_story_across_languages_and_counts_sources():
    articles = [publish(spec, T0 + hours(i)) for i, spec in enumerate(QUAKE[:3])]
    assert len({a.story_id for a in articles}) == 1
    story = Story.objects.get(pk=articles[0].story_id)
    assert (story.article_count, story.source_count) == (3, 3)
    assert story.is_open
    assert story.title in {a.title for a in articles}  # the most central article names it
    assert story.first_published_at == T0 and story.last_published_at == T0 + hours(2)


def test_distractor_same_country_same_week_gets_its_own_story():
    quake = [publish(spec, T0 + hours(i)) for i, spec in enumerate(QUAKE[:3])]
    strike = publish(STRIKE, T0 + hours(5))
    assert strike.story_id != quake[0].story_id
    assert Story.objects.count() == 2


@pytest.mark.parametrize(("gap_hours", "joins"), [(71, True), (72, True), (73, False)])
def test_window_below_at_and_after(gap_hours, joins):
    first = publish(QUAKE[0], T0)
    later = publish(QUAKE[1], T0 + hours(gap_hours))
    assert (later.story_id == first.story_id) is joins
    if not joins:
        assert not Story.objects.get(pk=first.story_id).is_open  # closed: dead for a window


def test_publishing_again_does_not_fold_the_article_twice():
    article = publish(QUAKE[0], T0)
    assign_story(article)
    assign_story(article)
    assert StoryCentroid.objects.get(story_id=article.story_id).size == 1


def test_unpublished_article_is_not_assigned_and_unpublishing_recounts():
    draft = ArticleFactory(status=Article.Status.DRAFT)
    assert assign_story(draft) is None
    a, b = publish(QUAKE[0], T0), publish(QUAKE[1], T0 + hours(1))
    unpublish_article(b)
    assert Story.objects.get(pk=a.story_id).article_count == 1


def test_failure_while_clustering_never_blocks_publishing(monkeypatch):
    def broken(article):
        raise RuntimeError("boom")

    monkeypatch.setattr("nouvelles.related.signals.assign_story", broken)
    article = publish(QUAKE[0], T0)
    assert article.status == Article.Status.PUBLISHED and article.story_id is None


def test_editor_merge_is_kept_by_rebuild():
    quake = publish(QUAKE[0], T0)
    strike = publish(STRIKE, T0 + hours(1))
    merged_away = strike.story_id
    target = merge_stories(quake.story, [strike.story])
    assert story_of(strike) == target.pk
    assert not Story.objects.filter(pk=merged_away).exists()
    assert ArticleSketch.objects.filter(pinned=True).count() == 2
    rebuild_stories()
    assert story_of(quake) == story_of(strike)
    # A later article about the strike follows the merged story, as the editor wanted.
    follow = publish(
        (STRIKE[0], "La grève chez Minera Andina continue à Lima", STRIKE[2], STRIKE[3]),
        T0 + hours(3),
    )
    assert follow.story_id == story_of(quake)


def test_editor_move_is_kept_by_rebuild_and_moves_the_centroid():
    quake = [publish(spec, T0 + hours(i)) for i, spec in enumerate(QUAKE[:3])]
    strike = publish(STRIKE, T0 + hours(4))
    move_article(quake[2], strike.story)
    assert story_of(quake[2]) == strike.story_id
    assert StoryCentroid.objects.get(story_id=quake[0].story_id).size == 2
    assert Story.objects.get(pk=strike.story_id).article_count == 2
    rebuild_stories()
    assert story_of(quake[2]) == story_of(strike) != story_of(quake[0])


def test_editor_split_is_kept_by_rebuild():
    quake = [publish(spec, T0 + hours(i)) for i, spec in enumerate(QUAKE)]
    old = quake[0].story
    new = split_story(old, quake[2:], title="L'aide d'urgence après le séisme")
    assert {story_of(a) for a in quake[2:]} == {new.pk}
    assert {story_of(a) for a in quake[:2]} == {old.pk}
    rebuild_stories()
    assert {story_of(a) for a in quake[2:]} == {new.pk}
    assert {story_of(a) for a in quake[:2]} == {old.pk}
    assert Story.objects.get(pk=new.pk).title == "L'aide d'urgence après le séisme"


def test_locked_title_survives_new_articles():
    first = publish(QUAKE[0], T0)
    story = first.story
    lock_title(story, "Le séisme d'Arequipa")
    for i, spec in enumerate(QUAKE[1:], start=1):
        publish(spec, T0 + hours(i))
    story.refresh_from_db()
    assert story.title == "Le séisme d'Arequipa" and story.article_count == 4


def test_cli_assigns_pending_and_rebuilds(capsys):
    # Published outside publish_article (e.g. an import): no story yet.
    articles = [
        ArticleFactory(title=t, lead=lead, published_at=T0 + hours(i), original_language=lang,
                       blocks=[("paragraph", body, body, {})])
        for i, (lang, t, lead, body) in enumerate(QUAKE)
    ]  # fmt: skip
    call_command("stories", "assign", "--pending")
    assert "4 articles assigned" in capsys.readouterr().out
    assert len({story_of(a) for a in articles}) == 1
    call_command("stories", "rebuild")
    assert "4 articles in 1 stories" in capsys.readouterr().out


@override_settings(NOUVELLES_STORY_THRESHOLD=0.99)
def test_threshold_setting_is_used():
    a, b = publish(QUAKE[0], T0), publish(QUAKE[1], T0 + hours(1))
    assert a.story_id != b.story_id


def test_top_stories_rank_recent_and_broad_coverage_first():
    quake = [publish(spec, T0 + hours(i)) for i, spec in enumerate(QUAKE)]
    strike = [
        publish(STRIKE, T0 + hours(4)),
        publish(
            (STRIKE[0], "Minera Andina : la grève se durcit à Lima", STRIKE[2], STRIKE[3]),
            T0 + hours(5),
        ),
    ]
    lonely = publish(
        ("fr", "Un concours de pâtisserie à Lyon", "Des chefs à Lyon.", "Gâteaux."), T0 + hours(6)
    )
    ranked = top_stories(5, now=T0 + hours(7))
    assert [s.pk for s in ranked] == [quake[0].story_id, strike[0].story_id]
    assert lonely.story_id not in [s.pk for s in ranked]  # one article is not a story yet
    assert top_stories(5, now=T0 + hours(24 * 4)) == []  # nothing recent
