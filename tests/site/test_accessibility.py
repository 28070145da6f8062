"""Automated WCAG 2.1 A/AA check: axe-core run in Debian's headless Chromium on the real pages.

Skipped only when chromium or chromedriver is absent (`.ci/run` installs both). Set
NOUVELLES_SCREENSHOT_DIR to also keep a screenshot of each page (to look at them).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from nouvelles.site.models import AdSlot
from tests.factories import ArticleFactory, CommentFactory

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM and CHROMEDRIVER), reason="needs Debian's chromium and chromium-driver"
    ),
]


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(arg)
    options.add_argument("--window-size=1280,2000")
    service = webdriver.ChromeService(executable_path=CHROMEDRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def pages(transactional_db, full_article, ad_slots):
    related = ArticleFactory.create_batch(3, category=full_article.category)
    CommentFactory(article=full_article)
    AdSlot.objects.filter(placement="in_article").update(after_paragraph=1)
    return {
        "home": "/",
        "article": full_article.get_absolute_url(),
        "related-article": related[0].get_absolute_url(),
        "category": full_article.category.get_absolute_url(),
        "tag": "/tag/espagne/",
        "author": full_article.author.get_absolute_url(),
        "source": f"/source/{full_article.source_id}/",
        "not-found": "/articles/does-not-exist/",
    }


def run_axe(browser, url: str) -> list[dict]:
    browser.get(url)
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
           .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                 nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))))
           .catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));
        """
    )
    return result


def test_pages_pass_axe(browser, live_server, pages):
    shots = os.environ.get("NOUVELLES_SCREENSHOT_DIR")
    problems = {}
    for name, path in pages.items():
        violations = run_axe(browser, live_server.url + path)
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            height = browser.execute_script("return document.body.scrollHeight")
            browser.set_window_size(1280, min(max(height, 800), 4000))
            browser.save_screenshot(str(Path(shots) / f"{name}.png"))
        if violations:
            problems[name] = violations
    assert problems == {}, problems


def test_axe_finds_a_known_violation(browser, live_server):
    """The check can fail: an image without alternative text is reported."""
    violations = run_axe(browser, "data:text/html,<html lang=fr><title>t</title><img src=x.png>")
    assert "image-alt" in [v["id"] for v in violations]


def test_article_page_reads_on_a_phone(browser, live_server, pages):
    """No horizontal scrolling at 360 px: the layout is responsive."""
    browser.set_window_size(360, 800)
    browser.get(live_server.url + pages["article"])
    overflow = browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    shots = os.environ.get("NOUVELLES_SCREENSHOT_DIR")
    if shots:
        browser.save_screenshot(str(Path(shots) / "article-phone.png"))
    assert overflow <= 0
    browser.set_window_size(1280, 2000)
