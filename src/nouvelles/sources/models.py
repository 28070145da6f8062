"""News sources and the record of every fetch attempt."""

from __future__ import annotations

from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SourceQuerySet(models.QuerySet):
    def enabled(self) -> SourceQuerySet:
        return self.filter(enabled=True)

    def due(self, now=None) -> SourceQuerySet:
        """Enabled sources whose next fetch time has come (or that were never fetched)."""
        now = now or timezone.now()
        return self.enabled().filter(Q(next_fetch_at__isnull=True) | Q(next_fetch_at__lte=now))


class Source(models.Model):
    class ReusePolicy(models.TextChoices):
        FULL = "full", _("full text")
        EXCERPT = "excerpt", _("excerpt with link")
        LINK = "link", _("link only")

    class PublishMode(models.TextChoices):
        AUTO = "auto", _("publish automatically")
        REVIEW = "review", _("review before publishing")

    class TranslationPolicy(models.TextChoices):
        WAIT = "wait", _("publish once translated")
        ORIGINAL_FIRST = "original_first", _("publish the original at once, then the translation")

    name = models.CharField(_("name"), max_length=200)
    homepage = models.URLField(_("homepage"), max_length=2000, blank=True)
    feed_url = models.URLField(_("feed URL"), max_length=2000, unique=True)
    language = models.CharField(
        _("language"),
        max_length=12,
        default="auto",
        help_text=_("Language code of the source, or 'auto' to detect it per article."),
    )
    reuse_policy = models.CharField(
        _("reuse policy"), max_length=10, choices=ReusePolicy.choices, default=ReusePolicy.FULL
    )
    publish_mode = models.CharField(
        _("publishing"), max_length=10, choices=PublishMode.choices, default=PublishMode.AUTO
    )
    translation_policy = models.CharField(
        _("translation policy"),
        max_length=16,
        choices=TranslationPolicy.choices,
        default=TranslationPolicy.WAIT,
    )
    default_category = models.ForeignKey(
        "articles.Category",
        verbose_name=_("default category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category_map = models.JSONField(
        _("category mapping"),
        default=dict,
        blank=True,
        help_text=_("Feed category → category slug."),
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    fetch_interval = models.PositiveIntegerField(_("fetch interval (minutes)"), default=30)

    # Health.
    last_fetched_at = models.DateTimeField(_("last fetch"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True)
    consecutive_failures = models.PositiveIntegerField(_("consecutive failures"), default=0)
    disabled_reason = models.TextField(_("disabled because"), blank=True)
    next_fetch_at = models.DateTimeField(_("next fetch"), null=True, blank=True, db_index=True)
    failing_since = models.DateTimeField(_("failing since"), null=True, blank=True)
    last_warning = models.TextField(
        _("last warning"), blank=True, help_text=_("A readable but malformed feed, for instance.")
    )
    # A worker holds the source while it fetches it, so two workers never fetch it at once.
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)

    # Conditional GET.
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)

    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return self.name

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self.fetch_interval)


class FetchAttempt(models.Model):
    """One HTTP request made for a source: what was asked, what came back."""

    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.CASCADE, related_name="attempts"
    )
    url = models.URLField(max_length=2000)
    started_at = models.DateTimeField(default=timezone.now, db_index=True)
    status_code = models.PositiveIntegerField(null=True, blank=True)
    bytes = models.PositiveIntegerField(default=0)
    duration_ms = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("fetch attempt")
        verbose_name_plural = _("fetch attempts")

    def __str__(self) -> str:
        return f"{self.url} {self.status_code or self.error}"

    @property
    def ok(self) -> bool:
        return not self.error and self.status_code is not None and self.status_code < 400


class FeedItem(models.Model):
    """One entry of a source's feed, keyed by GUID or normalised link: the ledger that makes
    fetching idempotent (unique per source) and detects entries updated upstream."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="items")
    key = models.CharField(max_length=1000)
    url_hash = models.CharField(max_length=64, blank=True, db_index=True)
    article = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    entry_updated_at = models.DateTimeField(null=True, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    first_seen_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("feed item")
        verbose_name_plural = _("feed items")
        constraints = [
            models.UniqueConstraint(fields=["source", "key"], name="feeditem_source_key"),
        ]

    def __str__(self) -> str:
        return self.key


class RawPage(models.Model):
    """The fetched HTML of an article (zlib-compressed), kept for `nouvelles reextract`."""

    article = models.OneToOneField(
        "articles.Article", primary_key=True, on_delete=models.CASCADE, related_name="raw_page"
    )
    url = models.URLField(max_length=2000)
    html = models.BinaryField()
    fetched_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("raw page")
        verbose_name_plural = _("raw pages")

    def __str__(self) -> str:
        return self.url


class SourceBoilerplate(models.Model):
    """What the source's pages have in common (core.boilerplate.BoilerplateKnowledge)."""

    source = models.OneToOneField(
        Source, primary_key=True, on_delete=models.CASCADE, related_name="boilerplate"
    )
    pages = models.PositiveIntegerField(default=0)
    counts = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("learnt boilerplate")
        verbose_name_plural = _("learnt boilerplate")

    def __str__(self) -> str:
        return f"{self.source}: {self.pages} pages"


class ArticleSignature(models.Model):
    """An article's MinHash signature, for near-duplicate checks (core.dedupe)."""

    article = models.OneToOneField(
        "articles.Article", primary_key=True, on_delete=models.CASCADE, related_name="signature"
    )
    minhash = models.BinaryField()

    class Meta:
        verbose_name = _("article signature")

    def __str__(self) -> str:
        return str(self.article_id)


class NearDuplicateBand(models.Model):
    """The persisted LSH index: one row per (article, band key). Shared by every worker."""

    key = models.BigIntegerField(db_index=True)
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("near-duplicate band")

    def __str__(self) -> str:
        return f"{self.key}"
