"""Domain values: packs, items, options, remediation. Frozen, built only by the loader."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from privacycheck.core.text import Text

PLATFORMS = ("facebook", "instagram", "x", "linkedin", "tiktok", "snapchat", "whatsapp", "threads")
DEFAULT_PLATFORMS = ("facebook", "instagram", "x")
"""The platforms assumed when none were chosen: those of version one, so that an answers file or a first run keeps
meaning what it meant before the other five existed; people add the platforms they use."""
DIMENSIONS = ("find", "see", "contact", "disclose", "account")
UNKNOWN = "unknown"
"""The reserved answer meaning "I don't know": it counts as the item's worst option."""


class Origin(enum.StrEnum):
    """Where an installed pack came from."""

    BUILTIN = "built-in"
    ORG = "org"
    UPDATED = "updated"


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    label: Text
    exposure: float


@dataclass(frozen=True, slots=True)
class Remediation:
    title: Text | None
    steps: tuple[Text, ...]
    effort_minutes: int
    verify: Text


@dataclass(frozen=True, slots=True)
class Setting:
    """The platform's own wording of a setting and the menu path to it."""

    name: Text
    path: Text
    path_app: Text | None


@dataclass(frozen=True, slots=True)
class When:
    """The item applies only when item `item` is answered with one of `options`."""

    item: str
    options: frozenset[str]


@dataclass(frozen=True, slots=True)
class Cap:
    """While item `item` is answered with one of `options`, the capped item's exposure counts at most `max`."""

    item: str
    options: frozenset[str]
    max: float


@dataclass(frozen=True, slots=True)
class LookAnswer:
    """One thing a stranger may see in a logged-out look, and the options of the item it fits."""

    id: str
    label: Text
    fits: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Look:
    """How a logged-out look at the profile checks the item: the question to ask, and what each answer fits."""

    question: Text
    answers: tuple[LookAnswer, ...]


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    pack_id: str
    kind: str
    platform: str | None
    dimension: str
    severity: int
    title: Text
    prompt: Text
    why: Text
    options: tuple[Option, ...]
    source: str
    verified: dt.date
    fact: bool = False
    irreducible: bool = False
    guide: tuple[Text, ...] = ()
    setting: Setting | None = None
    link: str | None = None
    remediation: Remediation | None = None
    when: When | None = None
    caps: tuple[Cap, ...] = ()
    confidence: str | None = None
    """How `verified` was checked: "checked" (live account), "help_page" or "inferred"; None when the pack omits it."""
    look: Look | None = None
    """What a stranger's logged-out look at the profile can tell of this item (core/look.py); None: nothing."""
    lockdown: int | None = None
    """The item's rank on the lockdown path (lower first), or None when it is not a lockdown step."""

    @property
    def weight(self) -> int:
        """The item's weight in the score: 2 ** (severity - 1), so 1, 2, 4, 8 or 16."""
        return 1 << (self.severity - 1)

    @property
    def worst(self) -> float:
        return max(option.exposure for option in self.options)

    @property
    def safest(self) -> Option:
        """The option with the lowest exposure (the first one listed, on a tie)."""
        return min(self.options, key=lambda option: option.exposure)

    def option(self, option_id: str) -> Option | None:
        return next((option for option in self.options if option.id == option_id), None)


@dataclass(frozen=True, slots=True)
class GuideSection:
    title: Text
    steps: tuple[Text, ...]
    links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Guide:
    id: str
    title: Text
    summary: Text
    sections: tuple[GuideSection, ...]
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Pack:
    id: str
    version: str
    kind: str
    platform: str | None
    title: Text
    verified: dt.date
    items: tuple[Item, ...]
    description: Text | None = None
    guides: tuple[Guide, ...] = ()
    origin: Origin = Origin.BUILTIN
    path: str = ""

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)


def version_key(version: str) -> tuple[int, ...]:
    """`1.10.0` → (1, 10, 0), for comparing dotted versions part by part."""
    parts = [int(part) for part in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)
