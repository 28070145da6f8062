"""Related articles ("Lire aussi") for an article page, in a constant number of queries.

First the other articles of its story (other sources first: other angles),
then the precomputed similar articles of other stories (`related.index`),
all within the recency window around the article's date. Never the article
itself, its duplicates, unpublished articles, or near-identical titles.
Deterministic: same data, same list.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.core.similarity import similar_keys, title_key
from nouvelles.related.index import is_duplicate_pair, related_window
from nouvelles.related.models import RelatedLink
from nouvelles.related.stories import article_date, is_visible
from nouvelles.site.baked import DATETIME, INT, BakedQuery

# What "Lire aussi" shows and filters on; other fields are deferred (a template that
# wants more must add it here, or each item would cost a query).
SHOWN_FIELDS = (
    "id", "title", "slug", "status", "published_at", "story_id", "duplicate_of_id",
    "source_id", "source__name",
)  # fmt: skip


# The two queries, compiled once per process and limit (`site.baked`): same SQL, same objects.
_STORY_MEMBERS = BakedQuery(
    lambda count, story_id, start, end, article_id: (
        Article.objects.filter(story_id=story_id, published_at__gte=start, published_at__lte=end)
        .exclude(pk=article_id)
        .select_related("source")
        .only(*SHOWN_FIELDS)
        .order_by("-published_at", "-id")[:count]
    ),
    story_id=INT,
    start=DATETIME,
    end=DATETIME,
    article_id=INT,
)
_SIMILAR_LINKS = BakedQuery(
    lambda count, article_id: (
        RelatedLink.objects.filter(article_id=article_id)
        .select_related("related__source")
        .only("rank", *(f"related__{f}" for f in SHOWN_FIELDS))
        .order_by("rank")[:count]
    ),
    article_id=INT,
)


def related_articles(article: Article, limit: int = 4) -> list[Article]:
    """Up to `limit` related published articles, best first (two queries, whatever the data)."""
    if limit <= 0 or article.pk is None:
        return []
    date, window = article_date(article), related_window()
    now = timezone.now()
    siblings: list[Article] = []
    if article.story_id:
        # Only the story and the date range in SQL; status in Python (see `is_visible`).
        siblings = [
            a
            for a in _STORY_MEMBERS(
                limit * 4,
                story_id=article.story_id,
                start=date - window,
                end=min(date + window, now),
                article_id=article.pk,
            )
            if is_visible(a.status, a.published_at, now)
        ]
    links = _SIMILAR_LINKS(limit * 2, article_id=article.pk)
    similar = [
        link.related
        for link in links
        if link.related.status == Article.Status.PUBLISHED
        and link.related.published_at is not None
        and date - window <= link.related.published_at <= min(date + window, now)
    ]
    chosen: list[Article] = []
    seen_titles = [title_key(article.title)]
    for candidate in [*order_siblings(article, siblings), *similar]:
        if len(chosen) >= limit:
            break
        key = title_key(candidate.title)
        if acceptable(article, candidate, chosen) and not any(
            similar_keys(key, other) for other in seen_titles
        ):
            chosen.append(candidate)
            seen_titles.append(key)
    return chosen


def order_siblings(article: Article, siblings: Sequence[Article]) -> list[Article]:
    """Other sources first, one per source, newest first; then the rest."""
    ordered = sorted(
        siblings, key=lambda a: a.source_id is not None and a.source_id == article.source_id
    )
    first, rest, seen = [], [], {article.source_id}
    for sibling in ordered:
        if sibling.source_id is None or sibling.source_id not in seen:
            first.append(sibling)
            seen.add(sibling.source_id)
        else:
            rest.append(sibling)
    return first + rest


def acceptable(article: Article, candidate: Article, chosen: Sequence[Article]) -> bool:
    """Not the article itself, not already chosen, not one of its duplicates."""
    if candidate.pk == article.pk or any(c.pk == candidate.pk for c in chosen):
        return False
    return not is_duplicate_pair(
        article.pk, article.duplicate_of_id, candidate.pk, candidate.duplicate_of_id
    )


def inline_related_position(blocks: Sequence, after: int) -> int | None:
    """Index of the block after which the inline "Lire aussi" link goes, or None.

    After the `after`-th paragraph (counting paragraph blocks only), so never
    inside a quote or a list; None when `after` is 0 (off) or when the article
    has no further block (the list at the end already serves).
    """
    if after <= 0:
        return None
    paragraphs = 0
    for index, block in enumerate(blocks):
        kind = getattr(block, "kind", None)
        if str(getattr(kind, "value", kind)) == "paragraph":
            paragraphs += 1
            if paragraphs == after:
                return index if index < len(blocks) - 1 else None
    return None
