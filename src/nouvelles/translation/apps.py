from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "nouvelles.translation"
    label = "translation"
    verbose_name = _("Translation")

    def ready(self) -> None:
        from nouvelles.translation import checks  # noqa: F401 - registers the system checks
