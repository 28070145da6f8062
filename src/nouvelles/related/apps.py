from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RelatedConfig(AppConfig):
    name = "nouvelles.related"
    label = "related"
    verbose_name = _("Stories and related articles")
