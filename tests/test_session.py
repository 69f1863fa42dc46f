"""A check session over a real store: autosave, resume, what-if, and a finished check kept as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from privacycheck.core.model import UNKNOWN
from privacycheck.core.scoring import Checklist
from privacycheck.services.session import CheckSession
from privacycheck.storage.store import KeyMode, Store
from tests.factory import built, item, pack, platform_pack


def checklist() -> Checklist:
    return Checklist(
        [
            built(platform_pack("facebook", [item("facebook.a"), item("facebook.b", severity=5)])),
            built(pack("questions", [item("questions.c")])),
        ]
    )


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path, secrets=None, new_mode=KeyMode.PLAINTEXT)


def test_each_answer_is_saved_as_the_draft(store: Store) -> None:
    session = CheckSession(checklist(), store, platforms=["facebook"], clock=Clock())
    session.answer("facebook.a", "open")
    session.answer("questions.c", UNKNOWN)
    draft = store.draft()
    assert draft is not None and draft.id == session.record_id
    assert draft.payload["answers"] == {"facebook.a": "open", "questions.c": UNKNOWN}
    assert draft.summary["score"] == round(session.score.score, 1)
    resumed = CheckSession.resume_or_start(checklist(), store, ["facebook"])
    assert resumed.answers == session.answers
    assert resumed.progress(checklist().items.values()) == (2, 3)


def test_ticked_fixes_move_the_what_if_score_only(store: Store) -> None:
    session = CheckSession(checklist(), store, platforms=["facebook"], clock=Clock())
    session.answer("facebook.b", "open")
    before = session.score.score
    what_if, _band = session.set_done("facebook.b", True)
    assert what_if < before
    assert session.score.score == before
    assert store.draft().payload["done"] == ["facebook.b"]  # type: ignore[union-attr]
    assert session.set_done("facebook.b", False)[0] == before


def test_changing_a_finished_check_starts_a_new_one(store: Store) -> None:
    clock = Clock()
    session = CheckSession(checklist(), store, platforms=["facebook"], clock=clock)
    session.answer("facebook.a", "open")
    first = session.complete()
    assert store.draft() is None
    reopened = CheckSession.resume_or_start(checklist(), store, ["facebook"], clock=clock)
    assert (reopened.record_id, reopened.status) == (first, "complete")
    reopened.answer("facebook.a", "safe")
    assert reopened.record_id != first and reopened.status == "draft"
    finished = store.get(first)  # type: ignore[arg-type]
    assert finished is not None and finished.payload["answers"] == {"facebook.a": "open"}
    assert reopened.answers.choices == {"facebook.a": "safe"}


def test_a_finding_is_kept_and_an_empty_one_removed(store: Store) -> None:
    session = CheckSession(checklist(), store, platforms=[], clock=Clock())
    session.set_finding("questions.c", "found my old blog")
    assert store.draft().payload["findings"] == {"questions.c": "found my old blog"}  # type: ignore[union-attr]
    session.set_finding("questions.c", "  ")
    assert store.draft().payload["findings"] == {}  # type: ignore[union-attr]


def test_without_a_store_nothing_is_saved_and_everything_works() -> None:
    session = CheckSession(checklist(), None, platforms=["facebook"])
    assert session.answer("facebook.a", "safe").score < 100
    assert session.complete() is None


def test_a_platform_change_never_rewrites_a_finished_check(store: Store) -> None:
    clock = Clock()
    session = CheckSession(checklist(), store, platforms=["facebook"], clock=clock)
    session.answer("facebook.a", "open")
    first = session.complete()
    stored = store.get(first)  # type: ignore[arg-type]
    session.set_platforms([])
    assert session.status == "draft" and session.record_id != first
    assert store.get(first) == stored  # type: ignore[arg-type]
    assert session.answers.platforms == frozenset()


def test_ticking_a_fix_on_a_finished_check_keeps_its_stored_score_and_packs(store: Store) -> None:
    session = CheckSession(checklist(), store, platforms=["facebook"], clock=Clock())
    session.answer("facebook.b", "open")
    first = session.complete()
    stored = store.get(first)  # type: ignore[arg-type]
    assert stored is not None
    reopened = CheckSession(checklist(), store, record=stored, clock=Clock())
    reopened.set_done("facebook.b", True)
    after = store.get(first)  # type: ignore[arg-type]
    assert after is not None and after.payload["done"] == ["facebook.b"]
    assert (after.summary, after.payload["answers"], after.payload["packs"]) == (
        stored.summary,
        stored.payload["answers"],
        stored.payload["packs"],
    )


def test_a_new_check_is_empty_or_carries_the_answers_and_the_ticked_fixes_to_confirm(store: Store) -> None:
    from privacycheck.services.session import CARRIED, FIXED

    session = CheckSession(checklist(), store, platforms=["facebook"], clock=Clock())
    session.answer("facebook.a", "open")
    session.answer("facebook.b", "open")
    session.answer("questions.c", UNKNOWN)
    session.complete()
    session.set_done("facebook.b", True)
    session.start_new(prefill=True)
    assert session.answers.choices == {"facebook.a": "open", "facebook.b": "safe"}  # "I don't know" is asked again
    assert session.carried == {"facebook.a": CARRIED, "facebook.b": FIXED}
    assert session.done == set()
    session.answer("facebook.a", "open")  # the same answer, chosen again: confirmed
    session.confirm("facebook.b")
    assert session.carried == {}
    session.complete()
    session.start_new(prefill=False)
    assert session.answers.choices == {} and session.findings == {}
    assert not session.shown().value


def test_the_essentials_score_is_provisional_until_the_full_check(store: Store) -> None:
    from privacycheck.services.session import ESSENTIALS, FULL

    session = CheckSession(checklist(), store, platforms=["facebook"], clock=Clock(), route=ESSENTIALS)
    assert session.shown().kind == "none"
    essentials = [item.id for item in session.essential_items()]
    assert essentials
    session.answer(essentials[0], checklist().items[essentials[0]].safest.id)
    assert session.shown().provisional
    assert store.draft().summary["scope"] == ESSENTIALS  # type: ignore[union-attr]
    session.set_route(FULL)
    assert session.shown().kind == "full"
    assert store.draft().payload["route"] == FULL  # type: ignore[union-attr]
