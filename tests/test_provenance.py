"""How each answer was given (seen, remembered, seen by a stranger's look), kept through the encrypted store, and the
order of a re-check; dated findings of guided searches compared with the last check."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from privacycheck.core.provenance import LOOK, REMEMBERED, SEEN, Contradiction, Evidence, recheck_order
from privacycheck.core.scoring import Checklist, evaluate
from privacycheck.services.look import seen_settings
from privacycheck.services.session import CheckSession
from privacycheck.storage.store import KeyMode, Store
from tests.factory import built, item, pack, platform_pack, setting

PHRASE = "correct horse battery staple"


def checklist() -> Checklist:
    return Checklist(
        [
            built(
                platform_pack(
                    "facebook",
                    [setting("facebook.a"), setting("facebook.b", severity=5), setting("facebook.c")],
                )
            ),
            built(pack("questions", [item("questions.q", guide=[{"en": "Search your name and city."}])])),
        ]
    )


class Clock:
    def __init__(self, day: dt.date = dt.date(2026, 11, 21)) -> None:
        self.now = dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


def encrypted(directory: Path) -> Store:
    return Store.open(directory, secrets=None, passphrase=lambda: PHRASE, new_mode=KeyMode.PASSPHRASE)


def test_provenance_round_trips_through_the_encrypted_store(tmp_path: Path) -> None:
    clock = Clock()
    with encrypted(tmp_path) as store:
        session = CheckSession(checklist(), store, platforms=["facebook"], clock=clock)
        session.answer("facebook.a", "open", how=SEEN)
        session.answer("facebook.b", "safe")  # chosen without opening the setting
        session.set_evidence(session.evidence.with_profile("facebook", "jane.doe.77"))
    # At rest, nothing of it is readable: the payload is sealed.
    raw = sqlite3.connect(tmp_path / "privacycheck.db").execute("SELECT payload FROM assessments").fetchone()[0]
    assert b"jane.doe.77" not in raw and b"remembered" not in raw and b"seen" not in raw
    with encrypted(tmp_path) as store:
        again = CheckSession.resume_or_start(checklist(), store, ["facebook"], clock=clock)
    day = dt.date(2026, 11, 21)
    assert again.evidence.how("facebook.a") == again.evidence.given["facebook.a"]
    assert (again.evidence.given["facebook.a"].how, again.evidence.given["facebook.a"].on) == (SEEN, day)
    assert again.evidence.given["facebook.b"].how == REMEMBERED
    assert again.evidence.profiles == {"facebook": "jane.doe.77"}
    assert again.evidence == session.evidence


def test_seen_and_remembered_count_the_same_in_the_score() -> None:
    seen = CheckSession(checklist(), None, platforms=["facebook"], clock=Clock())
    remembered = CheckSession(checklist(), None, platforms=["facebook"], clock=Clock())
    for item_id, option in (("facebook.a", "open"), ("facebook.b", "partly")):
        seen.answer(item_id, option, how=SEEN)
        remembered.answer(item_id, option)
    assert seen.score == remembered.score == evaluate(checklist(), seen.answers)
    assert seen_settings(seen) == (2, 3)
    assert seen_settings(remembered) == (0, 3)


def test_this_is_what_i_see_marks_an_answer_given_before_opening() -> None:
    session = CheckSession(checklist(), None, platforms=["facebook"], clock=Clock())
    session.answer("facebook.a", "open")
    session.seen("facebook.a")
    session.seen("facebook.c")  # not answered: nothing to mark
    assert session.evidence.given["facebook.a"].how == SEEN
    assert "facebook.c" not in session.evidence.given


def test_a_recheck_starts_with_the_remembered_answers(tmp_path: Path) -> None:
    clock = Clock()
    with encrypted(tmp_path) as store:
        session = CheckSession(checklist(), store, platforms=["facebook"], clock=clock)
        session.answer("facebook.a", "open", how=SEEN)
        session.answer("facebook.b", "open")
        session.answer("facebook.c", "partly", how=LOOK)
        session.complete()
        clock.now += dt.timedelta(days=90)
        session.start_new(prefill=True)
        session.answer("questions.q", "safe")
        order = [i.id for i in recheck_order(checklist().packs[0].items, session.carried, session.evidence)]
        assert order == ["facebook.b", "facebook.c", "facebook.a"]
        # Carried answers keep how and when they were given, which is not "in this check".
        assert seen_settings(session) == (0, 3)
        session.answer("facebook.a", "open", how=SEEN)
        assert seen_settings(session) == (1, 3)
        reopened = CheckSession.resume_or_start(checklist(), store, ["facebook"], clock=clock)
        assert [i.id for i in recheck_order(checklist().packs[0].items, reopened.carried, reopened.evidence)] == [
            "facebook.b",
            "facebook.c",
            "facebook.a",
        ]


def test_guided_search_findings_are_dated_and_compared_with_the_last_check() -> None:
    clock = Clock()
    session = CheckSession(checklist(), None, platforms=["facebook"], clock=clock)
    session.set_finding("questions.q", "An old staff page with my name")
    first = session.evidence.found["questions.q"]
    assert first.on == dt.date(2026, 11, 21) and not first.new  # a first check has nothing to compare with
    session.complete()
    clock.now += dt.timedelta(days=90)
    session.start_new(prefill=True)
    session.set_finding("questions.q", "An old staff page with my name")
    assert session.evidence.new_findings() == ()
    session.set_finding("questions.q", "A people-search site lists my street")
    assert session.evidence.new_findings() == ("questions.q",)
    assert session.evidence.found["questions.q"].on == dt.date(2027, 2, 19)


def test_a_changed_answer_is_no_longer_a_contradiction() -> None:
    day = dt.date(2026, 11, 21)
    evidence = Evidence(started=day).contradicted(Contradiction("facebook.a", "safe", "open"), day)
    assert evidence.given["facebook.a"].how == LOOK and "facebook.a" in evidence.contradictions
    assert "facebook.a" not in evidence.answered("facebook.a", SEEN, day).contradictions


@pytest.mark.parametrize(
    "stored",
    [None, [], {"given": {"facebook.a": {"how": "guessed", "on": "2026-11-21"}, "x": "y"}, "started": "soon"}],
)
def test_malformed_evidence_is_left_out_rather_than_trusted(stored: object) -> None:
    evidence = Evidence.from_json(stored)
    assert evidence.given == {} and evidence.started is None


def test_evidence_json_round_trip() -> None:
    day = dt.date(2026, 11, 21)
    evidence = (
        Evidence(started=day)
        .answered("facebook.a", SEEN, day)
        .contradicted(Contradiction("facebook.b", "safe", "open"), day)
        .looked("facebook", day, "https://www.facebook.com/jane")
        .next_check(["facebook.a"], {"questions.q": "found"}, day)
        .finding("questions.q", "found more", day)
    )
    assert Evidence.from_json(evidence.to_json()) == evidence
