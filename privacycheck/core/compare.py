"""Two assessments side by side: what answers changed, what it did to the score, what is new or revised since."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from privacycheck.core.answers import Answers
from privacycheck.core.model import Item
from privacycheck.core.scoring import Checklist, Score, evaluate


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a stored assessment remembers: its answers, the pack versions it was made with, and each answered
    item's `verified` date at the time. `packs` is None when the assessment did not record them."""

    answers: Answers
    packs: Mapping[str, str] | None = None
    verified: Mapping[str, dt.date] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> Snapshot:
        """Read the stored payload (services/assessments.py `payload_of`); malformed parts count as absent."""
        platforms = payload.get("platforms", ())
        choices = payload.get("answers", {})
        packs = payload.get("packs")
        verified: dict[str, dt.date] = {}
        raw_verified = payload.get("verified", {})
        if isinstance(raw_verified, Mapping):
            for item_id, day in raw_verified.items():
                try:
                    verified[str(item_id)] = dt.date.fromisoformat(str(day))
                except ValueError:
                    continue
        return cls(
            Answers(
                frozenset(str(p) for p in platforms) if isinstance(platforms, list | tuple) else frozenset(),
                MappingProxyType(
                    {str(k): v for k, v in choices.items() if isinstance(v, str)}
                    if isinstance(choices, Mapping)
                    else {}
                ),
            ),
            MappingProxyType({str(k): str(v) for k, v in packs.items()}) if isinstance(packs, Mapping) else None,
            MappingProxyType(verified),
        )


@dataclass(frozen=True, slots=True)
class AnswerChange:
    item: Item
    before: str | None
    """The option chosen before, or None when it was unanswered or "I don't know"."""
    after: str | None
    points: float
    """What this change alone does to the earlier score: score(before, with this one answer changed) − score(before).
    Negative is better. Follow-ups that the change switches on or off are included."""


@dataclass(frozen=True, slots=True)
class Comparison:
    before: Score
    after: Score
    changes: tuple[AnswerChange, ...]
    """Items applicable in either assessment whose answer differs, largest effect first."""
    new_items: tuple[Item, ...]
    """Items in scope now that could not be answered at the earlier assessment (their pack was absent or older)."""
    revised: tuple[Item, ...]
    """Items answered in the later assessment whose content was revised (re-verified) after they were answered."""
    platforms_added: tuple[str, ...]
    platforms_removed: tuple[str, ...]

    @property
    def delta(self) -> float:
        """The change of score: negative means less exposed."""
        return self.after.score - self.before.score

    @property
    def by_platform(self) -> dict[str, float | None]:
        return _deltas(self.before.by_platform, self.after.by_platform)

    @property
    def by_dimension(self) -> dict[str, float | None]:
        return _deltas(self.before.by_dimension, self.after.by_dimension)


def _deltas(before: Mapping[str, float | None], after: Mapping[str, float | None]) -> dict[str, float | None]:
    """after − before per key (the keys of both, in order); None where either side has nothing in scope."""
    keys = list(before) + [key for key in after if key not in before]
    result: dict[str, float | None] = {}
    for key in keys:
        old, new = before.get(key), after.get(key)
        result[key] = None if old is None or new is None else new - old
    return result


def effective_answer(item: Item, answers: Answers) -> str | None:
    """The option id that counts: None when unanswered, "I don't know", or an option the item no longer has."""
    option = item.option(answers.choices.get(item.id, ""))
    return None if option is None else option.id


def new_items(checklist: Checklist, snapshot: Snapshot, platforms: frozenset[str] | None = None) -> tuple[Item, ...]:
    """Items that were not answerable when `snapshot` was taken, among those in scope for `platforms`.

    An item is new when its pack was not installed then, or when its pack has changed version since and the item was
    not answered then. The store keeps pack versions, not item lists, so an item of an updated pack that was left
    unanswered counts as new too. Without recorded pack versions nothing can be said, and nothing is new.
    """
    if snapshot.packs is None:
        return ()
    scope = snapshot.answers.platforms if platforms is None else platforms
    versions = {pack.id: pack.version for pack in checklist.packs}
    result = []
    for item in checklist.items.values():
        if not checklist.in_scope(item, scope):
            continue
        then = snapshot.packs.get(item.pack_id)
        if then is None or (
            then != versions[item.pack_id]
            and item.id not in snapshot.answers.choices
            and item.id not in snapshot.verified
        ):
            result.append(item)
    return tuple(result)


def revised_items(checklist: Checklist, snapshot: Snapshot) -> tuple[Item, ...]:
    """Answered items whose content was verified again after the user answered them: worth answering afresh."""
    result = []
    for item_id, answered in sorted(snapshot.verified.items()):
        item = checklist.items.get(item_id)
        if item is not None and item.id in snapshot.answers.choices and item.verified > answered:
            result.append(item)
    return tuple(result)


def compare(checklist: Checklist, before: Snapshot, after: Snapshot) -> Comparison:
    """Compare two assessments, both scored against `checklist`, so that every difference comes from the answers.

    Items new since `before` are left out of `changes` and listed in `new_items` (in `before` they count as unknown).
    """
    old = evaluate(checklist, before.answers)
    new = evaluate(checklist, after.answers)
    fresh = new_items(checklist, before, after.answers.platforms)
    fresh_ids = {item.id for item in fresh}
    live = {entry.item.id for entry in old.items if entry.applicable} | {e.item.id for e in new.items if e.applicable}
    changes = []
    for item_id in sorted(live - fresh_ids):
        item = checklist.items[item_id]
        was, now = effective_answer(item, before.answers), effective_answer(item, after.answers)
        if was == now:
            continue
        moved = evaluate(checklist, before.answers.with_choice(item_id, now))
        changes.append(AnswerChange(item, was, now, moved.score - old.score))
    changes.sort(key=lambda change: (-abs(round(change.points, 9)), change.item.id))
    return Comparison(
        before=old,
        after=new,
        changes=tuple(changes),
        new_items=fresh,
        revised=revised_items(checklist, after),
        platforms_added=tuple(sorted(after.answers.platforms - before.answers.platforms)),
        platforms_removed=tuple(sorted(before.answers.platforms - after.answers.platforms)),
    )
