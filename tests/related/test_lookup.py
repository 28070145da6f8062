""" "Lire aussi": same story first, then similar; never self, duplicates, unpublished,
twin titles or out-of-window articles; constant query count; inline position."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from nouvelles.articles.models import Article, Block
from nouvelles.articles.publish import unpublish_article
from nouvelles.core.types import BlockKind
from nouvelles.related.lookup import inline_related_position, related_articles
from nouvelles.related.models import RelatedLink
from tests.related.helpers import QUAKE, STRIKE, T0, hours, publish

pytestmark = pytest.mark.django_db

AID = (
    "es",
    "Séisme d'Arequipa : l'aide internationale afflue au Pérou",
    "Des équipes de secours de plusieurs pays sont arrivées à Arequipa, où le séisme a fait 41 morts.",
    "Les avions chargés de tentes et de vivres se posent à Arequipa.",
)


def pks(items) -> list[int]:
    return [a.pk for a in items]


def test_same_story_first_then_similar_stories():
    quake = [publish(spec, T0 + hours(i)) for i, spec in enumerate(QUAKE[:3])]
    strike = publish(STRIKE, T0 + hours(4))  # shares "Pérou", "Rosa Quispe": a weak neighbour
    related = related_articles(quake[0], 4)
    assert pks(related[:2]) == pks([quake[2], quake[1]])  # its story, newest first
    assert quake[0] not in related
    assert all(a.title in {q.title for q in quake} | {strike.title} for a in related)


def test_other_sources_come_before_the_same_source():
    first = publish(QUAKE[0], T0)
    same_source = publish(QUAKE[1], T0 + hours(2), source=first.source)
    other_source = publish(QUAKE[2], T0 + hours(1))
    assert pks(related_articles(first, 2)) == [other_source.pk, same_source.pk]


def test_duplicates_either_way_are_excluded():
    original = publish(QUAKE[0], T0)
    copy = publish(QUAKE[1], T0 + hours(1), duplicate_of=original)
    sibling = publish(QUAKE[2], T0 + hours(2))
    assert copy.pk not in pks(related_articles(original))
    assert original.pk not in pks(related_articles(copy))
    assert pks(related_articles(copy)) == [sibling.pk]


def test_unpublished_articles_are_excluded():
    a, b = publish(QUAKE[0], T0), publish(QUAKE[1], T0 + hours(1))
    assert pks(related_articles(a)) == [b.pk]
    unpublish_article(b)
    assert related_articles(a) == []


def test_near_identical_titles_are_excluded():
    a = publish(QUAKE[0], T0)
    twin = publish(("en", QUAKE[0][1] + " !", QUAKE[1][2], QUAKE[1][3]), T0 + hours(1))
    other = publish(QUAKE[2], T0 + hours(2))
    assert twin.story_id == a.story_id
    assert pks(related_articles(a)) == [other.pk]


@pytest.mark.parametrize(("days", "shown"), [(29, True), (30, True), (31, False)])
def test_recency_window_below_at_and_after(days, shown, settings):
    settings.NOUVELLES_STORY_WINDOW_HOURS = 24 * 40  # one long story, to test the related window
    a = publish(QUAKE[0], T0)
    later = publish(QUAKE[1], T0 + timedelta(days=days))
    assert later.story_id == a.story_id
    assert (later.pk in pks(related_articles(a))) is shown


def test_similar_links_respect_the_window(settings):
    quake = publish(QUAKE[0], T0)
    aid = publish(AID, T0 + timedelta(days=5))  # a different story (closed window), same subject
    assert aid.story_id != quake.story_id
    assert pks(related_articles(quake)) == [aid.pk]
    settings.NOUVELLES_RELATED_WINDOW_DAYS = 4
    assert related_articles(quake) == []
    assert RelatedLink.objects.filter(article=quake, related=aid).exists()


def test_titles_are_whole_and_deterministic():
    long_title = "Séisme d'Arequipa : " + "les secours poursuivent leurs recherches " * 8
    a = publish(QUAKE[0], T0)
    b = publish(("en", long_title, QUAKE[1][2], QUAKE[1][3]), T0 + hours(1))
    related = related_articles(a)
    assert related[0].title == b.title == long_title
    assert pks(related_articles(a)) == pks(related)


def test_query_count_is_constant():
    few = publish(QUAKE[0], T0)
    many = [publish(spec, T0 + hours(10 + i)) for i, spec in enumerate([STRIKE, *QUAKE[1:], AID])]
    counts = []
    for article in [few, many[-1]]:
        article = Article.objects.get(pk=article.pk)
        with CaptureQueriesContext(connection) as queries:
            items = related_articles(article)
            [(a.title, a.source.name, a.published_at) for a in items]
        counts.append(len(queries))
    assert counts[0] == counts[1] == 2


def test_article_page_query_count_does_not_grow_with_related(client):
    lonely = publish(
        ("fr", "Un concours de pâtisserie à Lyon", "Des chefs à Lyon.", "Gâteaux."), T0
    )
    quake = [publish(spec, T0 + hours(i)) for i, spec in enumerate(QUAKE)]
    # Warm-up on another page: the first request creates SiteSettings. Each measured page is
    # requested once only (a second request would come from the page cache).
    client.get(quake[3].get_absolute_url())
    counts = []
    for article in [lonely, quake[0]]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(article.get_absolute_url())
        assert response.status_code == 200
        counts.append(len(queries))
    assert len(related_articles(quake[0])) == 3 and related_articles(lonely) == []
    assert counts[0] == counts[1]


def blocks(*kinds: str) -> list[Block]:
    return [Block(position=i, kind=k, text=k) for i, k in enumerate(kinds)]


@pytest.mark.parametrize(
    ("kinds", "after", "expected"),
    [
        (["paragraph", "paragraph", "paragraph"], 2, 1),
        (["paragraph", "quote", "paragraph", "paragraph"], 2, 2),  # quotes don't count
        (["paragraph", "paragraph", "quote", "paragraph"], 2, 1),  # before the quote, not in it
        (["paragraph", "paragraph"], 2, None),  # nothing after: the list at the end serves
        (["paragraph", "paragraph", "paragraph"], 0, None),  # off
        (["quote", "list"], 1, None),
    ],
)
def test_inline_related_position(kinds, after, expected):
    assert inline_related_position(blocks(*kinds), after) == expected
    assert BlockKind.PARAGRAPH == "paragraph"
