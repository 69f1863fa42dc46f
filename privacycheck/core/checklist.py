"""The items of a set of packs, indexed once for scoring many times: what scoring needs of every item and every
set of platforms, worked out in time linear in the number of items whatever the depth of the follow-ups."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain
from types import MappingProxyType
from typing import NamedTuple

from privacycheck.core.formula import HOLE_SEVERITY
from privacycheck.core.model import DIMENSIONS, Item, Option, Pack
from privacycheck.core.references import cap_by_option

GENERAL = "general"
"""The sub-score key of items that belong to no platform (the questionnaires)."""

_new = tuple.__new__
_NONE: frozenset[str] = frozenset()


def _exposure(option: Option) -> float:
    return option.exposure


class Checklist:
    """The items of a set of packs, indexed once for scoring many times (the app re-scores on every answer)."""

    def __init__(self, packs: Iterable[Pack]) -> None:
        self.packs = tuple(sorted(packs, key=lambda pack: pack.id))
        every = {item.id: item for pack in self.packs for item in pack.items}
        self.items: Mapping[str, Item] = MappingProxyType({item_id: every[item_id] for item_id in sorted(every)})
        children: dict[str, list[str]] = {}
        capped: dict[str, list[str]] = {}
        for item in self.items.values():
            if item.when is not None and item.when.item in self.items:
                children.setdefault(item.when.item, []).append(item.id)
            for cap in item.caps:
                if cap.item in self.items and item.id not in capped.get(cap.item, ()):
                    capped.setdefault(cap.item, []).append(item.id)
        self.children: Mapping[str, tuple[str, ...]] = MappingProxyType({k: tuple(v) for k, v in children.items()})
        self.capped: Mapping[str, tuple[str, ...]] = MappingProxyType({k: tuple(v) for k, v in capped.items()})
        """For each item that caps others, the items it caps."""
        self.platforms = tuple(sorted({item.platform for item in self.items.values() if item.platform}))
        self._facts = {i: ItemFacts.of(item, self) for i, item in self.items.items()}
        self.facts: Mapping[str, ItemFacts] = MappingProxyType(self._facts)
        # Parents before children: each item's depth and needed platforms come from its parent's, already known.
        depth = _depths(self.items)
        self._needs: dict[str, frozenset[str]] = {}
        for item_id in sorted(self.items, key=depth.__getitem__):
            item = self.items[item_id]
            parent = self._parent(item)
            own = frozenset((item.platform,)) if item.platform is not None else _NONE
            above = self._needs[parent] if parent is not None else _NONE
            self._needs[item_id] = above if own <= above else own | above
        self._follow_ups = tuple(
            sorted((fact for fact in self.facts.values() if fact.parent is not None), key=lambda f: depth[f.id])
        )
        below: dict[str, list[str]] = {}
        for controller in self.capped:  # the items that cap others, under each of their ancestors
            ancestor = self._parent(self.items[controller])
            while ancestor is not None:
                below.setdefault(ancestor, []).append(controller)
                ancestor = self._parent(self.items[ancestor])
        self.controllers_below: Mapping[str, tuple[str, ...]] = MappingProxyType(
            {k: tuple(sorted(v)) for k, v in below.items()}
        )
        """For each item, the items below it in its follow-ups that cap other items."""
        # The weighted worst exposures by the platforms the items need, then by platform and by dimension: the
        # denominators of a set of platforms add up the parts it covers, without going through every item.
        # The same for the holes term: weight × (worst − safest exposure) of the items of severity 3 and above.
        self._ceilings: dict[frozenset[str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        self._spans: dict[frozenset[str], dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        for fact in self.facts.values():
            parts, spans = self._ceilings[self._needs[fact.id]], self._spans[self._needs[fact.id]]
            ceiling = fact.weight * fact.worst
            span = fact.weight * (fact.worst - fact.safest) if fact.hole else 0.0
            parts[fact.group].append(ceiling)
            parts[fact.dimension].append(ceiling)
            spans[fact.group].append(span)
            spans[fact.dimension].append(span)
        self._scopes: dict[frozenset[str], Scope] = {}

    def _parent(self, item: Item) -> str | None:
        return item.when.item if item.when is not None and item.when.item in self.items else None

    def in_scope(self, item: Item, platforms: frozenset[str]) -> bool:
        """Whether the item counts at all: its platform is used and, for a follow-up, its parent counts."""
        return self._needs[item.id] <= platforms

    def scope(self, platforms: frozenset[str]) -> Scope:
        """What does not depend on the answers, for one set of platforms: worked out once, since a person answers
        many questions between two changes of platforms."""
        scope = self._scopes.get(platforms)
        if scope is None:
            if len(self._scopes) >= 32:
                self._scopes.clear()
            scope = self._scopes[platforms] = Scope.of(self, platforms)
        return scope


def _depths(items: Mapping[str, Item]) -> dict[str, int]:
    """How many `when` steps lead from each item up to a root item, each chain walked once."""
    depth: dict[str, int] = {}
    for start in items:
        if start in depth:
            continue
        path: list[str] = []
        current: str | None = start
        while current is not None and current not in depth:
            if len(path) > len(items):  # a cycle, which the rules module refuses: count it from here
                break
            path.append(current)
            when = items[current].when
            current = when.item if when is not None and when.item in items else None
        level = depth[current] if current is not None and current in depth else -1
        for item_id in reversed(path):
            level += 1
            depth[item_id] = level
    return depth


class Scope(NamedTuple):
    facts: tuple[ItemFacts, ...]
    """The items in scope, by id."""
    follow_ups: tuple[ItemFacts, ...]
    """The follow-ups in scope, each after its parent."""
    denominator: float
    """The weighted exposure of the items in scope if every answer were the worst: the `possible` of the formula."""
    bottoms: Mapping[str, float]
    """The same, by platform and by dimension: what each sub-score is out of."""
    removable: float
    """Σ weight × (worst − safest exposure) over the items in scope: the `removable` of the holes term."""
    spans: Mapping[str, float]
    """The same, by platform and by dimension."""
    needs: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, checklist: Checklist, platforms: frozenset[str]) -> Scope:
        covered = [parts for needs, parts in checklist._ceilings.items() if needs <= platforms]
        spanned = [parts for needs, parts in checklist._spans.items() if needs <= platforms]
        if len(covered) == len(checklist._ceilings):  # the usual case: every item counts
            facts, follow_ups = tuple(checklist.facts.values()), checklist._follow_ups
        else:
            needs = checklist._needs
            facts = tuple(fact for fact in checklist.facts.values() if needs[fact.id] <= platforms)
            follow_ups = tuple(fact for fact in checklist._follow_ups if needs[fact.id] <= platforms)
        groups = {group for parts in covered for group in parts}
        # math.fsum is exact, so each sum is the same whatever the grouping and the order of the items.
        bottoms = {group: math.fsum(chain.from_iterable(parts.get(group, ()) for parts in covered)) for group in groups}
        denominator = math.fsum(chain.from_iterable(parts.get(d, ()) for parts in covered for d in DIMENSIONS))
        spans = {group: math.fsum(chain.from_iterable(parts.get(group, ()) for parts in spanned)) for group in groups}
        removable = math.fsum(chain.from_iterable(parts.get(d, ()) for parts in spanned for d in DIMENSIONS))
        return cls(
            facts,
            follow_ups,
            denominator,
            MappingProxyType(bottoms),
            removable,
            MappingProxyType(spans),
            checklist._needs,
        )


class CapFacts(NamedTuple):
    controller: str
    """The item whose answer caps this one."""
    by_option: Mapping[str, float]
    """The cap each answer of the controlling item gives (math.inf: none)."""
    at_safest: float
    """The cap when the controlling item is at its safest option or does not apply: the tightest it gives."""
    at_worst: float
    """The cap when the controlling item is unanswered: its worst option's."""


