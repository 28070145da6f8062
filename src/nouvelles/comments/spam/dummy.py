"""A recording backend for tests: answers a fixed verdict and remembers what it saw."""

from __future__ import annotations

from nouvelles.comments.spam.base import SpamBackend
from nouvelles.core.spam_features import CommentSubmission
from nouvelles.core.types import Verdict


class DummyBackend(SpamBackend):
    name = "dummy"
    learns = True

    def __init__(self, verdict: Verdict | None = None) -> None:
        self.verdict = verdict or Verdict(True, "dummy: ok", 0.0)
        self.checked: list[CommentSubmission] = []
        self.reports: list[tuple[CommentSubmission, bool]] = []

    def check(self, submission: CommentSubmission) -> list[Verdict]:
        self.checked.append(submission)
        return [self.verdict]

    def report(self, submission: CommentSubmission, spam: bool) -> None:
        self.reports.append((submission, spam))
