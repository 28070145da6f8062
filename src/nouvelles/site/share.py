"""Share links as plain URLs: no third-party script, nothing loaded from the networks."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.translation import gettext as _


@dataclass(frozen=True, slots=True)
class ShareLink:
    network: str  # css class and stable id
    label: str  # visible name
    href: str


def share_links(url: str, title: str, image_url: str = "") -> list[ShareLink]:
    """Links that open each network's own share page for `url`."""
    pinterest = {"url": url, "description": title}
    if image_url:
        pinterest["media"] = image_url
    return [
        ShareLink(
            "facebook",
            "Facebook",
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        ),
        ShareLink("x", "X", "https://x.com/intent/post?" + urlencode({"url": url, "text": title})),
        ShareLink(
            "linkedin",
            "LinkedIn",
            "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
        ),
        ShareLink(
            "pinterest",
            "Pinterest",
            "https://www.pinterest.com/pin/create/button/?" + urlencode(pinterest),
        ),
        ShareLink(
            "email",
            _("E-mail"),
            # mailto: wants %20 for spaces, not "+".
            "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote),
        ),
    ]
