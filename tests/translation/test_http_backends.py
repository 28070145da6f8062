"""LibreTranslate, DeepL and OpenAI-compatible backends against local servers speaking their APIs."""

import json
import time

import pytest

from nouvelles.core.glossary import GlossaryTerm
from nouvelles.translation.backends.base import BackendTimeout, BackendUnavailable, BadResponse
from nouvelles.translation.backends.deepl import DeepLBackend
from nouvelles.translation.backends.libretranslate import LibreTranslateBackend
from nouvelles.translation.backends.openai_compat import OpenAICompatBackend, parse_array


def upper(texts):
    return [f"FR:{t}" for t in texts]


# --- LibreTranslate ------------------------------------------------------------------------


def libretranslate(request):
    if request.path == "/languages":
        return 200, [{"code": "es", "name": "Spanish", "targets": ["fr", "en"]}], {}
    body = request.json()
    if body.get("api_key") != "secret":
        return 403, {"error": "Invalid API key"}, {}
    return 200, {"translatedText": upper(body["q"])}, {}


def test_libretranslate_batch_with_key(api_server):
    server = api_server(libretranslate)
    backend = LibreTranslateBackend("lt", {"URL": server.url, "API_KEY": "secret"})
    assert ("es", "fr") in backend.language_pairs()
    result = backend.translate_batch(["Hola.", "Adiós."], "es", "fr")
    assert result.texts == ["FR:Hola.", "FR:Adiós."]
    sent = server.requests[-1].json()
    assert sent == {
        "q": ["Hola.", "Adiós."],
        "source": "es",
        "target": "fr",
        "format": "text",
        "api_key": "secret",
    }


def test_libretranslate_refused_key_is_explained(api_server):
    server = api_server(libretranslate)
    backend = LibreTranslateBackend("lt", {"URL": server.url, "API_KEY": "wrong"})
    with pytest.raises(BackendUnavailable, match=r"refused the API key .*403.*Invalid API key"):
        backend.translate_batch(["Hola."], "es", "fr")


@pytest.mark.parametrize(
    ("status", "body", "headers", "error", "match"),
    [
        (
            429,
            {"error": "Slowdown: 10 per minute"},
            {"Retry-After": "30"},
            BackendUnavailable,
            r"rate limiting.*Slowdown.*retry after 30 s",
        ),
        (
            500,
            {"error": "Cannot translate text"},
            {},
            BackendUnavailable,
            r"failed on its side \(500\)",
        ),
        (502, "<html>Bad gateway</html>", {}, BackendUnavailable, r"\(502\)"),
        (200, "<html>not json</html>", {}, BadResponse, "not JSON"),
        (200, {"translatedText": ["only one"]}, {}, BadResponse, "1 segments for 2 sent"),
        (200, {"unexpected": True}, {}, BadResponse, "without translatedText"),
    ],
    ids=["429", "500", "502-html", "garbage", "wrong-count", "wrong-shape"],
)
def test_libretranslate_errors(api_server, status, body, headers, error, match):
    server = api_server(lambda r: (status, body, headers))
    backend = LibreTranslateBackend("lt", {"URL": server.url})
    with pytest.raises(error, match=match):
        backend.translate_batch(["Hola.", "Adiós."], "es", "fr")


def test_slow_server_times_out(api_server):
    def slow(request):
        time.sleep(1.5)
        return 200, {"translatedText": ["late"]}, {}

    backend = LibreTranslateBackend("lt", {"URL": api_server(slow).url, "TIMEOUT": 0.5})
    with pytest.raises(BackendTimeout, match=r"did not answer within 0\.5 s"):
        backend.translate_batch(["Hola."], "es", "fr")


def test_server_down():
    backend = LibreTranslateBackend("lt", {"URL": "http://127.0.0.1:9", "TIMEOUT": 2})
    with pytest.raises(BackendUnavailable, match="unreachable"):
        backend.translate_batch(["Hola."], "es", "fr")
    assert backend.language_pairs() is None  # unknown, not "none"


# --- DeepL ---------------------------------------------------------------------------------


def deepl(request):
    if request.headers.get("Authorization") != "DeepL-Auth-Key abc:fx":
        return 403, {"message": "Authorization failure, check auth_key"}, {}
    body = request.json()
    if len(body["text"]) > 50:
        return 413, {"message": "Request Entity Too Large"}, {}
    return (
        200,
        {
            "translations": [
                {"detected_source_language": body["source_lang"], "text": t}
                for t in upper(body["text"])
            ]
        },
        {},
    )


