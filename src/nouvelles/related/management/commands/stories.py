"""`nouvelles stories`: cluster articles into stories and refresh "Lire aussi" by hand."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from nouvelles.articles.models import Article
from nouvelles.related.index import update_related
from nouvelles.related.stories import (
    assign_pending,
    assign_story,
    close_stale_stories,
    rebuild_stories,
)


class Command(BaseCommand):
    help = (
        "Stories and 'Lire aussi': `assign --pending` clusters published articles that have no "
        "story, `assign ID...` given articles, `rebuild` reclusters everything (editors' "
        "decisions kept), `close` closes stale stories, `related` recomputes the related index."
    )

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        assign = sub.add_parser("assign", help="assign articles to stories")
        assign.add_argument("ids", nargs="*", type=int, help="article ids")
        assign.add_argument(
            "--pending", action="store_true", help="every published article without a story"
        )
        sub.add_parser("rebuild", help="recluster every published article, then the related index")
        sub.add_parser("close", help="close stories with no article for a whole window")
        sub.add_parser("related", help="recompute 'Lire aussi' links of every published article")

    def handle(self, *args, action: str, **options) -> None:
        if action == "assign":
            self.assign(options["ids"], options["pending"])
        elif action == "rebuild":
            articles, stories = rebuild_stories()
            links = self.refresh_related()
            self.stdout.write(f"{articles} articles in {stories} stories; {links} related links")
        elif action == "close":
            self.stdout.write(f"{close_stale_stories()} stories closed")
        elif action == "related":
            self.stdout.write(f"{self.refresh_related()} related links")

    def assign(self, ids: list[int], pending: bool) -> None:
        if not ids and not pending:
            raise CommandError("give article ids or --pending")
        count = 0
        if pending:
            for article in assign_pending():
                update_related(article)
                count += 1
        for article in Article.objects.filter(pk__in=ids).order_by("published_at", "id"):
            if assign_story(article) is None:
                self.stderr.write(f"article {article.pk} is not published: skipped")
                continue
            update_related(article)
            count += 1
        self.stdout.write(f"{count} articles assigned")

    def refresh_related(self) -> int:
        total = 0
        for article in Article.objects.published().order_by("published_at", "id"):
            total += update_related(article)
        return total
