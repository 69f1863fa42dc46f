"""How each answer of a check was given (seen on a day, remembered, or seen by a stranger's look), what a stranger's
look contradicted, and the dated findings of guided searches. Stored in the check's encrypted payload ("evidence").

The score ignores all of this: a remembered answer counts exactly as a seen one. It tells the person (and a re-check)
how much of the score rests on answers looked at, and which ones to look at first next time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from privacycheck.core.model import Item

SEEN, REMEMBERED, LOOK = "seen", "remembered", "look"
"""How an answer was given: chosen after opening the setting ("this is what I see"), chosen without opening it, or
set by what a stranger's logged-out look showed."""

_KINDS = (SEEN, REMEMBERED, LOOK)
_RANK = {REMEMBERED: 0, LOOK: 1, SEEN: 2}
"""A re-check asks again first what was remembered, then what a look showed, then what was seen."""


@dataclass(frozen=True, slots=True)
class Given:
    """How one answer was given, and on which day."""

    how: str
    on: dt.date

    @property
    def looked(self) -> bool:
        """Seen in the settings or by a stranger's look, rather than remembered."""
        return self.how in (SEEN, LOOK)


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A stranger's look showed more than an answer said: the answer `was` became `now`."""

    item: str
    was: str
    now: str


@dataclass(frozen=True, slots=True)
class Found:
    """A guided search's finding: the day it was recorded and whether it differs from the last check's."""

    on: dt.date
    new: bool


