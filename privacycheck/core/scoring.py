"""The exposure score, its breakdown and the remediation plan. The formula is explained in docs/scoring.md."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from privacycheck.core.answers import Answers
from privacycheck.core.model import DIMENSIONS, Item, Pack

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
        self.facts: Mapping[str, ItemFacts] = MappingProxyType(
            {i: ItemFacts.of(item) for i, item in self.items.items()}
        )
        # The platforms an item needs to count: its own and its parents' (a follow-up counts when its parent does).
        self._needs = {item_id: self._platforms_needed(item) for item_id, item in self.items.items()}

    def _platforms_needed(self, item: Item) -> frozenset[str]:
        needed = set()
        while True:
            if item.platform is not None:
                needed.add(item.platform)
            parent = self.items.get(item.when.item) if item.when is not None else None
            if parent is None:  # a root item (the rules module guarantees that every `when` resolves)
                return frozenset(needed)
            item = parent

    def in_scope(self, item: Item, platforms: frozenset[str]) -> bool:
        """Whether the item counts at all: its platform is used and, for a follow-up, its parent counts."""
        return self._needs[item.id] <= platforms


@dataclass(frozen=True, slots=True)
class ItemFacts:
    """What scoring needs of an item, worked out once per checklist rather than on every score."""

    weight: int
    worst: float
    worst_id: str
    safest: float
    safest_id: str
    exposures: Mapping[str, float]
    group: str
    """The item's platform, or GENERAL."""

    @classmethod
    def of(cls, item: Item) -> ItemFacts:
        worst = max(item.options, key=lambda option: option.exposure)
        safest = item.safest
        exposures = {option.id: option.exposure for option in item.options}
        return cls(
            item.weight, worst.exposure, worst.id, safest.exposure, safest.id, exposures, item.platform or GENERAL
        )


class ItemScore(NamedTuple):
    """One item's standing in a score. A named tuple: ten thousand are made per score of a large checklist, and a
    frozen dataclass takes several times longer to build."""

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


class PlanStep(NamedTuple):
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
    choices = answers.choices
    facts = checklist.facts
    items = checklist.items
    scope = [item for item in items.values() if checklist.in_scope(item, platforms)]
    chosen: dict[str, str | None] = {}
    exposure: dict[str, float] = {}
    for item in scope:  # by id; a parent may come after its child, so applicability is resolved lazily
        fact = facts[item.id]
        choice = choices.get(item.id)
        known = fact.exposures.get(choice) if choice is not None else None
        chosen[item.id] = choice if known is not None else None
        exposure[item.id] = fact.worst if known is None else known

    applicable: dict[str, bool] = {}

    def is_applicable(item: Item) -> bool:
        live = applicable.get(item.id)
        if live is None:
            when = item.when
            if when is None:
                live = True
            else:
                gate = chosen.get(when.item) or facts[when.item].worst_id  # unknown counts as the worst answer
                live = is_applicable(items[when.item]) and gate in when.options
            applicable[item.id] = live
        return live

    weights = [facts[item.id].weight for item in scope]
    denominator = math.fsum(weight * facts[item.id].worst for weight, item in zip(weights, scope, strict=True))
    scale = 100.0 / denominator if denominator > 0 else 0.0
    results = []
    # Sub-score sums by platform and by dimension, gathered in the same pass. Running sums in id order are
    # deterministic whatever the order of packs and items.
    tops: dict[str, float] = {}
    bottoms: dict[str, float] = {}
    for weight, item in zip(weights, scope, strict=True):
        live = is_applicable(item)
        counted = exposure[item.id] if live else 0.0
        results.append(ItemScore(item, live, chosen[item.id] if live else None, counted, scale * weight * counted))
        fact = facts[item.id]
        top, bottom = weight * counted, weight * fact.worst
        for group in (fact.group, item.dimension):
            tops[group] = tops.get(group, 0.0) + top
            bottoms[group] = bottoms.get(group, 0.0) + bottom

    total = min(100.0, math.fsum(entry.contribution for entry in results))

    def subscore(group: str) -> float | None:
        denominator = bottoms.get(group, 0.0)
        return min(100.0, 100.0 * tops[group] / denominator) if denominator > 0 else None

    by_platform = MappingProxyType({group: subscore(group) for group in (*sorted(platforms), GENERAL)})
    by_dimension = MappingProxyType({dimension: subscore(dimension) for dimension in DIMENSIONS})
    return Score(
        score=total,
        band=band(total),
        answered=sum(1 for entry in results if entry.applicable and entry.answer is not None),
        unknown=tuple(entry.item.id for entry in results if entry.unknown),
        by_platform=by_platform,
        by_dimension=by_dimension,
        items=tuple(results),
        plan=_plan(checklist, results, scale),
        packs=tuple((pack.id, pack.version) for pack in checklist.packs),
    )


def _plan(checklist: Checklist, results: list[ItemScore], scale: float) -> tuple[PlanStep, ...]:
    """One step per applicable item not at its safest option, best points-per-minute first."""
    by_id = {entry.item.id: entry for entry in results}
    facts = checklist.facts

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

    ranked = []
    children = checklist.children
    for entry in results:
        if not entry.applicable:
            continue
        item = entry.item
        fact = facts[item.id]
        has_children = item.id in children
        if entry.exposure <= fact.safest and not has_children:
            continue
        gained = fact.weight * (entry.exposure - fact.safest)
        if has_children:
            gained += dropped(item.id, fact.safest_id)
        saves = scale * gained
        if saves > 1e-9:
            effort = item.remediation.effort_minutes if item.remediation else 1
            ranked.append(((-saves / effort, -item.severity, item.id), PlanStep(item, saves)))
    ranked.sort(key=lambda pair: pair[0])
    return tuple(step for _, step in ranked)


def _subtree(checklist: Checklist, by_id: Mapping[str, ItemScore], item_id: str) -> float:
    """Weighted exposure of an applicable item and of its applicable follow-ups."""
    entry = by_id[item_id]
    total = checklist.facts[item_id].weight * entry.exposure
    for child_id in checklist.children.get(item_id, ()):
        child = by_id.get(child_id)
        if child is not None and child.applicable:
            total += _subtree(checklist, by_id, child_id)
    return total
