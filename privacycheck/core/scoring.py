"""The exposure score, its breakdown and the remediation plan. The model is explained in docs/scoring.md."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from privacycheck.core.answers import Answers
from privacycheck.core.checklist import GENERAL, Checklist, ItemFacts, Scope
from privacycheck.core.formula import BANDS, average_part, band, band_label, band_meaning, composite, holes_part
from privacycheck.core.model import DIMENSIONS, Item
from privacycheck.core.plan import plan_of

__all__ = [
    "BANDS",
    "GENERAL",
    "Checklist",
    "ItemFacts",
    "ItemScore",
    "PlanStep",
    "Score",
    "band",
    "band_label",
    "band_meaning",
    "evaluate",
]

_new = tuple.__new__
"""Builds a named tuple from a tuple of its fields: half the time of calling the class, which matters for the ten
thousand ItemScores and PlanSteps of a large checklist's score."""


class ItemScore(NamedTuple):
    """One item's standing in a score. A named tuple: ten thousand are made per score of a large checklist, and a
    frozen dataclass takes several times longer to build."""

    item: Item
    applicable: bool
    answer: str | None
    """The chosen option id, or None when unanswered or "I don't know"."""
    exposure: float
    """The exposure that counts: the chosen option's (the worst one's if unknown), at most what caps allow; 0 if
    not applicable."""
    contribution: float

    @property
    def unknown(self) -> bool:
        return self.applicable and self.answer is None


class PlanStep(NamedTuple):
    item: Item
    saves: float
    """Points the score drops by when this item moves to its safest option, counting what that makes moot:
    score(now) − score(then)."""

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
    """The main plan: the fixes that save the most points first (docs/scoring.md, section 6)."""
    quick_wins: tuple[PlanStep, ...]
    """The short list of fixes that save the most points per minute; its first is "one thing today"."""
    packs: tuple[tuple[str, str], ...]
    exposed: float = 0.0
    """Σ weight × exposure over the applicable items: the average term's X."""
    possible: float = 0.0
    """Σ weight × worst exposure over the items in scope: what `exposed` is out of (P)."""
    excess: float = 0.0
    """Σ weight × (exposure − safest exposure) over the applicable items of severity 3 and above: the holes term's Y."""
    removable: float = 0.0
    """Σ weight × (worst − safest exposure) over the items in scope of severity 3 and above: what `excess` is out of
    (Q)."""

    @property
    def contributions(self) -> dict[str, float]:
        return {entry.item.id: entry.contribution for entry in self.items}

    @property
    def today(self) -> PlanStep | None:
        """One thing to do today: the quickest win."""
        return self.quick_wins[0] if self.quick_wins else None


class State(NamedTuple):
    """What a score knows of the answers, for the plan: the applicable items' weighted exposures and their caps."""

    scope: Scope
    standing: dict[str, float]
    """Weight × exposure of each applicable item."""
    floors: dict[str, float]
    """The part of an applicable item's weighted exposure left out of the holes term: all of it for an item of
    severity 1 or 2, weight × min(exposure, safest exposure) for an irreducible one (what no fix removes); only
    those items are listed."""
    raw: dict[str, float]
    """The exposure of each applicable capped item before its caps."""
    cap: Callable[[ItemFacts, frozenset[str]], float]
    """The cap on an item now, with the given controlling items moved to their safest option."""


