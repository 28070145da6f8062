from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from nouvelles.articles.models import Article, Author, Block, Category, Story, Tag
from nouvelles.articles.publish import publish_article, unpublish_article
from nouvelles.translation.admin import BlockReviewForm, TranslationReviewMixin, translate_again


class BlockEditorForm(BlockReviewForm):
    """One block in the article's block editor: text areas sized for a paragraph."""

    class Meta(BlockReviewForm.Meta):
        widgets = {
            "text": forms.Textarea(attrs={"rows": 4, "cols": 90}),
            "position": forms.NumberInput(attrs={"style": "width: 4em"}),
        }


class BlockInline(admin.StackedInline):
    """The block editor: fix a paragraph; the original text stays read-only beside it.

    Changing a block's text marks it `edited` (BlockReviewForm), so re-extraction
    and re-translation leave it alone.
    """

    model = Block
    form = BlockEditorForm
    extra = 0
    ordering = ["position"]
    fields = [("position", "kind", "edited"), "text", "original_text", "attrs"]
    readonly_fields = ["original_text"]


@admin.action(description=_("Publish the selected articles"), permissions=["change"])
def publish_selected(modeladmin, request, queryset) -> None:
    articles = list(queryset)
    for article in articles:
        publish_article(article)
    modeladmin.message_user(
        request,
        ngettext("%(n)d article published.", "%(n)d articles published.", len(articles))
        % {"n": len(articles)},
        messages.SUCCESS,
    )


@admin.action(
    description=_("Unpublish the selected articles (back to draft)"), permissions=["change"]
)
def unpublish_selected(modeladmin, request, queryset) -> None:
    articles = list(queryset.filter(status=Article.Status.PUBLISHED))
    for article in articles:
        unpublish_article(article)
    modeladmin.message_user(
        request,
        ngettext("%(n)d article unpublished.", "%(n)d articles unpublished.", len(articles))
        % {"n": len(articles)},
        messages.SUCCESS,
    )


@admin.register(Article)
class ArticleAdmin(TranslationReviewMixin, admin.ModelAdmin):
    list_display = [
        "title",
        "status",
        "source",
        "category",
        "original_language",
        "translation_state",
        "published_at",
    ]
    list_filter = [
        "status",
        "translation_state",
        "source",
        "category",
        "original_language",
        "published_at",
    ]
    list_select_related = ["source", "category"]
    actions = [publish_selected, unpublish_selected, translate_again]
    search_fields = ["title", "original_title", "lead", "slug", "source__name", "author__name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["tags", "author", "story", "category"]
    raw_id_fields = ["duplicate_of"]
    date_hierarchy = "published_at"
    inlines = [BlockInline]

    def view_on_site(self, obj: Article) -> str:
        """The public page once published; the staff preview before that."""
        if obj.is_published:
            return obj.get_absolute_url()
        return reverse("site:article-preview", kwargs={"pk": obj.pk})

    def save_model(self, request, obj: Article, form, change) -> None:
        """A status change goes through publish_article/unpublish_article, like everywhere."""
        new_status = obj.status
        if "status" not in form.changed_data:
            super().save_model(request, obj, form, change)
            return
        obj.status = form.initial.get("status") or Article.Status.DRAFT
        super().save_model(request, obj, form, change)
        if new_status == Article.Status.PUBLISHED:
            publish_article(obj, at=obj.published_at)
        elif obj.status != new_status:
            unpublish_article(obj, status=new_status)


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position", "no_ads", "comments_closed"]
    list_editable = ["position", "no_ads", "comments_closed"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "article_count", "source_count", "last_published_at", "is_open"]
    search_fields = ["title"]
