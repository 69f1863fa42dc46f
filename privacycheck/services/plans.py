"""What the app shows of a score: the main plan, the quick wins, the band's meaning and the essentials first pass.

One place between the scoring core and the pages, so that every page reads the same orders and the same words. The
orders, the words and the essentials themselves are the scoring's (core/plan.py, core/formula.py, core/essentials.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from privacycheck.core.essentials import ESSENTIALS, essentials
from privacycheck.core.formula import band_meaning as _band_meaning
from privacycheck.core.model import Item
from privacycheck.core.plan import QUICK_WINS
from privacycheck.core.scoring import Checklist, PlanStep, Score

__all__ = ["ESSENTIALS", "QUICK_WINS", "EssentialsCache", "ShownScore", "band_meaning", "quick_wins"]


def band_meaning(band: str, lang: str) -> str:
    """What the band means for a practitioner, in plain words (the scoring's own words)."""
    return _band_meaning(band, lang)


def quick_wins(steps: Sequence[PlanStep], count: int | None = None) -> tuple[PlanStep, ...]:
    """`steps` in the quick-win order of the scoring: the most points per minute, then the more severe, then by id.
    For a part of a plan (the essentials' fixes, the fixes not ticked yet), whose first is "one thing today"."""
    ranked = sorted(steps, key=lambda step: (-step.saves_per_minute, -step.item.severity, step.item.id))
    return tuple(ranked if count is None else ranked[:count])


class EssentialsCache:
    """The essentials of one checklist, per set of platforms: worked out once, asked on every answer."""

    def __init__(self, checklist: Checklist) -> None:
        self._checklist = checklist
        self._chosen: dict[frozenset[str], tuple[Item, ...]] = {}

    def items(self, platforms: Iterable[str]) -> tuple[Item, ...]:
        """The essentials for these platforms, in the order the scoring chose them (the most reach first)."""
        key = frozenset(platforms)
        chosen = self._chosen.get(key)
        if chosen is None:
            chosen = self._chosen[key] = essentials(self._checklist, key)
        return chosen


@dataclass(frozen=True, slots=True)
class ShownScore:
    """The score every page shows: none before the first answer; the essentials alone (provisional, docs/scoring.md
    section 7) while the essentials pass is the route and the rest is unanswered; else the full score."""

    kind: str
    """"none", "provisional" or "full"."""
    score: Score
    """The full score of the answers: its items and sub-scores."""
    value: float | None
    """The number shown: None before the first answer."""
    band: str
    plan: tuple[PlanStep, ...]
    """The fixes, in the main plan's order (the essentials' alone while provisional)."""
    quick: tuple[PlanStep, ...]
    """The same fixes in the quick-win order, all of them (the pages take the first few, or the first not ticked)."""

    @property
    def provisional(self) -> bool:
        return self.kind == "provisional"
