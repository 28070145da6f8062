"""System checks explain bad settings; the admin marks editors' corrections and re-translates."""

import pytest
from django.core.checks import run_checks
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from nouvelles.articles.models import Article
from nouvelles.translation.admin import BlockReviewForm
from nouvelles.translation.backends.dummy import DummyBackend
from nouvelles.translation.handler import InvalidTranslationBackend, backends
from tests.factories import ArticleFactory


def translation_messages():
    return [m for m in run_checks() if m.id and m.id.startswith("translation.")]


@override_settings(NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy"}})
def test_a_good_setting_has_no_message():
    assert translation_messages() == []


@pytest.mark.parametrize(
    ("setting", "routes", "expected_id", "words"),
    [
        (
            {"default": {"BACKEND": "babelfish"}},
            {},
            "translation.E002",
            "cannot import BACKEND 'babelfish'",
        ),
        ({"default": {"OPTIONS": {}}}, {}, "translation.E002", "needs a BACKEND"),
        ([], {}, "translation.E001", "must be a JSON object"),
        (
            {"default": {"BACKEND": "deepl"}},
            {},
            "translation.W001",
            "DeepL needs OPTIONS['API_KEY']",
        ),
        (
            {"default": {"BACKEND": "apertium", "OPTIONS": {"BINARY": "no-such-apertium"}}},
            {},
            "translation.W001",
            "apt-get install apertium",
        ),
        (
            {"default": {"BACKEND": "openai_compat", "OPTIONS": {"URL": "http://127.0.0.1:1/v1"}}},
            {},
            "translation.W001",
            "OPTIONS['MODEL']",
        ),
        (
            {"default": {"BACKEND": "dummy"}},
            {"es-fr": ["deepl"]},
            "translation.E004",
            "unknown: ['deepl']",
        ),
    ],
    ids=[
        "unknown-backend",
        "no-backend",
        "not-a-dict",
        "deepl-no-key",
        "apertium-missing",
        "llm-no-model",
        "route-alias",
    ],
)
def test_bad_settings_are_explained(setting, routes, expected_id, words):
    with override_settings(NOUVELLES_TRANSLATION=setting, NOUVELLES_TRANSLATION_ROUTES=routes):
        messages = translation_messages()
    assert [m.id for m in messages] == [expected_id]
    assert words in messages[0].msg


@override_settings(
    NOUVELLES_TRANSLATION={"default": {"BACKEND": "nouvelles.articles.models.Article"}}
)
def test_a_class_that_is_not_a_backend_is_refused():
    with pytest.raises(InvalidTranslationBackend, match="not a BaseTranslationBackend subclass"):
        backends["default"]


@pytest.mark.django_db
def test_changing_a_block_text_in_the_admin_marks_it_edited():
    article = ArticleFactory()
    block = article.blocks.get(position=0)
    data = {f: getattr(block, f) for f in ["position", "kind", "text", "original_text", "edited"]}
    data["attrs"] = "{}"
    unchanged = BlockReviewForm(data=data, instance=block)
    assert unchanged.is_valid(), unchanged.errors
    assert unchanged.save().edited is False
    data["text"] = "Premier paragraphe, corrigé."
    form = BlockReviewForm(data=data, instance=block)
    assert form.is_valid()
    assert form.save().edited is True


@pytest.mark.django_db
@override_settings(NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy"}})
def test_admin_article_form_marks_the_translation_revised(admin_client):
    article = ArticleFactory(status=Article.Status.DRAFT)
    url = reverse("admin:articles_article_change", args=[article.pk])
    page = admin_client.get(url)
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data.update({"tags": [], "title": article.title})
    inline = page.context["inline_admin_formsets"][0].formset
    prefix = inline.prefix
    blocks = list(article.blocks.all())
    data.update({f"{prefix}-TOTAL_FORMS": len(blocks), f"{prefix}-INITIAL_FORMS": len(blocks),
                 f"{prefix}-MIN_NUM_FORMS": 0, f"{prefix}-MAX_NUM_FORMS": 1000})  # fmt: skip
    for i, block in enumerate(blocks):
        data.update({f"{prefix}-{i}-id": block.pk, f"{prefix}-{i}-article": article.pk,
                     f"{prefix}-{i}-position": block.position, f"{prefix}-{i}-kind": block.kind,
                     f"{prefix}-{i}-text": block.text, f"{prefix}-{i}-original_text": block.original_text,
                     f"{prefix}-{i}-attrs": "{}"})  # fmt: skip
    data[f"{prefix}-1-text"] = "Deuxième paragraphe, revu."
    for name, value in list(data.items()):
        if hasattr(value, "date") and hasattr(value, "time"):  # split date/time widgets
            local = timezone.localtime(value)
            data.pop(name)
            data[f"{name}_0"] = local.strftime("%d/%m/%Y")
            data[f"{name}_1"] = local.strftime("%H:%M:%S")
    response = admin_client.post(url, data)
    assert response.status_code == 302, (
        response.context["adminform"].form.errors if response.context else ""
    )
    article.refresh_from_db()
    assert article.translation_revised
    assert article.blocks.get(position=1).edited
    assert not article.blocks.get(position=0).edited


@pytest.mark.django_db
@override_settings(NOUVELLES_TRANSLATION={"default": {"BACKEND": "dummy"}})
def test_translate_again_admin_action(admin_client):
    article = ArticleFactory(original_title="Titular")
    response = admin_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "translate_again", "_selected_action": [article.pk]},
        follow=True,
    )
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.title == "[FR] Titular"
    assert any("1 article traduit" in str(m) for m in response.context["messages"])
    assert DummyBackend.calls
