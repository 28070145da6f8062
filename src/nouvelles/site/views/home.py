from django.shortcuts import render

from nouvelles.articles.models import Article


def home(request):
    latest = Article.objects.published().select_related("category")[:20]
    return render(request, "site/home.html", {"latest": latest})
