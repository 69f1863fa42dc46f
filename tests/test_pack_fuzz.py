"""Nothing a valid pack holds can crash scoring (security review F3, F24): packs generated over the whole schema,
follow-ups and caps included, loaded the way every pack is, then scored against generated answers."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from privacycheck.core import rules
from privacycheck.core.answers import Answers
from privacycheck.core.loader import pack_from_bytes
from privacycheck.core.model import PLATFORMS, UNKNOWN, Origin
from privacycheck.core.output import score_json
from privacycheck.core.scoring import Checklist, evaluate
from tests.factory import built, item, option, pack, setting

DIMENSIONS = ("find", "see", "contact", "disclose", "account")
exposures = st.sampled_from([0.0, 1.0, 0.5]) | st.floats(0, 1, allow_nan=False) | st.sampled_from([0, 1])


@st.composite
def items(draw: st.DrawFn, count: int) -> list[dict[str, Any]]:
    made: list[dict[str, Any]] = []
    for n in range(count):
        option_ids = [f"o{k}" for k in range(draw(st.integers(2, 5)))]
        options = [option(oid, draw(exposures)) for oid in option_ids]
        irreducible = draw(st.booleans()) and all(o["exposure"] > 0 for o in options)
        if not irreducible:
            options[draw(st.integers(0, len(options) - 1))]["exposure"] = 0.0
        overrides: dict[str, Any] = {
            "options": options,
            "severity": draw(st.integers(1, 5)),
            "dimension": draw(st.sampled_from(DIMENSIONS)),
        }
        if draw(st.booleans()):
            overrides["platform"] = draw(st.sampled_from(PLATFORMS))
        if irreducible:
            overrides["irreducible"] = True
        fact = draw(st.booleans())
        if fact:
            overrides["fact"] = True
        if made and draw(st.booleans()):  # a follow-up of an earlier item: chains of any depth come out of this
            parent = draw(st.sampled_from(made))
            # a follow-up appears on the answers at least as exposed as a drawn one (the rules' monotony)
            threshold = draw(st.sampled_from([o["exposure"] for o in parent["options"]]))
            chosen = [o["id"] for o in parent["options"] if o["exposure"] >= threshold]
            overrides["when"] = {"item": parent["id"], "in": chosen}
        if made and draw(st.booleans()):
            other = draw(st.sampled_from(made))
            # a cap holds on the safer answers, never on the riskiest (the rules' monotony)
            threshold = draw(st.sampled_from([o["exposure"] for o in other["options"]]))
            chosen = [o["id"] for o in other["options"] if o["exposure"] <= threshold]
            if len(chosen) < len(other["options"]):
                overrides["caps"] = [{"item": other["id"], "in": chosen, "max": draw(exposures)}]
        build = item if fact or draw(st.booleans()) else setting
        document = build(f"fz.i{n}", **overrides)
        document["remediation"]["effort_minutes"] = draw(st.integers(1, 600))
        made.append(document)
    return made


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_nothing_a_valid_pack_holds_crashes_scoring(data: st.DataObject) -> None:
    document = pack("fz", data.draw(items(data.draw(st.integers(1, 14)))), kind="org")
    loaded, problems = pack_from_bytes(json.dumps(document).encode(), "fz.json", Origin.ORG)
    assume(loaded is not None)  # the generator also makes packs the rules refuse (a cap that is not monotone)
    assert loaded is not None and not problems
    accepted, problems = rules.check_set([loaded])
    assume(not problems)
    checklist = Checklist(accepted)
    platforms = frozenset(data.draw(st.lists(st.sampled_from(PLATFORMS), unique=True)))
    choices: dict[str, str] = {}
    for entry in document["items"]:
        if data.draw(st.booleans()):
            choices[entry["id"]] = data.draw(st.sampled_from([*(o["id"] for o in entry["options"]), UNKNOWN]))
    score = evaluate(checklist, Answers(platforms, choices))
    assert 0.0 <= score.score <= 100.0 and math.isfinite(score.score)
    shown = score_json(score)
    for step in shown["remediation"]:
        assert type(step["effort_minutes"]) is int and type(step["severity"]) is int  # F24: never "2.0 min"


def test_f3_f24_an_integer_written_as_a_float_is_refused_where_packs_are_checked() -> None:
    for place, value in (("severity", 3.0), ("effort_minutes", 2.0)):
        document = pack("fz", [item("fz.one"), item("fz.two")], kind="org")
        target = document["items"][0]
        (target if place == "severity" else target["remediation"])[place] = value
        loaded, problems = pack_from_bytes(json.dumps(document).encode(), "fz.json", Origin.ORG)
        assert loaded is None and problems and "integer" in problems[0].reason, place


def test_an_exposure_too_small_to_mean_anything_is_refused_and_never_breaks_the_explanation() -> None:
    """Found by the generator above: an exposure of 5e-324 (the smallest float) passed every check, then the
    contributions came out as NaN and infinity, and `assess --json` crashed."""
    document = pack("fz", [item("fz.one", options=[option("safe", 0.0), option("open", 5e-324)])], kind="org")
    loaded, problems = pack_from_bytes(json.dumps(document).encode(), "fz.json", Origin.ORG)
    assert loaded is None
    assert [(p.path, p.reason) for p in problems] == [("$.items[0].options[1].exposure", rules.TOO_SMALL)]
    # Scoring itself stays finite on such a pack, should one ever reach it.
    score = evaluate(Checklist([built(document, Origin.ORG)]), Answers(frozenset(), {"fz.one": "open"}))
    assert all(math.isfinite(points) for points in score.contributions.values())
    assert score_json(score)["score"] == round(score.score, 1)
