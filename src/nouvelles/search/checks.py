"""`nouvelles check` explains a NOUVELLES_SEARCH_BACKEND that cannot be used."""

from __future__ import annotations

from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from nouvelles.search.backends import get_search_backend


@checks.register()
def check_search_backend(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    try:
        get_search_backend()
    except ImproperlyConfigured as exc:
        return [checks.Error(str(exc), id="nouvelles.search.E001")]
    return []
