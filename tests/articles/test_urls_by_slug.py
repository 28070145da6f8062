"""`slug_url` gives what `reverse()` gives, for every slug route it serves and any value."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix

from nouvelles.articles.urls_by_slug import pk_url, slug_url

NAMES = ["site:article", "site:article_original", "site:category", "site:tag", "site:author",
         "site:story"]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("slug", ["article-12", "Un_titre-2", "a", "zq0slug0qz", "0"])
def test_same_url_as_reverse(name, slug):
    assert slug_url(name, slug) == reverse(name, kwargs={"slug": slug})


@pytest.mark.parametrize("slug", ["é-t-é", "a b", "a/b", "", None, 12])
def test_values_the_slug_converter_refuses_go_through_reverse(slug):
    try:
        expected = reverse("site:article", kwargs={"slug": slug})
    except NoReverseMatch:
        with pytest.raises(NoReverseMatch):
            slug_url("site:article", slug)
    else:
        assert slug_url("site:article", slug) == expected


def test_follows_the_script_prefix():
    before = slug_url("site:tag", "climat")
    set_script_prefix("/journal/")
    try:
        assert slug_url("site:tag", "climat") == "/journal" + before
        assert slug_url("site:tag", "climat") == reverse("site:tag", kwargs={"slug": "climat"})
    finally:
        clear_script_prefix()
    assert slug_url("site:tag", "climat") == before


def test_a_route_without_a_slug_goes_through_reverse():
    with pytest.raises(NoReverseMatch):
        slug_url("site:home", "x")


@pytest.mark.parametrize("name", ["comments:post", "comments:reply"])
@pytest.mark.parametrize("pk", [0, 7, 12345, 987_654_321_012_345])
def test_pk_url_same_url_as_reverse(name, pk):
    assert pk_url(name, pk) == reverse(name, args=[pk])


@pytest.mark.parametrize("pk", [-1, "12", None, True])
def test_pk_url_values_the_int_converter_refuses_go_through_reverse(pk):
    try:
        expected = reverse("comments:post", args=[pk])
    except NoReverseMatch:
        with pytest.raises(NoReverseMatch):
            pk_url("comments:post", pk)
    else:
        assert pk_url("comments:post", pk) == expected


def test_pk_url_follows_the_script_prefix():
    before = pk_url("comments:post", 3)
    set_script_prefix("/journal/")
    try:
        assert pk_url("comments:post", 3) == "/journal" + before
    finally:
        clear_script_prefix()
