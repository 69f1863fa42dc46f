"""A stranger's look: the profile seen from a private window, logged out. Which items it can check and the question
to ask come from the packs (an item's `look`); what the person saw may overrule their answers (the look wins).
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from privacycheck.core.model import UNKNOWN, Item, LookAnswer
from privacycheck.core.provenance import Contradiction, Evidence

PROFILE_ADDRESSES = {
    "facebook": ("https://www.facebook.com/{}", ("facebook.com", "www.facebook.com", "m.facebook.com")),
    "instagram": ("https://www.instagram.com/{}/", ("instagram.com", "www.instagram.com")),
    "x": ("https://x.com/{}", ("x.com", "www.x.com", "twitter.com", "www.twitter.com")),
    "linkedin": ("https://www.linkedin.com/in/{}", ("linkedin.com", "www.linkedin.com")),
    "tiktok": ("https://www.tiktok.com/@{}", ("tiktok.com", "www.tiktok.com")),
    "snapchat": ("https://www.snapchat.com/add/{}", ("snapchat.com", "www.snapchat.com")),
    "threads": ("https://www.threads.com/@{}", ("threads.com", "www.threads.com", "threads.net", "www.threads.net")),
}
"""Where a username's public profile is, and the hosts a pasted address may name. WhatsApp has no public profile."""

_USERNAME = re.compile(r"[A-Za-z0-9._-]{1,100}")


class AddressError(ValueError):
    """What the person typed is neither a username nor an address of that platform's profiles."""


def profile_url(platform: str, typed: str) -> str:
    """The https address to open for what the person typed: a username (with or without @) or an address on the
    platform's own site. Anything else is refused, so the app never opens an address of another site."""
    if platform not in PROFILE_ADDRESSES:
        raise AddressError(f"{platform} has no public profile to look at")
    template, hosts = PROFILE_ADDRESSES[platform]
    text = typed.strip()
    name = text[1:] if text.startswith("@") else text
    if "/" not in text and ":" not in text and name.lower() not in hosts:
        if not _USERNAME.fullmatch(name):
            raise AddressError("a username has letters, digits, dots, dashes and underscores only")
        return template.format(name)
    parsed = urllib.parse.urlsplit(text if "://" in text else "https://" + text)
    host = (parsed.hostname or "").lower()
    if parsed.scheme not in ("https", "http") or host not in hosts or parsed.username or parsed.password:
        raise AddressError(f"not an address on {hosts[0]}")
    if parsed.port not in (None, 443, 80):
        raise AddressError(f"not an address on {hosts[0]}")
    return urllib.parse.urlunsplit(("https", host, parsed.path or "/", parsed.query, ""))


def look_items(items: Iterable[Item], platform: str) -> tuple[Item, ...]:
    """The items of `platform` a logged-out look can check, in pack order."""
    return tuple(item for item in items if item.look is not None and item.platform == platform)


def platforms_with_look(items: Iterable[Item], platforms: Iterable[str]) -> tuple[str, ...]:
    """The platforms in use that have a public profile and at least one item a look checks."""
    used = set(platforms)
    found = {item.platform for item in items if item.look is not None and item.platform in used}
    return tuple(p for p in PROFILE_ADDRESSES if p in found)


def implied(item: Item, answer: LookAnswer) -> str:
    """The option a look's answer proves at least: the riskiest of those it fits (the first listed on a tie). A look
    shows what a stranger sees, never how much further a setting goes, so it never proves more safety than that."""
    fitting = [option for option in item.options if option.id in answer.fits]
    return max(fitting, key=lambda option: option.exposure).id


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one look answer does to an item: nothing (it fits the answer), sets an unanswered item, or overrules an
    answer (a contradiction)."""

    item: Item
    option: str | None
    """The option the item now takes; None when the answer stands."""
    contradiction: Contradiction | None


def outcome(item: Item, current: str | None, look_answer_id: str) -> Outcome:
    """Compare one answer with what the look showed. The look wins where they disagree."""
    assert item.look is not None
    answer = next((a for a in item.look.answers if a.id == look_answer_id), None)
    if answer is None:
        raise ValueError(f"{item.id} has no look answer {look_answer_id!r}")
    if current is not None and current != UNKNOWN and current in answer.fits:
        return Outcome(item, None, None)
    option = implied(item, answer)
    contradiction = None if current is None or current == UNKNOWN else Contradiction(item.id, current, option)
    return Outcome(item, option, contradiction)


def outcomes(items: Mapping[str, Item], choices: Mapping[str, str], seen: Mapping[str, str]) -> list[Outcome]:
    """Every look answer given (`seen`: item id → look answer id) compared with the answers, in item id order."""
    return [outcome(items[item_id], choices.get(item_id), seen[item_id]) for item_id in sorted(seen)]


def look_problems(item: Item, option_ids: list[str], path: str) -> Iterator[tuple[str, str]]:
    """The meaning rules of an item's `look` (docs/pack-format.md): a platform with a public profile, answer ids
    unique, and every answer fitting options of the item."""
    assert item.look is not None
    if item.platform not in PROFILE_ADDRESSES:
        yield path, "a look checks a public profile: the item's platform has none"
    seen: set[str] = set()
    for index, answer in enumerate(item.look.answers):
        if answer.id in seen:
            yield f"{path}.answers[{index}].id", f"look answer id {answer.id!r} is used twice in this item"
        seen.add(answer.id)
        for number, option_id in enumerate(answer.fits):
            if option_id not in option_ids:
                yield f"{path}.answers[{index}].fits[{number}]", f"the item has no option {option_id!r}"


def looked_everywhere(evidence: Evidence, platforms: Iterable[str]) -> bool:
    """Whether a check included a stranger's look, during the check, on each platform used that has a public
    profile (the attestation's one yes or no; never which platforms, items or answers)."""
    public = [platform for platform in platforms if platform in PROFILE_ADDRESSES]
    started = evidence.started
    return (
        bool(public)
        and started is not None
        and all((day := evidence.looks.get(platform)) is not None and day >= started for platform in public)
    )
