"""Index articles in the same transaction as their save (or remove them)."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from nouvelles.articles.models import Article, Block
from nouvelles.search.indexing import index_article, remove_article

# What an index document is made of (besides the blocks): a save that names its
# update_fields and none of these (a story assigned, a view count) leaves the row as it is.
INDEXED_FIELDS = frozenset({"status", "title", "lead", "original_title", "original_lead"})


def _article_saved(
    sender, instance: Article, raw: bool = False, update_fields=None, **kwargs
) -> None:
    if raw or (update_fields is not None and INDEXED_FIELDS.isdisjoint(update_fields)):
        return
    index_article(instance)


def _article_deleted(sender, instance: Article, **kwargs) -> None:
    remove_article(instance.pk)


def _block_changed(sender, instance: Block, raw: bool = False, **kwargs) -> None:
    if not raw and instance.article_id:
        index_article(instance.article_id)


post_save.connect(_article_saved, sender=Article, dispatch_uid="search-index-article")
post_delete.connect(_article_deleted, sender=Article, dispatch_uid="search-remove-article")
post_save.connect(_block_changed, sender=Block, dispatch_uid="search-index-block-save")
post_delete.connect(_block_changed, sender=Block, dispatch_uid="search-index-block-delete")
