"""The lockdown path: its order comes from the packs' `lockdown` ranks, validated; the guidance file validates."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from privacycheck.core import rules
from privacycheck.core.answers import Answers
from privacycheck.core.checklist import Checklist
from privacycheck.core.loader import builtin_sources, load_packs, schema_problems
from privacycheck.core.lockdown import (
    GuidanceError,
    guidance_path,
    load_guidance,
    lockdown_path,
    parse_guidance,
    total_minutes,
)
from privacycheck.core.model import PLATFORMS
from privacycheck.core.recheck import RecheckStatus
from tests.factory import built, item, option, pack, platform_pack, setting


def pack_problems(document: dict[str, Any]) -> list[str]:
    return [f"{p.path}: {p.reason}" for p in rules.check_pack(built(document))]


def builtin() -> Checklist:
    return Checklist(load_packs(builtin_sources()).packs)


def test_the_order_is_the_packs_ranks_across_platforms() -> None:
    facebook = platform_pack(
        "facebook",
        [
            setting("facebook.late", platform="facebook", lockdown=70),
            setting("facebook.first", platform="facebook", lockdown=10),
            setting("facebook.untagged", platform="facebook"),
        ],
    )
    x = platform_pack("x", [setting("x.middle", platform="x", lockdown=20)])
    checklist = Checklist([built(facebook), built(x)])
    steps = lockdown_path(checklist, Answers(frozenset({"facebook", "x"}), {}))
    assert [step.item.id for step in steps] == ["facebook.first", "x.middle", "facebook.late"]
    # Re-ranking in the pack, not in code, reorders the path.
    facebook["items"][0]["lockdown"] = 5
    steps = lockdown_path(Checklist([built(facebook), built(x)]), Answers(frozenset({"facebook", "x"}), {}))
    assert [step.item.id for step in steps] == ["facebook.late", "facebook.first", "x.middle"]
    assert total_minutes(steps) == 6


def test_only_platforms_in_use_and_fixes_not_yet_made() -> None:
    checklist = builtin()
    answers = Answers(frozenset({"instagram"}), {"instagram.private_account": "private"})
    ids = [step.item.id for step in lockdown_path(checklist, answers)]
    assert ids and all(i.startswith("instagram.") for i in ids)
    assert "instagram.private_account" not in ids  # already at its safest answer
    assert "instagram.message_requests" in ids


def test_the_builtin_path_covers_what_cuts_a_client_off() -> None:
    steps = lockdown_path(builtin(), Answers(frozenset(PLATFORMS), {}))
    ranks = [step.rank for step in steps]
    assert ranks == sorted(ranks)
    ids = {step.item.id for step in steps}
    for expected in (
        "instagram.private_account",  # private account
        "facebook.message_requests",  # messages closed
        "instagram.tags_manual_approval",  # tags
        "instagram.mentions",  # mentions
        "facebook.lookup_by_phone",  # look-up by phone
        "x.discoverability_email",  # and by e-mail
        "snapchat.snap_map",  # location
        "x.sessions",  # other sessions logged out
    ):
        assert expected in ids
    assert all(step.item.link and step.item.link.startswith("https://") for step in steps)
    assert {step.item.platform for step in steps} == set(PLATFORMS)


def test_ranks_are_validated() -> None:
    ok = platform_pack("facebook", [setting("facebook.a", platform="facebook", lockdown=10)])
    assert pack_problems(ok) == []
    twice = platform_pack(
        "facebook",
        [
            setting("facebook.a", platform="facebook", lockdown=10),
            setting("facebook.b", platform="facebook", lockdown=10),
        ],
    )
    assert any("lockdown rank 10" in p for p in pack_problems(twice))
    no_link = platform_pack("facebook", [item("facebook.a", platform="facebook", lockdown=10)])
    assert any("$.items[0].lockdown: a lockdown step gives a link" in p for p in pack_problems(no_link))
    no_fix = copy.deepcopy(ok)
    del no_fix["items"][0]["remediation"]
    no_fix["items"][0]["options"] = [option("safe", 0.0), option("also", 0.0)]
    assert any("lockdown step has a remediation" in p for p in pack_problems(no_fix))
    general = pack("inventory", [setting("inventory.a", lockdown=10)])
    assert any("belongs to a platform" in p for p in pack_problems(general))
    for bad in (0, 100, 2.5, "10", True):
        document = copy.deepcopy(ok)
        document["items"][0]["lockdown"] = bad
        assert schema_problems(document, "f.json"), bad


def test_the_shipped_guidance_validates_in_both_languages() -> None:
    guidance = load_guidance()
    assert guidance.emergency_number == "911"
    assert set(guidance.platforms) == set(PLATFORMS)
    for advice in guidance.platforms.values():
        for text in (advice.block, advice.hides, advice.does_not_hide):
            assert text.get("en") and text.get("fr") and text.get("en") != text.get("fr")
        assert advice.link.startswith("https://") and advice.source.startswith("https://")
    titles = {section.id for section in guidance.sections}
    assert {"reporting", "employer"} <= titles


def test_guidance_refuses_html_a_missing_platform_and_a_missing_language(tmp_path: Path) -> None:
    good = json.loads(guidance_path().read_text("utf-8"))
    html = copy.deepcopy(good)
    html["sections"][0]["steps"][0]["en"] = "<b>bold</b>"
    missing = copy.deepcopy(good)
    del missing["platforms"]["threads"]
    english_only = copy.deepcopy(good)
    del english_only["emergency"]["text"]["fr"]
    no_employer = copy.deepcopy(good)
    no_employer["sections"] = [s for s in good["sections"] if s["id"] != "employer"]
    for document in (html, missing, english_only, no_employer):
        with pytest.raises(GuidanceError):
            parse_guidance(document)
    assert parse_guidance(good).version == good["version"]


def test_an_incident_brings_the_next_recheck_closer() -> None:
    last, incident = dt.date(2026, 11, 1), dt.date(2026, 12, 1)
    plain = RecheckStatus(dt.date(2026, 12, 2), last, 90)
    assert plain.next == dt.date(2027, 1, 30) and not plain.due
    after = RecheckStatus(dt.date(2026, 12, 2), last, 90, incident)
    assert after.next == dt.date(2026, 12, 4) and not after.due
    assert RecheckStatus(dt.date(2026, 12, 4), last, 90, incident).due
    # A full check on or after the incident's day settles it: back to the usual interval.
    settled = RecheckStatus(dt.date(2026, 12, 5), dt.date(2026, 12, 3), 90, incident)
    assert settled.next == dt.date(2027, 3, 3) and not settled.due
