"""`nouvelles translate [--article ID ... | --pending]`: translate articles now."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from nouvelles.articles.models import Article
from nouvelles.translation.articles import translate_articles, translate_pending


class Command(BaseCommand):
    help = "Translate articles into the site language (one article, or all that are waiting)."

    def add_arguments(self, parser) -> None:
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--article", type=int, action="append", help="article id (repeatable)")
        group.add_argument("--pending", action="store_true", help="every article waiting")
        parser.add_argument("--limit", type=int, default=None, help="at most N articles")
        parser.add_argument(
            "--force", action="store_true", help="translate again even if already translated"
        )

    def handle(self, *args, **options) -> None:
        if options["pending"]:
            results = translate_pending(limit=options["limit"])
        else:
            articles = list(Article.objects.filter(pk__in=options["article"]))
            missing = set(options["article"]) - {a.pk for a in articles}
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, sorted(missing)))}")
            results = translate_articles(articles, force=options["force"])
            if not results:
                self.stdout.write("nothing to translate (already translated? use --force)")
        failed = {pk: err for pk, err in results.items() if err}
        for pk, error in failed.items():
            self.stderr.write(f"article {pk}: {error}")
        self.stdout.write(f"translated {len(results) - len(failed)}, failed {len(failed)}")
        if failed:
            raise CommandError(f"{len(failed)} article(s) could not be translated")
