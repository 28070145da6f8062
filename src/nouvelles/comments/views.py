"""Public comment endpoints: post, "thank you", reply form, and the privacy page.

The post endpoint is exempt from Django's cookie CSRF check because the form sits on
cached pages that set no cookie; `gates.check_request_origin` plus the signed form
token replace it (docs/comments.md explains why this is equivalent).
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from nouvelles.articles.models import Article
from nouvelles.comments import gates, moderation
from nouvelles.comments.forms import HONEYPOT_FIELD, CommentForm, blank_form
from nouvelles.comments.models import Comment
from nouvelles.core.spam_rules import check_honeypot

THANKS_SALT = "nouvelles.comments.thanks"


def _page(request, template: str, context: dict, status: int = 200):
    response = render(request, template, context, status=status)
    add_never_cache_headers(response)  # per-submission answers are never shared
    return response


def _form_page(request, article, form, message: str, status: int, parent=None):
    return _page(
        request,
        "comments/form_page.html",
        {"article": article, "form": form, "message": message, "parent": parent},
        status=status,
    )


def _rejected(request, article, message: str, status: int):
    return _page(
        request, "comments/rejected.html", {"article": article, "message": message}, status
    )


@csrf_exempt
@require_POST
def post_comment(request, article_id: int):
    article = get_object_or_404(
        Article.objects.published().select_related("category"), pk=article_id
    )
    origin = gates.check_request_origin(request)
    if not origin.ok:
        return _rejected(
            request, article, _("This form can only be sent from this site's pages."), 403
        )
    if not moderation.comments_open(article):
        return _rejected(request, article, _("Comments are closed on this article."), 403)

    form = CommentForm(request.POST, article=article)
    parent = _parent_from(request.POST.get("parent"), article)
    if not form.is_valid():
        form.refresh_token()
        message = _("Your comment could not be sent: please correct the fields marked below.")
        return _form_page(request, article, form, message, 400, parent)
    if not check_honeypot(form.cleaned_data.get(HONEYPOT_FIELD, "")).ok:
        form.refresh_token()
        message = _("Your comment could not be sent. Please leave the last field empty.")
        return _form_page(request, article, form, message, 400, parent)
    token = gates.check_form_token(form.cleaned_data.get("token", ""), article.pk)
    if not token.ok:
        form.refresh_token()
        message = _(
            "Your comment was sent too quickly after the page was shown, or the page is too old. "
            "Please check it and send it again."
        )
        return _form_page(request, article, form, message, 400, parent)

    ip = gates.client_ip(request)
    rate = gates.check_rate_limits(ip, form.cleaned_data["email"])
    if not rate.verdict.ok:
        response = _page(
            request,
            "comments/please_wait.html",
            {"article": article, "form": form, "retry_after": rate.retry_after},
            status=429,
        )
        response["Retry-After"] = str(rate.retry_after)
        return response

    comment = moderation.submit_comment(
        article,
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
        website=form.cleaned_data["website"],
        text=form.cleaned_data["text"],
        parent=parent,
        ip_address=ip,
        user_agent=request.headers.get("User-Agent", ""),
    )
    token = signing.dumps(comment.pk, salt=THANKS_SALT)
    return HttpResponseRedirect(reverse("comments:thanks", args=[token]), status=303)


def _parent_from(raw: str | None, article) -> Comment | None:
    if not raw or not str(raw).isdigit():
        return None
    return Comment.objects.approved().filter(pk=int(raw), article=article).first()


@require_GET
def thanks(request, token: str):
    try:
        comment_id = signing.loads(token, salt=THANKS_SALT, max_age=24 * 3600)
    except signing.BadSignature as exc:
        raise Http404("unknown comment") from exc
    comment = get_object_or_404(Comment.objects.select_related("article"), pk=comment_id)
    return _page(
        request,
        "comments/thanks.html",
        {"comment": comment, "article": comment.article, "published": comment.status == "approved"},
    )


@require_GET
def reply(request, comment_id: int):
    parent = get_object_or_404(Comment.objects.approved().select_related("article"), pk=comment_id)
    article = parent.article
    if not Article.objects.published().filter(pk=article.pk).exists():
        raise Http404("article not published")
    if not moderation.comments_open(article):
        return _rejected(request, article, _("Comments are closed on this article."), 403)
    form = blank_form(article, parent_id=parent.pk)
    return _form_page(request, article, form, "", 200, parent)


@require_GET
def privacy(request):
    from nouvelles.site.models import SiteSettings

    context = {
        "retention_days": settings.NOUVELLES_COMMENTS_RETENTION_DAYS,
        "hold_first_time": settings.NOUVELLES_COMMENTS_HOLD_FIRST_TIME,
        "akismet": bool(settings.NOUVELLES_AKISMET_API_KEY)
        and "akismet" in settings.NOUVELLES_COMMENTS_SPAM_BACKENDS,
        "akismet_url": settings.NOUVELLES_AKISMET_URL,
        "privacy_contact": SiteSettings.load().privacy_contact,
        "rate_ip": settings.NOUVELLES_COMMENTS_RATE_IP,
    }
    return render(request, "comments/privacy.html", context)
