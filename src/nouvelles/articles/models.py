"""Articles, their body blocks, and how they are grouped (category, tags, story)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nouvelles.articles.urls_by_slug import slug_url
from nouvelles.core.types import Block as BlockData
from nouvelles.core.types import BlockKind


class Category(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    no_ads = models.BooleanField(_("no ads"), default=False)
    comments_closed = models.BooleanField(_("comments closed"), default=False)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return slug_url("site:category", self.slug)


class Tag(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return slug_url("site:tag", self.slug)


class Author(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    bio = models.TextField(_("biography"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return slug_url("site:author", self.slug)


class Story(models.Model):
    """A group of articles about one event, across sources and languages."""

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = models.TextField(_("summary"), blank=True)
    title_locked = models.BooleanField(
        _("title locked"), default=False, help_text=_("Keep this title when articles join.")
    )
    is_open = models.BooleanField(_("open"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    first_published_at = models.DateTimeField(_("first article"), null=True, blank=True)
    last_published_at = models.DateTimeField(
        _("latest article"), null=True, blank=True, db_index=True
    )
    article_count = models.PositiveIntegerField(_("articles"), default=0)
    source_count = models.PositiveIntegerField(_("sources"), default=0)

    class Meta:
        ordering = ["-last_published_at"]
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return slug_url("site:story", self.slug)


class ArticleQuerySet(models.QuerySet):
    def published(self) -> ArticleQuerySet:
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def in_category(self, category: Category) -> ArticleQuerySet:
        return self.filter(category=category)

    def in_story(self, story: Story) -> ArticleQuerySet:
        return self.filter(story=story)


class Article(models.Model):
    """One article: the original as fetched, and the published text in the site language."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        REVIEW = "review", _("in review")
        PUBLISHED = "published", _("published")
        REJECTED = "rejected", _("rejected")
        DUPLICATE = "duplicate", _("duplicate")

    class TranslationState(models.TextChoices):
        NOT_NEEDED = "not_needed", _("not needed")
        PENDING = "pending", _("to translate")
        PARTIAL = "partial", _("incomplete")
        DONE = "done", _("translated")
        FAILED = "failed", _("failed")

    source = models.ForeignKey(
        "sources.Source",
        verbose_name=_("source"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    guid = models.CharField(_("feed GUID"), max_length=1000, blank=True, db_index=True)

    # The original, as fetched.
    original_url = models.URLField(_("original URL"), max_length=2000, blank=True)
    canonical_url = models.URLField(_("canonical URL"), max_length=2000, blank=True, db_index=True)
    original_title = models.CharField(_("original title"), max_length=500, blank=True)
    original_lead = models.TextField(_("original lead"), blank=True)
    original_language = models.CharField(_("original language"), max_length=12, blank=True)
    original_published_at = models.DateTimeField(_("originally published"), null=True, blank=True)
    original_updated_at = models.DateTimeField(_("originally updated"), null=True, blank=True)
    author = models.ForeignKey(
        Author,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    image_url = models.CharField(_("main image URL"), max_length=2000, blank=True)
    image_caption = models.CharField(_("image caption"), max_length=500, blank=True)
    image_credit = models.CharField(_("image credit"), max_length=300, blank=True)
    image_alt = models.CharField(_("image alternative text"), max_length=500, blank=True)
    content_hash = models.CharField(_("content hash"), max_length=64, blank=True, db_index=True)

    # The published text, in the site language.
    title = models.CharField(_("title"), max_length=500)
    lead = models.TextField(_("lead"), blank=True)
    language = models.CharField(_("language"), max_length=12)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="articles")
    story = models.ForeignKey(
        Story,
        verbose_name=_("story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )

    # Translation of the published text.
    translation_state = models.CharField(
        _("translation"),
        max_length=12,
        choices=TranslationState.choices,
        default=TranslationState.NOT_NEEDED,
        db_index=True,
    )
    machine_translated = models.BooleanField(_("machine translation"), default=False)
    translation_backend = models.CharField(_("translated by"), max_length=100, blank=True)
    translation_revised = models.BooleanField(_("translation revised by an editor"), default=False)
    translation_warnings = models.JSONField(_("translation warnings"), default=list, blank=True)
    translation_error = models.TextField(_("last translation error"), blank=True)

    # Presentation.
    no_ads = models.BooleanField(_("no ads"), default=False)
    comments_closed = models.BooleanField(_("comments closed"), default=False)
    correction = models.TextField(_("correction note"), blank=True)

    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["status", "-published_at"], name="article_status_pub"),
            models.Index(fields=["category", "status", "-published_at"], name="article_cat_pub"),
            # "Lire aussi" reads a story's members by date; without it SQLite walks
            # article_status_pub through the whole recency window (13 ms at 10,000 articles).
            models.Index(fields=["story", "status", "-published_at"], name="article_story_pub"),
            models.Index(fields=["source", "guid"], name="article_source_guid"),
        ]

    # Not a field: the article's blocks in order, as its writer has just stored them, set by
    # a writer that holds them for the save it is about to make (ingestion's, for the save
    # that publishes a new article), None otherwise. Receivers of that save (search
    # indexing) may read them instead of querying the blocks again.
    written_blocks: list[Block] | None = None

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return slug_url("site:article", self.slug)

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def is_translation(self) -> bool:
        return bool(self.original_language) and self.original_language != self.language

    def block_data(self) -> list[BlockData]:
        return [b.as_data() for b in self.blocks.all()]

    def original_block_data(self) -> list[BlockData]:
        return [b.as_original_data() for b in self.blocks.all()]


class Block(models.Model):
    """One body block of an article, with its original text beside the published one."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="blocks")
    position = models.PositiveIntegerField(_("position"))
    kind = models.CharField(
        _("kind"),
        max_length=12,
        choices=[(k.value, k.value) for k in BlockKind],
        default=BlockKind.PARAGRAPH,
    )
    text = models.TextField(_("text"), blank=True)
    original_text = models.TextField(_("original text"), blank=True)
    attrs = models.JSONField(_("attributes"), default=dict, blank=True)
    edited = models.BooleanField(
        _("edited by an editor"),
        default=False,
        help_text=_("Edited blocks are never overwritten by re-extraction or re-translation."),
    )

    class Meta:
        ordering = ["article", "position"]
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="block_article_position"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.position}"

    def as_data(self) -> BlockData:
        return BlockData(kind=BlockKind(self.kind), text=self.text, attrs=dict(self.attrs))

    def as_original_data(self) -> BlockData:
        return BlockData(
            kind=BlockKind(self.kind), text=self.original_text or self.text, attrs=dict(self.attrs)
        )

    @property
    def items(self) -> list[str]:
        """List items (one per line of text)."""
        return [line for line in self.text.splitlines() if line.strip()]
