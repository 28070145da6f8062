from django.contrib import admin

from nouvelles.sources.models import FetchAttempt, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "feed_url",
        "language",
        "enabled",
        "last_success_at",
        "consecutive_failures",
    ]
    list_filter = ["enabled", "language", "reuse_policy"]
    search_fields = ["name", "feed_url"]


@admin.register(FetchAttempt)
class FetchAttemptAdmin(admin.ModelAdmin):
    list_display = ["url", "source", "status_code", "bytes", "duration_ms", "started_at", "error"]
    list_filter = ["source"]
