"""Scoring: a worked example by hand, and the ten properties of design.md section 4 under hypothesis."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from privacycheck.core.answers import Answers, AnswersError, parse_answers
from privacycheck.core.model import DIMENSIONS, PLATFORMS, UNKNOWN, Item
from privacycheck.core.output import round_shares, score_json
from privacycheck.core.scoring import GENERAL, Checklist, Score, band, evaluate
from tests.factory import built, item, option, pack, platform_pack


def answers(choices: dict[str, str], platforms: tuple[str, ...] = PLATFORMS) -> Answers:
    return Answers(frozenset(platforms), choices)


def test_worked_example_matches_docs_scoring_md() -> None:
    """The example of docs/scoring.md section 9, computed by hand there: locked down, with one big hole."""
    safe_items = [item(f"facebook.safe{n:02}", severity=4, dimension="find") for n in range(1, 25)]
    facebook = platform_pack(
        "facebook",
        [
            item(
                "facebook.audience",
                severity=5,
                options=[option("only_me", 0), option("friends", 0.4), option("public", 1)],
            ),
            item("facebook.tags", severity=3, when={"item": "facebook.audience", "in": ["friends", "public"]}),
            item(
                "facebook.profile_photo",
                severity=4,
                options=[option("nothing", 0), option("face", 0.6), option("children", 1)],
            ),
            item(
                "facebook.workplace",
                severity=3,
                options=[option("hidden", 0), option("friends", 0.4), option("public", 1)],
                caps=[{"item": "questions.employer", "in": ["no"], "max": 0}],
            ),
            *safe_items,
        ],
    )
    effort = {"facebook.profile_photo": 10, "facebook.workplace": 2}
    for document in facebook["items"]:
        document["remediation"]["effort_minutes"] = effort.get(document["id"], 2)
    questions = pack(
        "questions",
        [item("questions.employer", severity=3, dimension="disclose", options=[option("no", 0), option("yes", 1)])],
    )
    questions["items"][0]["remediation"]["effort_minutes"] = 5
    checklist = Checklist([built(facebook), built(questions)])
    choices = {
        "facebook.audience": "only_me",
        "facebook.profile_photo": "children",
        "facebook.workplace": "friends",
        "questions.employer": "yes",
        **{f"facebook.safe{n:02}": "safe" for n in range(1, 25)},
    }
    result = evaluate(checklist, answers(choices, ("facebook",)))
    assert result.possible == 228 and result.exposed == pytest.approx(13.6)
    # 100 × (0.6 × 13.6 / 228 + 0.4 × (1 − 2^−1.7) / (1 − 2^−28.5)) = 3.58 + 27.69
    assert result.score == pytest.approx(31.27, abs=0.005)
    assert result.band == "moderate"
    assert 100 * 13.6 / 228 < 20  # the plain average would have read low
    assert result.unknown == () and result.answered == 28
    shown = score_json(result)
    assert shown["score"] == 31.3
    assert {k: v for k, v in shown["contributions"].items() if v} == {
        "facebook.profile_photo": 18.4,
        "facebook.workplace": 3.7,
        "questions.employer": 9.2,
    }
    assert round(result.by_dimension["see"] or 0, 1) == 42.1
    assert round(result.by_platform["facebook"] or 0, 1) == 25.2
    assert result.by_platform[GENERAL] == 100
    assert result.by_dimension["find"] == 0 and result.by_dimension["disclose"] == 100
    assert result.by_dimension["contact"] is None
    assert [(step.item.id, round(step.saves, 1)) for step in result.plan] == [
        ("facebook.profile_photo", 14.4),
        ("questions.employer", 9.2),
        ("facebook.workplace", 2.3),
    ]
    assert [(s.item.id, round(s.saves_per_minute, 2)) for s in result.quick_wins] == [
        ("questions.employer", 1.83),
        ("facebook.profile_photo", 1.44),
        ("facebook.workplace", 1.13),
    ]
    assert result.today is not None and result.today.item.id == "questions.employer"
    assert shown["one_thing_today"]["item"] == "questions.employer"


def test_bands_cut_off_at_20_45_and_70() -> None:
    assert [band(x) for x in (0, 19.94, 19.96, 44.9, 45, 69.9, 70, 100)] == [
        "low",
        "low",
        "moderate",
        "moderate",
        "high",
        "high",
        "severe",
        "severe",
    ]


def test_round_shares_adds_up_to_the_rounded_total() -> None:
    shares = round_shares({"a": 1 / 3, "b": 1 / 3, "c": 1 / 3})
    assert sorted(shares.values()) == [0.3, 0.3, 0.4]
    assert round_shares({}) == {}


def test_answers_naming_unknown_items_or_options_are_refused() -> None:
    checklist = Checklist([built(pack("demo"))])
    with pytest.raises(AnswersError, match=r"unknown item 'demo\.nothing'"):
        parse_answers({"answers": {"demo.nothing": "safe"}}, checklist)
    with pytest.raises(AnswersError, match=r"item 'demo\.first' has no option 'maybe'"):
        parse_answers({"answers": {"demo.first": "maybe"}}, checklist)
    with pytest.raises(AnswersError, match="unknown platform 'myspace'"):
        parse_answers({"platforms": ["myspace"]}, checklist)
    with pytest.raises(AnswersError, match="unexpected key 'answer'"):
        parse_answers({"answer": {}}, checklist)
    assert parse_answers({"answers": {"demo.first": UNKNOWN}}, checklist).choices == {"demo.first": UNKNOWN}


# ---- Random checklists for the properties ----------------------------------------------------------------------


@st.composite
def checklists(draw: st.DrawFn, *, irreducible: bool = True) -> list[dict[str, Any]]:
    """Two to four packs (some per platform, one cross-platform) whose items may depend on earlier ones, through
    `when` or `caps`."""
    documents = []
    all_items: list[dict[str, Any]] = []
    platforms = draw(st.lists(st.sampled_from(PLATFORMS), unique=True, max_size=3))
    for pack_id in [*platforms, "questions"]:
        items = []
        for index in range(draw(st.integers(1, 6))):
            count = draw(st.integers(2, 4))
            exposures = sorted(
                draw(st.lists(st.sampled_from([0, 0.1, 0.25, 0.4, 0.5, 0.75, 1.0]), min_size=count, max_size=count))
            )
            hard = irreducible and exposures[0] > 0 and draw(st.booleans())
            if not hard:
                exposures[0] = 0
            document = item(
                f"{pack_id}.i{index}",
                severity=draw(st.integers(1, 5)),
                dimension=draw(st.sampled_from(DIMENSIONS)),
                options=[option(f"o{n}", e) for n, e in enumerate(exposures)],
                irreducible=hard,
            )
            document["remediation"]["effort_minutes"] = draw(st.integers(1, 30))
            if all_items and draw(st.booleans()):
                parent = draw(st.sampled_from(all_items))
                threshold = draw(st.sampled_from([o["exposure"] for o in parent["options"]]))
                document["when"] = {
                    "item": parent["id"],
                    "in": [o["id"] for o in parent["options"] if o["exposure"] >= threshold],
                }
            controllers = [c for c in all_items + items if len({o["exposure"] for o in c["options"]}) > 1]
            if controllers and draw(st.integers(0, 3)) == 0:
                # A cap from an earlier item: its safer options (up to a threshold below its riskiest) cap this one.
                controller = draw(st.sampled_from(controllers))
                levels = sorted({o["exposure"] for o in controller["options"]})
                threshold = draw(st.sampled_from(levels[:-1]))
                document["caps"] = [
                    {
                        "item": controller["id"],
                        "in": [o["id"] for o in controller["options"] if o["exposure"] <= threshold],
                        "max": draw(st.sampled_from([0, 0.2, 0.4, 0.5])),
                    }
                ]
            items.append(document)
        all_items.extend(items)
        if pack_id == "questions":
            documents.append(pack(pack_id, items, version=f"1.{draw(st.integers(0, 9))}"))
        else:
            documents.append(platform_pack(pack_id, items))
    return documents


@st.composite
def scenario(draw: st.DrawFn, *, irreducible: bool = True) -> tuple[Checklist, Answers]:
    documents = draw(checklists(irreducible=irreducible))
    checklist = Checklist([built(d) for d in documents])
    choices = {}
    for item_id, entry in checklist.items.items():
        pick = draw(st.sampled_from([None, UNKNOWN, *[o.id for o in entry.options]]))
        if pick is not None:
            choices[item_id] = pick
    platforms = draw(st.lists(st.sampled_from(PLATFORMS), unique=True))
    return checklist, answers(choices, tuple(platforms))


def applicable_items(result: Score) -> list[Item]:
    return [entry.item for entry in result.items if entry.applicable]


def all_at(checklist: Checklist, platforms: frozenset[str], pick: str) -> Answers:
    """Every item at its safest (or worst) option: a fixed point, since a follow-up's gate depends on its parent."""
    choose = (lambda i: i.safest.id) if pick == "safest" else (lambda i: max(i.options, key=lambda o: o.exposure).id)
    return Answers(platforms, {item_id: choose(entry) for item_id, entry in checklist.items.items()})


