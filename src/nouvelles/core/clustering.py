"""Online story clustering: each new article joins the best open story or starts one.

A story is its centroid: the sum of its articles' normalised vectors, cut to the
heaviest terms. A new article is compared with the stories still open (last
article within the time window) that share a term with it, through an inverted
index, so the cost does not grow with the number of stories ever seen. It joins
the best one at or above the threshold, else starts a new story; stories with
no article for a whole window are closed and leave the index.

The same pure functions (`choose_story`, `add_to_centroid`, ...) serve the
in-memory `OnlineClusterer` (benchmarks, evaluation, rebuilds) and the
database-backed assignment in `nouvelles.related.stories`. Everything is
deterministic: ties go to the oldest story (lowest key).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from nouvelles.core.similarity import DocumentFrequencies, Vector, entity_overlap, weigh_terms


@dataclass(frozen=True)
class ClusterParams:
    threshold: float = 0.25  # cosine(article, story centroid) needed to join
    window_seconds: float = 72 * 3600  # a story stays open this long after its last article
    article_terms: int = 40  # terms kept per article vector
    centroid_terms: int = 80  # terms kept per story centroid
    retrieval_terms: int = 12  # an article's heaviest terms used to find candidate stories
    entity_overlap: float = 0.4  # share of an article's entity weight a story must also have


DEFAULT_PARAMS = ClusterParams()


@dataclass
class StoryState:
    """What clustering needs of a story: its centroid and its time span."""

    key: int
    centroid: Vector = field(default_factory=dict)
    size: int = 0
    first_at: float = 0.0
    last_at: float = 0.0
    is_open: bool = True
    norm: float = 0.0

    def recompute_norm(self) -> None:
        self.norm = math.sqrt(sum(w * w for w in self.centroid.values()))


@dataclass(frozen=True)
class Assignment:
    story_key: int
    score: float  # cosine with the story's centroid before joining; 1.0 for a new story
    created: bool


def retrieval_terms(vector: Mapping[str, float], params: ClusterParams) -> list[str]:
    """The vector's heaviest terms (ties by term), used to look candidates up."""
    ranked = sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))
    return [term for term, _w in ranked[: params.retrieval_terms]]


def in_window(story: StoryState, at: float, params: ClusterParams) -> bool:
    """An article at `at` may join `story` only while the story is open and near in time."""
    if not story.is_open:
        return False
    return story.first_at - params.window_seconds <= at <= story.last_at + params.window_seconds


def score_story(vector: Mapping[str, float], story: StoryState) -> float:
    """Cosine between a normalised article vector and a story centroid."""
    if story.norm == 0:
        return 0.0
    if len(vector) > len(story.centroid):
        total = sum(w * vector.get(t, 0.0) for t, w in story.centroid.items())
    else:
        total = sum(w * story.centroid.get(t, 0.0) for t, w in vector.items())
    return total / story.norm


def choose_story(
    vector: Mapping[str, float],
    at: float,
    candidates: Iterable[StoryState],
    params: ClusterParams = DEFAULT_PARAMS,
    forbidden: frozenset[int] = frozenset(),
    entities: frozenset[str] = frozenset(),
) -> tuple[StoryState | None, float]:
    """The best candidate story at or above the threshold (ties: lowest key), with its score.

    A story must also share enough of the article's entity weight (names,
    places, figures): words alone make two earthquakes the same week look alike.
    """
    best: StoryState | None = None
    best_score = 0.0
    for story in candidates:
        if story.key in forbidden or not in_window(story, at, params):
            continue
        overlap = entity_overlap(vector, entities, story.centroid)
        if overlap is not None and overlap < params.entity_overlap:
            continue
        score = score_story(vector, story)
        if score > best_score or (
            score == best_score and best is not None and story.key < best.key
        ):
            best, best_score = story, score
    if best is None or best_score < params.threshold:
        return None, best_score
    return best, best_score


def add_to_centroid(
    story: StoryState,
    vector: Mapping[str, float],
    at: float,
    params: ClusterParams = DEFAULT_PARAMS,
) -> None:
    """Fold one article into a story: centroid sum (cut to the heaviest terms), size, time span."""
    centroid = dict(story.centroid)
    for term, weight in vector.items():
        centroid[term] = centroid.get(term, 0.0) + weight
    if len(centroid) > params.centroid_terms:
        centroid = dict(
            sorted(centroid.items(), key=lambda kv: (-kv[1], kv[0]))[: params.centroid_terms]
        )
    story.centroid = centroid
    story.recompute_norm()
    if story.size == 0:
        story.first_at = story.last_at = at
    else:
        story.first_at = min(story.first_at, at)
        story.last_at = max(story.last_at, at)
    story.size += 1


def remove_from_centroid(story: StoryState, vector: Mapping[str, float]) -> None:
    """Take one article out of a story's centroid (an editor moved it elsewhere)."""
    centroid = dict(story.centroid)
    for term, weight in vector.items():
        if term in centroid:
            left = centroid[term] - weight
            if left > 1e-9:
                centroid[term] = left
            else:
                del centroid[term]
    story.centroid = centroid
    story.recompute_norm()
    story.size = max(0, story.size - 1)


