"""`nouvelles reextract [--source ID]`: extract stored pages again from their kept HTML."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from nouvelles.articles.models import Article
from nouvelles.core.extract import ExtractionError
from nouvelles.sources.ingest import reextract_article


class Command(BaseCommand):
    help = (
        "Re-process the kept HTML of recent articles with the current extraction rules and "
        "boilerplate knowledge. Never creates articles; blocks edited by an editor are kept."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--source", type=int, help="only this source's articles")

    def handle(self, *args, source=None, **options) -> None:
        articles = Article.objects.filter(raw_page__isnull=False).select_related("source")
        if source:
            articles = articles.filter(source_id=source)
        done = failed = 0
        for article in articles.iterator():
            try:
                done += reextract_article(article)
            except ExtractionError as exc:
                failed += 1
                self.stdout.write(f"[{article.pk}] {article.original_url}: {exc}")
        self.stdout.write(f"{done} articles re-extracted, {failed} failed.")
