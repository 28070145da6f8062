from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    name = "nouvelles.site"
    label = "site"
    verbose_name = _("Site")

    def ready(self) -> None:
        from nouvelles.site import signals  # noqa: F401  (connects the handlers)
