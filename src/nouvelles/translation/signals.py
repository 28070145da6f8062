"""Ingestion's hook: queue the translation of each stored foreign-language article."""

from __future__ import annotations

from django.dispatch import receiver

from nouvelles.articles.models import Article
from nouvelles.sources.hooks import article_ingested
from nouvelles.translation.articles import on_article_stored


@receiver(article_ingested, dispatch_uid="translation.on_article_ingested")
def on_article_ingested(sender, article: Article, created: bool, **kwargs) -> None:
    if article.translation_state == Article.TranslationState.PENDING:
        on_article_stored(article)
