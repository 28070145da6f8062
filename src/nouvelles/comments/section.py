"""The comment section of the article page, written in Python.

The section is on every uncached article page: rendered by templates, a section with
no comment cost more than the article's body. Here it is written directly, with the
markup of `comments/comment.html` for each comment (tests/comments/test_section.py
checks that both write the same) and the blank form of `comments/form.html`, rendered
by that template once per language and length limit with placeholders for the
per-article parts (action URL and token), which are put in on every page.
"""

from __future__ import annotations

from html import escape

from django.conf import settings
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from nouvelles.articles.urls_by_slug import pk_url
from nouvelles.comments.forms import CommentForm
from nouvelles.comments.gates import make_form_token
from nouvelles.comments.moderation import comments_closed_reason
from nouvelles.comments.templatetags.comment_tags import (
    comment_text,
    commenter_link,
    threaded_comments,
)
from nouvelles.site.templatetags.news import date_text, iso_datetime

# Placeholders of the blank form's per-article parts: an article pk no article has,
# and a token no signer writes (no character of it is escaped).
_PLACEHOLDER_PK = 0
_PLACEHOLDER_TOKEN = "nouvelles-form-token-placeholder"  # noqa: S105 - not a secret
_BLANK_FORMS: dict[tuple, tuple[str, str, str]] = {}


class _PlaceholderArticle:
    pk = _PLACEHOLDER_PK


def _blank_form_parts() -> tuple[str, str, str]:
    """`comments/form.html` for a blank form, cut where the action URL and the token go."""
    key = (get_language(), settings.NOUVELLES_COMMENTS_MAX_LENGTH)
    parts = _BLANK_FORMS.get(key)
    if parts is None:
        form = CommentForm(initial={"token": _PLACEHOLDER_TOKEN, "parent": None})
        html = render_to_string(
            "comments/form.html", {"form": form, "article": _PlaceholderArticle()}
        )
        action = f'action="{reverse("comments:post", args=[_PLACEHOLDER_PK])}"'
        head, found_action, rest = html.partition(action)
        middle, found_token, tail = rest.partition(_PLACEHOLDER_TOKEN)
        if not (found_action and found_token) or action in rest or _PLACEHOLDER_TOKEN in tail:
            raise ValueError("comments/form.html must show its action and its token once")
        parts = _BLANK_FORMS[key] = (head + 'action="', '"' + middle, tail)
    return parts


def blank_form_html(article) -> str:
    """The comment form of `article`'s page, with its action and a token stamped now."""
    head, middle, tail = _blank_form_parts()
    action = escape(pk_url("comments:post", article.pk))
    return head + action + middle + escape(make_form_token(article.pk)) + tail


def comment_html(comment, article_url: str) -> str:
    """One comment, as `comments/comment.html` writes it (`comment.article` is the page's)."""
    name = escape(comment.name)
    created = comment.created_at
    return (
        f'<article class="comment-body" aria-label="{name}">\n'
        f'  <header><p class="comment-author">{commenter_link(comment)}</p>\n'
        f'  <p class="comment-date"><a href="{escape(article_url)}#comment-{comment.pk}">'
        f'<time datetime="{iso_datetime(created)}">{escape(date_text(created, "DATETIME_FORMAT"))}'
        "</time></a></p></header>\n"
        f'  <div class="comment-text">{comment_text(comment.text)}</div>\n'
        "</article>\n"
    )


def _reply_link(comment) -> str:
    hidden = _("to %(name)s") % {"name": escape(comment.name)}
    return (
        f'<p class="comment-reply"><a href="{pk_url("comments:reply", comment.pk)}">'
        f'{_("Reply")}<span class="visually-hidden"> {hidden}</span></a></p>'
    )


def render_section(article) -> SafeString:
    """The comment section: count, threaded comments, then the form or "closed"."""
    thread = threaded_comments(article)
    closed = bool(comments_closed_reason(article))
    count = sum(1 + len(replies) for _c, replies in thread)
    url = article.get_absolute_url()
    title = ngettext("%(counter)s comment", "%(counter)s comments", count) % {"counter": count}
    html = [
        f'<link rel="stylesheet" href="{escape(static("comments/comments.css"))}">\n'
        '<section class="comments" id="comments" aria-labelledby="comments-title">\n'
        f'  <h2 id="comments-title">{title}</h2>\n  '
    ]
    if thread:
        html.append('\n  <ol class="comment-list">\n    ')
        for comment, replies in thread:
            html.append(
                f'\n    <li class="comment" id="comment-{comment.pk}">\n      '
                f"{comment_html(comment, url)}\n      "
                f"{'' if closed else _reply_link(comment)}\n      "
            )
            if replies:
                html.append('\n      <ol class="comment-replies">\n        ')
                html.extend(
                    f'\n        <li class="comment comment-reply-item" id="comment-{reply.pk}">'
                    f"{comment_html(reply, url)}</li>\n        "
                    for reply in replies
                )
                html.append("\n      </ol>\n      ")
            html.append("\n    </li>\n    ")
        html.append("\n  </ol>\n  ")
    html.append("\n  ")
    if closed:
        html.append(
            f'\n  <p class="comments-closed">{_("Comments are closed on this article.")}</p>\n  '
        )
    else:
        html.append(
            f'\n  <h2 id="comment-form-title">{_("Leave a comment")}</h2>\n  '
            f"{blank_form_html(article)}\n  "
        )
    html.append("\n</section>\n")
    return mark_safe("".join(html))
