"""What the newsroom dashboard shows: source health, queues, runs, warnings, today's articles.

Each function is a few indexed queries, so the page stays fast with 100,000
articles (see benchmarks/search_speed.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db.models import Count, Max, Min, Q
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nouvelles.articles.models import Article
from nouvelles.comments.models import Comment
from nouvelles.core.charts import render_bar_chart
from nouvelles.sources.models import FetchAttempt, Source

TO_TRANSLATE = (
    Article.TranslationState.PENDING,
    Article.TranslationState.PARTIAL,
    Article.TranslationState.FAILED,
)


@dataclass
class Queue:
    name: str
    count: int
    oldest: datetime | None
    url: str = ""

    @property
    def oldest_age(self) -> timedelta | None:
        return timezone.now() - self.oldest if self.oldest else None


@dataclass
class SourceHealth:
    source: Source
    per_day: list[int] = field(default_factory=list)
    chart: SafeString = field(default_factory=lambda: SafeString(""))

    @property
    def total(self) -> int:
        return sum(self.per_day)

    @property
    def state(self) -> str:
        """ok / failing / disabled / new: a word for the health column."""
        if not self.source.enabled:
            return "disabled"
        if self.source.consecutive_failures:
            return "failing"
        if self.source.last_success_at is None:
            return "new"
        return "ok"


STATE_LABELS = {
    "ok": gettext_lazy("working"),
    "failing": gettext_lazy("failing"),
    "disabled": gettext_lazy("disabled"),
    "new": gettext_lazy("never fetched"),
}


def chart_days(today: date | None = None) -> list[date]:
    today = today or timezone.localdate()
    count = max(1, settings.NOUVELLES_DASHBOARD_CHART_DAYS)
    return [today - timedelta(days=count - 1 - i) for i in range(count)]


def source_health() -> list[SourceHealth]:
    """Every source with its articles published per day over the chart window."""
    days = chart_days()
    since = timezone.make_aware(datetime.combine(days[0], datetime.min.time()))
    counts: dict[tuple[int, date], int] = {}
    rows = (
        Article.objects.filter(
            status=Article.Status.PUBLISHED,
            published_at__gte=since,
            published_at__lte=timezone.now(),
            source__isnull=False,
        )
        .annotate(day=TruncDate("published_at"))
        .values_list("source_id", "day")
        .annotate(n=Count("id"))
        .order_by()
    )
    for source_id, day, n in rows:
        counts[(source_id, day)] = n
    labels = [date_format(d, "D j M") for d in days]
    health = []
    for source in Source.objects.all():
        per_day = [counts.get((source.id, d), 0) for d in days]
        title = _("Articles per day from %(source)s, last %(days)d days") % {
            "source": source.name,
            "days": len(days),
        }
        chart = mark_safe(render_bar_chart(per_day, labels, title))
        health.append(SourceHealth(source=source, per_day=per_day, chart=chart))
    return health


def queues(
    include_sources: bool = True, include_articles: bool = True, include_comments: bool = True
) -> list[Queue]:
    """Counts and oldest item of each queue the newsroom works through."""
    found: list[Queue] = []
    if include_sources:
        now = timezone.now()
        due = Source.objects.due(now)
        stats = due.aggregate(
            n=Count("id"),
            never=Min("created_at", filter=Q(next_fetch_at__isnull=True)),
            oldest=Min("next_fetch_at"),
        )
        oldest = min([d for d in (stats["never"], stats["oldest"]) if d], default=None)
        found.append(Queue(_("To fetch"), stats["n"], oldest))
    if include_articles:
        for name, qs in (
            (_("To translate"), Article.objects.filter(translation_state__in=TO_TRANSLATE)),
            (_("In review"), Article.objects.filter(status=Article.Status.REVIEW)),
        ):
            stats = qs.aggregate(n=Count("id"), oldest=Min("created_at"))
            found.append(Queue(name, stats["n"], stats["oldest"]))
    if include_comments:
        stats = Comment.objects.filter(status=Comment.Status.PENDING).aggregate(
            n=Count("id"), oldest=Min("created_at")
        )
        found.append(Queue(_("Comments to moderate"), stats["n"], stats["oldest"]))
    return found


def recent_attempts(limit: int = 15) -> list[FetchAttempt]:
    return list(FetchAttempt.objects.select_related("source").order_by("-started_at")[:limit])


RECENT_ARTICLES = 5000


def translation_warnings(limit: int = 15) -> list[Article]:
    """Recent articles whose translation raised warnings no editor has revised yet.

    Only the newest RECENT_ARTICLES articles are looked at (a primary-key
    range, so the page stays fast on a large site with few warnings); older
    ones remain in the admin.
    """
    newest_id = Article.objects.aggregate(newest=Max("id"))["newest"] or 0
    return list(
        Article.objects.filter(id__gt=newest_id - RECENT_ARTICLES, translation_revised=False)
        .exclude(translation_warnings=[])
        .exclude(status__in=[Article.Status.REJECTED, Article.Status.DUPLICATE])
        .only("id", "title", "slug", "status", "translation_warnings", "created_at")
        .order_by("-id")[:limit]
    )


def published_today(limit: int = 50) -> list[Article]:
    start = timezone.make_aware(datetime.combine(timezone.localdate(), datetime.min.time()))
    return list(
        Article.objects.published()
        .filter(published_at__gte=start)
        .select_related("source", "category")
        .only("id", "title", "slug", "published_at", "status", "source__name", "category__name")[
            :limit
        ]
    )
