from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from nouvelles.site.models import AdSlot, SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    """One row of settings: the list goes straight to its form."""

    fieldsets = [
        (None, {"fields": ["name", "tagline", "language", "logo"]}),
        (_("Social and contact"), {"fields": ["x_handle", "facebook_page", "privacy_contact"]}),
        (_("Article page"), {"fields": ["inline_related_after"]}),
    ]

    def changelist_view(self, request, extra_context=None):
        settings_row, _created = SiteSettings.objects.get_or_create(pk=1)
        return HttpResponseRedirect(
            reverse("admin:site_sitesettings_change", args=[settings_row.pk])
        )

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(AdSlot)
class AdSlotAdmin(admin.ModelAdmin):
    list_display = ["name", "placement", "after_paragraph", "enabled"]
    list_editable = ["enabled"]
    list_filter = ["placement", "enabled"]
    filter_horizontal = ["excluded_categories"]
    readonly_fields = ["stored_html"]
    fields = [
        "name",
        "placement",
        "after_paragraph",
        "html",
        "stored_html",
        "house_text",
        "house_url",
        "enabled",
        "excluded_categories",
    ]

    @admin.display(description=_("HTML as stored (sanitised)"))
    def stored_html(self, obj: AdSlot) -> str:
        return format_html("<pre>{}</pre>", obj.html) if obj.pk and obj.html else "—"

    def save_model(self, request, obj: AdSlot, form, change) -> None:
        submitted = obj.html
        super().save_model(request, obj, form, change)  # AdSlot.save() sanitises with nh3
        if submitted and obj.html != submitted:
            self.message_user(
                request,
                _(
                    "The HTML snippet was cleaned before saving: scripts, styles and event "
                    "attributes are removed, links get rel=sponsored."
                ),
                messages.WARNING,
            )
