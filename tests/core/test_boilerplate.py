"""Universal boilerplate patterns: short lines only, in fr/en/es."""

import pytest

from nouvelles.core.boilerplate import matches_pattern, remove_boilerplate
from nouvelles.core.types import Block, BlockKind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lire aussi : Le Rhône n'a jamais été aussi bas", "read-also"),
        ("À LIRE AUSSI - Les glaciers fondent", "read-also"),
        ("Read more: What the dockers want", "read-also"),
        ("Lee también: El temporal cierra el puerto", "read-also"),
        ("Partager Facebook Twitter LinkedIn E-mail", "share"),
        ("Share this: Facebook, Twitter", "share"),
        ("PUBLICITÉ", "ad-label"),
        ("Advertisement", "ad-label"),
        ("Publicidad", "ad-label"),
        ("Leave a Comment", "comment-form"),
        ("Your email address will not be published.", "comment-form"),
        (
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "comment-form",
        ),
        ("Inscrivez-vous à notre newsletter", "newsletter"),
        ("Suscríbete a nuestro boletín", "newsletter"),
    ],
)
def test_patterns(text, kind):
    assert matches_pattern(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a partagé ses doutes sur Twitter lors d'une conférence de presse mardi.",
        "La publicité pour le tabac est interdite depuis 1991, rappelle le rapport de la commission.",
        # A long paragraph that mentions a newsletter is article text.
        "Dans sa newsletter envoyée à 40 000 abonnés, l'association explique pourquoi elle quitte "
        "la coalition après dix ans de travail commun et trois campagnes nationales, et ce qu'elle "
        "compte faire désormais pour défendre les vallées.",
    ],
)
def test_article_sentences_are_kept(text):
    assert matches_pattern(text) == ""


def test_share_list_removed_images_kept():
    blocks = [
        Block(BlockKind.LIST, "Facebook\nTwitter\nE-mail"),
        Block(BlockKind.IMAGE, "Publicité", {"src": "https://example.org/i.jpg"}),
        Block(BlockKind.LIST, "Un point\nFacebook"),
    ]
    kept, removed = remove_boilerplate(blocks)
    assert removed == blocks[:1]
    assert kept == blocks[1:]
