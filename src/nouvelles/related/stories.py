"""Stories: `assign_story(article)`, the one function the publish hook, the CLI and the admin call.

Glue over `nouvelles.core.clustering`: load the candidate stories through the
StoryTerm inverted index, let the pure `choose_story` decide, fold the article
into the centroid, and keep the Story's title, summary and counts in step.
Editors' decisions (`merge_stories`, `move_article`, `split_story`, a locked
title) are kept: placed articles are pinned, and rebuilds replay them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Max, Min, Q
from django.utils import timezone
from django.utils.text import slugify

from nouvelles.articles.models import Article, Story
from nouvelles.core.clustering import (
    ClusterParams,
    StoryState,
    add_to_centroid,
    central_member,
    choose_story,
    merge_centroids,
    remove_from_centroid,
    retrieval_terms,
)
from nouvelles.core.similarity import Vector, idf, term_counts, weigh_terms
from nouvelles.related.models import ArticleSketch, StoryCentroid, StoryTerm, TermFrequency

logger = logging.getLogger(__name__)

DOCUMENTS_ROW = ""  # TermFrequency row that counts documents


def cluster_params() -> ClusterParams:
    return ClusterParams(
        threshold=settings.NOUVELLES_STORY_THRESHOLD,
        entity_overlap=settings.NOUVELLES_STORY_ENTITY_OVERLAP,
        window_seconds=settings.NOUVELLES_STORY_WINDOW_HOURS * 3600,
    )


def is_visible(status: str, published_at: datetime | None, now: datetime) -> bool:
    """Published and not scheduled for later (`Article.objects.published()`, in Python).

    Queries by story check this in Python rather than in SQL: with a status condition,
    SQLite without ANALYZE statistics may pick the (status, published_at) index and scan
    weeks of articles instead of the story's few.
    """
    return status == Article.Status.PUBLISHED and published_at is not None and published_at <= now


def article_date(article: Article) -> datetime:
    """The date clustering and "Lire aussi" go by: publication, else the original's, else creation."""
    return article.published_at or article.original_published_at or article.created_at


def article_text(article: Article) -> tuple[str, str, str]:
    """Title, lead and body text in the site language (what readers see)."""
    body = "\n".join(
        b.text for b in article.blocks.all() if b.kind in {"paragraph", "heading", "quote", "list"}
    )
    return article.title, article.lead, body


def count_documents(terms: Iterable[str]) -> dict[str, float]:
    """Add one document to the frequencies and return the IDF of its terms (two queries)."""
    terms = sorted(set(terms))
    table = TermFrequency._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (term, documents) VALUES (%s, 1) "  # noqa: S608 - our table name
            f"ON CONFLICT (term) DO UPDATE SET documents = {table}.documents + 1",
            [(t,) for t in [DOCUMENTS_ROW, *terms]],
        )
    rows = dict(
        TermFrequency.objects.filter(term__in=[DOCUMENTS_ROW, *terms]).values_list(
            "term", "documents"
        )
    )
    documents = rows.get(DOCUMENTS_ROW, 1)
    return {t: idf(documents, rows.get(t, 1)) for t in terms}


def vectorize_article(article: Article, params: ClusterParams) -> tuple[Vector, frozenset[str]]:
    """The article's TF-IDF vector (counting it into the frequencies) and its entity terms."""
    counts = term_counts(*article_text(article))
    return weigh_terms(counts, count_documents(counts), params.article_terms), counts.entities


def candidate_stories(vector: Vector, at: datetime, params: ClusterParams) -> list[StoryState]:
    """Open stories near `at` sharing one of the vector's heaviest terms, with partial centroids.

    One query: the candidates are found through the article's heaviest terms
    (as the in-memory clusterer does), then all the terms they share with the
    article are loaded: all a dot product needs.
    """
    if not vector:
        return []
    window = timedelta(seconds=params.window_seconds)
    found = StoryTerm.objects.filter(
        term__in=retrieval_terms(vector, params),
        story__is_open=True,
        story__centroid__last_at__gte=at - window,
        story__centroid__first_at__lte=at + window,
    ).values("story_id")
    rows = StoryTerm.objects.filter(story_id__in=found, term__in=list(vector)).values_list(
        "story_id", "term", "weight", "story__centroid__norm", "story__centroid__first_at",
        "story__centroid__last_at", "story__centroid__size",
    )  # fmt: skip
    states: dict[int, StoryState] = {}
    for story_id, term, weight, norm, first_at, last_at, size in rows:
        state = states.get(story_id)
        if state is None:
            state = states[story_id] = StoryState(
                key=story_id, size=size, first_at=first_at.timestamp(),
                last_at=last_at.timestamp(), norm=norm,
            )  # fmt: skip
        state.centroid[term] = weight
    return [states[k] for k in sorted(states)]


