"""The rule layer (after Isso's Guard): links, blocklisted words and domains, repeated text.

The gates that reject a post before anything is stored (origin, form token, honeypot,
rate limits) live in `comments/gates.py`; this backend judges what will be stored.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from nouvelles.comments.spam.base import SpamBackend
from nouvelles.core import spam_rules
from nouvelles.core.spam_features import CommentSubmission, fingerprint_text
from nouvelles.core.types import Verdict


def count_earlier_copies(text: str) -> int:
    """How many comments with the same words were posted in the duplicate window."""
    from nouvelles.comments.models import Comment

    hours = settings.NOUVELLES_COMMENTS_DUPLICATE_HOURS
    since = timezone.now() - timedelta(hours=hours)
    return Comment.objects.filter(fingerprint=fingerprint_text(text), created_at__gte=since).count()


class GuardBackend(SpamBackend):
    name = "guard"

    def check(self, submission: CommentSubmission) -> list[Verdict]:
        return [
            spam_rules.check_link_count(submission, settings.NOUVELLES_COMMENTS_MAX_LINKS),
            spam_rules.check_blocklisted_words(
                submission, settings.NOUVELLES_COMMENTS_BLOCKLIST_WORDS
            ),
            spam_rules.check_blocklisted_domains(
                submission, settings.NOUVELLES_COMMENTS_BLOCKLIST_DOMAINS
            ),
            spam_rules.check_repeated_content(
                count_earlier_copies(submission.text),
                settings.NOUVELLES_COMMENTS_DUPLICATE_HOURS,
            ),
        ]
