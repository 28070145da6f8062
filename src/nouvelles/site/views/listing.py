from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from nouvelles.articles.models import Article, Author, Category, Story, Tag
from nouvelles.sources.models import Source


def _listing(request, title: str, queryset):
    page = Paginator(queryset.select_related("category"), 20).get_page(request.GET.get("page"))
    return render(request, "site/list.html", {"title": title, "page": page})


def category_list(request, slug: str):
    category = get_object_or_404(Category, slug=slug)
    return _listing(request, category.name, Article.objects.published().filter(category=category))


def tag_list(request, slug: str):
    tag = get_object_or_404(Tag, slug=slug)
    return _listing(request, tag.name, Article.objects.published().filter(tags=tag))


def author_list(request, slug: str):
    author = get_object_or_404(Author, slug=slug)
    return _listing(request, author.name, Article.objects.published().filter(author=author))


def source_list(request, pk: int):
    source = get_object_or_404(Source, pk=pk)
    return _listing(request, source.name, Article.objects.published().filter(source=source))


def story_list(request, slug: str):
    story = get_object_or_404(Story, slug=slug)
    return _listing(request, story.title, Article.objects.published().filter(story=story))
