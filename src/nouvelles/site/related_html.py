""" "Lire aussi" on the article page, written in Python: the list, the inline link, the story link.

Like the body (`site.body`), these run on every uncached article page, and templates
spent more time on their few lines than on the rest of the page's text. The markup is
the one the templates used to write (tests/site/test_related_html.py and the page tests
pin it); the list itself still comes from `nouvelles.related.lookup.related_articles`.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nouvelles.site.templatetags.news import date_text, iso_datetime
from nouvelles.site.templatetags.typography import typography


def _dated_link(item, language: str) -> tuple[str, str, str]:
    """An item's link, its source's name ("" without one) and its <time> element."""
    published = item.published_at
    link = (
        f'<a href="{escape(item.get_absolute_url())}">'
        f"{escape(typography(item.title, language))}</a>"
    )
    source = escape(item.source.name) if item.source else ""
    time = f'<time datetime="{iso_datetime(published)}">{escape(date_text(published))}</time>'
    return link, source, time


def related_list_html(related: Sequence, language: str) -> str:
    """The "Lire aussi" section after the article ("" when nothing is related)."""
    if not related:
        return ""
    items = []
    for item in related:
        link, source, time = _dated_link(item, language)
        meta = f'<span class="related-source">{source}</span> · ' if source else ""
        items.append(f'\n    <li>{link}\n      <span class="meta">{meta}{time}</span></li>')
    return (
        '<section class="related" aria-labelledby="related-title">\n'
        f'  <h2 id="related-title">{_("Read also")}</h2>\n'
        f"  <ul>{''.join(items)}\n  </ul>\n</section>\n"
    )


def story_link_html(story, language: str) -> str:
    """The link from an article to its story's page ("" without a story)."""
    if story is None:
        return ""
    count = story.source_count
    sources = ""
    if count > 1:
        counted = ngettext("%(counter)s source", "%(counter)s sources", count)
        sources = f' <span class="meta">({counted % {"counter": count}})</span>'
    return (
        f'<p class="story-link"><a href="{escape(story.get_absolute_url())}">'
        f"{_('Full coverage')} : {escape(typography(story.title, language))}</a>{sources}</p>"
    )


def related_html(article, related: Sequence, language: str) -> str:
    """The list, then the story link, with the blank lines the page's template include wrote."""
    listed = related_list_html(related, language)
    story = story_link_html(article.story, language)
    return ("\n\n" + listed if listed else "\n") + f"\n\n{story}\n\n"


def inline_related_html(item, language: str) -> str:
    """The inline "Lire aussi" link placed after paragraph N of the body."""
    link, source, time = _dated_link(item, language)
    read_also = _("Read also")
    meta = f"{source} · " if source else ""
    return (
        f'\n<aside class="related-inline" aria-label="{read_also}"><p><strong>{read_also} :'
        f'</strong> {link} <span class="meta">{meta}{time}</span></p></aside>\n'
    )
