"""What the translation app stores: the cache, the glossary, per-pair routes, jobs and attempts."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from nouvelles.core.glossary import GlossaryTerm


class CachedTranslation(models.Model):
    """One translated segment. The key hashes route, languages, matching glossary terms and text."""

    key = models.CharField(_("key"), max_length=64, unique=True)
    backend = models.CharField(_("backend"), max_length=300)
    source_language = models.CharField(_("source language"), max_length=12)
    target_language = models.CharField(_("target language"), max_length=12)
    glossary_hash = models.CharField(_("glossary terms hash"), max_length=16, blank=True)
    source_text = models.TextField(_("source text"))
    translated_text = models.TextField(_("translated text"))
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("cached translation")
        verbose_name_plural = _("cached translations")

    def __str__(self) -> str:
        return self.source_text[:80]


class GlossaryEntryQuerySet(models.QuerySet):
    def for_pair(self, source: str, target: str) -> GlossaryEntryQuerySet:
        return self.filter(
            models.Q(source_language="") | models.Q(source_language=source),
            models.Q(target_language="") | models.Q(target_language=target),
        )


class GlossaryEntry(models.Model):
    """A term of the site glossary: always translated the same way, or kept as it is."""

    term = models.CharField(_("term"), max_length=200)
    translation = models.CharField(
        _("translation"),
        max_length=300,
        blank=True,
        help_text=_("Leave empty to keep the term as it is (names, brands)."),
    )
    source_language = models.CharField(
        _("source language"), max_length=12, blank=True, help_text=_("Empty: any language.")
    )
    target_language = models.CharField(
        _("target language"), max_length=12, blank=True, help_text=_("Empty: the site language.")
    )
    case_sensitive = models.BooleanField(_("case sensitive"), default=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = GlossaryEntryQuerySet.as_manager()

    class Meta:
        ordering = ["term"]
        verbose_name = _("glossary entry")
        verbose_name_plural = _("glossary")
        constraints = [
            models.UniqueConstraint(
                fields=["term", "source_language", "target_language"], name="glossary_term_pair"
            )
        ]

    def __str__(self) -> str:
        return f"{self.term} → {self.translation or self.term}"

    def as_term(self) -> GlossaryTerm:
        return GlossaryTerm(self.term, self.translation, self.case_sensitive)


class LanguagePair(models.Model):
    """Editor-set routing for one pair: backends to try in order, and a pivot language."""

    source = models.CharField(_("source language"), max_length=12)
    target = models.CharField(_("target language"), max_length=12)
    backends = models.CharField(
        _("backends"),
        max_length=300,
        help_text=_("Aliases from NOUVELLES_TRANSLATION, in the order to try, comma-separated."),
    )
    pivot = models.CharField(
        _("pivot language"),
        max_length=12,
        blank=True,
        help_text=_("Language to go through when no backend translates the pair directly."),
    )
    enabled = models.BooleanField(_("enabled"), default=True)

    class Meta:
        ordering = ["source", "target"]
        verbose_name = _("language pair")
        verbose_name_plural = _("language pairs")
        constraints = [
            models.UniqueConstraint(fields=["source", "target"], name="language_pair_unique")
        ]

    def __str__(self) -> str:
        return f"{self.source} → {self.target}"

    @property
    def backend_list(self) -> list[str]:
        return [a.strip() for a in self.backends.split(",") if a.strip()]


class TranslationJob(models.Model):
    """An article's translation: how it went, when to try again, which route answered."""

    article = models.OneToOneField(
        "articles.Article", on_delete=models.CASCADE, related_name="translation_job"
    )
    attempts = models.PositiveIntegerField(_("failed attempts in a row"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True, db_index=True)
    route = models.CharField(_("route"), max_length=300, blank=True)
    pivot_language = models.CharField(_("pivot language"), max_length=12, blank=True)
    segments_total = models.PositiveIntegerField(_("segments"), default=0)
    segments_done = models.PositiveIntegerField(_("segments translated"), default=0)
    # The article has no "original" fields for its main image: kept here.
    original_image_caption = models.CharField(
        _("original image caption"), max_length=500, blank=True
    )
    original_image_alt = models.CharField(_("original image alt text"), max_length=500, blank=True)
    # What the article's current translation was made from and is (see fingerprint.py):
    # a re-run finding the same value skips the article. Empty: unknown, translate.
    fingerprint = models.CharField(_("translation fingerprint"), max_length=64, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("translation job")
        verbose_name_plural = _("translation jobs")

    def __str__(self) -> str:
        return f"{self.article_id}: {self.segments_done}/{self.segments_total}"


class TranslationAttempt(models.Model):
    """One run of translate_article: what was sent, what came from the cache, what failed."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="translation_attempts"
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now, db_index=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)
    route = models.CharField(_("route"), max_length=300, blank=True)
    segments_total = models.PositiveIntegerField(_("segments"), default=0)
    segments_cached = models.PositiveIntegerField(_("from the cache"), default=0)
    segments_sent = models.PositiveIntegerField(_("sent to the backend"), default=0)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("translation attempt")
        verbose_name_plural = _("translation attempts")

    def __str__(self) -> str:
        return f"{self.article_id} {self.started_at:%Y-%m-%d %H:%M} {self.error or 'ok'}"

    @property
    def ok(self) -> bool:
        return not self.error
