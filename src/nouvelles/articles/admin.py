from django.contrib import admin

from nouvelles.articles.models import Article, Author, Block, Category, Story, Tag


class BlockInline(admin.StackedInline):
    model = Block
    extra = 0
    fields = ["position", "kind", "text", "original_text", "attrs", "edited"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "source", "category", "original_language", "published_at"]
    list_filter = ["status", "source", "category", "original_language", "published_at"]
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
