from django.contrib import admin

from nouvelles.articles.models import Article, Author, Block, Category, Story, Tag
from nouvelles.translation.admin import BlockReviewForm, TranslationReviewMixin, translate_again


class BlockInline(admin.StackedInline):
    model = Block
    form = BlockReviewForm
    extra = 0
    fields = ["position", "kind", "text", "original_text", "attrs", "edited"]


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
    actions = [translate_again]
    search_fields = ["title", "original_title", "lead"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["tags", "author", "story", "category"]
    raw_id_fields = ["duplicate_of"]
    date_hierarchy = "published_at"
    inlines = [BlockInline]


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position", "no_ads", "comments_closed"]
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
