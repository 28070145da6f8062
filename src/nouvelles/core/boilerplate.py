"""Boilerplate: lines that are not the article ("Lire aussi …", share words, comment-form
text, ad labels, newsletter prompts), removed from extracted blocks.

Two layers:
- patterns that are boilerplate on any site, in the languages we meet most (short blocks only,
  so a real paragraph that merely mentions a newsletter is kept);
- per-source learning: `BoilerplateKnowledge` counts on how many pages of one source each
  short block (and each "Prefix: …" line prefix) appears; from `min_pages` pages on, it is
  that source's boilerplate. The app keeps one knowledge object per source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from nouvelles.core.types import Block, BlockKind

MAX_LEARNT_WORDS = 60  # longer blocks are never learnt (they are the article)
MAX_PATTERN_WORDS = 30
MAX_FINGERPRINTS = 4000

_READ_ALSO = re.compile(
    r"^\W*(à lire aussi|a lire aussi|à lire également|lire aussi|lire également|à lire|"
    r"voir aussi|voir également|read also|also read|read more|see also|related|more on this|"
    r"lee también|leer más|lea también|ver también|te puede interesar|también te puede interesar|"
    r"más información|lesen sie auch|mehr zum thema|leggi anche|ler também|leia também)\b",
    re.IGNORECASE,
)
_SHARE_WORD = (
    r"(partager|partagez|partager sur \w+|share|share this|share on \w+|compartir|compártelo|"
    r"teilen|condividi|facebook|twitter|x|linkedin|pinterest|whatsapp|telegram|reddit|"
    r"messenger|flipboard|e-?mail|courriel|imprimer|print|copier le lien|copy link|"
    r"copiar enlace|tweet|tweeter)"
)
_SHARE_ONLY = re.compile(rf"^(\W*{_SHARE_WORD}\W*)+$", re.IGNORECASE)
_COMMENT_FORM = re.compile(
    r"(laisser un commentaire|laissez un commentaire|leave a (comment|reply)|"
    r"your email address will not be published|votre adresse (e-?mail|de messagerie) ne sera pas publiée|"
    r"tu dirección de correo electrónico no será publicada|deja un comentario|deja una respuesta|"
    r"required fields are marked|les champs obligatoires sont indiqués|los campos obligatorios|"
    r"this site uses akismet|ce site utilise akismet|este sitio usa akismet|"
    r"save my name, email|enregistrer mon nom|guarda mi nombre|post comment|"
    r"publier le commentaire|publicar el comentario|comments are closed|les commentaires sont fermés)",
    re.IGNORECASE,
)
_AD_LABEL = re.compile(
    r"^\W*(publicité|publicite|pub|advertisement|advertising|ads?|sponsored|sponsorisé|"
    r"contenu sponsorisé|publicidad|anuncio|contenido patrocinado|werbung|anzeige|annonce|"
    r"pubblicità)\W*$",
    re.IGNORECASE,
)
_NEWSLETTER = re.compile(
    r"(newsletter|infolettre|lettre d'information|inscrivez-vous|abonnez-vous|subscribe to|"
    r"sign up for|suscríbete|suscribite|boletín|abonnieren)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s*[:|»>\u2014\u2013]\s*")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_DIGITS = re.compile(r"\d+")


def _word_count(text: str) -> int:
    return len(text.split())


def matches_pattern(text: str) -> str:
    """Which universal boilerplate pattern `text` matches ('' for none)."""
    text = text.strip()
    if not text or _word_count(text) > MAX_PATTERN_WORDS:
        return ""
    if _READ_ALSO.search(text):
        return "read-also"
    if _SHARE_ONLY.match(text):
        return "share"
    if _AD_LABEL.match(text):
        return "ad-label"
    if _COMMENT_FORM.search(text):
        return "comment-form"
    if _NEWSLETTER.search(text) and _word_count(text) <= 25:
        return "newsletter"
    return ""


def _normalise(text: str) -> str:
    return _NON_WORD.sub(" ", _DIGITS.sub("0", text.lower())).strip()


def fingerprints(block: Block) -> list[str]:
    """Keys under which a block is counted: its whole text, and its 'Prefix:' if it has one."""
    if block.kind == BlockKind.IMAGE:
        return []
    text = block.text.strip()
    if not text or _word_count(text) > MAX_LEARNT_WORDS:
        return []
    keys = ["t:" + _normalise(text)]
    parts = _SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2 and 0 < _word_count(parts[0]) <= 4 and _word_count(text) <= 25:
        keys.append("p:" + _normalise(parts[0]))
    return keys


@dataclass(slots=True)
class BoilerplateKnowledge:
    """What one source's pages have in common: fingerprint → number of pages it was seen on."""

    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def learn(self, blocks: Iterable[Block]) -> None:
        """Count one page's blocks (each fingerprint once per page)."""
        self.pages += 1
        for key in {k for b in blocks for k in fingerprints(b)}:
            self.counts[key] = self.counts.get(key, 0) + 1
        if len(self.counts) > MAX_FINGERPRINTS:
            # Forget the rarest (seen once) first, so memory and storage stay bounded.
            keep = sorted(self.counts.items(), key=lambda kv: -kv[1])[: MAX_FINGERPRINTS // 2]
            self.counts = dict(keep)

    def is_boilerplate(self, block: Block, min_pages: int) -> bool:
        return any(self.counts.get(k, 0) >= min_pages for k in fingerprints(block))

    def to_dict(self) -> dict:
        return {"pages": self.pages, "counts": self.counts}

    @classmethod
    def from_dict(cls, data: dict | None) -> BoilerplateKnowledge:
        data = data or {}
        return cls(pages=int(data.get("pages", 0)), counts=dict(data.get("counts", {})))


def remove_boilerplate(
    blocks: list[Block], knowledge: BoilerplateKnowledge | None = None, min_pages: int = 3
) -> tuple[list[Block], list[Block]]:
    """Split blocks into (kept, removed) by the universal patterns and the source's knowledge."""
    kept: list[Block] = []
    removed: list[Block] = []
    for block in blocks:
        text = block.text
        if block.kind == BlockKind.LIST:
            # A list whose every item is boilerplate ("Facebook / Twitter / E-mail") goes.
            items = [line for line in text.splitlines() if line.strip()]
            if items and all(matches_pattern(item) for item in items):
                removed.append(block)
                continue
        if (block.kind != BlockKind.IMAGE and matches_pattern(text)) or (
            knowledge is not None and knowledge.is_boilerplate(block, min_pages)
        ):
            removed.append(block)
        else:
            kept.append(block)
    return kept, removed
