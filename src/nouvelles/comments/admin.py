"""The moderation queue: filters by status, score and article; bulk decisions; privacy actions."""

from __future__ import annotations

import json

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from nouvelles.comments.models import ClassifierState, Comment
from nouvelles.comments.moderation import moderate_comments
from nouvelles.comments.privacy import erase_commenter_data, export_commenter_data


class ScoreFilter(admin.SimpleListFilter):
    title = _("filter score")
    parameter_name = "score"
    BANDS = {
        "low": (None, 0.5),
        "medium": (0.5, 0.9),
        "high": (0.9, None),
    }

    def lookups(self, request, model_admin):
        return [
            ("low", _("below 0.5 (looks fine)")),
            ("medium", _("0.5 to 0.9 (doubtful)")),
            ("high", _("0.9 and above (spam-like)")),
            ("none", _("no score")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "none":
            return queryset.filter(spam_score__isnull=True)
        band = self.BANDS.get(self.value() or "")
        if band is None:
            return queryset
        low, high = band
        if low is not None:
            queryset = queryset.filter(spam_score__gte=low)
        if high is not None:
            queryset = queryset.filter(spam_score__lt=high)
        return queryset


class EmailForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the commenter"))


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "short_text",
        "article",
        "status",
        "spam_score",
        "reasons",
        "created_at",
    ]
    list_filter = ["status", ScoreFilter, ("article", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["article"]
    search_fields = ["name", "email", "text"]
    raw_id_fields = ["article", "parent"]
    readonly_fields = [
        "spam_score",
        "spam_reasons",
        "fingerprint",
        "ip_address",
        "user_agent",
        "created_at",
        "moderated_at",
        "learned_as",
    ]
    actions = ["approve", "mark_spam", "delete_comments", "export_email", "erase_email"]
    date_hierarchy = "created_at"

    @admin.display(description=_("comment"))
    def short_text(self, obj: Comment) -> str:
        return obj.text[:80] + ("…" if len(obj.text) > 80 else "")

    @admin.display(description=_("filter reasons"))
    def reasons(self, obj: Comment) -> str:
        return "; ".join(obj.spam_reasons or [])

    def save_model(self, request, obj, form, change):
        """A status changed in the edit form is a moderator's decision like a bulk action."""
        if change and "status" in form.changed_data:
            new_status = obj.status
            obj.status = form.initial.get("status", obj.status)
            super().save_model(request, obj, form, change)
            moderate_comments([obj], new_status)
        else:
            super().save_model(request, obj, form, change)

    def _moderate(self, request, queryset, status, done_message: str) -> None:
        count = moderate_comments(queryset.select_related("article"), status)
        self.message_user(request, done_message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Approve selected comments (not spam)"))
    def approve(self, request, queryset):
        self._moderate(
            request, queryset, Comment.Status.APPROVED, _("%(count)d comment(s) approved.")
        )

    @admin.action(description=_("Mark selected comments as spam"))
    def mark_spam(self, request, queryset):
        self._moderate(
            request, queryset, Comment.Status.SPAM, _("%(count)d comment(s) marked as spam.")
        )

    @admin.action(description=_("Delete selected comments (hide them, keep the record)"))
    def delete_comments(self, request, queryset):
        self._moderate(
            request, queryset, Comment.Status.DELETED, _("%(count)d comment(s) deleted.")
        )

    def _emails(self, queryset) -> list[str]:
        return sorted({c.email.strip().lower() for c in queryset})

    @admin.action(description=_("Export all comments of the selected commenters' e-mails (JSON)"))
    def export_email(self, request, queryset):
        emails = self._emails(queryset)
        data = [export_commenter_data(email) for email in emails]
        payload = data[0] if len(data) == 1 else {"commenters": data}
        response = HttpResponse(
            json.dumps(payload, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="comments-export.json"'
        return response

    @admin.action(description=_("Erase all comments of the selected commenters' e-mails"))
    def erase_email(self, request, queryset):
        emails = self._emails(queryset)
        if request.POST.get("confirm") == "yes":
            erased = sum(erase_commenter_data(email) for email in emails)
            self.message_user(
                request,
                ngettext("%(count)d comment erased.", "%(count)d comments erased.", erased)
                % {"count": erased},
                messages.SUCCESS,
            )
            return None
        return render(
            request,
            "admin/comments/confirm_erase.html",
            {
                **self.admin_site.each_context(request),
                "emails": emails,
                "queryset": queryset,
                "opts": self.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                "title": _("Erase commenters' data"),
            },
        )


@admin.register(ClassifierState)
class ClassifierStateAdmin(admin.ModelAdmin):
    list_display = ["name", "version", "examples_seen", "updated_at"]
    readonly_fields = ["name", "version", "examples_seen", "updated_at"]
    exclude = ["state"]