@given(scenario())
def test_property_1_the_score_is_between_0_and_100_with_a_matching_band(
    case: tuple[Checklist, Answers],
) -> None:
    result = evaluate(*case)
    assert 0 <= result.score <= 100
    assert result.band == band(result.score)
    for value in [*result.by_platform.values(), *result.by_dimension.values()]:
        assert value is None or 0 <= value <= 100


@given(scenario(irreducible=False))
def test_property_2_all_safe_scores_at_most_5_and_all_worst_at_least_90(
    case: tuple[Checklist, Answers],
) -> None:
    checklist, given_answers = case
    assert evaluate(checklist, all_at(checklist, given_answers.platforms, "safest")).score <= 5
    worst = evaluate(checklist, all_at(checklist, given_answers.platforms, "worst"))
    assert worst.score >= 90 or not worst.items or all(e.item.worst == 0 for e in worst.items)


@given(scenario(), st.randoms(use_true_random=False))
def test_property_3_a_safer_answer_never_raises_the_score_or_any_subscore(
    case: tuple[Checklist, Answers], rng: random.Random
) -> None:
    checklist, before_answers = case
    before = evaluate(checklist, before_answers)
    entry = rng.choice(list(checklist.items.values()))
    current = entry.option(before_answers.choices.get(entry.id, UNKNOWN))
    level = current.exposure if current else entry.worst
    safer = [o for o in entry.options if o.exposure <= level]
    assume(safer)
    after = evaluate(checklist, before_answers.with_choice(entry.id, rng.choice(safer).id))
    assert after.score <= before.score + 1e-9
    for key, value in after.by_platform.items():
        assert value is None or value <= (before.by_platform[key] or 0) + 1e-9
    for key, value in after.by_dimension.items():
        assert value is None or value <= (before.by_dimension[key] or 0) + 1e-9


