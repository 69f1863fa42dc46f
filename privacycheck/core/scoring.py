"""The exposure score, its breakdown and the remediation plan. The formula is explained in docs/scoring.md."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain
from types import MappingProxyType
from typing import NamedTuple

from privacycheck.core.answers import Answers
from privacycheck.core.model import DIMENSIONS, Item, Pack

_new = tuple.__new__
"""Builds a named tuple from a tuple of its fields: half the time of calling the class, which matters for the ten
thousand ItemScores and PlanSteps of a large checklist's score."""

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
            {i: ItemFacts.of(item, (self.items[c] for c in self.children.get(i, ()))) for i, item in self.items.items()}
        )
        # The platforms an item needs to count: its own and its parents' (a follow-up counts when its parent does).
        self._needs = {item_id: self._platforms_needed(item) for item_id, item in self.items.items()}
        depth = {item_id: self._ancestors(item) for item_id, item in self.items.items()}
        self._follow_ups = tuple(
            sorted((fact for fact in self.facts.values() if fact.parent is not None), key=lambda f: depth[f.id])
        )
        # The weighted worst exposures by the platforms the items need, then by platform and by dimension: the
        # denominators of a set of platforms add up the parts it covers, without going through every item.
        self._ceilings: dict[frozenset[str], dict[str, list[float]]] = {}
        for fact in self.facts.values():
            parts = self._ceilings.setdefault(self._needs[fact.id], {})
            for group in (fact.group, fact.dimension):
                parts.setdefault(group, []).append(fact.weight * fact.worst)
        self._scopes: dict[frozenset[str], _Scope] = {}

    def _platforms_needed(self, item: Item) -> frozenset[str]:
        needed = set()
        while True:
            if item.platform is not None:
                needed.add(item.platform)
            parent = self.items.get(item.when.item) if item.when is not None else None
            if parent is None:  # a root item (the rules module guarantees that every `when` resolves)
                return frozenset(needed)
            item = parent

    def _ancestors(self, item: Item) -> int:
        count = 0
        while item.when is not None and item.when.item in self.items:
            count, item = count + 1, self.items[item.when.item]
        return count

    def in_scope(self, item: Item, platforms: frozenset[str]) -> bool:
        """Whether the item counts at all: its platform is used and, for a follow-up, its parent counts."""
        return self._needs[item.id] <= platforms

    def scope(self, platforms: frozenset[str]) -> _Scope:
        """What does not depend on the answers, for one set of platforms: worked out once, since a person answers
        many questions between two changes of platforms."""
        scope = self._scopes.get(platforms)
        if scope is None:
            if len(self._scopes) >= 32:
                self._scopes.clear()
            scope = self._scopes[platforms] = _Scope.of(self, platforms)
        return scope


class _Scope(NamedTuple):
    facts: tuple[ItemFacts, ...]
    """The items in scope, by id."""
    follow_ups: tuple[ItemFacts, ...]
    """The follow-ups in scope, each after its parent."""
    denominator: float
    """The weighted exposure of the items in scope if every answer were the worst: what the score divides by."""
    bottoms: Mapping[str, float]
    """The same, by platform and by dimension: what each sub-score divides by."""

    @classmethod
    def of(cls, checklist: Checklist, platforms: frozenset[str]) -> _Scope:
        covered = [parts for needs, parts in checklist._ceilings.items() if needs <= platforms]
        if len(covered) == len(checklist._ceilings):  # the usual case: every item counts
            facts, follow_ups = tuple(checklist.facts.values()), checklist._follow_ups
        else:
            needs = checklist._needs
            facts = tuple(fact for fact in checklist.facts.values() if needs[fact.id] <= platforms)
            follow_ups = tuple(fact for fact in checklist._follow_ups if needs[fact.id] <= platforms)
        groups = {group for parts in covered for group in parts}
        # math.fsum is exact, so each sum is the same whatever the grouping and the order of the items.
        bottoms = {group: math.fsum(chain.from_iterable(parts.get(group, ()) for parts in covered)) for group in groups}
        denominator = math.fsum(chain.from_iterable(parts.get(d, ()) for parts in covered for d in DIMENSIONS))
        return cls(facts, follow_ups, denominator, MappingProxyType(bottoms))


