from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from nouvelles.sources.health import health_summary
from nouvelles.sources.ingest import ingest_source
from nouvelles.sources.models import FeedItem, FetchAttempt, Source


class HealthFilter(admin.SimpleListFilter):
    title = _("health")
    parameter_name = "health"

    def lookups(self, request, model_admin):
        return [
            ("flagged", _("disabled automatically")),
            ("failing", _("failing")),
            ("ok", _("healthy")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "flagged":
            return queryset.filter(enabled=False).exclude(disabled_reason="")
        if self.value() == "failing":
            return queryset.filter(consecutive_failures__gt=0)
        if self.value() == "ok":
            return queryset.filter(consecutive_failures=0, last_success_at__isnull=False)
        return queryset


class SourceForm(forms.ModelForm):
    """Adding a source checks its feed first (fetch + parse), as `nouvelles sources add` does;
    a site URL is replaced by the feed found by autodiscovery."""

    class Meta:
        model = Source
        fields = [
            "name", "homepage", "feed_url", "language", "reuse_policy", "publish_mode",
            "translation_policy", "default_category", "category_map", "enabled", "fetch_interval",
        ]  # fmt: skip

    def clean_feed_url(self):
        url = self.cleaned_data["feed_url"]
        if self.instance.pk and url == self.instance.feed_url:
            return url
        from nouvelles.sources.subscribe import SourceError, find_feed

        try:
            found = find_feed(url)
        except SourceError as exc:
            raise forms.ValidationError(str(exc)) from exc
        if not found.feed.entries:
            raise forms.ValidationError(_("The feed has no entries."))
        if Source.objects.filter(feed_url=found.url).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("This feed is already a source."))
        return found.url


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm
    list_display = [
        "name",
        "feed_url",
        "language",
        "enabled",
        "health",
        "last_success_at",
        "consecutive_failures",
        "next_fetch_at",
    ]
    list_filter = [HealthFilter, "enabled", "language", "reuse_policy"]
    search_fields = ["name", "feed_url"]
    readonly_fields = [
        "last_fetched_at",
        "last_success_at",
        "last_error",
        "last_error_at",
        "last_warning",
        "consecutive_failures",
        "failing_since",
        "disabled_reason",
        "etag",
        "last_modified",
    ]
    actions = ["fetch_now", "enable_sources", "disable_sources"]

    @admin.display(description=_("health"))
    def health(self, obj: Source) -> str:
        return health_summary(obj)

    @admin.action(description=_("Fetch now"))
    def fetch_now(self, request, queryset):
        for source in queryset:
            report = ingest_source(source)
            level = messages.ERROR if report.error else messages.SUCCESS
            self.message_user(request, report.line(), level)

    @admin.action(description=_("Enable"))
    def enable_sources(self, request, queryset):
        count = queryset.update(
            enabled=True,
            disabled_reason="",
            consecutive_failures=0,
            failing_since=None,
            next_fetch_at=None,
        )
        self.message_user(
            request, ngettext("%d source enabled.", "%d sources enabled.", count) % count
        )

    @admin.action(description=_("Disable"))
    def disable_sources(self, request, queryset):
        count = queryset.update(enabled=False, disabled_reason=_("Disabled by hand."))
        self.message_user(
            request, ngettext("%d source disabled.", "%d sources disabled.", count) % count
        )


@admin.register(FetchAttempt)
class FetchAttemptAdmin(admin.ModelAdmin):
    list_display = ["url", "source", "status_code", "bytes", "duration_ms", "started_at", "error"]
    list_filter = ["source"]


@admin.register(FeedItem)
class FeedItemAdmin(admin.ModelAdmin):
    list_display = ["key", "source", "article", "first_seen_at", "entry_updated_at"]
    list_filter = ["source"]
    raw_id_fields = ["article"]
