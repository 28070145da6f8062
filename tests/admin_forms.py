"""Helpers to drive Django admin forms as a browser would: read the form, change fields, post."""

from __future__ import annotations

from bs4 import BeautifulSoup


def form_data(html: bytes | str, form_id: str) -> dict[str, list[str]]:
    """Every field a browser would submit from the form `form_id`, as name → values."""
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    assert form is not None, f"no form #{form_id}"
    data: dict[str, list[str]] = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("disabled") is not None:
            continue
        if field.name == "textarea":
            data.setdefault(name, []).append(field.text.removeprefix("\n"))
        elif field.name == "select":
            chosen = [
                o.get("value", o.text) for o in field.find_all("option") if o.has_attr("selected")
            ]
            data.setdefault(name, []).extend(chosen)
        elif field.get("type") in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in {"submit", "button", "file", "image"}:
            data.setdefault(name, []).append(field.get("value", ""))
    return data


def set_field(data: dict[str, list[str]], name: str, value: str | bool) -> None:
    if value is False:
        data.pop(name, None)
    else:
        data[name] = ["on" if value is True else value]
