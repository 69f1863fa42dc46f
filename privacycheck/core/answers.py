"""A user's answers: the platforms they use and, per item, the option chosen."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from privacycheck.core.model import DEFAULT_PLATFORMS, PLATFORMS, UNKNOWN

if TYPE_CHECKING:
    from privacycheck.core.scoring import Checklist


class AnswersError(ValueError):
    """An answers document that cannot be scored; the message names the offending entry."""


def _short(value: object, limit: int = 60) -> str:
    """A value quoted in a message: at most `limit` characters of it, so a huge one never floods the terminal."""
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class Answers:
    platforms: frozenset[str] = frozenset(PLATFORMS)
    choices: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def with_choice(self, item_id: str, option_id: str | None) -> Answers:
        """A copy with one answer changed; None removes it (back to unanswered)."""
        choices = dict(self.choices)
        if option_id is None:
            choices.pop(item_id, None)
        else:
            choices[item_id] = option_id
        return Answers(self.platforms, MappingProxyType(choices))

    def to_json(self) -> dict[str, Any]:
        return {"platforms": sorted(self.platforms), "answers": dict(sorted(self.choices.items()))}


def parse_answers(data: Any, checklist: Checklist | None = None) -> Answers:
    """Build Answers from the answers-file document; with a checklist, every item and option must exist.

    Format: {"platforms": ["facebook", "instagram", "x"], "answers": {"ITEM_ID": "OPTION_ID", ...}}.
    "platforms" defaults to facebook, instagram and x (DEFAULT_PLATFORMS); an answer may be "unknown" ("I don't know").
    """
    if not isinstance(data, dict):
        raise AnswersError("the answers file must hold a JSON object with 'platforms' and 'answers'")
    unexpected = sorted(set(data) - {"platforms", "answers"})
    if unexpected:
        raise AnswersError(f"unexpected key {_short(unexpected[0])} (expected 'platforms' and 'answers')")
    platforms = data.get("platforms", list(DEFAULT_PLATFORMS))
    if not isinstance(platforms, list) or not all(isinstance(p, str) for p in platforms):
        raise AnswersError("'platforms' must be a list of platform names")
    for platform in platforms:
        if platform not in PLATFORMS:
            raise AnswersError(f"unknown platform {_short(platform)} (known: {', '.join(PLATFORMS)})")
    choices = data.get("answers", {})
    if not isinstance(choices, dict):
        raise AnswersError("'answers' must be an object mapping item ids to option ids")
    for item_id, option_id in choices.items():
        if not isinstance(option_id, str):
            raise AnswersError(f"the answer to {_short(item_id)} must be an option id (a string)")
        if checklist is None:
            continue
        item = checklist.items.get(item_id)
        if item is None:
            raise AnswersError(f"unknown item {_short(item_id)}")
        if option_id != UNKNOWN and item.option(option_id) is None:
            known = ", ".join(option.id for option in item.options)
            raise AnswersError(
                f"item {_short(item_id)} has no option {_short(option_id)} (options: {known}, {UNKNOWN})"
            )
    return Answers(frozenset(platforms), MappingProxyType(dict(choices)))
