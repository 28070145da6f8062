"""Extraction in a child process: the same articles, in parallel with the caller, and a
page that crashes or hangs the child fails alone (a fresh child takes the rest)."""

from __future__ import annotations

import threading
from concurrent.futures import wait
from pathlib import Path

import pytest

from nouvelles.core.extract import ExtractionError, extract_article
from nouvelles.core.extractor_process import ExtractorProcess
from tests.core.extractor_helpers import CRASH, HANG

PAGES = Path(__file__).parents[1] / "data" / "pages"
BASE = "https://courrier.example"
HELPER = "tests.core.extractor_helpers:extract_or_misbehave"


def pages() -> list[tuple[str, str]]:
    found = sorted(p for p in PAGES.glob("*.html"))
    assert len(found) >= 4
    return [(p.read_text().replace("{base}", BASE), f"{BASE}/pages/{p.name}") for p in found]


@pytest.fixture
def extractor():
    made: list[ExtractorProcess] = []

    def make(**kwargs) -> ExtractorProcess:
        made.append(ExtractorProcess(**kwargs))
        return made[-1]

    yield make
    for process in made:
        process.close()


def _result(future):
    try:
        return future.result(timeout=60).article
    except ExtractionError as exc:
        return ("error", str(exc))


def _in_process(html, url):
    try:
        return extract_article(html, url)
    except ExtractionError as exc:
        return ("error", str(exc))


def test_articles_are_the_ones_extracted_in_process(extractor):
    process = extractor()
    futures = [process.submit(html, url) for html, url in pages()]
    assert [_result(f) for f in futures] == [_in_process(html, url) for html, url in pages()]
    assert process.pid is not None and process.restarts == 0


def test_bytes_are_decoded_in_the_child_as_the_fetcher_would(extractor):
    from nouvelles.core.charset import decode_body

    html, url = pages()[0]
    latin = html.replace("</title>", " \u2013 été</title>").encode("cp1252")
    ctype = "text/html; charset=windows-1252"
    extraction = extractor().submit(latin, url, ctype).result(timeout=60)
    text, encoding = decode_body(latin, ctype)
    assert extraction.encoding == encoding == "cp1252"
    assert extraction.article == extract_article(text, url)
    utf8 = extractor().submit(html.encode(), url).result(timeout=60)
    assert utf8.encoding == "utf-8" and utf8.article == extract_article(html, url)


def test_a_page_without_an_article_fails_with_the_reason(extractor):
    future = extractor().submit("<html><body><nav>Accueil</nav></body></html>", BASE)
    with pytest.raises(ExtractionError):
        future.result(timeout=60)


def test_a_page_that_crashes_the_child_fails_alone(extractor):
    process = extractor(function=HELPER)
    (good, url), *rest = pages()
    before = process.submit(good, url)
    crash = process.submit(good + CRASH, url)
    after = [process.submit(html, u) for html, u in rest]
    with pytest.raises(ExtractionError, match="crashed the extractor"):
        crash.result(timeout=60)
    assert _result(before) == _in_process(good, url)
    assert [_result(f) for f in after] == [_in_process(html, u) for html, u in rest]
    assert process.restarts == 1


def test_a_page_that_keeps_the_child_busy_is_failed_after_the_timeout(extractor):
    process = extractor(function=HELPER, timeout=1.5)
    (good, url), (second, url2), *_rest = pages()
    hang = process.submit(good + HANG, url)
    behind = process.submit(second, url2)
    with pytest.raises(ExtractionError, match=r"longer than 1\.5 s"):
        hang.result(timeout=60)
    assert _result(behind) == _in_process(second, url2)  # sent again to a fresh child
    assert process.restarts == 1


def test_many_threads_share_one_child(extractor):
    process = extractor()
    work = pages() * 3
    futures: list = [None] * len(work)

    def submit(i):
        futures[i] = process.submit(*work[i])

    threads = [threading.Thread(target=submit, args=(i,)) for i in range(len(work))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wait(futures, timeout=120)
    assert [_result(f) for f in futures] == [_in_process(h, u) for h, u in work]


def test_a_closed_extractor_fails_its_pending_pages_and_refuses_new_ones(extractor):
    process = extractor(function=HELPER)
    html, url = pages()[0]
    pending = process.submit(html + HANG, url)
    process.close()
    with pytest.raises(ExtractionError, match="closed"):
        pending.result(timeout=60)
    with pytest.raises(RuntimeError):
        process.submit(html, url)


def test_children_that_cannot_start_make_the_extractor_give_up(extractor):
    process = extractor(function="tests.core.no_such_module:extract")
    html, url = pages()[0]
    futures = [process.submit(html, url) for _ in range(5)]
    errors = []
    for future in futures:
        with pytest.raises(ExtractionError) as caught:
            future.result(timeout=60)
        errors.append(str(caught.value))
    assert all("could not start" in error for error in errors[:3])
    assert all("failed to start 3 times" in error for error in errors[3:])
    with pytest.raises(RuntimeError, match="failed to start 3 times"):
        process.submit(html, url)


def test_pages_that_crash_one_after_another_never_make_it_give_up(extractor):
    process = extractor(function=HELPER)
    (good, url), *_ = pages()
    crashes = [process.submit(good + CRASH, url) for _ in range(4)]
    for future in crashes:
        with pytest.raises(ExtractionError, match="crashed the extractor"):
            future.result(timeout=60)
    assert _result(process.submit(good, url)) == _in_process(good, url)
    assert process.restarts == 4
