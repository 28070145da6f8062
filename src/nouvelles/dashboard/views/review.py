from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nouvelles.articles.models import Article
from nouvelles.dashboard import roles
from nouvelles.dashboard.access import staff_view_with
from nouvelles.dashboard.forms import CorrectionForm, ScheduleForm
from nouvelles.dashboard.review import (
    approve_article,
    correct_article,
    reject_article,
    review_queue,
    schedule_article,
    scheduled_articles,
)


@staff_view_with(roles.CAN_REVIEW)
def review_list(request):
    page = Paginator(review_queue(), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "dashboard/review.html",
        {"page": page, "scheduled": scheduled_articles()[:50], "schedule_form": ScheduleForm()},
    )


@require_POST
@staff_view_with(roles.CAN_REVIEW)
def review_approve(request, pk: int):
    article = get_object_or_404(Article, pk=pk, status=Article.Status.REVIEW)
    approve_article(article)
    messages.success(request, _("“%(title)s” is published.") % {"title": article.title})
    return redirect("dashboard:review")


@require_POST
@staff_view_with(roles.CAN_REVIEW)
def review_reject(request, pk: int):
    article = get_object_or_404(Article, pk=pk, status=Article.Status.REVIEW)
    reject_article(article)
    messages.success(request, _("“%(title)s” is rejected.") % {"title": article.title})
    return redirect("dashboard:review")


@require_POST
@staff_view_with(roles.CAN_REVIEW)
def review_schedule(request, pk: int):
    article = get_object_or_404(
        Article.objects.filter(pk=pk).exclude(
            status__in=[Article.Status.REJECTED, Article.Status.DUPLICATE]
        )
    )
    if article.status == Article.Status.PUBLISHED and article.published_at <= timezone.now():
        messages.error(request, _("This article is already published."))
        return redirect("dashboard:review")
    form = ScheduleForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("publish_at", []):
            messages.error(request, f"{article.title}: {error}")
        return redirect("dashboard:review")
    at = form.cleaned_data["publish_at"]
    schedule_article(article, at)
    when = formats.date_format(timezone.localtime(at), "DATETIME_FORMAT")
    messages.success(
        request,
        _("“%(title)s” will be published on %(when)s.") % {"title": article.title, "when": when},
    )
    return redirect("dashboard:review")


@staff_view_with(roles.CAN_REVIEW)
def article_correction(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    form = CorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        correct_article(article, form.cleaned_data["text"], user=request.user)
        messages.success(request, _("The correction is shown on the article."))
        return redirect("dashboard:correction", pk=article.pk)
    return render(
        request,
        "dashboard/correction.html",
        {"article": article, "form": form, "corrections": article.corrections.all()},
    )
