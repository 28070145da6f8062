from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RelatedConfig(AppConfig):
    name = "nouvelles.related"
    label = "related"
    verbose_name = _("Stories and related articles")

    def ready(self) -> None:
        from nouvelles.articles.signals import article_published, article_unpublished
        from nouvelles.related.signals import on_article_published, on_article_unpublished

        article_published.connect(on_article_published, dispatch_uid="related.published")
        article_unpublished.connect(on_article_unpublished, dispatch_uid="related.unpublished")
