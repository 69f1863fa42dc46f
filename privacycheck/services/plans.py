"""What the app shows of a score: the main plan, the quick wins, the band's meaning and the essentials first pass.

One place between the scoring core and the pages, so that every page reads the same orders and the same words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from privacycheck.core import scoring
from privacycheck.core.answers import Answers
from privacycheck.core.model import Item
from privacycheck.core.scoring import Checklist, PlanStep, Score, evaluate

QUICK_WINS = 5
"""How many quick wins the app lists."""

ESSENTIALS = 15
"""How many items the essentials pass asks about (about ten minutes)."""

_MEANINGS = {
    "low": {
        "en": "Low: a client who searches for you will find little, and cannot easily reach you.",
        "fr": "Faible : un usager qui vous cherche trouvera peu de choses et pourra difficilement vous joindre.",
    },
    "moderate": {
        "en": "Moderate: a client who searches can find you and see some of your life; close the biggest gaps.",
        "fr": (
            "Modéré : un usager qui vous cherche peut vous trouver et voir une partie de votre vie; "
            "fermez les plus grandes brèches."
        ),
    },
    "high": {
        "en": "High: a client who searches will likely find you and see personal details, such as family photos.",
        "fr": (
            "Élevé : un usager qui vous cherche vous trouvera probablement et verra des détails personnels, "
            "comme des photos de famille."
        ),
    },
    "severe": {
        "en": "Severe: a client can find you, see your private life and contact you directly. Act today.",
        "fr": (
            "Sévère : un usager peut vous trouver, voir votre vie privée et vous contacter directement. "
            "Agissez aujourd'hui."
        ),
    },
}


def band_meaning(band: str, lang: str) -> str:
    """What the band means for a practitioner, in plain words: the scoring's own words when it has them."""
    core: Callable[[str, str], str] | None = getattr(scoring, "band_meaning", None)
    if core is not None:
        return core(band, lang)
    words = _MEANINGS.get(band)
    return "" if words is None else words.get(lang, words["en"])


def main_plan(score: Score) -> tuple[PlanStep, ...]:
    """The fixes in the order that matters most (the scoring's main plan)."""
    return score.plan


def quick_wins(score: Score, count: int = QUICK_WINS) -> tuple[PlanStep, ...]:
    """The fixes that save the most points per minute, then the more severe, then by id: the short list, and "one
    thing today" (the first not yet ticked). The same order as the scoring's own quick wins, over the whole plan."""
    ranked = sorted(score.plan, key=lambda step: (-step.saves_per_minute, -step.item.severity, step.item.id))
    return tuple(ranked[:count])


def essential_ids(checklist: Checklist, platforms: Iterable[str], count: int = ESSENTIALS) -> tuple[str, ...]:
    """The items that carry the most possible exposure for these platforms: their weight times their worst exposure,
    largest first, ties by id. Follow-up questions are left to the full check."""
    used = frozenset(platforms)
    candidates = [
        item
        for item in checklist.items.values()
        if item.when is None and not item.fact and checklist.in_scope(item, used) and item.worst > 0
    ]
    candidates.sort(key=lambda item: (-item.weight * item.worst, item.id))
    return tuple(sorted(item.id for item in candidates[:count]))


class Essentials:
    """The essentials pass over one checklist: its items, and a score over them alone (provisional)."""

    def __init__(self, checklist: Checklist) -> None:
        self._checklist = checklist
        self._cache: dict[frozenset[str], tuple[tuple[str, ...], Checklist]] = {}

    def _scope(self, platforms: frozenset[str]) -> tuple[tuple[str, ...], Checklist]:
        cached = self._cache.get(platforms)
        if cached is None:
            ids = essential_ids(self._checklist, platforms)
            keep = frozenset(ids)
            packs = [
                dataclasses.replace(pack, items=tuple(i for i in pack.items if i.id in keep))
                for pack in self._checklist.packs
            ]
            cached = self._cache[platforms] = (ids, Checklist(pack for pack in packs if pack.items))
        return cached

    def items(self, platforms: frozenset[str]) -> tuple[Item, ...]:
        ids, _ = self._scope(platforms)
        return tuple(self._checklist.items[item_id] for item_id in ids)

    def score(self, answers: Answers) -> Score:
        """The provisional score: the essentials alone, each unanswered one counted as its worst answer."""
        ids, checklist = self._scope(answers.platforms)
        keep = frozenset(ids)
        return evaluate(checklist, Answers(answers.platforms, {k: v for k, v in answers.choices.items() if k in keep}))
