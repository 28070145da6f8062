"""Commenters' personal data: export, erasure, and the retention purge."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from nouvelles.comments.models import Comment


def export_commenter_data(email: str) -> dict:
    """Everything stored about the comments of `email`, as JSON-ready data."""
    comments = Comment.objects.by_email(email).select_related("article").order_by("created_at")
    return {
        "email": email.strip(),
        "exported_at": timezone.now().isoformat(),
        "comments": [
            {
                "id": c.pk,
                "article": c.article.title,
                "article_url": settings.NOUVELLES_SITE_URL.rstrip("/")
                + c.article.get_absolute_url(),
                "in_reply_to": c.parent_id,
                "name": c.name,
                "email": c.email,
                "website": c.website,
                "text": c.text,
                "status": c.status,
                "created_at": c.created_at.isoformat(),
                "ip_address": c.ip_address,
                "user_agent": c.user_agent,
                "spam_score": c.spam_score,
                "spam_reasons": c.spam_reasons,
            }
            for c in comments
        ],
    }


def erase_commenter_data(email: str) -> int:
    """Delete every comment of `email`. Other readers' replies to them stay, moved up a level."""
    with transaction.atomic():
        ids = list(Comment.objects.by_email(email).values_list("pk", flat=True))
        Comment.objects.filter(parent_id__in=ids).exclude(pk__in=ids).update(parent=None)
        deleted, _per_model = Comment.objects.filter(pk__in=ids).delete()
    return deleted


def purge_expired_personal_data(now=None) -> int:
    """Erase IP addresses and user agents older than NOUVELLES_COMMENTS_RETENTION_DAYS."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.NOUVELLES_COMMENTS_RETENTION_DAYS)
    with transaction.atomic():
        return Comment.objects.with_personal_data_older_than(cutoff).update(
            ip_address=None, user_agent=""
        )
