"""In Debian's Chromium: a reader posts a comment, a moderator approves it, the reader sees it."""

from __future__ import annotations

import shutil
import time

import pytest

from tests.factories import ArticleFactory

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM, reason="needs Debian's chromium and chromium-driver"),
]


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=fr"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()


def test_reader_posts_moderator_approves_reader_sees(
    browser, live_server, settings, django_user_model
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    settings.NOUVELLES_COMMENTS_MIN_SECONDS = 1
    django_user_model.objects.create_superuser("moderatrice", "mod@example.org", "secret-pw-1")
    article = ArticleFactory(title="Un article à commenter")
    url = live_server.url + article.get_absolute_url()

    # The reader: opens the article, fills the form, sends it.
    browser.get(url)
    assert browser.get_cookies() == []  # reading sets no cookie
    form = browser.find_element(By.CSS_SELECTOR, "form.comment-form")
    form.find_element(By.NAME, "name").send_keys("Lucie")
    form.find_element(By.NAME, "email").send_keys("lucie@example.org")
    form.find_element(By.NAME, "text").send_keys(
        "Merci, article très utile.\nhttps://www.insee.fr/"
    )
    time.sleep(1.2)  # a person takes longer than the minimum delay
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    status = browser.find_element(By.CSS_SELECTOR, ".comment-status").text
    assert "en attente de modération" in status
    browser.get(url)
    assert browser.find_elements(By.CSS_SELECTOR, ".comment-text") == []

    # The moderator: logs into the admin and approves it from the queue.
    browser.get(live_server.url + "/admin/login/?next=/admin/comments/comment/")
    browser.find_element(By.NAME, "username").send_keys("moderatrice")
    browser.find_element(By.NAME, "password").send_keys("secret-pw-1")
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    browser.get(live_server.url + "/admin/comments/comment/?status__exact=pending")
    browser.find_element(By.CSS_SELECTOR, "input.action-select").click()
    Select(browser.find_element(By.NAME, "action")).select_by_value("approve")
    browser.find_element(By.CSS_SELECTOR, "button[name=index]").click()
    assert "approuvé" in browser.find_element(By.CSS_SELECTOR, ".messagelist").text
    browser.delete_all_cookies()

    # The reader again (reloading: the page is cacheable, so the browser revalidates it):
    # the comment is there, its link is nofollow.
    browser.get(url)
    browser.refresh()
    texts = [el.text for el in browser.find_elements(By.CSS_SELECTOR, ".comment-text")]
    assert texts == ["Merci, article très utile.\nhttps://www.insee.fr/"]
    link = browser.find_element(By.CSS_SELECTOR, ".comment-text a")
    assert link.get_attribute("rel") == "nofollow ugc noopener"
    assert "1 commentaire" in browser.find_element(By.ID, "comments-title").text
