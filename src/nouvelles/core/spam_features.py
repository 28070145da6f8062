"""What the spam filters look at: a comment submission and features derived from it."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from nouvelles.core.comment_text import find_urls

WORD_PATTERN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class CommentSubmission:
    """A comment as the filters see it (no database object)."""

    text: str
    name: str = ""
    email: str = ""
    website: str = ""
    ip_address: str = ""
    user_agent: str = ""
    permalink: str = ""
    language: str = ""


def fold_text(text: str) -> str:
    """Lower-case, accents removed, whitespace collapsed: 'Casino  EN Ligne' == 'casino en ligne'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def tokenize_words(text: str) -> list[str]:
    """Folded word tokens."""
    return WORD_PATTERN.findall(fold_text(text))


def fingerprint_text(text: str) -> str:
    """A hash of the words only, so reposting with other spacing or case is still 'the same text'."""
    return hashlib.sha256(" ".join(tokenize_words(text)).encode()).hexdigest()


def domain_of(url_or_email: str) -> str:
    """The host of a URL (or the domain of an e-mail address), lower-case, without 'www.'."""
    value = url_or_email.strip().lower()
    if "@" in value and "://" not in value:
        host = value.rsplit("@", 1)[1]
    else:
        if not value.startswith(("http://", "https://")):
            value = "http://" + value
        host = urlsplit(value).hostname or ""
    return host.removeprefix("www.").rstrip(".")


def submission_urls(submission: CommentSubmission) -> list[str]:
    """Links in the text plus the website field."""
    urls = find_urls(submission.text)
    if submission.website.strip():
        urls.append(submission.website.strip())
    return urls


def classifier_document(submission: CommentSubmission) -> str:
    """The text the n-gram classifier reads: the comment plus marker tokens for its links.

    Marker words (`zzlink`, `zzsite`, `zzdomain_<tld>`) let the model learn that a website
    field or a link to a given kind of domain is evidence, without reading the name or e-mail.
    """
    markers = []
    for url in find_urls(submission.text):
        markers.append("zzlink")
        markers.append("zzdomain_" + domain_of(url).rsplit(".", 1)[-1])
    if submission.website.strip():
        markers.append("zzsite")
        markers.append("zzdomain_" + domain_of(submission.website).rsplit(".", 1)[-1])
    return submission.text + ("\n" + " ".join(markers) if markers else "")