def evaluate(checklist: Checklist, answers: Answers) -> Score:
    """Score `answers` against `checklist`. Pure and deterministic; see docs/scoring.md.

    What does not depend on the answers is worked out once per set of platforms (Checklist.scope). Then: the
    follow-ups, parents first, to find which apply; every item in scope, by id, for its exposure (capped by other
    answers where its pack says so) and the sums of the score and sub-scores; and the plan (core/plan.py)."""
    scope = checklist.scope(answers.platforms)
    choices = answers.choices
    facts = checklist._facts  # the plain dict: read once per follow-up

    dead: set[str] = set()
    for fact in scope.follow_ups:
        parent = facts[fact.parent]  # type: ignore[index]  # a follow-up has a parent
        choice = choices.get(parent.id)
        gate = choice if choice is not None and choice in parent.exposures else parent.worst_id  # unknown: worst
        if parent.id in dead or gate not in fact.gate:
            dead.add(fact.id)

    def cap(fact: ItemFacts, safest: frozenset[str] = frozenset()) -> float:
        limit = math.inf
        for entry in fact.caps:
            controller = entry.controller
            if not scope.needs[controller] <= answers.platforms:
                continue  # a platform not used caps nothing
            if controller in dead or controller in safest:
                limit = min(limit, entry.at_safest)  # a controlling item that does not apply counts at its safest
            else:
                choice = choices.get(controller)
                limit = min(
                    limit, entry.by_option.get(choice, entry.at_worst) if choice is not None else entry.at_worst
                )
        return limit

    standing: dict[str, float] = {}
    floors: dict[str, float] = {}
    raw: dict[str, float] = {}
    tops: dict[str, float] = dict.fromkeys(scope.bottoms, 0.0)
    bases: dict[str, float] = dict.fromkeys(scope.bottoms, 0.0)
    # Per item in scope, in order: its answer and its weighted exposure (−1: does not apply). Plain lists of strings
    # and floats, which the garbage collector does not track, rather than a tuple per item.
    answers_now: list[str | None] = []
    weighted_now: list[float] = []
    answered = 0
    unknown = []
    for fact in scope.facts:
        if fact.id in dead:
            answers_now.append(None)
            weighted_now.append(-1.0)
            continue
        choice = choices.get(fact.id)
        exposure = fact.exposures.get(choice, None) if choice is not None else None
        if exposure is None:
            choice, exposure = None, fact.worst
            unknown.append(fact.id)
        else:
            answered += 1
        if fact.caps:
            raw[fact.id] = exposure
            exposure = min(exposure, cap(fact))
        weighted = fact.weight * exposure
        standing[fact.id] = weighted
        answers_now.append(choice)
        weighted_now.append(weighted)
        tops[fact.group] += weighted
        tops[fact.dimension] += weighted
        if fact.safest > 0 or not fact.hole:
            floor = fact.weight * min(exposure, fact.safest) if fact.hole else weighted
            floors[fact.id] = floor
            bases[fact.group] += floor
            bases[fact.dimension] += floor

    exposed = math.fsum(standing.values())
    extra = max(0.0, exposed - math.fsum(floors.values()))
    average = average_part(exposed, scope.denominator, scope.removable)
    holes = holes_part(extra, scope.removable)
    total = composite(exposed, scope.denominator, extra, scope.removable)
    # Each item's contribution: its share of each term (of X for the average, of Y for the holes). Shares first,
    # then points: a share is at most 1 whatever the size of the sums.
    results = []
    for fact, choice, weighted in zip(scope.facts, answers_now, weighted_now, strict=True):
        if weighted < 0:
            results.append(_new(ItemScore, (fact.item, False, None, 0.0, 0.0)))
        else:
            floor = floors.get(fact.id, 0.0) if fact.safest > 0 or not fact.hole else 0.0
            contribution = (average * (weighted / exposed) if exposed > 0 else 0.0) + (
                holes * ((weighted - floor) / extra) if extra > 0 else 0.0
            )
            results.append(_new(ItemScore, (fact.item, True, choice, weighted / fact.weight, contribution)))

    def subscore(group: str) -> float | None:
        possible = scope.bottoms.get(group, 0.0)
        if possible <= 0:
            return None
        return composite(tops[group], possible, tops[group] - bases[group], scope.spans.get(group, 0.0))

    state = State(scope, standing, floors, raw, cap)
    plan, quick = plan_of(checklist, state, extra)
    return Score(
        score=total,
        band=band(total),
        answered=answered,
        unknown=tuple(unknown),
        by_platform=MappingProxyType({group: subscore(group) for group in (*sorted(answers.platforms), GENERAL)}),
        by_dimension=MappingProxyType({dimension: subscore(dimension) for dimension in DIMENSIONS}),
        items=tuple(results),
        plan=plan,
        quick_wins=quick,
        packs=tuple((pack.id, pack.version) for pack in checklist.packs),
        exposed=exposed,
        possible=scope.denominator,
        excess=extra,
        removable=scope.removable,
    )
