"""The blank comment form's fields are rendered once per language, then reused on every article."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.test.signals import template_rendered
from django.utils import translation

from nouvelles.comments import section
from nouvelles.comments.forms import CommentForm, blank_form
from nouvelles.comments.templatetags import comment_tags
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def rendered():
    names: list[str] = []

    def record(sender, template, context, **kwargs):
        names.append(template.name)

    comment_tags._BLANK_FIELDS.clear()
    section._BLANK_FORMS.clear()
    template_rendered.connect(record)
    yield names
    template_rendered.disconnect(record)
    comment_tags._BLANK_FIELDS.clear()
    section._BLANK_FORMS.clear()


def field_names(response) -> list[str]:
    form = BeautifulSoup(response.content, "html.parser").select_one("form.comment-form")
    return [f["name"] for f in form.select("input, textarea")]


def test_second_article_reuses_the_blank_fields(client, rendered):
    first, second = ArticleFactory(), ArticleFactory()
    one = client.get(first.get_absolute_url())
    assert rendered.count("comments/form_fields.html") == 1
    two = client.get(second.get_absolute_url())
    assert rendered.count("comments/form_fields.html") == 1  # not rendered again
    assert field_names(one) == field_names(two)
    assert "name" in field_names(two) and "text" in field_names(two)
    # Each article keeps its own action and token.
    action = BeautifulSoup(two.content, "html.parser").select_one("form.comment-form")["action"]
    assert str(second.pk) in action


def test_cached_fields_are_per_language_and_limit(rendered, settings):
    article = ArticleFactory()
    with translation.override("fr"):
        french = str(comment_tags.comment_fields(blank_form(article)))
    with translation.override("en"):
        english = str(comment_tags.comment_fields(blank_form(article)))
    assert "Nom" in french and "Name" in english
    settings.NOUVELLES_COMMENTS_MAX_LENGTH = 123
    with translation.override("en"):
        assert 'maxlength="123"' in str(comment_tags.comment_fields(blank_form(article)))


def test_a_bound_form_shows_its_values_and_errors(rendered):
    article = ArticleFactory()
    with translation.override("fr"):
        comment_tags.comment_fields(blank_form(article))  # fills the cache
        form = CommentForm({"name": "Ana", "email": "pas-un-email", "text": ""}, article=article)
        form.is_valid()
        html = str(comment_tags.comment_fields(form))
    assert 'value="Ana"' in html
    assert "field-error" in html


@pytest.mark.parametrize("parent", [None, 7])
def test_hidden_inputs_match_the_widgets(parent):
    article = ArticleFactory()
    blank = blank_form(article, parent)
    bound = CommentForm({"token": "abc", "parent": ""}, article=article)
    for form in (blank, bound):
        expected = str(form["token"]) + str(form["parent"])
        assert str(comment_tags.comment_hidden_fields(form)) == expected
