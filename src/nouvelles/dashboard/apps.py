from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    name = "nouvelles.dashboard"
    label = "dashboard"
    verbose_name = _("Newsroom dashboard")

    def ready(self) -> None:
        from nouvelles.dashboard.roles import create_roles_after_migrate

        # Sent once per app: the handler runs after the last one too, when every
        # permission exists (ensure_roles is idempotent).
        post_migrate.connect(create_roles_after_migrate, dispatch_uid="nouvelles-ensure-roles")
