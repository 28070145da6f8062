"""Reading the comment form from a real page and sending it back, as a browser would."""

from __future__ import annotations

from bs4 import BeautifulSoup

ORIGIN = "http://testserver"


def comment_form(html: bytes | str) -> tuple[str, dict[str, str]]:
    """The comment form's action and its fields' current values, parsed from a page."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.select_one("form.comment-form")
    assert form is not None, "no comment form on the page"
    fields = {}
    for element in form.select("input, textarea"):
        name = element.get("name")
        if not name:
            continue
        # Browsers drop the newline that follows <textarea>.
        fields[name] = (
            element.text.removeprefix("\n")
            if element.name == "textarea"
            else element.get("value", "")
        )
    return form["action"], fields


def post_comment(client, article, origin: str = ORIGIN, **values):
    """Open the article page, fill its comment form with `values`, and post it."""
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    action, fields = comment_form(page.content)
    fields.update(
        {"name": "Marie", "email": "marie@example.org", "text": "Très bon article, merci."}
    )
    fields.update(values)
    headers = {"HTTP_ORIGIN": origin} if origin else {}
    return client.post(action, fields, **headers)


def shown_comment_texts(client, article) -> list[str]:
    soup = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    return [el.get_text(" ", strip=True) for el in soup.select(".comment-text")]
