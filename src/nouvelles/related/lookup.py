"""Related articles ("Lire aussi") for an article page.

The interface the site uses: `related_articles(article, limit)`. Issue 5 replaces
the logic behind it (same story first, then similar and recent); the template
does not change.
"""

from __future__ import annotations

from nouvelles.articles.models import Article


def related_articles(article: Article, limit: int = 4) -> list[Article]:
    """Latest published articles of the same category, never the article itself."""
    if article.category_id is None:
        return []
    return list(
        Article.objects.published()
        .filter(category_id=article.category_id)
        .exclude(pk=article.pk)
        .exclude(duplicate_of=article)
        .select_related("source")[:limit]
    )
