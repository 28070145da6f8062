"""Invalidate public pages only when a comment readers see (or saw) changes.

Held and spam comments are invisible, so the thousands a spam wave brings do not
empty every page cache: only approving, editing or removing a shown comment bumps
the content version.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from nouvelles.comments.models import Comment
from nouvelles.site.models import bump_content_version


def _bump_if_visible(sender, instance: Comment, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    if instance.readers_can_see_change:
        bump_content_version()


post_save.connect(_bump_if_visible, sender=Comment, dispatch_uid="comments-bump-save")
post_delete.connect(_bump_if_visible, sender=Comment, dispatch_uid="comments-bump-delete")
