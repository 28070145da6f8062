from django.shortcuts import get_object_or_404, render

from nouvelles.articles.models import Article


def article_detail(request, slug: str):
    article = get_object_or_404(
        Article.objects.published().select_related("category", "source", "author", "story"),
        slug=slug,
    )
    return render(
        request, "site/article.html", {"article": article, "blocks": article.blocks.all()}
    )
