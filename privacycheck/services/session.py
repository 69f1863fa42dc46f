"""A check in progress: answers change one at a time, each change autosaved, the score always current."""

from __future__ import annotations

from collections.abc import Iterable

from privacycheck.core.answers import Answers
from privacycheck.core.clock import Clock, utc_now
from privacycheck.core.model import Item
from privacycheck.core.scoring import Checklist, ItemScore, Score, evaluate
from privacycheck.services.assessments import answers_of, payload_of, summary_of
from privacycheck.storage.store import Record, Store


class CheckSession:
    """The answers, findings and ticked fixes of one assessment, saved to the store after every change.

    A session is a draft until `complete()`; a completed session can still record fixes ticked as done.
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
    ) -> None:
        self.checklist = checklist
        self._store = store
        self._clock = clock
        if record is None:
            self.answers = Answers(frozenset(platforms), {})
            self.record_id: int | None = None
            self.created = clock()
            self.status = "draft"
            self.findings: dict[str, str] = {}
            self.done: set[str] = set()
        else:
            self.answers = answers_of(record)
            self.record_id = record.id
            self.created = record.created
            self.status = record.status
            self.findings = dict(record.payload.get("findings", {}))
            self.done = set(record.payload.get("done", ()))
        self.score = evaluate(checklist, self.answers)

    @classmethod
    def resume_or_start(
        cls, checklist: Checklist, store: Store, platforms: Iterable[str], clock: Clock = utc_now
    ) -> CheckSession:
        """The autosaved draft if there is one, else the last finished check, else a new one.

        Changing an answer of a finished check starts a new check from its answers (see `answer`).
        """
        draft = store.draft() or store.latest()
        if draft is not None:
            return cls(checklist, store, record=draft, clock=clock)
        return cls(checklist, store, platforms=platforms, clock=clock)

    # ---- changes ----------------------------------------------------------------------------------------------------

    def answer(self, item_id: str, option_id: str | None) -> Score:
        """Record one answer (None: back to unanswered) and autosave.

        A finished check stays as it was: the first change starts a new draft that carries its answers over.
        """
        if self.status == "complete":
            self.start_new()
        self.answers = self.answers.with_choice(item_id, option_id)
        return self._changed()

    def set_platforms(self, platforms: Iterable[str]) -> Score:
        self.answers = Answers(frozenset(platforms), self.answers.choices)
        return self._changed()

    def set_finding(self, item_id: str, text: str) -> None:
        if text.strip():
            self.findings[item_id] = text
        else:
            self.findings.pop(item_id, None)
        self._save()

    def set_done(self, item_id: str, done: bool) -> Score:
        """Tick (or untick) a fix as done; the what-if score moves, the recorded answers do not."""
        (self.done.add if done else self.done.discard)(item_id)
        self._save()
        return self.what_if()

    def start_new(self) -> None:
        """A new draft from the current answers (a re-check starts from what you answered last time)."""
        self.record_id = None
        self.status = "draft"
        self.created = self._clock()
        self.done = set()
        self.findings = dict(self.findings)

    def complete(self) -> int | None:
        """Finish the check: it joins the history."""
        self.status = "complete"
        self.created = self._clock()
        self._save()
        return self.record_id

    # ---- reading ----------------------------------------------------------------------------------------------------

    def what_if(self) -> Score:
        """The score once every fix ticked as done is in place."""
        answers = self.answers
        for item_id in self.done:
            item = self.checklist.items.get(item_id)
            if item is not None:
                answers = answers.with_choice(item_id, item.safest.id)
        return evaluate(self.checklist, answers)

    @property
    def score(self) -> Score:
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

    def _save(self) -> None:
        if self._store is None:
            return
        record = Record(
            id=self.record_id,
            created=self.created,
            updated=self._clock(),
            status=self.status,
            payload=payload_of(self.checklist, self.answers, findings=self.findings, done=frozenset(self.done)),
            summary=summary_of(self.score),
        )
        self.record_id = self._store.save(record)
