"""Meaning rules for the references between items: `when` and `caps` resolve, keep scoring monotone, never loop."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence

from privacycheck.core.model import Item, Pack
from privacycheck.core.problems import Problem


def reference_problems(packs: Sequence[Pack]) -> list[Problem]:
    """Problems with the `when` and `caps` of every item of `packs`, each named by the pack file and JSON path."""
    items = {item.id: item for pack in packs for item in pack.items}
    problems: list[Problem] = []
    for pack in packs:
        for index, item in enumerate(pack.items):
            path = f"$.items[{index}]"
            problems.extend(Problem(pack.path, where, reason) for where, reason in _when_problems(item, items, path))
            problems.extend(Problem(pack.path, where, reason) for where, reason in _cap_problems(item, items, path))
    if problems:
        return problems
    looping = cycle_members(items)
    for pack in packs:
        for index, item in enumerate(pack.items):
            if item.id not in looping:
                continue
            if item.when is not None and item.when.item in looping:
                problems.append(Problem(pack.path, f"$.items[{index}].when", "'when' references form a cycle"))
            else:
                at = next(k for k, cap in enumerate(item.caps) if cap.item in looping)
                reason = "'caps' and 'when' references form a cycle"
                problems.append(Problem(pack.path, f"$.items[{index}].caps[{at}].item", reason))
    return problems


def _when_problems(item: Item, items: Mapping[str, Item], path: str) -> Iterator[tuple[str, str]]:
    if item.when is None:
        return
    target = items.get(item.when.item)
    if target is None:
        yield f"{path}.when.item", f"no loaded item has the id {item.when.item!r}"
        return
    exposures = {option.id: option.exposure for option in target.options}
    missing = sorted(item.when.options - exposures.keys())
    if missing:
        yield f"{path}.when.in", f"{item.when.item!r} has no option {', '.join(map(repr, missing))}"
        return
    # Upward-closed: a safer answer may remove a follow-up question, never add one (keeps scoring monotone).
    lowest = min(exposures[option] for option in item.when.options)
    needed = sorted(o for o, e in exposures.items() if e >= lowest and o not in item.when.options)
    if needed:
        yield (
            f"{path}.when.in",
            f"must also list {', '.join(map(repr, needed))}: options at least as exposed as those listed",
        )


def _cap_problems(item: Item, items: Mapping[str, Item], path: str) -> Iterator[tuple[str, str]]:
    controllers: dict[str, int] = {}  # controlling item → the index of its first cap, for the monotone check
    for index, cap in enumerate(item.caps):
        where = f"{path}.caps[{index}]"
        if cap.item == item.id:
            yield f"{where}.item", "an item cannot cap itself"
            continue
        target = items.get(cap.item)
        if target is None:
            yield f"{where}.item", f"no loaded item has the id {cap.item!r}"
            continue
        missing = sorted(cap.options - {option.id for option in target.options})
        if missing:
            yield f"{where}.in", f"{cap.item!r} has no option {', '.join(map(repr, missing))}"
            continue
        riskiest = target.worst
        always = sorted(o.id for o in target.options if o.exposure == riskiest and o.id in cap.options)
        if always:
            reason = f"{cap.item!r} answered {always[0]!r}, its riskiest answer, still caps: a cap is for safer answers"
            yield f"{where}.in", reason
            continue
        controllers.setdefault(cap.item, index)
    for controller, index in controllers.items():
        looser = _loosening(item, items[controller])
        if looser:
            yield f"{path}.caps[{index}].in", looser


def cap_by_option(item: Item, controller: Item) -> dict[str, float]:
    """The cap each answer of `controller` puts on `item` (math.inf: no cap), from every cap of `item` naming it."""
    caps = {option.id: math.inf for option in controller.options}
    for cap in item.caps:
        if cap.item == controller.id:
            for option_id in cap.options:
                caps[option_id] = min(caps[option_id], cap.max)
    return caps


def _loosening(item: Item, controller: Item) -> str | None:
    """Monotone caps: a safer (or equally exposed) answer of the controlling item never allows a higher exposure."""
    caps = cap_by_option(item, controller)
    options = sorted(controller.options, key=lambda option: (option.exposure, option.id))
    for safer in options:
        for riskier in options:
            if safer.exposure <= riskier.exposure and caps[safer.id] > caps[riskier.id]:
                shown = "no cap" if math.isinf(caps[safer.id]) else f"a cap of {caps[safer.id]:g}"
                return (
                    f"{controller.id!r} answered {safer.id!r} (exposure {safer.exposure:g}) gives {shown}, "
                    f"looser than {caps[riskier.id]:g} for {riskier.id!r} (exposure {riskier.exposure:g})"
                )
    return None


def cycle_members(items: Mapping[str, Item]) -> set[str]:
    """The items on a cycle of references (`when` and `caps`): Tarjan's strongly connected components, iteratively,
    so that a follow-up chain of any depth is checked in time linear in the number of items."""
    edges = {item_id: [target for target in _targets(item) if target in items] for item_id, item in items.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    members: set[str] = set()
    for root in sorted(items):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = edges[node]
            if position < len(targets):
                work.append((node, position + 1))
                target = targets[position]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges[node]:
                    members.update(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return members


def _targets(item: Item) -> list[str]:
    return ([item.when.item] if item.when is not None else []) + [cap.item for cap in item.caps]
