from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "nouvelles.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from nouvelles.search import checks, signals  # noqa: F401
