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
