"""Comparing two assessments: answer changes and their points, score and sub-score deltas, new and revised items."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privacycheck.core.answers import Answers
from privacycheck.core.compare import Snapshot, compare, effective_answer, new_items, revised_items
from privacycheck.core.scoring import Checklist, evaluate
from privacycheck.services.assessments import payload_of
from tests.factory import built, item, option, pack, platform_pack

OPTIONS = ("safe", "partly", "open")


def checklist() -> Checklist:
    """Two platforms, a questionnaire and a follow-up that applies only when its parent is open."""
    facebook = platform_pack(
        "facebook",
        [
            item("facebook.audience", platform="facebook", severity=4),
            item("facebook.friends", platform="facebook", severity=2, dimension="find"),
            item(
                "facebook.followup",
                platform="facebook",
                severity=3,
                when={"item": "facebook.audience", "in": ["open"]},
            ),
        ],
    )
    x = platform_pack("x", [item("x.protected", platform="x", severity=5, dimension="contact")])
    survey = pack("survey", [item("survey.employer", dimension="disclose"), item("survey.family", severity=1)])
    return Checklist([built(facebook), built(x), built(survey)])


CHECKLIST = checklist()
ITEMS = sorted(CHECKLIST.items)
answer_values = st.sampled_from((*OPTIONS, "unknown", None))


@st.composite
def answers(draw: st.DrawFn) -> Answers:
    platforms = draw(st.frozensets(st.sampled_from(("facebook", "x")), min_size=1))
    choices = {}
    for item_id in ITEMS:
        value = draw(answer_values)
        if value is not None:
            choices[item_id] = value
    return Answers(platforms, MappingProxyType(choices))


def snapshot(answers: Answers) -> Snapshot:
    return Snapshot.from_payload(payload_of(CHECKLIST, answers))


def test_the_same_assessment_changes_nothing() -> None:
    same = snapshot(Answers(frozenset({"facebook", "x"}), {"facebook.audience": "open", "x.protected": "safe"}))
    result = compare(CHECKLIST, same, same)
    assert result.changes == ()
    assert result.delta == 0
    assert set(result.by_platform.values()) <= {0.0, None}
    assert result.new_items == result.revised == ()


def test_one_changed_answer_explains_the_whole_delta() -> None:
    before = Answers(frozenset({"facebook"}), {"facebook.audience": "open", "facebook.followup": "open"})
    after = before.with_choice("facebook.audience", "safe")
    result = compare(CHECKLIST, snapshot(before), snapshot(after))
    assert len(result.changes) == 1
    change = result.changes[0]
    assert (change.item.id, change.before, change.after) == ("facebook.audience", "open", "safe")
    assert change.points == pytest.approx(result.delta)
    assert change.points < 0  # includes the follow-up it switched off
    assert result.after.score == pytest.approx(evaluate(CHECKLIST, after).score)
    assert result.by_platform["facebook"] == pytest.approx(
        result.after.by_platform["facebook"] - result.before.by_platform["facebook"]  # type: ignore[operator]
    )
    assert set(result.by_platform) == {"facebook", "general"}  # x is not used either time


def test_unknown_and_unanswered_are_the_same_answer() -> None:
    before = Answers(frozenset({"x"}), {"x.protected": "unknown"})
    after = Answers(frozenset({"x"}), {})
    assert compare(CHECKLIST, snapshot(before), snapshot(after)).changes == ()
    assert effective_answer(CHECKLIST.items["x.protected"], before) is None


def test_changes_are_ordered_by_effect() -> None:
    before = Answers(frozenset({"facebook", "x"}), {"x.protected": "open", "survey.family": "open"})
    after = Answers(frozenset({"facebook", "x"}), {"x.protected": "safe", "survey.family": "safe"})
    result = compare(CHECKLIST, snapshot(before), snapshot(after))
    assert [change.item.id for change in result.changes] == ["x.protected", "survey.family"]


def test_platforms_added_and_removed() -> None:
    result = compare(
        CHECKLIST,
        snapshot(Answers(frozenset({"facebook"}))),
        snapshot(Answers(frozenset({"x"}), {"x.protected": "safe"})),
    )
    assert (result.platforms_added, result.platforms_removed) == (("x",), ("facebook",))
    assert result.by_platform["facebook"] is None and result.by_platform["x"] is None  # in scope on one side only
    assert result.by_platform["general"] is not None
    assert [c.item.id for c in result.changes] == ["x.protected"]
    assert result.changes[0].points == 0  # x was not in scope before: answering it then would have changed nothing


def test_items_of_a_pack_installed_since_are_new() -> None:
    older = Snapshot(Answers(frozenset({"facebook"})), MappingProxyType({"facebook": "1.0.0"}))
    newer = snapshot(Answers(frozenset({"facebook"}), {"survey.employer": "safe"}))
    result = compare(CHECKLIST, older, newer)
    assert {item.id for item in result.new_items} == {"survey.employer", "survey.family"}
    assert "survey.employer" not in {c.item.id for c in result.changes}


def test_unanswered_items_of_an_updated_pack_are_new_answered_ones_are_not() -> None:
    older = Snapshot(
        Answers(frozenset({"facebook"}), {"facebook.audience": "safe"}),
        MappingProxyType({"facebook": "0.9.0", "survey": "1.0.0"}),
    )
    assert {item.id for item in new_items(CHECKLIST, older)} == {"facebook.friends", "facebook.followup"}
    same_version = Snapshot(older.answers, MappingProxyType({"facebook": "1.0.0", "survey": "1.0.0"}))
    assert new_items(CHECKLIST, same_version) == ()


def test_without_recorded_versions_nothing_is_called_new() -> None:
    assert new_items(CHECKLIST, Snapshot(Answers())) == ()


def test_new_items_respect_the_platforms_in_use() -> None:
    older = Snapshot(Answers(frozenset({"facebook"})), MappingProxyType({}))
    ids = {item.id for item in new_items(CHECKLIST, older, frozenset({"x"}))}
    assert ids == {"x.protected", "survey.employer", "survey.family"}


def test_revised_items_were_verified_again_after_the_answer() -> None:
    payload = payload_of(CHECKLIST, Answers(frozenset({"x"}), {"x.protected": "safe", "survey.family": "open"}))
    payload["verified"]["x.protected"] = "2020-01-01"
    payload["verified"]["survey.gone"] = "2020-01-01"  # an item no longer installed is ignored
    revised = revised_items(CHECKLIST, Snapshot.from_payload(payload))
    assert [item.id for item in revised] == ["x.protected"]
    result = compare(CHECKLIST, Snapshot.from_payload(payload), Snapshot.from_payload(payload))
    assert [item.id for item in result.revised] == ["x.protected"]


def test_a_payload_round_trips_and_damage_is_tolerated() -> None:
    answers = Answers(frozenset({"x"}), {"x.protected": "safe"})
    restored = Snapshot.from_payload(payload_of(CHECKLIST, answers))
    assert restored.answers == Answers(answers.platforms, MappingProxyType(dict(answers.choices)))
    assert restored.packs == {"facebook": "1.0.0", "survey": "1.0.0", "x": "1.0.0"}
    assert restored.verified == {"x.protected": dt.date(2026, 11, 1)}
    damaged = Snapshot.from_payload({"platforms": "x", "answers": [], "packs": 3, "verified": {"a.b": "not a date"}})
    assert damaged == Snapshot(Answers(frozenset(), MappingProxyType({})), None, MappingProxyType({}))


def test_an_option_the_item_no_longer_has_counts_as_unanswered() -> None:
    stale = Answers(frozenset({"x"}), {"x.protected": "removed_option"})
    assert effective_answer(CHECKLIST.items["x.protected"], stale) is None
    assert compare(CHECKLIST, snapshot(stale), snapshot(Answers(frozenset({"x"})))).changes == ()


# ---- properties --------------------------------------------------------------------------------------------------


@given(answers(), answers())
def test_delta_is_the_difference_of_scores_and_antisymmetric(a: Answers, b: Answers) -> None:
    forward = compare(CHECKLIST, snapshot(a), snapshot(b))
    backward = compare(CHECKLIST, snapshot(b), snapshot(a))
    assert forward.delta == pytest.approx(evaluate(CHECKLIST, b).score - evaluate(CHECKLIST, a).score)
    assert forward.delta == pytest.approx(-backward.delta)
    assert {(c.item.id, c.before, c.after) for c in forward.changes} == {
        (c.item.id, c.after, c.before) for c in backward.changes
    }
    for key, value in forward.by_dimension.items():
        other = backward.by_dimension[key]
        assert (value is None) == (other is None)
        if value is not None and other is not None:
            assert value == pytest.approx(-other)


@given(answers(), st.sampled_from(ITEMS), st.sampled_from(OPTIONS))
def test_a_single_change_accounts_for_the_delta(a: Answers, item_id: str, option_id: str) -> None:
    b = a.with_choice(item_id, option_id)
    result = compare(CHECKLIST, snapshot(a), snapshot(b))
    assert len(result.changes) <= 1
    if result.changes:
        assert result.changes[0].points == pytest.approx(result.delta)
    else:
        assert result.delta == pytest.approx(0, abs=1e-9)


@given(answers(), answers())
def test_moving_every_changed_answer_to_a_safer_option_never_shows_a_gain(a: Answers, b: Answers) -> None:
    result = compare(CHECKLIST, snapshot(a), snapshot(b))
    for change in result.changes:
        item_ = change.item
        worst = max(o.exposure for o in item_.options)
        before = item_.option(change.before).exposure if change.before else worst  # type: ignore[union-attr]
        after = item_.option(change.after).exposure if change.after else worst  # type: ignore[union-attr]
        if after <= before:
            assert change.points <= 1e-9
        if after >= before:
            assert change.points >= -1e-9


@given(answers())
def test_items_answered_at_the_time_are_never_new(a: Answers) -> None:
    taken = snapshot(a)
    fresh = {item_.id for item_ in new_items(CHECKLIST, taken)}
    assert not fresh & set(taken.answers.choices)
    assert fresh == set()  # every pack is at the version it was answered with


def test_the_factory_default_options_are_what_these_tests_assume() -> None:
    assert [o.id for o in CHECKLIST.items["x.protected"].options] == list(OPTIONS)
    assert option("safe", 0)["exposure"] == 0
