"""Accepting comments and moderating them: the one place a comment's status changes.

`submit_comment` runs the spam backends, routes the comment by its score and stores it;
`moderate_comments` applies a moderator's decision, teaches the learning backends and
tells Akismet. Views, admin actions, tasks and commands all call these.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from nouvelles.comments.models import Comment
from nouvelles.comments.spam.base import get_backends
from nouvelles.core.spam_features import CommentSubmission, fingerprint_text
from nouvelles.core.spam_rules import route_comment
from nouvelles.core.types import Verdict

logger = logging.getLogger("nouvelles.comments")


def comments_closed_reason(article, now=None) -> str:
    """Why comments are closed on `article` ('' when open)."""
    now = now or timezone.now()
    if article.comments_closed:
        return "closed on this article"
    if article.category_id and article.category.comments_closed:
        return "closed in this category"
    days = settings.NOUVELLES_COMMENTS_CLOSE_AFTER_DAYS
    if days and article.published_at and now - article.published_at > timedelta(days=days):
        return f"closed {days} days after publication"
    return ""


def comments_open(article, now=None) -> bool:
    return not comments_closed_reason(article, now)


def is_trusted(email: str) -> bool:
    """A commenter with an approved comment under this e-mail address is trusted."""
    return Comment.objects.by_email(email).approved().exists()


def thread_parent(parent: Comment | None) -> Comment | None:
    """Replies are two levels deep: a reply to a reply hangs under the top-level comment."""
    if parent is not None and parent.parent_id:
        return parent.parent
    return parent


@dataclass(frozen=True, slots=True)
class FilterResult:
    verdicts: list[Verdict]
    score: float

    @property
    def reasons(self) -> list[str]:
        return [v.reason for v in self.verdicts if v.reason]


def filter_submission(submission: CommentSubmission) -> FilterResult:
    """Run every configured backend; the comment's score is the strongest objection,
    or the classifier's probability when nothing objects."""
    verdicts: list[Verdict] = []
    for backend in get_backends():
        verdicts.extend(backend.check(submission))
    scores = [v.score for v in verdicts if v.score is not None and (not v.ok or v.score > 0)]
    return FilterResult(verdicts=verdicts, score=max(scores, default=0.0))


def submission_of(comment: Comment) -> CommentSubmission:
    return CommentSubmission(
        text=comment.text,
        name=comment.name,
        email=comment.email,
        website=comment.website,
        ip_address=comment.ip_address or "",
        user_agent=comment.user_agent,
        permalink=settings.NOUVELLES_SITE_URL.rstrip("/") + comment.article.get_absolute_url(),
        language=comment.article.language,
    )


def submit_comment(
    article,
    *,
    name: str,
    email: str,
    text: str,
    website: str = "",
    parent: Comment | None = None,
    ip_address: str = "",
    user_agent: str = "",
) -> Comment:
    """Filter and store a reader's comment; moderators hear about it when it is held."""
    comment = Comment(
        article=article,
        parent=thread_parent(parent),
        name=name.strip(),
        email=email.strip(),
        website=website.strip(),
        text=text.strip(),
        ip_address=ip_address or None,
        user_agent=user_agent[:500],
    )
    result = filter_submission(submission_of(comment))
    comment.spam_score = round(result.score, 4)
    comment.spam_reasons = result.reasons
    comment.fingerprint = fingerprint_text(comment.text)
    comment.status = route_comment(
        result.score,
        trusted=is_trusted(comment.email),
        hold_first_time=settings.NOUVELLES_COMMENTS_HOLD_FIRST_TIME,
        spam_threshold=settings.NOUVELLES_COMMENTS_SPAM_THRESHOLD,
        pending_threshold=settings.NOUVELLES_COMMENTS_PENDING_THRESHOLD,
    )
    # The comment and whatever its save changes (an approved one bumps the pages'
    # version) commit together or not at all, before the reader is told anything.
    # Telling moderators is a side effect of the commit: it never runs for a comment
    # that was rolled back, and its failure never turns a stored comment into an error
    # (the reader would send it again).
    with transaction.atomic():
        comment.save()
        if comment.status == Comment.Status.PENDING:
            transaction.on_commit(partial(_enqueue_notification, comment.pk))
    logger.info(
        "comment %s on article %s: %s (score %.2f; %s)",
        comment.pk,
        article.pk,
        comment.status,
        result.score,
        "; ".join(result.reasons),
    )
    return comment


def _enqueue_notification(comment_id: int) -> None:
    """Queue the moderators' e-mail; a failure is logged, the comment stays in the queue."""
    from nouvelles.comments.tasks import notify_moderators

    try:
        notify_moderators.enqueue(comment_id)
    except Exception:
        logger.exception(
            "comment %s stored, but its moderator notification could not be queued", comment_id
        )


DECISIONS = {
    Comment.Status.APPROVED: False,  # "not spam"
    Comment.Status.SPAM: True,
}


def moderate_comments(comments: Iterable[Comment], status: str) -> int:
    """Give `comments` a new status. Approve/spam decisions teach the learning backends."""
    status = Comment.Status(status)
    changed = 0
    for comment in comments:
        if comment.status == status:
            continue
        with transaction.atomic():
            comment.status = status
            comment.moderated_at = timezone.now()
            comment.save(update_fields=["status", "moderated_at"])
        changed += 1
        if status in DECISIONS:
            _enqueue_learning(comment.pk, DECISIONS[status])
    return changed


def _enqueue_learning(comment_id: int, spam: bool) -> None:
    """Queue the lesson for the classifier; a failure is logged (the decision stands)."""
    from nouvelles.comments.tasks import learn_from_decision

    try:
        learn_from_decision.enqueue(comment_id, spam)
    except Exception:
        logger.exception(
            "comment %s moderated, but the classifier lesson was not queued", comment_id
        )


def learn_comment_decision(comment: Comment, spam: bool) -> None:
    """Teach every learning backend (classifier, Akismet) one decision, once per label."""
    label = "spam" if spam else "ham"
    if comment.learned_as == label:
        return
    submission = submission_of(comment)
    for backend in get_backends():
        if backend.learns:
            backend.report(submission, spam)
    Comment.objects.filter(pk=comment.pk).update(learned_as=label)
