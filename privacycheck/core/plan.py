"""The remediation plan: what each fix saves, counting what it makes moot, in two orders (docs/scoring.md, section 6).

The main plan puts the fixes that save the most points first; the quick wins are the few that save the most points
per minute. Both come with every score (Score.plan, Score.quick_wins, Score.today).
"""

from __future__ import annotations

import heapq
import math
from typing import TYPE_CHECKING

from privacycheck.core.checklist import Checklist, ItemFacts
from privacycheck.core.formula import AVERAGE_SHARE, HALF, average_share

if TYPE_CHECKING:
    from privacycheck.core.scoring import PlanStep, State

QUICK_WINS = 5
"""How many quick wins a score lists."""

_new = tuple.__new__


def plan_of(checklist: Checklist, state: State, extra: float) -> tuple[tuple[PlanStep, ...], tuple[PlanStep, ...]]:
    """The main plan and the quick wins: one step per applicable item whose safest option would lower the score.

    A step saves score(now) − score(then), where "then" has the item at its safest option, which lowers its own
    exposure, switches off the follow-ups that no longer apply (and theirs), and tightens the caps it controls,
    directly or through those follow-ups. The score is a function of two sums (X and Y of docs/scoring.md), so the
    step only needs how much the fix removes from each; `extra` is Y now."""
    from privacycheck.core.scoring import PlanStep

    scope, standing, floors = state.scope, state.standing, state.floors
    subtree = dict(standing)
    subtree_floor = dict(floors)  # usually empty: only the irreducible items have a floor
    for fact in reversed(scope.follow_ups):  # children before parents
        if fact.id in standing:
            parent: str = fact.parent  # type: ignore[assignment]  # a follow-up has a parent
            subtree[parent] += subtree[fact.id]
            if fact.id in subtree_floor:
                subtree_floor[parent] = subtree_floor.get(parent, 0.0) + subtree_floor[fact.id]
    # score(X, Y) − score(X − g, Y − h) = 60 g / P + 40 × (2^(−(Y − h)/8) − 2^(−Y/8)) / (1 − 2^(−Q/8)): the formula
    # of core/formula.py taken apart, so that each step costs one exponential.
    rate = math.log(2) / HALF
    per_point = 100.0 * average_share(scope.removable) / scope.denominator if scope.denominator > 0 else 0.0
    gap = -math.expm1(-scope.removable * rate)  # 1 − 2^(−Q/8)
    holes_scale = 100.0 * (1 - AVERAGE_SHARE) / gap if gap > 0 else 0.0
    left_now = math.exp(-extra * rate)
    capped, below = checklist.capped, checklist.controllers_below
    steps: list[PlanStep] = []  # in id order
    saved: list[float] = []
    per_minute: list[float] = []
    rank: list[int] = []  # severity first, then the shorter effort: severity × 10^6 − minutes
    for fact in scope.facts:
        weighted = standing.get(fact.id)
        if weighted is None:
            continue
        safest = fact.safest if not fact.caps else min(fact.safest, state.cap(fact, frozenset()))
        gained = weighted - fact.weight * safest
        gained_excess = weighted - floors[fact.id] if fact.id in floors else weighted  # nothing above safest then
        for child in fact.dropped:
            if child in standing:
                gained += subtree[child]
                gained_excess += subtree[child] - subtree_floor.get(child, 0.0)
        if capped and (fact.id in capped or any(c in capped or c in below for c in fact.dropped)):
            dropped = [child for child in fact.dropped if child in standing]
            more, more_excess = _tightened(checklist, state, fact, dropped)
            gained += more
            gained_excess += more_excess
        if gained <= 0 and gained_excess <= 0:
            continue
        saves = per_point * gained + holes_scale * (math.exp(-max(0.0, extra - gained_excess) * rate) - left_now)
        if saves > 1e-9:
            steps.append(_new(PlanStep, (fact.item, saves)))
            saved.append(saves)
            per_minute.append(saves / fact.effort)
            rank.append(fact.item.severity * 1_000_000 - fact.effort)
    # Stable sorts on plain numbers, the last key sorted first: tuples of keys would cost more for large checklists.
    # Main plan: most points saved, then the more severe, then the quicker, then id (the order of `steps`).
    main = sorted(range(len(steps)), key=rank.__getitem__, reverse=True)
    main.sort(key=saved.__getitem__, reverse=True)
    # Quick wins: most points per minute, then the more severe, then id; only the few that can be among the first.
    cut = heapq.nlargest(QUICK_WINS, per_minute)[-1] if per_minute else 0.0
    quick = [index for index, rate in enumerate(per_minute) if rate >= cut]
    quick.sort(key=lambda index: steps[index].item.severity, reverse=True)
    quick.sort(key=per_minute.__getitem__, reverse=True)
    return tuple(map(steps.__getitem__, main)), tuple(steps[index] for index in quick[:QUICK_WINS])


def _tightened(checklist: Checklist, state: State, fact: ItemFacts, dropped: list[str]) -> tuple[float, float]:
    """What caps remove from X and from Y when `fact` moves to its safest option: the caps it controls, and those of
    the follow-ups that stop applying (a controlling item that does not apply counts at its safest option)."""
    standing = state.standing
    moved = {fact.id}
    for child in dropped:
        for controller in (child, *checklist.controllers_below.get(child, ())):
            if controller in standing and controller in checklist.capped:
                moved.add(controller)
    closed = frozenset(dropped)
    moved_now = frozenset(moved)
    gained = gained_excess = 0.0
    seen: set[str] = set()
    for controller in sorted(moved):
        for capped_id in checklist.capped.get(controller, ()):
            if capped_id in seen or capped_id not in standing or capped_id == fact.id:
                continue
            seen.add(capped_id)
            if _under(checklist, capped_id, fact.id, closed):
                continue  # switched off with its follow-up: already counted whole
            capped = checklist.facts[capped_id]
            after = min(state.raw[capped_id], state.cap(capped, moved_now))
            now_excess = standing[capped_id] - state.floors.get(capped_id, 0.0)
            gained += max(0.0, standing[capped_id] - capped.weight * after)
            after_excess = capped.weight * max(0.0, after - capped.safest) if capped.hole else 0.0
            gained_excess += max(0.0, now_excess - after_excess)
    return gained, gained_excess


def _under(checklist: Checklist, item_id: str, root: str, closed: frozenset[str]) -> bool:
    """Whether `item_id` sits under one of the follow-ups of `root` listed in `closed`."""
    below, current = item_id, checklist.facts[item_id].parent
    while current is not None:
        if current == root:
            return below in closed
        below, current = current, checklist.facts[current].parent
    return False