@given(scenario(), st.randoms(use_true_random=False))
def test_property_4_unanswered_counts_as_worst_and_is_reported_unknown(
    case: tuple[Checklist, Answers], rng: random.Random
) -> None:
    checklist, given_answers = case
    entry = rng.choice(list(checklist.items.values()))
    unanswered = evaluate(checklist, given_answers.with_choice(entry.id, None))
    dont_know = evaluate(checklist, given_answers.with_choice(entry.id, UNKNOWN))
    worst_option = max(entry.options, key=lambda o: o.exposure)
    at_worst = evaluate(checklist, given_answers.with_choice(entry.id, worst_option.id))
    assert unanswered.score == pytest.approx(at_worst.score) == pytest.approx(dont_know.score)
    applies = entry in applicable_items(unanswered)
    assert (entry.id in unanswered.unknown) == applies
    assert (entry.id in dont_know.unknown) == applies
    assert entry.id not in at_worst.unknown


@given(scenario(), st.randoms(use_true_random=False))
def test_property_5_unused_platforms_and_unmet_conditions_do_not_count(
    case: tuple[Checklist, Answers], rng: random.Random
) -> None:
    checklist, given_answers = case
    before = evaluate(checklist, given_answers)
    live = {e.item.id for e in before.items if e.applicable}
    changed = given_answers
    for item_id, entry in checklist.items.items():
        if item_id not in live:  # an unused platform's item, or a follow-up whose condition is not met
            changed = changed.with_choice(item_id, rng.choice([None, UNKNOWN, *[o.id for o in entry.options]]))
    after = evaluate(checklist, changed)
    assert after.score == before.score
    assert after.contributions == before.contributions
    # Dropping the packs of unused platforms changes nothing either.
    used = [p for p in checklist.packs if p.platform is None or p.platform in given_answers.platforms]
    reduced = Checklist(used)
    if all(i.when is None or i.when.item in reduced.items for i in reduced.items.values()):
        assert evaluate(reduced, given_answers).score == pytest.approx(before.score)


