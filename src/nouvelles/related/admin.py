"""Editors' controls over stories: merge, move, split, lock the title.

The Story and Article admins of `articles.admin` are extended (not copied):
the actions call the functions of `related.stories`, which pin what the
editor decided so later clustering and rebuilds respect it.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from nouvelles.articles import admin as articles_admin
from nouvelles.articles.models import Article, Story
from nouvelles.related.index import update_related
from nouvelles.related.models import RelatedLink
from nouvelles.related.stories import (
    lock_title,
    merge_stories,
    move_article,
    split_story,
)


class StoryAdmin(articles_admin.StoryAdmin):
    list_display = [
        "title", "article_count", "source_count", "last_published_at", "is_open", "title_locked",
    ]  # fmt: skip
    list_filter = ["is_open", "title_locked"]
    actions = ["merge_selected", "lock_titles", "unlock_titles"]

    @admin.action(description=_("Merge the selected stories (into the oldest)"))
    def merge_selected(self, request, queryset):
        stories = list(queryset.order_by("created_at", "pk"))
        if len(stories) < 2:
            self.message_user(request, _("Select at least two stories to merge."), messages.WARNING)
            return
        target = merge_stories(stories[0], stories[1:])
        self.message_user(request, _("Stories merged into “%s”.") % target.title)

    @admin.action(description=_("Lock the title of the selected stories"))
    def lock_titles(self, request, queryset):
        for story in queryset:
            lock_title(story)
        self.message_user(request, _("Titles locked."))

    @admin.action(description=_("Unlock the title of the selected stories"))
    def unlock_titles(self, request, queryset):
        queryset.update(title_locked=False)
        self.message_user(request, _("Titles unlocked."))

    def save_model(self, request, obj, form, change):
        # An editor who retitles a story means it: the title stays.
        if change and "title" in form.changed_data:
            obj.title_locked = True
        super().save_model(request, obj, form, change)


class StoryActionForm(ActionForm):
    story = forms.IntegerField(
        label=_("target story id"), required=False, help_text=_("for “Move to story”")
    )


class ArticleAdmin(articles_admin.ArticleAdmin):
    action_form = StoryActionForm
    actions = [*(articles_admin.ArticleAdmin.actions or []), "move_to_story", "split_out"]

    @admin.action(description=_("Move to story (give the target story id)"))
    def move_to_story(self, request, queryset):
        target = Story.objects.filter(pk=request.POST.get("story") or 0).first()
        if target is None:
            self.message_user(request, _("Give the id of an existing story."), messages.ERROR)
            return
        articles = list(queryset)
        for article in articles:
            move_article(article, target)
        refresh_links(articles)
        count = len(articles)
        self.message_user(
            request,
            ngettext("%(n)d article moved.", "%(n)d articles moved.", count) % {"n": count},
        )

    @admin.action(description=_("Split out of their story into a new story"))
    def split_out(self, request, queryset):
        articles = list(queryset)
        story_ids = {a.story_id for a in articles}
        if len(story_ids) != 1 or None in story_ids:
            self.message_user(
                request, _("Select articles of one and the same story."), messages.ERROR
            )
            return
        new = split_story(articles[0].story, articles)
        refresh_links(articles)
        self.message_user(request, _("New story “%s” created.") % new.title)

    def save_model(self, request, obj, form, change):
        moved = change and "story" in form.changed_data and obj.story_id is not None
        target = obj.story
        if moved:
            obj.story_id = form.initial.get("story")  # move_article does the move itself
        super().save_model(request, obj, form, change)
        if moved:
            move_article(obj, target)
            refresh_links([obj])


def refresh_links(articles: list[Article]) -> None:
    for article in articles:
        update_related(article)


@admin.register(RelatedLink)
class RelatedLinkAdmin(admin.ModelAdmin):
    list_display = ["article", "related", "rank", "score"]
    raw_id_fields = ["article", "related"]


admin.site.unregister(Story)
admin.site.register(Story, StoryAdmin)
admin.site.unregister(Article)
admin.site.register(Article, ArticleAdmin)
