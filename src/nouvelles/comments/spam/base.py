"""The spam backend interface and the loader for NOUVELLES_COMMENTS_SPAM_BACKENDS."""

from __future__ import annotations

from abc import ABC, abstractmethod
from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from nouvelles.core.spam_features import CommentSubmission
from nouvelles.core.types import Verdict

BACKENDS = {
    "guard": "nouvelles.comments.spam.guard.GuardBackend",
    "classifier": "nouvelles.comments.spam.classifier.ClassifierBackend",
    "akismet": "nouvelles.comments.spam.akismet.AkismetBackend",
    "dummy": "nouvelles.comments.spam.dummy.DummyBackend",
}


class SpamBackend(ABC):
    """One layer of the filter. `check` never raises for bad input: it answers a Verdict."""

    name: str = ""
    learns: bool = False
    """Does the backend want moderators' decisions (`report`)?"""

    @property
    def enabled(self) -> bool:
        """A backend missing its configuration (e.g. an API key) is skipped."""
        return True

    @abstractmethod
    def check(self, submission: CommentSubmission) -> list[Verdict]:
        """Verdicts for this comment; a failing one has ok=False, a reason and a spam score."""

    def report(self, submission: CommentSubmission, spam: bool) -> None:  # noqa: B027
        """Learn from (or tell the service about) a moderator's decision. Default: nothing."""


def load_backend(name: str) -> SpamBackend:
    path = BACKENDS.get(name, name)
    try:
        cls = import_string(path)
    except ImportError as exc:
        raise ImproperlyConfigured(
            f"NOUVELLES_COMMENTS_SPAM_BACKENDS: unknown backend {name!r}; use one of "
            f"{', '.join(BACKENDS)} or a dotted path to a SpamBackend subclass."
        ) from exc
    return cls()


@cache
def _backends(names: tuple[str, ...]) -> tuple[SpamBackend, ...]:
    return tuple(load_backend(name) for name in names)


def get_backends() -> list[SpamBackend]:
    """The configured backends, in order, without those that are not configured."""
    return [b for b in _backends(tuple(settings.NOUVELLES_COMMENTS_SPAM_BACKENDS)) if b.enabled]
