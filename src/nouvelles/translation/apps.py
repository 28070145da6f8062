from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "nouvelles.translation"
    label = "translation"
    verbose_name = _("Translation")

    def ready(self) -> None:
        from nouvelles.translation import checks, signals  # noqa: F401 - register checks, receivers
