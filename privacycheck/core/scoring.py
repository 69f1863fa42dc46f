"""The exposure score, its breakdown and the remediation plan. The formula is explained in docs/scoring.md."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from privacycheck.core.answers import Answers
from privacycheck.core.model import DIMENSIONS, UNKNOWN, Item, Pack

GENERAL = "general"
"""The sub-score key of items that belong to no platform (the questionnaires)."""

BANDS = (("low", 20.0), ("moderate", 45.0), ("high", 70.0), ("severe", math.inf))
"""Each band with its upper bound (exclusive): low < 20 ≤ moderate < 45 ≤ high < 70 ≤ severe."""


def band(score: float) -> str:
    shown = round(score, 1)
    return next(name for name, upper in BANDS if shown < upper)


class Checklist:
    """The items of a set of packs, indexed once for scoring many times (the app re-scores on every answer)."""

    def __init__(self, packs: Iterable[Pack]) -> None:
        self.packs = tuple(sorted(packs, key=lambda pack: pack.id))
        self.items: Mapping[str, Item] = MappingProxyType(
            dict(sorted((item.id, item) for pack in self.packs for item in pack.items))
        )
        children: dict[str, list[str]] = {}
        for item in self.items.values():
            if item.when is not None:
                children.setdefault(item.when.item, []).append(item.id)
        self.children: Mapping[str, tuple[str, ...]] = MappingProxyType({k: tuple(v) for k, v in children.items()})
        self.platforms = tuple(sorted({item.platform for item in self.items.values() if item.platform}))

    def in_scope(self, item: Item, platforms: frozenset[str]) -> bool:
        """Whether the item counts at all: its platform is used and, for a follow-up, its parent counts."""
        while True:
            if item.platform is not None and item.platform not in platforms:
                return False
            if item.when is None:
                return True
            item = self.items[item.when.item]


@dataclass(frozen=True, slots=True)
class ItemScore:
    item: Item
    applicable: bool
    answer: str | None
    """The chosen option id, or None when unanswered or "I don't know"."""
    exposure: float
    """The exposure that counts: the chosen option's, the worst one's if unknown, 0 if not applicable."""
    contribution: float

    @property
    def unknown(self) -> bool:
        return self.applicable and self.answer is None


@dataclass(frozen=True, slots=True)
class PlanStep:
    item: Item
    saves: float
    """Points the score drops by when this item moves to its safest option: score(now) − score(then)."""

    @property
    def effort_minutes(self) -> int:
        return self.item.remediation.effort_minutes if self.item.remediation else 1

    @property
    def saves_per_minute(self) -> float:
        return self.saves / self.effort_minutes


@dataclass(frozen=True, slots=True)
class Score:
    score: float
    band: str
    answered: int
    unknown: tuple[str, ...]
    by_platform: Mapping[str, float | None]
    by_dimension: Mapping[str, float | None]
    items: tuple[ItemScore, ...]
    """Every item in scope (its platform used, its parent in scope), applicable or not, by id."""
    plan: tuple[PlanStep, ...]
    packs: tuple[tuple[str, str], ...]

    @property
    def contributions(self) -> dict[str, float]:
        return {entry.item.id: entry.contribution for entry in self.items}


def evaluate(checklist: Checklist, answers: Answers) -> Score:
    """Score `answers` against `checklist`. Pure and deterministic; see docs/scoring.md."""
    platforms = answers.platforms
    scope = [item for item in checklist.items.values() if checklist.in_scope(item, platforms)]
    chosen: dict[str, str | None] = {}
    exposure: dict[str, float] = {}
    for item in scope:  # by id; a parent may come after its child, so applicability is resolved lazily
        option = item.option(answers.choices.get(item.id, UNKNOWN))
        chosen[item.id] = option.id if option else None
        exposure[item.id] = option.exposure if option else item.worst

    applicable: dict[str, bool] = {}

    def is_applicable(item: Item) -> bool:
        known = applicable.get(item.id)
        if known is None:
            known = item.when is None or (
                is_applicable(checklist.items[item.when.item])
                and _effective_option(checklist.items[item.when.item], chosen) in item.when.options
            )
            applicable[item.id] = known
        return known

    denominator = math.fsum(item.weight * item.worst for item in scope)
    scale = 100.0 / denominator if denominator > 0 else 0.0
    results = []
    for item in scope:
        live = is_applicable(item)
        counted = exposure[item.id] if live else 0.0
        results.append(ItemScore(item, live, chosen[item.id] if live else None, counted, scale * item.weight * counted))

    total = min(100.0, math.fsum(entry.contribution for entry in results))
    plan = _plan(checklist, results, scale)
    return Score(
        score=total,
        band=band(total),
        answered=sum(1 for entry in results if entry.applicable and entry.answer is not None),
        unknown=tuple(entry.item.id for entry in results if entry.unknown),
        by_platform=_subscores(results, lambda item: item.platform or GENERAL, (*sorted(platforms), GENERAL)),
        by_dimension=_subscores(results, lambda item: item.dimension, DIMENSIONS),
        items=tuple(results),
        plan=plan,
        packs=tuple((pack.id, pack.version) for pack in checklist.packs),
    )


def _effective_option(item: Item, chosen: Mapping[str, str | None]) -> str:
    """The answer a follow-up question is gated on: an unknown answer counts as the worst option."""
    answer = chosen.get(item.id)
    if answer is not None:
        return answer
    return max(item.options, key=lambda option: option.exposure).id


def _subscores(
    results: list[ItemScore], group_of: Callable[[Item], str], keys: Iterable[str]
) -> Mapping[str, float | None]:
    """The same formula restricted to each group; None for a group with nothing in scope."""
    numerators: dict[str, list[float]] = {}
    denominators: dict[str, list[float]] = {}
    for entry in results:
        group = group_of(entry.item)
        numerators.setdefault(group, []).append(entry.item.weight * entry.exposure)
        denominators.setdefault(group, []).append(entry.item.weight * entry.item.worst)
    scores: dict[str, float | None] = {}
    for group in keys:
        denominator = math.fsum(denominators.get(group, ()))
        scores[group] = min(100.0, 100.0 * math.fsum(numerators[group]) / denominator) if denominator > 0 else None
    return MappingProxyType(scores)


def _plan(checklist: Checklist, results: list[ItemScore], scale: float) -> tuple[PlanStep, ...]:
    """One step per applicable item not at its safest option, best points-per-minute first."""
    by_id = {entry.item.id: entry for entry in results}

    def dropped(item_id: str, option_id: str) -> float:
        """Weighted exposure of the follow-ups that stop applying when `item_id` is answered `option_id`."""
        lost = 0.0
        for child_id in checklist.children.get(item_id, ()):
            child = by_id.get(child_id)
            if child is None or not child.applicable:
                continue
            assert child.item.when is not None
            if option_id not in child.item.when.options:
                lost += _subtree(checklist, by_id, child_id)
        return lost

    steps = []
    for entry in results:
        if not entry.applicable:
            continue
        safest = entry.item.safest
        gained = entry.item.weight * (entry.exposure - safest.exposure) + dropped(entry.item.id, safest.id)
        saves = scale * gained
        if saves > 1e-9:
            steps.append(PlanStep(entry.item, saves))
    steps.sort(key=lambda step: (-step.saves_per_minute, -step.item.severity, step.item.id))
    return tuple(steps)


def _subtree(checklist: Checklist, by_id: Mapping[str, ItemScore], item_id: str) -> float:
    """Weighted exposure of an applicable item and of its applicable follow-ups."""
    entry = by_id[item_id]
    total = entry.item.weight * entry.exposure
    for child_id in checklist.children.get(item_id, ()):
        child = by_id.get(child_id)
        if child is not None and child.applicable:
            total += _subtree(checklist, by_id, child_id)
    return total
