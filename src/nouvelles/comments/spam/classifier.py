"""The learning layer: the n-gram classifier, its state in the database, and its updates.

Every process keeps the model it last loaded and reloads it when the row's version
moves, so a decision taken in the admin changes the next score in every web worker.
"""

from __future__ import annotations

import logging
import threading
from functools import cache
from pathlib import Path

from django.db import transaction

from nouvelles.comments.spam.base import SpamBackend
from nouvelles.core.comment_corpus import read_jsonl
from nouvelles.core.spam_classifier import LabelledComment, NgramSpamModel, train_model
from nouvelles.core.spam_features import CommentSubmission
from nouvelles.core.types import Verdict

logger = logging.getLogger("nouvelles.comments")

TRAINING_DATA = Path(__file__).resolve().parents[1] / "data" / "spam_train.jsonl"
DECISION_WEIGHT = 5.0
"""A moderator's decision counts as this many corpus examples: the site's own readers and
spammers matter more than our synthetic starter corpus."""

_lock = threading.Lock()
_loaded: dict[str, tuple[int, NgramSpamModel]] = {}
_load_lock = threading.Lock()
"""One thread of a process reads and unpacks a new model version; the others wait for it."""


@cache
def _starter_state() -> bytes:
    return train_model(read_jsonl(TRAINING_DATA)).to_bytes()


def train_starter_model() -> NgramSpamModel:
    """The model shipped with the project: trained on our synthetic corpus (once per process)."""
    return NgramSpamModel.from_bytes(_starter_state())


def _state_row(name: str = "default"):
    from nouvelles.comments.models import ClassifierState

    row = ClassifierState.objects.filter(name=name).first()
    if row is None or not row.state:
        # Train before taking the write lock: on SQLite a transaction open for the
        # second that training takes would hold up every other write of the site.
        model = train_starter_model()
        with transaction.atomic():
            row, _created = ClassifierState.objects.select_for_update().get_or_create(name=name)
            if not row.state:
                row.state = model.to_bytes()
                row.examples_seen = model.examples_seen
                row.version += 1
                row.save()
                logger.info(
                    "spam classifier: starter model trained (%d examples)", row.examples_seen
                )
    return row


def ensure_starter_model(name: str = "default") -> None:
    """Store the starter model if the database has none (run after migrations), so no
    reader's comment waits for the training."""
    _state_row(name)


def load_model(name: str = "default") -> NgramSpamModel:
    """The current model, from this process's copy unless the database has a newer one."""
    from nouvelles.comments.models import ClassifierState

    version = ClassifierState.objects.filter(name=name).values_list("version", flat=True).first()
    cached = _cached_model(name, version)
    if cached is not None:
        return cached
    with _load_lock:
        cached = _cached_model(name, version)  # another thread may have loaded it meanwhile
        if cached is not None:
            return cached
        row = _state_row(name)
        model = NgramSpamModel.from_bytes(bytes(row.state))
        with _lock:
            _loaded[name] = (row.version, model)
    return model


def _cached_model(name: str, version: int | None) -> NgramSpamModel | None:
    with _lock:
        cached = _loaded.get(name)
    if cached is not None and version is not None and cached[0] == version:
        return cached[1]
    return None


def learn_decision(submission: CommentSubmission, spam: bool, name: str = "default") -> int:
    """Update the stored model with one moderator decision; returns the new version."""
    from nouvelles.comments.models import ClassifierState

    _state_row(name)
    with transaction.atomic():
        row = ClassifierState.objects.select_for_update().get(name=name)
        model = NgramSpamModel.from_bytes(bytes(row.state))
        model.learn([LabelledComment(submission, spam)], weight=DECISION_WEIGHT)
        row.state = model.to_bytes()
        row.examples_seen = model.examples_seen
        row.version += 1
        row.save()
    with _lock:
        _loaded[name] = (row.version, model)
    return row.version


def score_submission(submission: CommentSubmission) -> float:
    return load_model().score([submission])[0]


class ClassifierBackend(SpamBackend):
    name = "classifier"
    learns = True

    def check(self, submission: CommentSubmission) -> list[Verdict]:
        score = score_submission(submission)
        if score >= 0.5:
            return [Verdict(False, f"classifier: spam probability {score:.2f}", score)]
        return [Verdict(True, f"classifier: spam probability {score:.2f}", score)]

    def report(self, submission: CommentSubmission, spam: bool) -> None:
        learn_decision(submission, spam)