def assign_story(article: Article, *, pinned_story: Story | None = None) -> Story | None:
    """Put a published article in its story (the best open one, or a new one); idempotent.

    An article already clustered keeps its story; `pinned_story` forces one
    (an editor's or a rebuild's decision). Returns the story, or None when the
    article is not published.
    """
    if article.status != Article.Status.PUBLISHED:
        return None
    params = cluster_params()
    with transaction.atomic():
        sketch = ArticleSketch.objects.filter(article=article).first()
        if sketch is not None and article.story_id and pinned_story is None:
            story = article.story
            refresh_story(story)
            return story
        at = article_date(article)
        close_stale_stories(at, params)
        vector, entities = vectorize_article(article, params)
        if pinned_story is not None:
            story, score = pinned_story, 1.0
        else:
            candidates = candidate_stories(vector, at, params)
            state, score = choose_story(
                vector, at.timestamp(), candidates, params, entities=entities
            )
            story = Story.objects.get(pk=state.key) if state else create_story(article)
            if state is None:
                score = 1.0
        fold_into_story(story, vector, at, params)
        article.story = story
        article.save(update_fields=["story"])
        ArticleSketch.objects.update_or_create(
            article=article,
            defaults={
                "vector": vector,
                "score": round(score, 4),
                "pinned": pinned_story is not None,
                "assigned_at": timezone.now(),
            },
        )
        refresh_story(story)
    return story


def create_story(article: Article) -> Story:
    base = slugify(article.title)[:80] or "story"
    slug = base
    n = 2
    while Story.objects.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return Story.objects.create(
        title=article.title[:300], slug=slug, summary=article.lead[:500], created_at=timezone.now()
    )


def load_state(story: Story) -> StoryState:
    centroid = StoryCentroid.objects.filter(story=story).first()
    return centroid.as_state(story.is_open) if centroid else StoryState(key=story.pk)


def save_state(story: Story, state: StoryState) -> None:
    """Persist a centroid and rewrite its inverted-index rows."""
    StoryCentroid.objects.update_or_create(
        story=story,
        defaults={
            "centroid": state.centroid,
            "norm": state.norm,
            "size": state.size,
            "first_at": datetime.fromtimestamp(state.first_at, tz=UTC)
            if state.size
            else timezone.now(),
            "last_at": datetime.fromtimestamp(state.last_at, tz=UTC)
            if state.size
            else timezone.now(),
        },
    )
    StoryTerm.objects.filter(story=story).delete()
    StoryTerm.objects.bulk_create(
        StoryTerm(story=story, term=t, weight=w) for t, w in sorted(state.centroid.items())
    )


def fold_into_story(story: Story, vector: Vector, at: datetime, params: ClusterParams) -> None:
    state = load_state(story)
    add_to_centroid(state, vector, at.timestamp(), params)
    save_state(story, state)


def close_stale_stories(now: datetime | None = None, params: ClusterParams | None = None) -> int:
    """Close the stories whose latest article is more than a window old; returns how many."""
    params = params or cluster_params()
    now = now or timezone.now()
    limit = now - timedelta(seconds=params.window_seconds)
    return Story.objects.filter(is_open=True, centroid__last_at__lt=limit).update(is_open=False)


def refresh_story(story: Story) -> None:
    """Recount a story's articles and sources, and retitle it unless the title is locked.

    The title and summary are those of the article closest to the centroid
    (among the 50 latest: a long story is named after its current state).
    """
    # Conditions on the story only in WHERE (see `visible`): the published filter is an
    # aggregate condition, so SQLite never trades the story index for the status one.
    now = timezone.now()
    visible = Q(status=Article.Status.PUBLISHED, published_at__lte=now)
    stats = Article.objects.filter(story=story).aggregate(
        articles=Count("id", filter=visible),
        sources=Count("source", distinct=True, filter=visible),
        first=Min("published_at", filter=visible),
        last=Max("published_at", filter=visible),
    )
    story.article_count = stats["articles"]
    story.source_count = stats["sources"]
    story.first_published_at = stats["first"]
    story.last_published_at = stats["last"]
    fields = ["article_count", "source_count", "first_published_at", "last_published_at"]
    if not story.title_locked:
        members = [
            (pk, title, lead, vector)
            for pk, title, lead, vector, status, published_at in Article.objects.filter(
                story=story, sketch__isnull=False
            )
            .order_by("-published_at", "-id")
            .values_list("id", "title", "lead", "sketch__vector", "status", "published_at")[:60]
            if is_visible(status, published_at, now)
        ][:50]
        if members:
            centroid = load_state(story).centroid
            best = central_member(centroid, ((pk, vec) for pk, _t, _l, vec in members))
            _pk, title, lead, _vec = next(m for m in members if m[0] == best)
            story.title, story.summary = title[:300], lead[:500]
            fields += ["title", "summary"]
    story.save(update_fields=[*fields, "updated_at"])


def top_stories(limit: int = 6, now: datetime | None = None) -> list[Story]:
    """Stories for the home page, ranked by recency and breadth of coverage.

    Stories with at least two articles whose latest article is under three
    days old; score = sources + articles/2, decayed by age (half-life 12 h).
    """
    now = now or timezone.now()
    recent = list(
        Story.objects.filter(
            article_count__gte=2, last_published_at__gte=now - timedelta(days=3)
        ).order_by("-last_published_at", "-id")[:200]
    )

    def rank(story: Story) -> tuple[float, int]:
        age_hours = (now - story.last_published_at).total_seconds() / 3600
        breadth = story.source_count + story.article_count / 2
        return (-breadth * 0.5 ** (max(age_hours, 0) / 12), -story.pk)

    return sorted(recent, key=rank)[:limit]


