"""A task backend whose queue is unavailable, as a locked or unreachable queue would be."""

from __future__ import annotations

from django.db import OperationalError
from django_tasks.backends.dummy import DummyBackend


class UnavailableBackend(DummyBackend):
    def enqueue(self, task, args, kwargs):
        raise OperationalError("database is locked")
