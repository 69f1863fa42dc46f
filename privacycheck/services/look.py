"""A stranger's look and the evidence behind a check's answers, over the session: which platforms and items a
logged-out look checks, applying what the person saw (the look wins), and what Results and History say about it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from privacycheck.core.look import look_items, outcomes, platforms_with_look, profile_url
from privacycheck.core.look import looked_everywhere as looked_on_each
from privacycheck.core.model import Item
from privacycheck.core.provenance import LOOK, Contradiction, seen_share
from privacycheck.services.session import CheckSession


@dataclass(frozen=True, slots=True)
class LookResult:
    """What one look changed: the answers it set where there were none, and the ones it overruled."""

    platform: str
    set: tuple[str, ...]
    contradictions: tuple[Contradiction, ...]


def look_platforms(session: CheckSession) -> tuple[str, ...]:
    """The platforms in use whose profile a stranger's look can check."""
    return platforms_with_look(session.checklist.items.values(), session.answers.platforms)


def look_questions(session: CheckSession, platform: str) -> tuple[Item, ...]:
    """The items of `platform` the look asks about, those that apply to this check."""
    return tuple(item for item in look_items(session.checklist.items.values(), platform) if session.applicable(item))


def set_profile(session: CheckSession, platform: str, typed: str) -> str:
    """Remember the profile (encrypted with the check in progress; a finished check stays as it was until the look
    is saved) and return the address to open; AddressError if it is not one of that platform's profiles."""
    url = profile_url(platform, typed)
    if session.status == "draft" and session.evidence.profiles.get(platform) != typed.strip():
        session.set_evidence(session.evidence.with_profile(platform, typed.strip()))
    return url


def apply_look(session: CheckSession, platform: str, seen: Mapping[str, str]) -> LookResult:
    """Record what a stranger saw (`seen`: item id → look answer id). Where it contradicts an answer, the answer
    becomes the option the look showed, marked as seen by a stranger's look; an answer it agrees with is marked so
    too. The score and the plan then follow the new answers as any answer (docs/scoring.md)."""
    if session.status == "complete":
        session.start_new(prefill=True)
    items = session.checklist.items
    today = session.today()
    changed: list[str] = []
    overruled: list[Contradiction] = []
    for result in outcomes(items, session.answers.choices, seen):
        item_id = result.item.id
        if result.option is None:
            session.confirm(item_id, LOOK)
            session.set_evidence(session.evidence.answered(item_id, LOOK, today))
            continue
        session.answer(item_id, result.option, how=LOOK)
        if result.contradiction is not None:
            overruled.append(result.contradiction)
            session.set_evidence(session.evidence.contradicted(result.contradiction, today))
        else:
            changed.append(item_id)
    session.set_evidence(session.evidence.looked(platform, today))
    return LookResult(platform, tuple(changed), tuple(overruled))


def contradictions(session: CheckSession) -> tuple[Contradiction, ...]:
    """The answers a stranger's look overruled that still stand (the person may have changed them since)."""
    choices = session.answers.choices
    return tuple(c for c in session.evidence.contradictions.values() if choices.get(c.item) == c.now)


def seen_settings(session: CheckSession) -> tuple[int, int]:
    """(seen in this check, applicable settings): what Results says of how much of the score was looked at."""
    live = [entry.item for entry in session.score.items if entry.applicable]
    return seen_share(session.evidence, live)


def looked_everywhere(session: CheckSession) -> bool:
    """Whether this check included a stranger's look on each platform used that has a public profile."""
    return looked_on_each(session.evidence, look_platforms(session))
