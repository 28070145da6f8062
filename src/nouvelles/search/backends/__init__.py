"""Which search backend serves this site (NOUVELLES_SEARCH_BACKEND, else the DB engine)."""

from __future__ import annotations

from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.utils.module_loading import import_string

from nouvelles.search.backends.base import BaseSearchBackend

BACKENDS = {
    "sqlite": "nouvelles.search.backends.sqlite_fts.SqliteFtsBackend",
    "postgres": "nouvelles.search.backends.postgres.PostgresBackend",
    "dummy": "nouvelles.search.backends.dummy.DummyBackend",
}
ENGINE_BACKENDS = {"sqlite": "sqlite", "postgresql": "postgres"}


def backend_path(name: str) -> str:
    """The dotted path of backend `name` ('' = the one matching the database engine)."""
    if not name:
        try:
            name = ENGINE_BACKENDS[connection.vendor]
        except KeyError:
            raise ImproperlyConfigured(
                f"No search backend for the {connection.vendor!r} database: set "
                f"NOUVELLES_SEARCH_BACKEND to one of {', '.join(BACKENDS)} or a dotted path."
            ) from None
    return BACKENDS.get(name, name)


@cache
def _load(path: str) -> BaseSearchBackend:
    try:
        cls = import_string(path)
    except ImportError as exc:
        raise ImproperlyConfigured(
            f"NOUVELLES_SEARCH_BACKEND={path!r} cannot be imported ({exc}); use one of "
            f"{', '.join(BACKENDS)} or the dotted path of a BaseSearchBackend subclass."
        ) from exc
    return cls()


def get_search_backend() -> BaseSearchBackend:
    """The configured backend (one instance per backend class and process)."""
    return _load(backend_path(settings.NOUVELLES_SEARCH_BACKEND))