def merge_centroids(target: StoryState, other: StoryState, params: ClusterParams) -> None:
    """Fold story `other` into `target` (an editor merged them)."""
    centroid = dict(target.centroid)
    for term, weight in other.centroid.items():
        centroid[term] = centroid.get(term, 0.0) + weight
    target.centroid = dict(
        sorted(centroid.items(), key=lambda kv: (-kv[1], kv[0]))[: params.centroid_terms]
    )
    target.recompute_norm()
    if other.size:
        target.first_at = min(target.first_at, other.first_at) if target.size else other.first_at
        target.last_at = max(target.last_at, other.last_at)
    target.size += other.size


def central_member(
    centroid: Mapping[str, float], members: Iterable[tuple[int, Vector]]
) -> int | None:
    """The member closest to the centroid (ties: lowest key): its title names the story."""
    best_key, best_score = None, -1.0
    for key, vector in members:
        score = sum(w * centroid.get(t, 0.0) for t, w in vector.items())
        if score > best_score or (score == best_score and best_key is not None and key < best_key):
            best_key, best_score = key, score
    return best_key


class OnlineClusterer:
    """Streaming clustering in memory: `add(counts, at)` → Assignment, in about a millisecond.

    Keeps document frequencies (for IDF), open stories, an inverted index from
    term to open stories, and a heap of last-article times to close stale
    stories lazily. Story keys are 1, 2, 3... in creation order unless given.
    """

    def __init__(self, params: ClusterParams = DEFAULT_PARAMS) -> None:
        self.params = params
        self.frequencies = DocumentFrequencies()
        self.stories: dict[int, StoryState] = {}
        self.index: dict[str, set[int]] = {}
        self._expiry: list[tuple[float, int]] = []
        self._next_key = 1
        self.closed = 0

    def vectorize(self, counts: Mapping[str, float]) -> Vector:
        """Count the document into the frequencies, then weigh its terms by TF-IDF."""
        self.frequencies.add(counts.keys())
        idfs = {t: self.frequencies.idf(t) for t in counts}
        return weigh_terms(counts, idfs, self.params.article_terms)

    def add(
        self, counts: Mapping[str, float], at: float, pinned: int | None = None
    ) -> tuple[Assignment, Vector]:
        """Assign one article (term counts from `similarity.term_counts`) published at `at`.

        `pinned` forces the story (an editor's decision); that story is created if new.
        """
        self.close_stale(at)
        vector = self.vectorize(counts)
        if pinned is not None:
            story = self.stories.get(pinned)
            created = story is None
            if story is None:
                story = self._new_story(pinned)
            score = 1.0 if created else score_story(vector, story)
            self._join(story, vector, at)
            return Assignment(story.key, score, created), vector
        entities = getattr(counts, "entities", frozenset())
        story, score = choose_story(
            vector, at, self.candidates(vector), self.params, entities=entities
        )
        created = story is None
        if story is None:
            story, score = self._new_story(), 1.0
        self._join(story, vector, at)
        return Assignment(story.key, score, created), vector

    def candidates(self, vector: Mapping[str, float]) -> list[StoryState]:
        """Open stories sharing one of the vector's heaviest terms, in key order.

        Only the heaviest (rarest, most specific) terms are looked up: common
        words would pull in every open story for nothing, since a story that
        shares none of an article's specific terms cannot reach the threshold.
        """
        keys: set[int] = set()
        for term in retrieval_terms(vector, self.params):
            posting = self.index.get(term)
            if posting:
                keys |= posting
        return [self.stories[k] for k in sorted(keys)]

    def close_stale(self, now: float) -> int:
        """Close every story whose last article is more than a window before `now`."""
        closed = 0
        limit = now - self.params.window_seconds
        while self._expiry and self._expiry[0][0] < limit:
            last_at, key = heapq.heappop(self._expiry)
            story = self.stories.get(key)
            if story is None or not story.is_open or story.last_at != last_at:
                continue  # stale heap entry: the story got a newer article since
            story.is_open = False
            self._unindex(story, story.centroid)
            # Closed stories are dropped from memory: only the database keeps them.
            del self.stories[key]
            closed += 1
        self.closed += closed
        return closed

    def _new_story(self, key: int | None = None) -> StoryState:
        if key is None:
            while self._next_key in self.stories:
                self._next_key += 1
            key = self._next_key
        self._next_key = max(self._next_key, key + 1)
        story = StoryState(key=key)
        self.stories[key] = story
        return story

    def _join(self, story: StoryState, vector: Vector, at: float) -> None:
        before = set(story.centroid)
        add_to_centroid(story, vector, at, self.params)
        after = set(story.centroid)
        for term in before - after:
            posting = self.index.get(term)
            if posting is not None:
                posting.discard(story.key)
                if not posting:
                    del self.index[term]
        for term in after - before:
            self.index.setdefault(term, set()).add(story.key)
        heapq.heappush(self._expiry, (story.last_at, story.key))

    def _unindex(self, story: StoryState, terms: Iterable[str]) -> None:
        for term in terms:
            posting = self.index.get(term)
            if posting is not None:
                posting.discard(story.key)
                if not posting:
                    del self.index[term]
