"""A check in progress: answers change one at a time, each change autosaved, the score always current.

The session is the one source of truth for the check on screen: every page (Home, Check, Results, the tray) reads
its numbers from `shown()`. A finished check is a record: nothing changes its answers or its stored score; a change
starts a new draft instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from privacycheck.core.answers import Answers
from privacycheck.core.clock import Clock, utc_now
from privacycheck.core.essentials import provisional
from privacycheck.core.model import UNKNOWN, Item
from privacycheck.core.provenance import REMEMBERED, SEEN, Evidence
from privacycheck.core.scoring import Checklist, ItemScore, Score, evaluate
from privacycheck.services.assessments import answers_of, payload_of, summary_of
from privacycheck.services.plans import EssentialsCache, ShownScore, quick_wins
from privacycheck.storage.store import Record, Store

ESSENTIALS, FULL = "essentials", "full"
"""The two routes through a check: the ten-minute first pass, and every item."""

CARRIED, FIXED = "answer", "fixed"
"""Why an answer of a re-check is still to confirm: carried over from the last check, or a fix ticked there."""


class CheckSession:
    """The answers, findings and ticked fixes of one assessment, saved to the store after every change.

    A session is a draft until `complete()`. A completed session can still record fixes ticked as done (that is
    the plan's progress, carried into the next check); its answers, stored score and pack versions never change.
    Without a store (the user declined to store anything) it works the same and saves nothing.
    """

    def __init__(
        self,
        checklist: Checklist,
        store: Store | None,
        *,
        platforms: Iterable[str] = (),
        record: Record | None = None,
        clock: Clock = utc_now,
        route: str = FULL,
    ) -> None:
        self.checklist = checklist
        self.essentials = EssentialsCache(checklist)
        self._store = store
        self._clock = clock
        self._kept: Record | None = None
        """The stored record of a finished check, saved back as it is (only its ticked fixes change)."""
        if record is None:
            self.answers = Answers(frozenset(platforms), {})
            self.record_id: int | None = None
            self.created = clock()
            self.status = "draft"
            self.findings: dict[str, str] = {}
            self.evidence = Evidence(started=clock().date())
            self.done: set[str] = set()
            self.carried: dict[str, str] = {}
            self.route = route
        else:
            payload = record.payload
            self.answers = answers_of(record)
            self.record_id = record.id
            self.created = record.created
            self.status = record.status
            self.findings = dict(payload.get("findings", {}))
            self.done = set(payload.get("done", ()))
            self.carried = {k: v for k, v in dict(payload.get("carried", {})).items() if k in self.answers.choices}
            self.evidence = Evidence.from_json(payload.get("evidence"))
            self.route = payload.get("route", FULL) if payload.get("route") in (ESSENTIALS, FULL) else FULL
            if record.status == "complete":
                self._kept = record
        self.score = evaluate(checklist, self.answers)

    @classmethod
    def resume_or_start(
        cls, checklist: Checklist, store: Store, platforms: Iterable[str], clock: Clock = utc_now
    ) -> CheckSession:
        """The autosaved draft if there is one, else the last finished check, else a new one: for a new user, the
        essentials first."""
        draft = store.draft() or store.latest()
        if draft is not None:
            return cls(checklist, store, record=draft, clock=clock)
        return cls(checklist, store, platforms=platforms, clock=clock, route=ESSENTIALS)

    # ---- changes ----------------------------------------------------------------------------------------------------

    def answer(self, item_id: str, option_id: str | None, how: str = REMEMBERED) -> Score:
        """Record one answer (None: back to unanswered) and autosave; an answer carried over is now confirmed.

        A finished check stays as it was: the first change starts a new draft that carries its answers over.
        """
        if self.status == "complete":
            self.start_new(prefill=True)
        self.carried.pop(item_id, None)
        self.evidence = self.evidence.answered(item_id, None if option_id is None else how, self._clock().date())
        self.answers = self.answers.with_choice(item_id, option_id)
        return self._changed()

    def confirm(self, item_id: str, how: str = REMEMBERED) -> None:
        """The person confirms an answer carried over from the last check (or a fix they said they made)."""
        if self.carried.pop(item_id, None) is not None:
            self.evidence = self.evidence.answered(item_id, how, self._clock().date())
            self._save()

    def seen(self, item_id: str) -> None:
        """Marks the answer given as checked in the setting just opened ("This is what I see")."""
        if item_id in self.answers.choices and self.status == "draft":
            self.carried.pop(item_id, None)
            self.evidence = self.evidence.answered(item_id, SEEN, self._clock().date())
            self._save()

    def today(self) -> dt.date:
        """The day by the session's clock."""
        return self._clock().date()

    def set_evidence(self, evidence: Evidence) -> None:
        """Record what a stranger's look or a guided search added (services/look.py)."""
        self.evidence = evidence
        self._save()

    def set_platforms(self, platforms: Iterable[str]) -> Score:
        """Use another set of platforms: in the draft, or in a new draft from a finished check (never in the
        finished record)."""
        chosen = frozenset(platforms)
        if chosen == self.answers.platforms:
            return self.score
        if self.status == "complete":
            self.start_new(prefill=True)
        self.answers = Answers(chosen, self.answers.choices)
        return self._changed()

    def set_route(self, route: str) -> None:
        """Follow the essentials pass or the full check; both resume where they left off."""
        if route in (ESSENTIALS, FULL) and route != self.route:
            self.route = route
            if self.status == "draft":
                self._save()

    def set_finding(self, item_id: str, text: str) -> None:
        if text.strip():
            self.findings[item_id] = text
        else:
            self.findings.pop(item_id, None)
        self.evidence = self.evidence.finding(item_id, text, self._clock().date())
        self._save()

    def set_done(self, item_id: str, done: bool) -> tuple[float, str]:
        """Tick (or untick) a fix as done; the what-if score moves, the recorded answers do not."""
        (self.done.add if done else self.done.discard)(item_id)
        self._save()
        return self.what_if()

    def start_new(self, prefill: bool = False, platforms: Iterable[str] | None = None) -> None:
        """Start a new check. Empty, or pre-filled from this one: its answers count as given and are marked to
        confirm ("I don't know" is asked again); a fix ticked as done becomes its safest answer, marked "you said
        you fixed this: confirm"."""
        used = self.answers.platforms if platforms is None else frozenset(platforms)
        choices: dict[str, str] = {}
        carried: dict[str, str] = {}
        if prefill:
            choices = {k: v for k, v in self.answers.choices.items() if v != UNKNOWN}
            carried = dict.fromkeys(choices, CARRIED)
            for item_id in sorted(self.done):
                item = self.checklist.items.get(item_id)
                if item is not None:
                    choices[item_id] = item.safest.id
                    carried[item_id] = FIXED
            self.findings = dict(self.findings)
        else:
            self.findings = {}
        self.answers = Answers(used, choices)
        self.carried = carried
        self.record_id = None
        self.status = "draft"
        self.created = self._clock()
        self.done = set()
        self.route = FULL
        self._kept = None
        today = self.created.date()
        kept = [k for k, v in carried.items() if v == CARRIED]
        self.evidence = self.evidence.next_check(kept, self.findings, today) if prefill else Evidence(started=today)
        self._changed()

    def complete(self) -> int | None:
        """Finish the check: it joins the history, with the score shown now (provisional after the essentials)."""
        self.status = "complete"
        self.created = self._clock()
        self.carried = {}
        self._save()
        return self.record_id

    # ---- reading ----------------------------------------------------------------------------------------------------

    def shown(self) -> ShownScore:
        """The score the pages show (see ShownScore)."""
        score = self.score
        if not self.answers.choices:
            return ShownScore("none", score, None, score.band, (), ())
        if self.route == ESSENTIALS and not self.all_answered():
            chosen = self.essential_items()
            part = provisional(score, chosen)
            keep = frozenset(part.items)
            plan = tuple(step for step in score.plan if step.item.id in keep)
            return ShownScore("provisional", score, part.score, part.band, plan, quick_wins(plan))
        return ShownScore("full", score, score.score, score.band, score.plan, quick_wins(score.plan))

    def essential_items(self) -> tuple[Item, ...]:
        """The essentials for the platforms of this check, the most reach first."""
        return self.essentials.items(self.answers.platforms)

    def all_answered(self) -> bool:
        responded, applicable = self.progress(self.checklist.items.values())
        return responded == applicable

    def what_if(self) -> tuple[float, str]:
        """The number shown and its band once every fix ticked as done is in place (over the essentials alone
        while provisional)."""
        answers = self.answers
        for item_id in self.done:
            item = self.checklist.items.get(item_id)
            if item is not None:
                answers = answers.with_choice(item_id, item.safest.id)
        score = evaluate(self.checklist, answers)
        if self.shown().provisional:
            part = provisional(score, self.essential_items())
            return part.score, part.band
        return score.score, score.band

    @property
    def score(self) -> Score:
        """The full score of the answers (unanswered items count as their worst answer)."""
        return self._score

    @score.setter
    def score(self, value: Score) -> None:
        self._score = value
        self._entries = {entry.item.id: entry for entry in value.items}

    def entry(self, item_id: str) -> ItemScore | None:
        """The item's standing in the current score (None when its platform is not used)."""
        return self._entries.get(item_id)

    def applicable(self, item: Item) -> bool:
        entry = self._entries.get(item.id)
        return entry is not None and entry.applicable

    def progress(self, items: Iterable[Item]) -> tuple[int, int]:
        """(responded, applicable) among `items`; "I don't know" is a response (it still counts as unknown)."""
        live = [item for item in items if self.applicable(item)]
        return sum(1 for item in live if item.id in self.answers.choices), len(live)

    # ---- saving -----------------------------------------------------------------------------------------------------

    def _changed(self) -> Score:
        self.score = evaluate(self.checklist, self.answers)
        self._save()
        return self.score

    def _summary(self) -> dict[str, Any]:
        """What the history lists: the number shown, and for an essentials pass, that it covers them alone."""
        shown = self.shown()
        summary = summary_of(shown.score)
        if shown.provisional and shown.value is not None:
            summary.update(score=round(shown.value, 1), band=shown.band, scope=ESSENTIALS)
        return summary

    def _save(self) -> None:
        if self._store is None:
            return
        kept = self._kept
        if kept is not None:  # a finished check: only its ticked fixes may change
            payload = {**kept.payload, "done": sorted(self.done)}
            record = Record(kept.id, kept.created, self._clock(), kept.status, payload, kept.summary)
            self._kept = record
        else:
            payload = payload_of(self.checklist, self.answers, findings=self.findings, done=frozenset(self.done))
            payload["route"] = self.route
            payload["evidence"] = self.evidence.to_json()
            if self.carried:
                payload["carried"] = dict(sorted(self.carried.items()))
            record = Record(
                id=self.record_id,
                created=self.created,
                updated=self._clock(),
                status=self.status,
                payload=payload,
                summary=self._summary(),
            )
            if self.status == "complete":
                self._kept = record
        self.record_id = self._store.save(record)
        if self._kept is not None and self._kept.id is None:
            self._kept = dataclasses.replace(self._kept, id=self.record_id)