@given(scenario())
def test_property_6_each_step_saves_exactly_the_difference_and_the_plan_is_ordered(
    case: tuple[Checklist, Answers],
) -> None:
    checklist, given_answers = case
    result = evaluate(checklist, given_answers)
    for step in result.plan:
        fixed = evaluate(checklist, given_answers.with_choice(step.item.id, step.item.safest.id))
        assert step.saves == pytest.approx(result.score - fixed.score, abs=1e-6)
        assert round(step.saves, 1) == pytest.approx(round(result.score - fixed.score, 1), abs=0.1001)
    in_plan = {step.item.id for step in result.plan}
    for entry in result.items:  # every applicable item not at its safest option is in the plan
        if entry.applicable and entry.exposure > entry.item.safest.exposure:
            assert entry.item.id in in_plan
    keys = [(-s.saves, -s.item.severity, s.effort_minutes, s.item.id) for s in result.plan]
    assert keys == sorted(keys)
    quick = sorted(result.plan, key=lambda s: (-s.saves / s.effort_minutes, -s.item.severity, s.item.id))
    assert result.quick_wins == tuple(quick[:5])
    assert result.today == (quick[0] if quick else None)


@given(scenario(), st.randoms(use_true_random=False))
def test_property_7_deterministic_and_independent_of_pack_and_item_order(
    case: tuple[Checklist, Answers], rng: random.Random
) -> None:
    checklist, given_answers = case
    expected = score_json(evaluate(checklist, given_answers))
    packs = list(checklist.packs)
    rng.shuffle(packs)
    shuffled = []
    for entry in packs:
        items = list(entry.items)
        rng.shuffle(items)
        shuffled.append(
            type(entry)(**{**{f: getattr(entry, f) for f in entry.__dataclass_fields__}, "items": tuple(items)})
        )
    choices = list(given_answers.choices.items())
    rng.shuffle(choices)
    again = evaluate(Checklist(shuffled), answers(dict(choices), tuple(given_answers.platforms)))
    assert score_json(again) == expected


@given(scenario())
def test_property_8_contributions_explain_the_whole_score(case: tuple[Checklist, Answers]) -> None:
    result = evaluate(*case)
    assert math.fsum(result.contributions.values()) == pytest.approx(result.score, abs=1e-9)
    shown = score_json(result)
    assert sum(shown["contributions"].values()) == pytest.approx(shown["score"], abs=0.05)
    in_scope = {e.item.id for e in result.items}
    assert set(shown["contributions"]) == in_scope
    for entry in result.items:
        if not entry.applicable:
            assert entry.contribution == 0