def test_deepl_batch(api_server):
    server = api_server(deepl)
    backend = DeepLBackend("deepl", {"API_KEY": "abc:fx", "URL": server.url})
    assert backend.translate_batch(["Hola.", "Adiós."], "es", "fr").texts == [
        "FR:Hola.",
        "FR:Adiós.",
    ]
    request = server.requests[-1]
    assert request.path == "/v2/translate"
    assert request.json() == {"text": ["Hola.", "Adiós."], "source_lang": "ES", "target_lang": "FR"}
    assert backend.max_segments == 50  # the pipeline chunks above DeepL's limit


def test_deepl_free_and_pro_endpoints():
    assert DeepLBackend("d", {"API_KEY": "k:fx"}).url == "https://api-free.deepl.com"
    assert DeepLBackend("d", {"API_KEY": "k"}).url == "https://api.deepl.com"


@pytest.mark.parametrize(
    ("status", "match"),
    [
        (403, "refused the API key"),
        (456, "quota exceeded"),
        (429, "rate limiting"),
        (503, r"failed on its side \(503\)"),
    ],
)
def test_deepl_errors(api_server, status, match):
    server = api_server(lambda r: (status, {"message": "nope"}, {}))
    backend = DeepLBackend("deepl", {"API_KEY": "abc:fx", "URL": server.url})
    with pytest.raises(BackendUnavailable, match=match):
        backend.translate_batch(["Hola."], "es", "fr")


def test_deepl_without_key_says_so():
    backend = DeepLBackend("deepl", {})
    assert backend.check() == ["DeepL needs OPTIONS['API_KEY']"]
    with pytest.raises(BackendUnavailable, match="API_KEY"):
        backend.translate_batch(["Hola."], "es", "fr")


# --- OpenAI-compatible ---------------------------------------------------------------------


def llm(content_for):
    def answer(request):
        if request.headers.get("Authorization") not in (None, "Bearer key"):
            return 401, {"error": {"message": "Incorrect API key provided"}}, {}
        body = request.json()
        texts = json.loads(body["messages"][1]["content"])
        content = content_for(texts, body)
        return (
            200,
            {
                "id": "x",
                "object": "chat.completion",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
            },
            {},
        )

    return answer


def test_openai_compat_sends_the_glossary_and_reads_a_fenced_array(api_server):
    server = api_server(llm(lambda texts, body: "```json\n" + json.dumps(upper(texts)) + "\n```"))
    backend = OpenAICompatBackend(
        "llm", {"URL": server.url + "/v1", "MODEL": "mistral", "API_KEY": "key"}
    )
    glossary = [GlossaryTerm("ОП", "le Bureau du président")]
    result = backend.translate_batch(["Hola ZXQ0Q.", "Adiós."], "es", "fr", glossary=glossary)
    assert result.texts == ["FR:Hola ZXQ0Q.", "FR:Adiós."]
    assert result.model == "mistral"
    body = server.requests[-1].json()
    assert server.requests[-1].path == "/v1/chat/completions"
    assert body["model"] == "mistral" and body["temperature"] == 0
    system = body["messages"][0]["content"]
    assert "ОП → le Bureau du président" in system and "ZXQ0Q" in system


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("Sorry, I cannot help with that.", "JSON array"),
        ('["only one"]', "1 segments for 2 sent"),
        ("[1, 2]", "JSON array of strings"),
    ],
)
def test_openai_compat_garbage(api_server, content, match):
    server = api_server(llm(lambda texts, body: content))
    backend = OpenAICompatBackend("llm", {"URL": server.url + "/v1", "MODEL": "m"})
    with pytest.raises(BadResponse, match=match):
        backend.translate_batch(["a", "b"], "es", "fr")


def test_openai_compat_bad_key(api_server):
    server = api_server(llm(lambda texts, body: "[]"))
    backend = OpenAICompatBackend(
        "llm", {"URL": server.url + "/v1", "MODEL": "m", "API_KEY": "bad"}
    )
    with pytest.raises(BackendUnavailable, match=r"401.*Incorrect API key"):
        backend.translate_batch(["a"], "es", "fr")


def test_parse_array_tolerates_chatter():
    assert parse_array('Here you go: ["a", "b"] Hope it helps') == ["a", "b"]
