"""Language names as readers see them: "de l'espagnol", "du russe", "from Spanish"."""

from __future__ import annotations

from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _


def language_name(code: str) -> str:
    """The name of language `code` in the active language ("espagnol" on a French page).

    Regional codes fall back to their base language ("es-MX" → "espagnol"); an unknown
    code is returned as it is.
    """
    if not code:
        return ""
    try:
        name = str(get_language_info(code)["name_translated"])
    except KeyError:
        base = code.split("-")[0]
        if base == code:
            return code
        return language_name(base)
    if (get_language() or "").startswith("fr"):
        name = name[:1].lower() + name[1:]  # French writes language names in lower case
    return name


def from_language(code: str) -> str:
    """ "from Spanish"; French elides: "de l'espagnol", "du russe"."""
    name = language_name(code)
    if (get_language() or "").startswith("fr"):
        return f"de l\u2019{name}" if name[:1] in "aeiouyhéèêâîô" else f"du {name}"
    return _("from %(language)s") % {"language": name}


def the_language(code: str) -> str:
    """ "Spanish"; in French with its article: "l'espagnol", "le russe"."""
    name = language_name(code)
    if (get_language() or "").startswith("fr"):
        return f"l\u2019{name}" if name[:1] in "aeiouyhéèêâîô" else f"le {name}"
    return name
