"""The original of a translated article, on a page of its own, with its `lang` set."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from nouvelles.articles.models import Article
from nouvelles.translation.language_names import language_name
from nouvelles.translation.models import TranslationJob


def article_original(request, slug: str):
    article = get_object_or_404(
        Article.objects.published().select_related("source", "author"), slug=slug
    )
    if not article.original_language or not (
        article.original_title or article.blocks.exclude(original_text="").exists()
    ):
        raise Http404("This article has no original in another language.")
    job = TranslationJob.objects.filter(article=article).first()
    return render(
        request,
        "translation/original.html",
        {
            "article": article,
            "blocks": article.original_block_data(),
            "title": article.original_title or article.title,
            "lead": article.original_lead if article.original_title else article.lead,
            "language_name": language_name(article.original_language),
            "image_caption": (job.original_image_caption if job else "") or "",
            "image_alt": (job.original_image_alt if job else "") or article.image_alt,
        },
    )
