from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "nouvelles.comments"
    label = "comments"
    verbose_name = _("Comments")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from nouvelles.comments import signals  # noqa: F401  (connects the handlers)

        post_migrate.connect(
            store_starter_model, sender=self, dispatch_uid="comments-starter-model"
        )


def store_starter_model(sender, using="default", **kwargs) -> None:
    """post_migrate: the spam classifier's starter model is trained at install time,
    not by the first reader who comments (a second of CPU in a web worker)."""
    from django.db import connections

    from nouvelles.comments.models import ClassifierState

    if ClassifierState._meta.db_table not in connections[using].introspection.table_names():
        return  # migrated backwards past the table
    from nouvelles.comments.spam.classifier import ensure_starter_model

    ensure_starter_model()
