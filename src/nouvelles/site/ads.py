"""Which ad slots an article page shows, and where in the body they go."""

from __future__ import annotations

from dataclasses import dataclass, field

from nouvelles.articles.models import Article, Block
from nouvelles.core.types import BlockKind
from nouvelles.site.models import AdSlot


@dataclass(slots=True)
class AdPlacements:
    """The enabled slots for one article, by placement."""

    in_article: list[AdSlot] = field(default_factory=list)
    sidebar: list[AdSlot] = field(default_factory=list)
    end: list[AdSlot] = field(default_factory=list)


@dataclass(slots=True)
class BodyItem:
    """One body block and the in-article ads that follow it."""

    block: Block
    ads_after: list[AdSlot] = field(default_factory=list)


def ads_allowed(article: Article) -> bool:
    """No ads on an article marked so, nor in a category marked so."""
    if article.no_ads:
        return False
    return not (article.category is not None and article.category.no_ads)


def enabled_slots() -> list[tuple[AdSlot, frozenset[int]]]:
    """Every enabled slot with the ids of its excluded categories (two queries)."""
    slots = AdSlot.objects.filter(enabled=True).prefetch_related("excluded_categories")
    return [(slot, frozenset(c.pk for c in slot.excluded_categories.all())) for slot in slots]


def ad_slots_for(
    article: Article, slots: list[tuple[AdSlot, frozenset[int]]] | None = None
) -> AdPlacements:
    """The enabled slots not excluded for the article's category.

    `slots` is `enabled_slots()`, which the article view reads from the cache.
    """
    placements = AdPlacements()
    if not ads_allowed(article):
        return placements
    by_placement = {
        AdSlot.Placement.IN_ARTICLE: placements.in_article,
        AdSlot.Placement.SIDEBAR: placements.sidebar,
        AdSlot.Placement.END_OF_ARTICLE: placements.end,
    }
    for slot, excluded in enabled_slots() if slots is None else slots:
        if article.category_id is None or article.category_id not in excluded:
            by_placement[slot.placement].append(slot)
    return placements


def place_ads(blocks: list[Block], in_article: list[AdSlot]) -> list[BodyItem]:
    """Attach each in-article slot after paragraph N (counting paragraphs only).

    Ads go between blocks, so never inside a quote or a list; a slot whose
    paragraph does not exist (a short article) is left out.
    """
    items = [BodyItem(block=b) for b in blocks]
    paragraph_index: dict[int, BodyItem] = {}
    count = 0
    for item in items:
        if item.block.kind == BlockKind.PARAGRAPH:
            count += 1
            paragraph_index[count] = item
    for slot in in_article:
        target = paragraph_index.get(max(slot.after_paragraph, 1))
        if target is not None:
            target.ads_after.append(slot)
    return items