@given(scenario(), st.lists(st.lists(st.sampled_from(PLATFORMS), unique=True), min_size=1, max_size=4))
def test_a_checklist_scored_for_other_platforms_in_between_scores_as_a_fresh_one(
    case: tuple[Checklist, Answers], others: list[list[str]]
) -> None:
    """The checklist keeps what does not depend on the answers per set of platforms; switching back and forth
    must not mix them up."""
    checklist, given_answers = case
    fresh = Checklist(checklist.packs)
    for platforms in [*others, list(given_answers.platforms)]:
        used = answers(dict(given_answers.choices), tuple(platforms))
        assert score_json(evaluate(checklist, used)) == score_json(evaluate(Checklist(checklist.packs), used))
    assert score_json(evaluate(checklist, given_answers)) == score_json(evaluate(fresh, given_answers))


@given(checklists())
def test_the_generated_checklists_are_valid_packs(documents: list[dict[str, Any]]) -> None:
    """The properties are tested on checklists the rules module accepts: monotone caps and `when`, no cycles."""
    from privacycheck.core import rules

    packs = [built(document) for document in documents]
    assert all(rules.check_pack(p) == [] for p in packs)
    assert rules.check_set(packs)[1] == []


@given(scenario(), st.randoms(use_true_random=False))
def test_property_5_what_the_score_is_out_of_never_depends_on_the_answers(
    case: tuple[Checklist, Answers], rng: random.Random
) -> None:
    """Property 5 as design.md sharpens it: answers that do not count count for nothing, and the sum the score is
    out of does not shrink when answers change (it depends on the platforms alone)."""
    checklist, given_answers = case
    before = evaluate(checklist, given_answers)
    entry = rng.choice(list(checklist.items.values()))
    after = evaluate(checklist, given_answers.with_choice(entry.id, rng.choice([None, *[o.id for o in entry.options]])))
    assert after.possible == before.possible
    assert before.possible == math.fsum(e.item.weight * e.item.worst for e in before.items)


@given(scenario(irreducible=False), st.randoms(use_true_random=False))
def test_property_9_no_hole_hides(case: tuple[Checklist, Answers], rng: random.Random) -> None:
    """Everything else at its safest answer: one severity-5 item at its worst reads at least moderate and adds at
    least 10 points, a severity-4 item at least 5, and the sub-score of the item's dimension reads at least
    moderate, however many safe items surround it."""
    checklist, given_answers = case
    safe = all_at(checklist, given_answers.platforms, "safest")
    base = evaluate(checklist, safe)
    holes = [
        entry.item for entry in base.items if entry.applicable and entry.item.severity >= 4 and entry.item.worst == 1.0
    ]
    assume(holes)
    hole = rng.choice(holes)
    worst = max(hole.options, key=lambda o: o.exposure).id
    result = evaluate(checklist, safe.with_choice(hole.id, worst))
    assume(next(e for e in result.items if e.item.id == hole.id).exposure == 1.0)  # not capped by a safe answer
    if hole.severity == 5:
        assert result.band != "low"
        assert result.score - base.score >= 10
    else:
        assert result.score - base.score >= 5
    assert band(result.by_dimension[hole.dimension] or 0) != "low"


def test_property_9_a_hole_is_not_averaged_away_by_many_safe_items() -> None:
    """The same hole among 3 or among 300 safe items reads moderate."""
    for count in (3, 30, 300):
        items = [item(f"demo.i{n:03}", severity=5, dimension="see") for n in range(count)]
        checklist = Checklist([built(pack("demo", items))])
        safe = {f"demo.i{n:03}": "safe" for n in range(count)}
        assert evaluate(checklist, answers(safe)).score == 0
        result = evaluate(checklist, answers({**safe, "demo.i000": "open"}))
        assert result.band in ("moderate", "high", "severe")
        assert result.score >= 30 and result.by_dimension["see"] == result.score