@dataclass(frozen=True, slots=True)
class ItemFacts:
    """What scoring needs of an item, worked out once per checklist rather than on every score."""

    item: Item
    id: str
    weight: int
    worst: float
    worst_id: str
    safest: float
    safest_id: str
    exposures: Mapping[str, float]
    group: str
    """The item's platform, or GENERAL."""
    dimension: str
    parent: str | None
    gate: frozenset[str]
    """The parent's options under which a follow-up applies (empty for a root item)."""
    dropped: tuple[str, ...]
    """The follow-ups that stop applying when this item moves to its safest option."""
    effort: int

    @classmethod
    def of(cls, item: Item, children: Iterable[Item]) -> ItemFacts:
        worst = max(item.options, key=lambda option: option.exposure)
        safest = item.safest
        return cls(
            item=item,
            id=item.id,
            weight=item.weight,
            worst=worst.exposure,
            worst_id=worst.id,
            safest=safest.exposure,
            safest_id=safest.id,
            exposures=MappingProxyType({option.id: option.exposure for option in item.options}),
            group=item.platform or GENERAL,
            dimension=item.dimension,
            parent=item.when.item if item.when is not None else None,
            gate=frozenset(item.when.options) if item.when is not None else frozenset(),
            dropped=tuple(
                child.id for child in children if child.when is not None and safest.id not in child.when.options
            ),
            effort=item.remediation.effort_minutes if item.remediation else 1,
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
    """Score `answers` against `checklist`. Pure and deterministic; see docs/scoring.md.

    What does not depend on the answers is worked out once per set of platforms (Checklist.scope). Then: the
    follow-ups, parents first, to find which apply; every item in scope, by id, for its standing and the sub-score
    sums; and the plan (_plan)."""
    scope = checklist.scope(answers.platforms)
    choices = answers.choices

    def answer(fact: ItemFacts) -> str | None:
        choice = choices.get(fact.id)
        return choice if choice is not None and choice in fact.exposures else None

    dead: set[str] = set()
    for fact in scope.follow_ups:
        parent = fact.parent
        assert parent is not None
        gate = answer(checklist.facts[parent]) or checklist.facts[parent].worst_id  # unknown counts as the worst
        if parent in dead or gate not in fact.gate:
            dead.add(fact.id)

    scale = 100.0 / scope.denominator if scope.denominator > 0 else 0.0
    results: list[ItemScore] = []
    standing: dict[str, float] = {}
    """The weighted exposure of each applicable item, for the plan."""
    tops: dict[str, float] = dict.fromkeys(scope.bottoms, 0.0)
    answered = 0
    unknown = []
    for fact in scope.facts:
        if fact.id in dead:
            results.append(ItemScore(fact.item, False, None, 0.0, 0.0))
            continue
        choice = choices.get(fact.id)
        exposure = fact.exposures.get(choice, None) if choice is not None else None
        if exposure is None:
            choice, exposure = None, fact.worst
            unknown.append(fact.id)
        else:
            answered += 1
        weighted = fact.weight * exposure
        results.append(_new(ItemScore, (fact.item, True, choice, exposure, scale * weighted)))
        standing[fact.id] = weighted
        tops[fact.group] += weighted
        tops[fact.dimension] += weighted

    total = min(100.0, math.fsum(entry.contribution for entry in results))

    def subscore(group: str) -> float | None:
        denominator = scope.bottoms.get(group, 0.0)
        return min(100.0, 100.0 * tops[group] / denominator) if denominator > 0 else None

    return Score(
        score=total,
        band=band(total),
        answered=answered,
        unknown=tuple(unknown),
        by_platform=MappingProxyType({group: subscore(group) for group in (*sorted(answers.platforms), GENERAL)}),
        by_dimension=MappingProxyType({dimension: subscore(dimension) for dimension in DIMENSIONS}),
        items=tuple(results),
        plan=_plan(scope, standing, scale),
        packs=tuple((pack.id, pack.version) for pack in checklist.packs),
    )


def _plan(scope: _Scope, standing: Mapping[str, float], scale: float) -> tuple[PlanStep, ...]:
    """One step per applicable item not at its safest option, best points-per-minute first.

    A step saves the item's own excess over its safest option, plus the weighted exposure of the applicable
    follow-ups (and theirs, recursively) that its safest option closes."""
    subtree = dict(standing)
    for fact in reversed(scope.follow_ups):  # children before parents
        if fact.id in standing:
            parent = fact.parent
            assert parent is not None
            subtree[parent] += subtree[fact.id]
    steps: list[PlanStep] = []  # in id order
    per_minute: list[float] = []
    severity: list[int] = []
    for fact in scope.facts:
        weighted = standing.get(fact.id)
        if weighted is None:
            continue
        gained = weighted - fact.weight * fact.safest
        if fact.dropped:
            gained += sum(subtree[child] for child in fact.dropped if child in standing)
        saves = scale * gained
        if saves > 1e-9:
            steps.append(_new(PlanStep, (fact.item, saves)))
            per_minute.append(saves / fact.effort)
            severity.append(fact.item.severity)
    # Points per minute first, then severity, then id: two stable sorts on plain numbers, the last key sorted first.
    # Sorting tuples instead would make tens of thousands of them, and their garbage collection would cost more.
    order = sorted(range(len(steps)), key=severity.__getitem__, reverse=True)
    order.sort(key=per_minute.__getitem__, reverse=True)
    return tuple(map(steps.__getitem__, order))