def _frozen(mapping: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True, slots=True)
class Evidence:
    """Everything about how a check's answers were found, beside the answers themselves."""

    started: dt.date | None = None
    """The day this check started: answers given since count as "in this check". None for a check stored before
    the evidence was recorded (then nothing counts as seen)."""
    given: Mapping[str, Given] = field(default_factory=_frozen)
    contradictions: Mapping[str, Contradiction] = field(default_factory=_frozen)
    looks: Mapping[str, dt.date] = field(default_factory=_frozen)
    """Platform → the day of its last stranger's look."""
    profiles: Mapping[str, str] = field(default_factory=_frozen)
    """Platform → the profile address or username the person gave for the look (encrypted with the check)."""
    found: Mapping[str, Found] = field(default_factory=_frozen)
    before: Mapping[str, str] | None = None
    """The last check's findings, to say what is new since; None on a first check."""

    # ---- changes (each returns a new value) -------------------------------------------------------------------------

    def answered(self, item_id: str, how: str | None, on: dt.date) -> Evidence:
        """An answer was given (how=None: taken back); a changed answer is no longer a look's contradiction."""
        given = dict(self.given)
        if how is None:
            given.pop(item_id, None)
        else:
            given[item_id] = Given(how, on)
        contradictions = {k: v for k, v in self.contradictions.items() if k != item_id}
        return replace(self, given=_frozen(given), contradictions=_frozen(contradictions))

    def contradicted(self, contradiction: Contradiction, on: dt.date) -> Evidence:
        """A stranger's look overruled an answer: the new answer is marked as seen by the look."""
        given = {**self.given, contradiction.item: Given(LOOK, on)}
        contradictions = {**self.contradictions, contradiction.item: contradiction}
        return replace(self, given=_frozen(given), contradictions=_frozen(contradictions))

    def looked(self, platform: str, on: dt.date, profile: str | None = None) -> Evidence:
        profiles = dict(self.profiles)
        if profile:
            profiles[platform] = profile
        return replace(self, looks=_frozen({**self.looks, platform: on}), profiles=_frozen(profiles))

    def with_profile(self, platform: str, profile: str) -> Evidence:
        profiles = {k: v for k, v in self.profiles.items() if k != platform}
        if profile.strip():
            profiles[platform] = profile.strip()
        return replace(self, profiles=_frozen(profiles))

    def finding(self, item_id: str, text: str, on: dt.date) -> Evidence:
        """A guided search's finding was recorded (empty text: removed)."""
        found = {k: v for k, v in self.found.items() if k != item_id}
        if text.strip():
            earlier = None if self.before is None else self.before.get(item_id, "")
            found[item_id] = Found(on, earlier is not None and earlier.strip() != text.strip())
        return replace(self, found=_frozen(found))

    def next_check(self, carried: Iterable[str], findings: Mapping[str, str], on: dt.date) -> Evidence:
        """The evidence a re-check starts with: how the carried answers were given (their old days, which do not
        count as this check's), the profiles, the days of the findings carried over, and the last findings to
        compare with."""
        keep = set(carried)
        before = {k: v for k, v in findings.items() if v.strip()}
        return Evidence(
            started=on,
            given=_frozen({k: v for k, v in self.given.items() if k in keep}),
            profiles=self.profiles,
            found=_frozen({k: Found(v.on, False) for k, v in self.found.items() if k in before}),
            before=_frozen(before),
        )

    # ---- reading ----------------------------------------------------------------------------------------------------

    def how(self, item_id: str) -> Given | None:
        return self.given.get(item_id)

    def seen_now(self, item_id: str) -> bool:
        """Seen (in the settings or by a look) during this check."""
        given = self.given.get(item_id)
        return given is not None and given.looked and self.started is not None and given.on >= self.started

    def new_findings(self) -> tuple[str, ...]:
        """Items whose guided search found something other than last time."""
        return tuple(sorted(item_id for item_id, found in self.found.items() if found.new))

    # ---- stored form ------------------------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "given": {k: {"how": v.how, "on": v.on.isoformat()} for k, v in sorted(self.given.items())},
            "contradictions": {k: {"was": v.was, "now": v.now} for k, v in sorted(self.contradictions.items())},
            "looks": {k: v.isoformat() for k, v in sorted(self.looks.items())},
            "profiles": dict(sorted(self.profiles.items())),
            "found": {k: {"on": v.on.isoformat(), "new": v.new} for k, v in sorted(self.found.items())},
        }
        if self.started is not None:
            data["started"] = self.started.isoformat()
        if self.before is not None:
            data["before"] = dict(sorted(self.before.items()))
        return data

    @classmethod
    def from_json(cls, data: object) -> Evidence:
        """Read back what `to_json` wrote; anything malformed is left out rather than trusted."""
        if not isinstance(data, dict):
            return cls()
        given: dict[str, Given] = {}
        for item_id, entry in _entries(data.get("given")):
            on = _day(entry.get("on"))
            if entry.get("how") in _KINDS and on is not None:
                given[item_id] = Given(entry["how"], on)
        contradictions = {
            item_id: Contradiction(item_id, entry["was"], entry["now"])
            for item_id, entry in _entries(data.get("contradictions"))
            if isinstance(entry.get("was"), str) and isinstance(entry.get("now"), str)
        }
        looks = {k: d for k, v in _pairs(data.get("looks")) if (d := _day(v)) is not None}
        found: dict[str, Found] = {}
        for item_id, entry in _entries(data.get("found")):
            on = _day(entry.get("on"))
            if on is not None:
                found[item_id] = Found(on, entry.get("new") is True)
        before = data.get("before")
        return cls(
            started=_day(data.get("started")),
            given=_frozen(given),
            contradictions=_frozen(contradictions),
            looks=_frozen(looks),
            profiles=_frozen({k: v for k, v in _pairs(data.get("profiles")) if isinstance(v, str)}),
            found=_frozen(found),
            before=None
            if not isinstance(before, dict)
            else _frozen({k: v for k, v in _pairs(before) if isinstance(v, str)}),
        )


def _pairs(data: object) -> list[tuple[str, Any]]:
    return [(k, v) for k, v in data.items() if isinstance(k, str)] if isinstance(data, dict) else []


def _entries(data: object) -> list[tuple[str, dict[str, Any]]]:
    return [(k, v) for k, v in _pairs(data) if isinstance(v, dict)]


def _day(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def counted(item: Item) -> bool:
    """Whether an item is a platform setting one can open and look at (what "settings seen" counts)."""
    return item.kind == "setting" and item.link is not None


def seen_share(evidence: Evidence, items: Iterable[Item]) -> tuple[int, int]:
    """(seen in this check, settings) over the given applicable items: "82 of 95 settings seen in this check"."""
    settings = [item for item in items if counted(item)]
    return sum(1 for item in settings if evidence.seen_now(item.id)), len(settings)


def recheck_order(items: Iterable[Item], carried: Mapping[str, str], evidence: Evidence) -> list[Item]:
    """The order of a section in a re-check: answers to confirm first, the remembered ones (or those with no
    record of how they were given) before those a look showed, before those seen; then the rest, in pack order."""

    def key(item: Item) -> tuple[int, int]:
        if item.id not in carried:
            return (1, 0)
        given = evidence.how(item.id)
        return (0, _RANK[given.how] if given is not None else 0)

    return sorted(items, key=key)
