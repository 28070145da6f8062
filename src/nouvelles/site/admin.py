from django.contrib import admin

from nouvelles.site.models import AdSlot, SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(AdSlot)
class AdSlotAdmin(admin.ModelAdmin):
    list_display = ["name", "placement", "after_paragraph", "enabled"]
    filter_horizontal = ["excluded_categories"]
