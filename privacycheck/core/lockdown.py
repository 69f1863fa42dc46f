"""When a client finds you: the lockdown path (ordered by the packs' `lockdown` ranks) and the incident guidance.

The path lists, for the platforms in use, every item a pack marks with a `lockdown` rank, lowest rank first (ties:
platforms in their usual order), leaving out the items already at their safest answer and the follow-ups whose
`when` is not met. Blocking the person comes before it (resources/guidance/incident.json): document, then block.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacycheck.core.model import PLATFORMS, Item
from privacycheck.core.problems import Problem, json_path
from privacycheck.core.text import Text
from privacycheck.paths import packaged

if TYPE_CHECKING:
    from privacycheck.core.answers import Answers
    from privacycheck.core.checklist import Checklist

REQUIRED_SECTIONS = ("first", "reporting", "employer", "after")
"""Stay safe and keep a record; what reporting achieves; when to tell the employer; the next few days."""


@dataclass(frozen=True, slots=True)
class LockdownStep:
    """One fix on the lockdown path: the pack's item, with its rank."""

    item: Item
    rank: int

    @property
    def minutes(self) -> int:
        return self.item.remediation.effort_minutes if self.item.remediation else 0


@dataclass(frozen=True, slots=True)
class BlockAdvice:
    """What blocking does on one platform, and how."""

    platform: str
    block: Text
    hides: Text
    does_not_hide: Text
    link: str
    source: str
    confidence: str


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: Text
    steps: tuple[Text, ...]
    links: tuple[str, ...]
    source: str
    confidence: str


@dataclass(frozen=True, slots=True)
class Guidance:
    """The plain, sourced guidance shown on the incident path (resources/guidance/incident.json)."""

    version: str
    verified: dt.date
    emergency_number: str
    emergency: Text
    sections: tuple[Section, ...]
    platforms: Mapping[str, BlockAdvice]


class GuidanceError(ValueError):
    """The guidance file does not match its schema; `problems` say where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.path}: {p.reason}" for p in problems))
        self.problems = problems


def lockdown_path(checklist: Checklist, answers: Answers) -> tuple[LockdownStep, ...]:
    """The fixes that cut a client off fastest on the platforms in `answers`, in the packs' order."""
    order = {platform: index for index, platform in enumerate(PLATFORMS)}
    steps = []
    for item in checklist.items.values():
        if item.lockdown is None or item.platform not in answers.platforms:
            continue
        if not checklist.in_scope(item, answers.platforms) or not _when_met(checklist, item, answers):
            continue
        chosen = item.option(answers.choices.get(item.id, ""))
        if chosen is not None and chosen.exposure <= item.safest.exposure:
            continue  # already done
        steps.append(LockdownStep(item, item.lockdown))
    steps.sort(key=lambda step: (step.rank, order.get(step.item.platform or "", len(order)), step.item.id))
    return tuple(steps)


def _when_met(checklist: Checklist, item: Item, answers: Answers) -> bool:
    """A follow-up counts unless its parent is answered with an option outside its `when` (unanswered: it may)."""
    while item.when is not None:
        chosen = answers.choices.get(item.when.item)
        if chosen is not None and chosen not in item.when.options:
            return False
        parent = checklist.items.get(item.when.item)
        if parent is None:
            return True
        item = parent
    return True


def total_minutes(steps: tuple[LockdownStep, ...]) -> int:
    return sum(step.minutes for step in steps)


# ---- the guidance file --------------------------------------------------------------------------------------------


def guidance_path() -> Path:
    return packaged("resources") / "guidance" / "incident.json"


def schema_path() -> Path:
    return packaged("resources") / "schema" / "incident-guidance.schema.json"


@functools.cache
def _validator() -> Any:
    from privacycheck.core.schema import fast_validator

    return fast_validator(schema_path())  # the packs' compiled check: the page is built on the GUI thread


def guidance_problems(data: Any, file: str) -> list[Problem]:
    """Schema problems, then meaning: one entry per platform known to the packs, none for an unknown one."""
    problems = [
        Problem(file, json_path(error.absolute_path), error.message)
        for error in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    ]
    if not problems:
        missing = sorted(set(PLATFORMS) - set(data["platforms"]))
        problems += [Problem(file, "$.platforms", f"no blocking advice for {name!r}") for name in missing]
        ids = [section["id"] for section in data["sections"]]
        absent = [name for name in REQUIRED_SECTIONS if name not in ids]
        problems += [Problem(file, "$.sections", f"no section {name!r}") for name in absent]
        problems += [Problem(file, "$.sections", f"section {i!r} twice") for i in sorted(set(ids)) if ids.count(i) > 1]
    return problems


def parse_guidance(data: Any, file: str = "incident.json") -> Guidance:
    problems = guidance_problems(data, file)
    if problems:
        raise GuidanceError(problems)
    return Guidance(
        version=data["version"],
        verified=dt.date.fromisoformat(data["verified"]),
        emergency_number=data["emergency"]["number"],
        emergency=Text.of(data["emergency"]["text"]),
        sections=tuple(
            Section(
                s["id"],
                Text.of(s["title"]),
                tuple(Text.of(step) for step in s["steps"]),
                tuple(s.get("links", ())),
                s["source"],
                s["confidence"],
            )
            for s in data["sections"]
        ),
        platforms={
            name: BlockAdvice(
                name,
                Text.of(p["block"]),
                Text.of(p["hides"]),
                Text.of(p["does_not_hide"]),
                p["link"],
                p["source"],
                p["confidence"],
            )
            for name, p in data["platforms"].items()
        },
    )


@functools.cache
def load_guidance(path: Path | None = None) -> Guidance:
    """The shipped guidance; GuidanceError when it does not validate (a test checks the shipped file)."""
    target = path or guidance_path()
    return parse_guidance(json.loads(target.read_text("utf-8")), str(target))
