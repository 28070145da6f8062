"""Background tasks of the comments app (django-tasks): thin callers of the one function each."""

from __future__ import annotations

from django_tasks import task

from nouvelles.comments.models import Comment


@task()
def notify_moderators(comment_id: int) -> int:
    from nouvelles.comments.notifications import notify_pending_comment

    comment = Comment.objects.select_related("article").filter(pk=comment_id).first()
    return notify_pending_comment(comment) if comment else 0


@task()
def learn_from_decision(comment_id: int, spam: bool) -> bool:
    """Teach the classifier (and Akismet) one moderator decision."""
    from nouvelles.comments.moderation import learn_comment_decision

    comment = Comment.objects.select_related("article").filter(pk=comment_id).first()
    if comment is None:
        return False
    learn_comment_decision(comment, spam)
    return True


@task()
def purge_comment_personal_data() -> int:
    """Daily: erase commenters' IP addresses and user agents past the retention period."""
    from nouvelles.comments.privacy import purge_expired_personal_data

    return purge_expired_personal_data()


PURGE_GUARD_KEY = "nouvelles:comments:purge-enqueued"
PURGE_EVERY_SECONDS = 24 * 3600


def enqueue_due_comment_tasks() -> list[str]:
    """Called on every scheduler tick: enqueue the daily purge when a day has passed.

    `cache.add` is atomic (locmem and Redis), so two schedulers never both enqueue it.
    """
    from django.core.cache import cache

    if cache.add(PURGE_GUARD_KEY, 1, timeout=PURGE_EVERY_SECONDS):
        purge_comment_personal_data.enqueue()
        return ["purge_comment_personal_data"]
    return []
