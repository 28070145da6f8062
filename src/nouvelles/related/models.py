"""What story clustering and "Lire aussi" keep between two publications.

The pure logic lives in `nouvelles.core.clustering` / `core.similarity`; these
tables persist its state so each publication is handled incrementally:
article vectors, story centroids (with an inverted index of their terms),
document frequencies for IDF, and the precomputed "similar articles" links.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nouvelles.core.clustering import StoryState


class ArticleSketch(models.Model):
    """An article's feature vector as clustering saw it, and how it got its story."""

    article = models.OneToOneField(
        "articles.Article", primary_key=True, on_delete=models.CASCADE, related_name="sketch"
    )
    vector = models.JSONField(_("feature vector"), default=dict)
    score = models.FloatField(_("similarity with its story when it joined"), default=0.0)
    pinned = models.BooleanField(
        _("placed by an editor"),
        default=False,
        help_text=_("Clustering never moves an article an editor has placed."),
    )
    assigned_at = models.DateTimeField(_("assigned"), default=timezone.now)

    class Meta:
        verbose_name = _("article sketch")
        verbose_name_plural = _("article sketches")

    def __str__(self) -> str:
        return f"sketch of article {self.article_id}"


class StoryCentroid(models.Model):
    """A story's centroid (sum of its articles' vectors, cut to the heaviest terms)."""

    story = models.OneToOneField(
        "articles.Story", primary_key=True, on_delete=models.CASCADE, related_name="centroid"
    )
    centroid = models.JSONField(_("centroid"), default=dict)
    norm = models.FloatField(_("norm"), default=0.0)
    size = models.PositiveIntegerField(_("articles folded in"), default=0)
    first_at = models.DateTimeField(_("first article"), default=timezone.now)
    last_at = models.DateTimeField(_("last article"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("story centroid")
        verbose_name_plural = _("story centroids")

    def __str__(self) -> str:
        return f"centroid of story {self.story_id}"

    def as_state(self, is_open: bool = True) -> StoryState:
        return StoryState(
            key=self.story_id,
            centroid=dict(self.centroid),
            size=self.size,
            first_at=self.first_at.timestamp(),
            last_at=self.last_at.timestamp(),
            is_open=is_open,
            norm=self.norm,
        )


class StoryTerm(models.Model):
    """Inverted index: which stories have a term in their centroid, with its weight."""

    story = models.ForeignKey("articles.Story", on_delete=models.CASCADE, related_name="+")
    term = models.CharField(max_length=40)
    weight = models.FloatField()

    class Meta:
        verbose_name = _("story term")
        verbose_name_plural = _("story terms")
        constraints = [
            models.UniqueConstraint(fields=["story", "term"], name="storyterm_story_term"),
        ]
        indexes = [models.Index(fields=["term", "story"], name="storyterm_term_story")]

    def __str__(self) -> str:
        return f"{self.term} ({self.story_id})"


class TermFrequency(models.Model):
    """Document frequency of a term over all clustered articles (the row '' counts documents)."""

    term = models.CharField(max_length=40, primary_key=True)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("term frequency")
        verbose_name_plural = _("term frequencies")

    def __str__(self) -> str:
        return f"{self.term}: {self.documents}"


class RelatedLink(models.Model):
    """A precomputed "similar article" (outside the article's own story), best first."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="related_links"
    )
    related = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="+")
    rank = models.PositiveSmallIntegerField(_("rank"))
    score = models.FloatField(_("similarity"))

    class Meta:
        ordering = ["article", "rank"]
        verbose_name = _("related link")
        verbose_name_plural = _("related links")
        constraints = [
            models.UniqueConstraint(fields=["article", "related"], name="relatedlink_pair"),
        ]
        indexes = [models.Index(fields=["article", "rank"], name="relatedlink_article_rank")]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.related_id}"