def test_property_9_resolution_each_of_the_ten_biggest_fixes_moves_the_example_by_half_a_point() -> None:
    from privacycheck.core.answers import parse_answers
    from privacycheck.services.catalog import load_installed

    checklist = Checklist(load_installed().packs)
    document = json.loads((Path(__file__).parents[1] / "docs" / "examples" / "answers.json").read_text())
    result = evaluate(checklist, parse_answers(document, checklist))
    assert result.score < 99
    biggest = sorted((step.saves for step in result.plan), reverse=True)[:10]
    assert len(biggest) == 10 and min(biggest) >= 0.5


@given(scenario())
def test_property_10_the_plan_leads_with_what_matters(case: tuple[Checklist, Answers]) -> None:
    result = evaluate(*case)
    plan = result.plan
    if plan:
        assert max(step.saves for step in plan) in [step.saves for step in plan[:3]]
    for index, light in enumerate(plan):
        if light.item.severity <= 2:
            for heavy in plan[index + 1 :]:
                assert not (heavy.item.severity >= 4 and heavy.saves >= 2 * light.saves)
    # Quick wins: their own short list, most points per minute first, and "one thing today".
    assert len(result.quick_wins) == min(5, len(plan))
    assert set(result.quick_wins) <= set(plan)
    rates = [step.saves_per_minute for step in result.quick_wins]
    assert rates == sorted(rates, reverse=True)
    best = max((step.saves_per_minute for step in plan), default=None)
    assert (result.today is None) == (best is None)
    if result.today is not None:
        assert result.today.saves_per_minute == best


def test_a_cap_follows_the_controlling_answer_its_applicability_and_its_platform() -> None:
    """docs/scoring.md section 3: a cap holds while the controlling item has a listed answer; unanswered, it counts
    as its worst answer (no cap); when it does not apply, as its safest; on a platform not used, it caps nothing."""
    instagram = platform_pack(
        "instagram",
        [
            item("instagram.private", severity=5, options=[option("private", 0), option("public", 1)]),
            item("instagram.gate", severity=3, options=[option("off", 0), option("on", 1)]),
            item(
                "instagram.switch",
                severity=3,
                options=[option("closed", 0), option("open", 1)],
                when={"item": "instagram.gate", "in": ["on"]},
            ),
        ],
    )
    questions = pack(
        "questions",
        [
            item("questions.stories", severity=4, caps=[{"item": "instagram.private", "in": ["private"], "max": 0.4}]),
            item("questions.lists", severity=4, caps=[{"item": "instagram.switch", "in": ["closed"], "max": 0}]),
        ],
    )
    checklist = Checklist([built(instagram), built(questions)])

    def exposure(choices: dict[str, str], platforms: tuple[str, ...] = ("instagram",)) -> dict[str, float]:
        result = evaluate(checklist, answers(choices, platforms))
        return {e.item.id: e.exposure for e in result.items if e.item.id.startswith("questions.")}

    both_open = {"questions.stories": "open", "questions.lists": "open"}
    assert exposure({**both_open, "instagram.private": "private"})["questions.stories"] == 0.4
    assert exposure({**both_open, "instagram.private": "public"})["questions.stories"] == 1
    assert exposure(both_open)["questions.stories"] == 1  # unanswered: its worst answer, which caps nothing
    assert exposure({**both_open, "instagram.private": "private"}, ())["questions.stories"] == 1  # not used
    # The switch applies only when the gate is on; when it does not apply, it counts at its safest ("closed").
    assert exposure({**both_open, "instagram.gate": "off", "instagram.switch": "open"})["questions.lists"] == 0
    assert exposure({**both_open, "instagram.gate": "on", "instagram.switch": "open"})["questions.lists"] == 1
    # Turning the gate off saves the switch's own exposure and the lists item it makes moot.
    now = evaluate(
        checklist, answers({**both_open, "instagram.gate": "on", "instagram.switch": "open"}, ("instagram",))
    )
    off = evaluate(
        checklist, answers({**both_open, "instagram.gate": "off", "instagram.switch": "open"}, ("instagram",))
    )
    step = next(s for s in now.plan if s.item.id == "instagram.gate")
    assert step.saves == pytest.approx(now.score - off.score, abs=1e-9)
