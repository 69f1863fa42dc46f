"""Meaning rules for packs, beyond the schema's shape: ids, remediation, and (core/references.py) `when` and `caps`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from privacycheck.core.look import look_problems
from privacycheck.core.model import UNKNOWN, Item, Origin, Pack
from privacycheck.core.problems import Problem
from privacycheck.core.references import reference_problems

# When two packs claim the same id, an installed update supersedes the built-in pack; an org pack replaces neither.
_PREFERENCE = {Origin.UPDATED: 0, Origin.BUILTIN: 1, Origin.ORG: 2}


def check_pack(pack: Pack) -> list[Problem]:
    """Rules that one pack must satisfy on its own."""
    problems: list[Problem] = []

    def problem(path: str, reason: str) -> None:
        problems.append(Problem(pack.path, path, reason))

    if pack.kind == "platform" and pack.platform is None:
        problem("$.platform", "a platform pack names its platform")
    seen: set[str] = set()
    ranks: dict[int, str] = {}
    for index, item in enumerate(pack.items):
        path = f"$.items[{index}]"
        if not item.id.startswith(pack.id + "."):
            problem(f"{path}.id", f"item id {item.id!r} must start with the pack id {pack.id + '.'!r}")
        if item.id in seen:
            problem(f"{path}.id", f"item id {item.id!r} is used twice in this pack")
        seen.add(item.id)
        if pack.platform is not None and item.platform != pack.platform:
            problem(f"{path}.platform", f"an item of the {pack.platform} pack cannot belong to {item.platform}")
        problems.extend(Problem(pack.path, p, reason) for p, reason in _item_problems(item, path))
        if item.lockdown is not None and item.lockdown in ranks:
            problem(f"{path}.lockdown", f"lockdown rank {item.lockdown} is also {ranks[item.lockdown]!r}'s")
        if item.lockdown is not None:
            ranks.setdefault(item.lockdown, item.id)
    for index, guide in enumerate(pack.guides):
        if not guide.id.startswith(pack.id + "."):
            problem(
                f"$.guides[{index}].id",
                f"guide id {guide.id!r} must start with the pack id {pack.id + '.'!r}",
            )
        if guide.id in seen:
            problem(f"$.guides[{index}].id", f"id {guide.id!r} is used twice in this pack")
        seen.add(guide.id)
    return problems


SMALLEST_EXPOSURE = 0.01
"""An exposure (or a cap) is 0 or at least 1 %: a smaller share means nothing to a reader, and values near the
smallest float would leave the score's sums without a usable quotient."""
TOO_SMALL = f"an exposure is 0 or at least {SMALLEST_EXPOSURE}"


def _item_problems(item: Item, path: str) -> Iterable[tuple[str, str]]:
    option_ids = [option.id for option in item.options]
    for index, option_id in enumerate(option_ids):
        if option_id == UNKNOWN:
            yield f"{path}.options[{index}].id", f"option id {UNKNOWN!r} is reserved for 'I don't know'"
        elif option_ids.index(option_id) != index:
            yield f"{path}.options[{index}].id", f"option id {option_id!r} is used twice in this item"
    if item.kind == "setting" and item.setting is None:
        yield f"{path}.setting", "a setting item gives the platform's wording and menu path"
    if item.kind == "setting" and item.link is None:
        yield f"{path}.link", "a setting item gives a link that opens the settings page"
    if item.fact and item.kind != "question":
        yield f"{path}.fact", "a fact has no setting behind it: its kind is 'question'"
    for index, option in enumerate(item.options):
        if 0 < option.exposure < SMALLEST_EXPOSURE:
            yield f"{path}.options[{index}].exposure", TOO_SMALL
    for index, cap in enumerate(item.caps):
        if 0 < cap.max < SMALLEST_EXPOSURE:
            yield f"{path}.caps[{index}].max", TOO_SMALL
    if item.worst > 0 and item.remediation is None:
        yield f"{path}.remediation", "an option with exposure above 0 needs a remediation"
    lowest = item.safest.exposure
    if lowest > 0 and not item.irreducible:
        yield f"{path}.options", "no option has exposure 0: add a safe option or mark the item 'irreducible'"
    if lowest == 0 and item.irreducible:
        yield f"{path}.irreducible", "the item is marked irreducible but has an option with exposure 0"
    if item.when is not None and item.when.item == item.id:
        yield f"{path}.when.item", "an item cannot depend on itself"
    if item.look is not None:
        yield from look_problems(item, option_ids, f"{path}.look")
    if item.lockdown is not None:
        if item.platform is None:
            yield f"{path}.lockdown", "a lockdown step belongs to a platform"
        if item.link is None:
            yield f"{path}.lockdown", "a lockdown step gives a link that opens the settings page"
        if item.remediation is None:
            yield f"{path}.lockdown", "a lockdown step has a remediation"


def check_set(candidates: Sequence[Pack]) -> tuple[list[Pack], list[Problem]]:
    """Rules across packs: unique pack and item ids, resolvable, monotone and acyclic `when` and `caps` references.

    Returns the packs that pass, in a canonical order (so the result does not depend on the order of `candidates`),
    and a problem for each pack turned away.
    """
    problems: list[Problem] = []
    ordered = sorted(candidates, key=lambda p: (p.id, _PREFERENCE[p.origin], [-n for n in p.version_key], p.path))
    by_id: dict[str, Pack] = {}
    for pack in ordered:
        kept = by_id.get(pack.id)
        if kept is None:
            by_id[pack.id] = pack
        elif not (kept.origin == Origin.UPDATED and pack.origin == Origin.BUILTIN):
            problems.append(Problem(pack.path, "$.id", f"pack id {pack.id!r} is already loaded from {kept.path}"))

    accepted: list[Pack] = []
    owners: dict[str, Pack] = {}
    for pack in sorted(by_id.values(), key=lambda p: (_PREFERENCE[p.origin], p.id, p.path)):
        clashes = [(i, item.id) for i, item in enumerate(pack.items) if item.id in owners]
        if clashes:
            index, item_id = clashes[0]
            reason = f"item id {item_id!r} is already defined in {owners[item_id].path}"
            problems.append(Problem(pack.path, f"$.items[{index}].id", reason))
            continue
        accepted.append(pack)
        owners.update((item.id, pack) for item in pack.items)

    # A pack turned away can leave another pack's `when` or `caps` dangling: repeat until nothing changes.
    while True:
        found = reference_problems(accepted)
        if not found:
            break
        rejected = {problem.file for problem in found}
        problems.extend(found)
        accepted = [pack for pack in accepted if pack.path not in rejected]
    return sorted(accepted, key=lambda p: p.id), problems
