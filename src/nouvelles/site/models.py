"""Site-wide settings, ad slots, and the content version that keys page caches."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import nh3
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SITE_SETTINGS_CACHE_KEY = "nouvelles:site-settings"


class SiteSettings(models.Model):
    """The one row of editable site settings (name, tagline, language, logo, handles)."""

    name = models.CharField(_("site name"), max_length=200, default="Nouvelles")
    tagline = models.CharField(_("tagline"), max_length=300, blank=True)
    language = models.CharField(
        _("language"),
        max_length=12,
        blank=True,
        help_text=_("Language of the site; empty uses NOUVELLES_SITE_LANGUAGE."),
    )
    logo = models.FileField(_("logo"), upload_to="site/", blank=True)
    x_handle = models.CharField(_("X handle"), max_length=100, blank=True)
    facebook_page = models.URLField(_("Facebook page"), blank=True)
    privacy_contact = models.EmailField(_("privacy contact"), blank=True)
    inline_related_after = models.PositiveIntegerField(
        _("inline 'Lire aussi' after paragraph"),
        default=0,
        help_text=_("0 turns the inline link off."),
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.pk = 1
        super().save(*args, **kwargs)
        cache.delete(SITE_SETTINGS_CACHE_KEY)
        bump_content_version()

    @property
    def site_language(self) -> str:
        return self.language or settings.NOUVELLES_SITE_LANGUAGE

    @classmethod
    def load(cls) -> SiteSettings:
        obj = cache.get(SITE_SETTINGS_CACHE_KEY)
        if obj is None:
            obj, _created = cls.objects.get_or_create(pk=1)
            cache.set(SITE_SETTINGS_CACHE_KEY, obj, 60)
        return obj


class AdSlot(models.Model):
    class Placement(models.TextChoices):
        IN_ARTICLE = "in_article", _("in the article, after paragraph N")
        SIDEBAR = "sidebar", _("sidebar")
        END_OF_ARTICLE = "end", _("end of article")

    name = models.CharField(_("name"), max_length=100)
    placement = models.CharField(_("placement"), max_length=12, choices=Placement.choices)
    after_paragraph = models.PositiveIntegerField(_("after paragraph"), default=3)
    html = models.TextField(
        _("HTML snippet"),
        blank=True,
        help_text=_("Sanitised on save: no scripts, no inline events."),
    )
    house_text = models.CharField(_("house ad text"), max_length=300, blank=True)
    house_url = models.URLField(_("house ad link"), blank=True)
    enabled = models.BooleanField(_("enabled"), default=True)
    excluded_categories = models.ManyToManyField(
        "articles.Category", verbose_name=_("excluded categories"), blank=True, related_name="+"
    )

    class Meta:
        ordering = ["placement", "after_paragraph"]
        verbose_name = _("ad slot")
        verbose_name_plural = _("ad slots")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.html = nh3.clean(self.html, link_rel="sponsored noopener noreferrer")
        super().save(*args, **kwargs)
        bump_content_version()


class ContentVersion(models.Model):
    """A counter bumped whenever anything shown on public pages changes.

    Page ETags and cache keys include it, so every process (web workers, task
    workers) invalidates every cached page by one UPDATE, with no cache to purge.
    """

    version = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("content version")

    def __str__(self) -> str:
        return str(self.version)


_batch = threading.local()  # .pending: None outside `one_content_version_bump`


def bump_content_version() -> None:
    """Mark all public pages stale (call after any change readers can see).

    Inside `one_content_version_bump()` (same thread) the bump is only noted."""
    if getattr(_batch, "pending", None) is not None:
        _batch.pending = True
        return
    _bump_now()


@contextmanager
def one_content_version_bump() -> Iterator[None]:
    """Bump the content version once, when the block ends, for all the changes made in it.

    For writers that commit many small transactions in a short burst (ingestion stores a
    chunk of articles, one transaction each): one UPDATE instead of one per article. Pages
    cached while the block runs may miss its changes until it ends (a fraction of a second
    for a chunk; other processes already see a bump up to a second late). The bump runs
    even if the block raises (what committed before must show)."""
    if getattr(_batch, "pending", None) is not None:
        yield  # nested: the outer block bumps
        return
    _batch.pending = False
    try:
        yield
    finally:
        pending, _batch.pending = _batch.pending, None
        if pending:
            _bump_now()


def _bump_now() -> None:
    updated = ContentVersion.objects.filter(pk=1).update(
        version=F("version") + 1, changed_at=timezone.now()
    )
    if not updated:
        ContentVersion.objects.get_or_create(pk=1)
    from nouvelles.site.pagecache import forget_page_state  # here: pagecache imports models

    forget_page_state()


def current_content_version() -> ContentVersion:
    obj = ContentVersion.objects.filter(pk=1).first()
    if obj is None:
        obj, _created = ContentVersion.objects.get_or_create(pk=1)
    return obj