@dataclass(slots=True)
class ItemFacts:
    """What scoring needs of an item, worked out once per checklist rather than on every score. Not frozen: a frozen
    dataclass takes several times longer to build, and a checklist builds one per item; nothing changes it."""

    item: Item
    id: str
    weight: int
    worst: float
    worst_id: str
    safest: float
    safest_id: str
    exposures: Mapping[str, float]
    group: str
    """The item's platform, or GENERAL."""
    dimension: str
    parent: str | None
    gate: frozenset[str]
    """The parent's options under which a follow-up applies (empty for a root item)."""
    dropped: tuple[str, ...]
    """The follow-ups that stop applying when this item moves to its safest option."""
    caps: tuple[CapFacts, ...]
    """The caps other items' answers put on this one."""
    effort: int
    hole: bool
    """Whether the item counts in the holes term (severity 3 and above)."""

    @classmethod
    def of(cls, item: Item, checklist: Checklist) -> ItemFacts:
        worst = safest = item.options[0]
        for option in item.options:  # the first one listed on a tie, as max(), min() and Item.safest do
            if option.exposure > worst.exposure:
                worst = option
            elif option.exposure < safest.exposure:
                safest = option
        dropped: tuple[str, ...] = ()
        if item.id in checklist.children:
            children = [checklist.items[child] for child in checklist.children[item.id]]
            dropped = tuple(child.id for child in children if safest.id not in child.when.options)  # type: ignore[union-attr]
        caps: tuple[CapFacts, ...] = ()
        if item.caps:
            caps = tuple(
                _cap_facts(item, checklist.items[c])
                for c in sorted({cap.item for cap in item.caps})
                if c in checklist.items
            )
        when = item.when
        return cls(
            item,
            item.id,
            item.weight,
            worst.exposure,
            worst.id,
            safest.exposure,
            safest.id,
            {option.id: option.exposure for option in item.options},
            item.platform or GENERAL,
            item.dimension,
            when.item if when is not None else None,
            when.options if when is not None else _NONE,
            dropped,
            caps,
            item.remediation.effort_minutes if item.remediation else 1,
            item.severity >= HOLE_SEVERITY,
        )


def _cap_facts(item: Item, controller: Item) -> CapFacts:
    table = cap_by_option(item, controller)
    top = max(controller.options, key=_exposure).id
    return CapFacts(controller.id, MappingProxyType(table), table[controller.safest.id], table[top])