# --- editors' decisions ------------------------------------------------------------------


def pin_articles(articles: Iterable[Article]) -> None:
    ArticleSketch.objects.filter(article__in=[a.pk for a in articles]).update(pinned=True)


def merge_stories(target: Story, others: Iterable[Story]) -> Story:
    """Move every article of `others` into `target` and delete them; articles are pinned."""
    params = cluster_params()
    with transaction.atomic():
        state = load_state(target)
        for other in others:
            if other.pk == target.pk:
                continue
            merge_centroids(state, load_state(other), params)
            moved = list(Article.objects.filter(story=other))
            Article.objects.filter(story=other).update(story=target)
            pin_articles(moved)
            other.delete()
        pin_articles(Article.objects.filter(story=target))
        save_state(target, state)
        target.is_open = True
        target.save(update_fields=["is_open", "updated_at"])
        refresh_story(target)
    return target


def move_article(article: Article, target: Story) -> None:
    """Put one article in another story (the centroids follow); it stays there for good.

    The target's articles are pinned too, so a rebuild keeps them together.
    """
    with transaction.atomic():
        sketch = ArticleSketch.objects.filter(article=article).first()
        vector = sketch.vector if sketch else {}
        old = article.story
        if old is not None and old.pk != target.pk:
            state = load_state(old)
            remove_from_centroid(state, vector)
            save_state(old, state)
        if old is None or old.pk != target.pk:
            fold_into_story(target, vector, article_date(article), cluster_params())
        article.story = target
        article.save(update_fields=["story"])
        ArticleSketch.objects.update_or_create(article=article, defaults={"pinned": True})
        # The editor endorsed the target story as it is: its articles stay with it on rebuilds.
        pin_articles(Article.objects.filter(story=target))
        for story in {s for s in (old, target) if s is not None}:
            if story.pk and Article.objects.filter(story=story).exists():
                refresh_story(story)
            elif story.pk:
                story.delete()


def split_story(story: Story, articles: Iterable[Article], title: str = "") -> Story:
    """Move `articles` out of `story` into a new story; both sides are pinned as they are."""
    articles = list(articles)
    with transaction.atomic():
        first = min(articles, key=lambda a: (article_date(a), a.pk))
        new = create_story(first)
        if title:
            new.title, new.title_locked = title[:300], True
            new.save(update_fields=["title", "title_locked"])
        pin_articles(Article.objects.filter(story=story))
        for article in articles:
            move_article(article, new)
    return new


def lock_title(story: Story, title: str | None = None) -> None:
    """Keep the story's title (optionally set it) whatever articles join later."""
    story.title_locked = True
    if title:
        story.title = title[:300]
    story.save(update_fields=["title", "title_locked", "updated_at"])


# --- rebuild -----------------------------------------------------------------------------


def rebuild_stories() -> tuple[int, int]:
    """Recluster every published article from scratch, in publication order.

    Editors' decisions survive: pinned articles go back to their story first,
    stories with a locked title or pinned articles are kept; the others are
    recreated. Returns (articles assigned, stories).
    """
    with transaction.atomic():
        pinned = dict(
            ArticleSketch.objects.filter(pinned=True, article__story__isnull=False).values_list(
                "article_id", "article__story_id"
            )
        )
        keep = set(pinned.values()) | set(
            Story.objects.filter(title_locked=True).values_list("pk", flat=True)
        )
        Article.objects.exclude(pk__in=pinned).update(story=None)
        Story.objects.exclude(pk__in=keep).delete()
        StoryCentroid.objects.all().delete()
        StoryTerm.objects.all().delete()
        TermFrequency.objects.all().delete()
        ArticleSketch.objects.all().delete()
        Story.objects.filter(pk__in=keep).update(is_open=True)
        stories = {s.pk: s for s in Story.objects.filter(pk__in=keep)}
        count = 0
        ids = list(
            Article.objects.published().order_by("published_at", "id").values_list("pk", flat=True)
        )
        for pk in ids:
            article = Article.objects.get(pk=pk)
            story_id = pinned.get(article.pk)
            article.story = None
            assign_story(article, pinned_story=stories.get(story_id) if story_id else None)
            count += 1
        for story in Story.objects.filter(pk__in=keep).filter(~Q(articles__isnull=False)):
            story.delete()  # a kept story that no article came back to
    return count, Story.objects.count()


def assign_pending() -> list[Article]:
    """Assign every published article that has no story yet (e.g. after an import).

    An article that fails is logged and skipped; returns the articles assigned.
    """
    done = []
    for article in (
        Article.objects.published().filter(story__isnull=True).order_by("published_at", "id")
    ):
        try:
            assign_story(article)
        except Exception:
            logger.exception("could not assign article %s to a story", article.pk)
            continue
        done.append(article)
    return done
