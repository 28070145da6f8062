"""E-mails to moderators about comments waiting for them."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _

from nouvelles.comments.models import Comment


def moderator_addresses() -> list[str]:
    if settings.NOUVELLES_COMMENTS_MODERATORS:
        return list(settings.NOUVELLES_COMMENTS_MODERATORS)
    users = get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def notify_pending_comment(comment: Comment) -> int:
    """Tell moderators a comment is waiting; returns how many mails were sent (0 or 1)."""
    recipients = moderator_addresses()
    if not recipients or comment.status != Comment.Status.PENDING:
        return 0
    base = settings.NOUVELLES_SITE_URL.rstrip("/")
    admin_url = base + reverse("admin:comments_comment_change", args=[comment.pk])
    subject = _("New comment to moderate on “%(title)s”") % {"title": comment.article.title}
    body = "\n".join(
        [
            _("%(name)s wrote:") % {"name": comment.name},
            "",
            comment.text,
            "",
            _("Filter score: %(score)s") % {"score": comment.spam_score},
            _("Filter reasons: %(reasons)s") % {"reasons": "; ".join(comment.spam_reasons) or "-"},
            "",
            _("Moderate: %(url)s") % {"url": admin_url},
        ]
    )
    return send_mail(subject, body, None, recipients, fail_silently=False)
