"""The essentials: the ~15 items that carry most of the possible exposure for the platforms in use, for a ten-minute
first pass, and the provisional score over them alone (docs/scoring.md, section 7)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from privacycheck.core.answers import Answers
from privacycheck.core.checklist import GENERAL, Checklist
from privacycheck.core.formula import HOLE_SEVERITY, band, composite
from privacycheck.core.model import Item
from privacycheck.core.scoring import Score, evaluate

ESSENTIALS = 15
"""How many items the essentials pass asks about (about ten minutes)."""


def essentials(checklist: Checklist, platforms: Iterable[str], count: int = ESSENTIALS) -> tuple[Item, ...]:
    """The essentials for these platforms, in the order they were chosen (the most reach first).

    Candidates are the items in scope that are not follow-ups and can be risky. Each one's reach is the points its
    fix would save if every answer were at its worst: its own exposure, the follow-ups it switches off and the caps
    it tightens. The largest reach is taken first; on a tie, the item of the group (platform, or general) with the
    fewest taken so far, then the more severe, then the id."""
    used = frozenset(platforms)
    worst = evaluate(checklist, Answers(used, {}))  # unanswered counts as the worst answer
    reach = {step.item.id: step.saves for step in worst.plan}
    candidates = [entry.item for entry in worst.items if entry.item.when is None and reach.get(entry.item.id, 0.0) > 0]
    taken: list[Item] = []
    per_group: dict[str, int] = {}
    while candidates and len(taken) < count:
        best = min(
            candidates,
            key=lambda item: (
                -reach[item.id],
                per_group.get(item.platform or GENERAL, 0),
                -item.severity,
                item.id,
            ),
        )
        candidates.remove(best)
        taken.append(best)
        group = best.platform or GENERAL
        per_group[group] = per_group.get(group, 0) + 1
    return tuple(taken)


@dataclass(frozen=True, slots=True)
class Provisional:
    """A score over the essentials alone: provisional, until the full check counts every item."""

    score: float
    band: str
    items: tuple[str, ...]
    """The essentials' ids, in the order they were chosen."""
    answered: int
    unknown: tuple[str, ...]
    """The essentials not answered yet, counted at their worst."""
    provisional: bool = True


def provisional(score: Score, chosen: Iterable[Item]) -> Provisional:
    """The formula of docs/scoring.md over the essentials only, from a full score of the same answers: each one's
    exposure as the score counts it (an unanswered one at its worst)."""
    ids = tuple(item.id for item in chosen)
    wanted = frozenset(ids)
    entries = [entry for entry in score.items if entry.item.id in wanted and entry.applicable]
    exposed = math.fsum(e.item.weight * e.exposure for e in entries)
    possible = math.fsum(e.item.weight * e.item.worst for e in entries)
    holes = [e for e in entries if e.item.severity >= HOLE_SEVERITY]
    excess = math.fsum(e.item.weight * max(0.0, e.exposure - e.item.safest.exposure) for e in holes)
    removable = math.fsum(e.item.weight * (e.item.worst - e.item.safest.exposure) for e in holes)
    total = composite(exposed, possible, excess, removable)
    unknown = tuple(e.item.id for e in entries if e.unknown)
    return Provisional(total, band(total), ids, len(entries) - len(unknown), unknown)
