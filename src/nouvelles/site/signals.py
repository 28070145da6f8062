"""Bump the content version whenever something readers can see changes."""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save

from nouvelles.articles.models import Article, Block, Category, Story, Tag
from nouvelles.site.models import bump_content_version

# Comments bump only when an approved one changes: see nouvelles/comments/signals.py.
VISIBLE_MODELS = (Article, Block, Category, Tag, Story)


def _bump(sender, **kwargs) -> None:
    if kwargs.get("raw"):
        return  # fixtures loading
    bump_content_version()


for _model in VISIBLE_MODELS:
    post_save.connect(_bump, sender=_model, dispatch_uid=f"bump-save-{_model.__name__}")
    post_delete.connect(_bump, sender=_model, dispatch_uid=f"bump-delete-{_model.__name__}")
m2m_changed.connect(_bump, sender=Article.tags.through, dispatch_uid="bump-article-tags")
