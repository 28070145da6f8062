"""Readers' comments. Plain text only: nothing from a comment is ever rendered as HTML."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CommentQuerySet(models.QuerySet):
    def approved(self) -> CommentQuerySet:
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self) -> CommentQuerySet:
        return self.filter(status=Comment.Status.PENDING)

    def by_email(self, email: str) -> CommentQuerySet:
        return self.filter(email__iexact=email.strip())

    def with_personal_data_older_than(self, cutoff) -> CommentQuerySet:
        """Comments created before `cutoff` that still hold an IP address or user agent."""
        return self.filter(created_at__lt=cutoff).filter(
            models.Q(ip_address__isnull=False) | ~models.Q(user_agent="")
        )


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        APPROVED = "approved", _("approved")
        SPAM = "spam", _("spam")
        DELETED = "deleted", _("deleted")

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("e-mail"), db_index=True)
    website = models.URLField(_("website"), blank=True)
    text = models.TextField(_("comment"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    spam_score = models.FloatField(_("spam score"), null=True, blank=True)
    spam_reasons = models.JSONField(_("filter reasons"), default=list, blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    fingerprint = models.CharField(
        _("text fingerprint"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_("Hash of the words, to spot the same text posted again."),
    )
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    learned_as = models.CharField(
        _("classifier learnt it as"),
        max_length=10,
        blank=True,
        help_text=_("Which moderator decision the classifier last learnt from this comment."),
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return f"{self.name}: {self.text[:40]}"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_status = instance.__dict__.get("status")
        return instance

    @property
    def readers_can_see_change(self) -> bool:
        """Is (or was, when loaded) this comment shown to readers? Held and spam ones are not."""
        approved = self.Status.APPROVED
        return self.status == approved or getattr(self, "_loaded_status", None) == approved


class ClassifierState(models.Model):
    """The spam classifier's learnt counts, shared by every process (one row per model name)."""

    name = models.CharField(_("name"), max_length=50, unique=True, default="default")
    state = models.BinaryField(_("state"), default=b"")
    version = models.PositiveIntegerField(_("version"), default=0)
    examples_seen = models.PositiveIntegerField(_("examples seen"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("spam classifier state")
        verbose_name_plural = _("spam classifier states")

    def __str__(self) -> str:
        return f"{self.name} v{self.version} ({self.examples_seen} examples)"
