"""Admin: glossary, per-pair routes, the cache, jobs and attempts; review helpers for articles."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from nouvelles.articles.models import Article, Block
from nouvelles.translation.articles import translate_articles
from nouvelles.translation.cache import delete_translations
from nouvelles.translation.models import (
    CachedTranslation,
    GlossaryEntry,
    LanguagePair,
    TranslationAttempt,
    TranslationJob,
)


@admin.register(GlossaryEntry)
class GlossaryEntryAdmin(admin.ModelAdmin):
    list_display = ["term", "translation", "source_language", "target_language", "case_sensitive"]
    list_filter = ["source_language", "target_language"]
    search_fields = ["term", "translation", "note"]


@admin.register(LanguagePair)
class LanguagePairAdmin(admin.ModelAdmin):
    list_display = ["source", "target", "backends", "pivot", "enabled"]
    list_editable = ["backends", "pivot", "enabled"]


@admin.register(CachedTranslation)
class CachedTranslationAdmin(admin.ModelAdmin):
    list_display = [
        "source_text",
        "translated_text",
        "source_language",
        "target_language",
        "backend",
    ]
    list_filter = ["source_language", "target_language", "backend"]
    search_fields = ["source_text", "translated_text"]
    readonly_fields = [f.name for f in CachedTranslation._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def delete_model(self, request, obj: CachedTranslation) -> None:
        delete_translations(CachedTranslation.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset) -> None:
        delete_translations(queryset)


@admin.register(TranslationJob)
class TranslationJobAdmin(admin.ModelAdmin):
    list_display = [
        "article",
        "segments_done",
        "segments_total",
        "attempts",
        "next_attempt_at",
        "route",
    ]
    raw_id_fields = ["article"]


@admin.register(TranslationAttempt)
class TranslationAttemptAdmin(admin.ModelAdmin):
    list_display = [
        "article",
        "started_at",
        "route",
        "segments_sent",
        "segments_cached",
        "ok",
        "error",
    ]
    list_filter = ["started_at"]
    raw_id_fields = ["article"]

    @admin.display(boolean=True, description=_("ok"))
    def ok(self, obj: TranslationAttempt) -> bool:
        return obj.ok


class BlockReviewForm(forms.ModelForm):
    """A block whose text an editor changed is marked edited: re-translation keeps it."""

    class Meta:
        model = Block
        fields = ["position", "kind", "text", "original_text", "attrs", "edited"]

    def save(self, commit: bool = True) -> Block:
        if self.instance.pk and "text" in self.changed_data:
            self.instance.edited = True
        return super().save(commit)


@admin.action(description=_("Translate again (corrected blocks are kept)"))
def translate_again(modeladmin, request, queryset) -> None:
    articles = queryset.select_related("source", "translation_job").prefetch_related("blocks")
    results = translate_articles(list(articles), force=True)
    failed = [pk for pk, error in results.items() if error]
    done = len(results) - len(failed)
    modeladmin.message_user(
        request,
        ngettext("%(n)d article translated.", "%(n)d articles translated.", done) % {"n": done},
        messages.SUCCESS,
    )
    if failed:
        modeladmin.message_user(
            request,
            _("Could not translate: %(ids)s (see each article's translation error).")
            % {"ids": ", ".join(map(str, failed))},
            messages.ERROR,
        )


class TranslationReviewMixin:
    """For ArticleAdmin: editors' corrections mark the translation as revised."""

    translation_fields = [
        "translation_state",
        "machine_translated",
        "translation_backend",
        "translation_revised",
        "translation_warnings",
        "translation_error",
    ]

    def save_model(self, request, obj: Article, form, change) -> None:
        if change and obj.is_translation and {"title", "lead"} & set(form.changed_data):
            obj.translation_revised = True
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change) -> None:
        super().save_formset(request, form, formset, change)
        article = form.instance
        if (
            formset.model is Block
            and article.is_translation
            and any("text" in f.changed_data for f in formset.forms if f.instance.pk)
        ):
            Article.objects.filter(pk=article.pk).update(translation_revised=True)
