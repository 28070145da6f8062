"""The "similar articles" index behind "Lire aussi", updated when an article is published.

Articles of the same story are read live (they change as the story grows);
articles of *other* similar stories are precomputed here into RelatedLink rows:
the stories whose centroid is closest to the article (through the StoryTerm
inverted index) within the recency window, and from each the member closest
to the article. New articles also offer themselves to their neighbours.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.core.clustering import retrieval_terms
from nouvelles.core.similarity import Vector, dot, near_identical_titles
from nouvelles.related.models import ArticleSketch, RelatedLink, StoryTerm
from nouvelles.related.stories import article_date, cluster_params, is_visible

LINKS_KEPT = 8  # per article: twice what the page shows, to survive unpublishing


def related_window() -> timedelta:
    return timedelta(days=settings.NOUVELLES_RELATED_WINDOW_DAYS)


def similar_stories(article: Article, vector: Vector, limit: int) -> list[tuple[int, float]]:
    """(story id, score) of the closest other stories active within the window, best first."""
    if not vector:
        return []
    date, window = article_date(article), related_window()
    found = (
        StoryTerm.objects.filter(
            term__in=retrieval_terms(vector, cluster_params()),
            story__last_published_at__gte=date - window,
            story__first_published_at__lte=date + window,
        )
        .exclude(story_id=article.story_id)
        .values("story_id")
    )
    rows = StoryTerm.objects.filter(story_id__in=found, term__in=list(vector)).values_list(
        "story_id", "term", "weight", "story__centroid__norm"
    )
    scores: dict[int, float] = {}
    norms: dict[int, float] = {}
    for story_id, term, weight, norm in rows:
        scores[story_id] = scores.get(story_id, 0.0) + weight * vector[term]
        norms[story_id] = norm or 1.0
    ranked = sorted(((s / norms[k], k) for k, s in scores.items()), key=lambda x: (-x[0], x[1]))
    minimum = settings.NOUVELLES_RELATED_MIN_SCORE
    return [(k, score) for score, k in ranked if score >= minimum][:limit]


def find_similar_articles(article: Article, vector: Vector) -> list[tuple[int, float]]:
    """(article id, score): the best member of each similar story, never a duplicate or twin title."""
    stories = similar_stories(article, vector, LINKS_KEPT)
    if not stories:
        return []
    date, window = article_date(article), related_window()
    now = timezone.now()
    candidates = (
        Article.objects.filter(story_id__in=[k for k, _s in stories])
        .filter(published_at__gte=date - window, published_at__lte=date + window)
        .exclude(pk=article.pk)
        .values_list(
            "pk", "story_id", "title", "duplicate_of_id", "sketch__vector", "status",
            "published_at",
        )
    )  # fmt: skip
    best: dict[int, tuple[float, int, str]] = {}
    for pk, story_id, title, duplicate_of_id, other, status, published_at in candidates:
        if not is_visible(status, published_at, now):
            continue
        if is_duplicate_pair(article.pk, article.duplicate_of_id, pk, duplicate_of_id):
            continue
        if near_identical_titles(article.title, title):
            continue
        score = dot(vector, other or {})
        current = best.get(story_id)
        if current is None or (score, -pk) > (current[0], -current[1]):
            best[story_id] = (score, pk, title)
    story_scores = dict(stories)
    chosen = [(best[k][1], story_scores[k]) for k, _s in stories if k in best]
    return chosen[:LINKS_KEPT]


def is_duplicate_pair(a: int, a_dup: int | None, b: int, b_dup: int | None) -> bool:
    """True when one is the other's duplicate, or both duplicate the same original."""
    return a_dup == b or b_dup == a or (a_dup is not None and a_dup == b_dup)


def update_related(article: Article) -> int:
    """Recompute an article's similar-article links and offer it to its neighbours."""
    sketch = ArticleSketch.objects.filter(article=article).first()
    vector = sketch.vector if sketch else {}
    links = find_similar_articles(article, vector)
    with transaction.atomic():
        RelatedLink.objects.filter(article=article).delete()
        RelatedLink.objects.bulk_create(
            RelatedLink(article=article, related_id=pk, rank=rank, score=round(score, 4))
            for rank, (pk, score) in enumerate(links)
        )
        for pk, score in links:
            offer_link(pk, article.pk, score)
    return len(links)


def offer_link(article_id: int, related_id: int, score: float) -> None:
    """Add `related_id` to an article's links if it beats the weakest of them."""
    current = list(
        RelatedLink.objects.filter(article_id=article_id).values_list("related_id", "score")
    )
    if any(pk == related_id for pk, _s in current):
        return
    merged = sorted([*current, (related_id, score)], key=lambda x: (-x[1], x[0]))[:LINKS_KEPT]
    if all(pk != related_id for pk, _s in merged):
        return
    RelatedLink.objects.filter(article_id=article_id).delete()
    RelatedLink.objects.bulk_create(
        RelatedLink(article_id=article_id, related_id=pk, rank=rank, score=round(s, 4))
        for rank, (pk, s) in enumerate(merged)
    )
