"""Fixtures for the public site: a fully dressed article, and an empty page cache per test."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from nouvelles.site.models import AdSlot, SiteSettings
from tests.factories import ArticleFactory, CategoryFactory, TagFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


def parse(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


FULL_BLOCKS = [
    ("paragraph", 'Le ministre a parlé de "réforme" hier.', "El ministro habló ayer.", {}),
    ("heading", "Ce qui change", "Lo que cambia", {"level": 2}),
    ("paragraph", "Deuxième paragraphe : la suite.", "Segundo párrafo.", {}),
    (
        "quote",
        "Nous ne reculerons pas !",
        "¡No retrocederemos!",
        {"speaker": "Ana Pérez"},
    ),
    ("list", "Premier point\nSecond point", "Primero\nSegundo", {"ordered": False}),
    (
        "image",
        "La place de la mairie.",
        "La plaza.",
        {
            "src": "https://img.example/plaza.jpg",
            "alt": "Une place pleine de monde",
            "credit": "Agence X",
        },
    ),
    ("paragraph", "Troisième paragraphe.", "Tercer párrafo.", {}),
    ("embed", "La vidéo de la déclaration", "", {"url": "https://video.example/v/1"}),
    ("paragraph", "Quatrième paragraphe.", "Cuarto párrafo.", {}),
]


@pytest.fixture
def site_settings(db):
    settings_row = SiteSettings.load()
    settings_row.name = "Nouvelles du Monde"
    settings_row.tagline = "L'actualité du monde, traduite"
    settings_row.save()
    return settings_row


@pytest.fixture
def full_article(db, site_settings):
    category = CategoryFactory(name="International", slug="international")
    tags = [
        TagFactory(name="Espagne", slug="espagne"),
        TagFactory(name="Élections", slug="elections"),
    ]
    article = ArticleFactory(
        title='Le gouvernement annonce une "réforme" majeure',
        lead="Le chapeau : ce qu'il faut savoir?",
        slug="reforme-majeure",
        category=category,
        blocks=FULL_BLOCKS,
        tags=tags,
        image_url="https://img.example/main.jpg",
        image_caption="Le ministre à Madrid.",
        image_credit="Photo Agence",
        image_alt="Le ministre devant un pupitre",
    )
    return article


@pytest.fixture
def ad_slots(db):
    return [
        AdSlot.objects.create(
            name="in",
            placement="in_article",
            after_paragraph=2,
            house_text="Abonnez-vous",
            house_url="https://example.org/abo",
        ),
        AdSlot.objects.create(name="side", placement="sidebar", house_text="Notre lettre"),
        AdSlot.objects.create(name="end", placement="end", html="<p>Annonce <b>fin</b></p>"),
    ]
