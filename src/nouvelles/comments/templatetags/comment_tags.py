"""Template tags for the comment section: the threaded list, the form, and safe text."""

from __future__ import annotations

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from nouvelles.comments.models import Comment
from nouvelles.core.comment_text import TextRun, split_paragraphs
from nouvelles.site.baked import INT, BakedQuery

register = template.Library()

LINK_REL = "nofollow ugc noopener"


def _run_html(run: TextRun) -> SafeString:
    if run.href:
        return format_html('<a href="{}" rel="{}">{}</a>', run.href, LINK_REL, run.text)
    return format_html("{}", run.text)


@register.filter
def comment_text(text: str) -> SafeString:
    """Plain text -> paragraphs with line breaks and nofollow links. Everything else is escaped."""
    paragraphs = []
    for lines in split_paragraphs(text or ""):
        rendered = [mark_safe("".join(_run_html(run) for run in line)) for line in lines]
        paragraphs.append(format_html("<p>{}</p>", mark_safe("<br>".join(rendered))))
    return mark_safe("".join(paragraphs))


@register.filter
def commenter_link(comment: Comment) -> SafeString:
    """The commenter's name, linked to their website when it is an http(s) address."""
    website = (comment.website or "").strip()
    if website.lower().startswith(("http://", "https://")):
        return format_html('<a href="{}" rel="{}">{}</a>', website, LINK_REL, comment.name)
    return format_html("{}", comment.name)


# Compiled once per process (`site.baked`): the article page's one comment query.
_APPROVED_COMMENTS = BakedQuery(
    lambda article_id: (
        Comment.objects.approved().filter(article_id=article_id).order_by("created_at", "pk")
    ),
    article_id=INT,
)


def threaded_comments(article) -> list[tuple[Comment, list[Comment]]]:
    """Approved comments as (top-level comment, its approved replies), oldest first."""
    comments = _APPROVED_COMMENTS(article_id=article.pk)
    for c in comments:
        c.article = article  # one query for the whole section, whatever the number of comments
    replies: dict[int, list[Comment]] = {}
    top: list[Comment] = []
    ids = {c.pk for c in comments}
    for c in comments:
        if c.parent_id and c.parent_id in ids:
            replies.setdefault(c.parent_id, []).append(c)
        elif not c.parent_id:
            top.append(c)
    # A reply whose parent is not shown (held, spam, erased) is shown on its own.
    top += [c for c in comments if c.parent_id and c.parent_id not in ids]
    top.sort(key=lambda c: (c.created_at, c.pk))
    return [(c, replies.get(c.pk, [])) for c in top]


@register.simple_tag
def comment_section(article) -> SafeString:
    """The article page's comment section (`comments.section`, written in Python)."""
    from nouvelles.comments.section import render_section  # here: section imports this module

    return render_section(article)


# The visible fields of a blank comment form render to the same HTML on every article
# (the per-article parts, action URL and token, are outside them): kept per language.
_BLANK_FIELDS: dict[tuple, SafeString] = {}


@register.simple_tag
def comment_fields(form) -> SafeString:
    """The form's visible fields; a blank form's HTML is rendered once per language and limit."""
    visible = [f.name for f in form.visible_fields()]
    blank = not form.is_bound and not any(form.initial.get(name) for name in visible)
    key = (type(form), get_language(), settings.NOUVELLES_COMMENTS_MAX_LENGTH, *visible)
    if blank and key in _BLANK_FIELDS:
        return _BLANK_FIELDS[key]
    html = mark_safe(render_to_string("comments/form_fields.html", {"form": form}))
    if blank:
        _BLANK_FIELDS[key] = html
    return html


@register.simple_tag
def comment_hidden_fields(form) -> SafeString:
    """The token and parent inputs, as the widgets write them, without the widget templates."""
    html = []
    for name in ("token", "parent"):
        value = form[name].value()
        shown = "" if value in (None, "") else format_html(' value="{}"', value)
        html.append(format_html('<input type="hidden" name="{}"{} id="id_{}">', name, shown, name))
    return mark_safe("".join(html))
