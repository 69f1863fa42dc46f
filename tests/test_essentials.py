"""The essentials: a deterministic selection of the items that carry most of the possible exposure, and the
provisional score over them alone (docs/scoring.md, section 7)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from privacycheck.core.answers import Answers
from privacycheck.core.essentials import ESSENTIALS, essentials, provisional
from privacycheck.core.model import PLATFORMS
from privacycheck.core.scoring import Checklist, evaluate
from privacycheck.services.catalog import load_installed
from tests.clirun import run
from tests.factory import built, item, option, pack, platform_pack

ROOT = Path(__file__).resolve().parents[1]


def installed() -> Checklist:
    return Checklist(load_installed().packs)


def test_the_essentials_are_fifteen_root_items_of_the_platforms_in_use() -> None:
    checklist = installed()
    for platforms in ({"facebook"}, {"instagram", "x"}, set(checklist.platforms)):
        chosen = essentials(checklist, platforms)
        assert len(chosen) == ESSENTIALS
        assert len({i.id for i in chosen}) == ESSENTIALS
        for entry in chosen:
            assert entry.when is None
            assert entry.platform is None or entry.platform in platforms
            assert entry.worst > entry.safest.exposure
        used = {entry.platform for entry in chosen}
        assert platforms <= used  # every platform in use has its say


def test_the_essentials_carry_most_of_the_possible_exposure() -> None:
    """Fifteen items of about a hundred carry far more than their share of what a worst-case profile exposes."""
    checklist = installed()
    platforms = frozenset(checklist.platforms)
    chosen = {i.id for i in essentials(checklist, platforms)}
    worst = evaluate(checklist, Answers(platforms, {}))
    share = sum(worst.contributions[i] for i in chosen) / worst.score
    assert share > 2 * len(chosen) / len(worst.items)


def test_the_selection_is_deterministic_and_independent_of_pack_order() -> None:
    checklist = installed()
    packs = list(checklist.packs)
    random.Random(4).shuffle(packs)
    assert essentials(Checklist(packs), {"facebook", "x"}) == essentials(checklist, {"x", "facebook"})


def test_an_item_that_makes_others_moot_comes_first() -> None:
    """A private account switches off a follow-up and caps another item: its reach is the largest."""
    documents = platform_pack(
        "instagram",
        [
            item("instagram.private", severity=5, options=[option("private", 0), option("public", 1)]),
            item("instagram.indexing", severity=4, when={"item": "instagram.private", "in": ["public"]}),
            item("instagram.stories", severity=4, caps=[{"item": "instagram.private", "in": ["private"], "max": 0.4}]),
            *[item(f"instagram.other{n}", severity=5) for n in range(20)],
        ],
    )
    chosen = essentials(Checklist([built(documents)]), {"instagram"})
    assert chosen[0].id == "instagram.private"
    assert "instagram.indexing" not in {i.id for i in chosen}  # follow-ups are left to the full check


def test_ties_are_shared_between_platforms() -> None:
    """Equal reach everywhere: the platforms take turns rather than the first in alphabetical order taking all."""
    packs = [built(platform_pack(p, [item(f"{p}.i{n}", severity=5) for n in range(10)])) for p in ("facebook", "x")]
    chosen = essentials(Checklist(packs), {"facebook", "x"}, count=6)
    assert [i.platform for i in chosen] == ["facebook", "x"] * 3


def test_the_provisional_score_counts_the_essentials_alone() -> None:
    questions = pack("demo", [item(f"demo.i{n}", severity=5) for n in range(30)])
    checklist = Checklist([built(questions)])
    chosen = essentials(checklist, (), count=15)
    ids = [entry.id for entry in chosen]
    all_safe = {f"demo.i{n}": "safe" for n in range(30)}
    answers = Answers(frozenset(), {k: v for k, v in all_safe.items() if k in ids})
    full = evaluate(checklist, answers)
    first = provisional(full, chosen)
    assert first.provisional and first.score == 0 and first.band == "low"
    assert first.answered == 15 and first.unknown == ()
    assert len(full.unknown) == 15 and full.band == "severe"  # the others count at their worst
    one_open = provisional(evaluate(checklist, answers.with_choice(ids[0], "open")), chosen)
    assert one_open.score >= 30
    half = provisional(evaluate(checklist, answers.with_choice(ids[0], None)), chosen)
    assert half.unknown == (ids[0],) and half.score == one_open.score


def test_packs_essentials_and_assess_essentials_on_the_command_line() -> None:
    listed = run("packs", "essentials", "--platforms", "facebook,instagram", "--json")
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert len(entries) == ESSENTIALS and {e["platform"] for e in entries} <= {"facebook", "instagram", None}
    assert {"id", "platform", "dimension", "severity", "title", "prompt"} <= set(entries[0])
    wrong = run("packs", "essentials", "--platforms", "myspace")
    assert wrong.returncode == 1 and "myspace" in wrong.stderr
    answers = str(ROOT / "docs" / "examples" / "answers.json")
    scored = run("assess", "--answers", answers, "--no-save", "--json", "--essentials")
    assert scored.returncode == 0, scored.stderr
    data = json.loads(scored.stdout)
    assert data["essentials"]["provisional"] is True
    assert data["essentials"]["items"] == [e["id"] for e in entries]
    text = run("assess", "--answers", answers, "--no-save", "--essentials")
    assert "Provisional score over the 15 essentials" in text.stdout
    assert set(PLATFORMS) >= {e["platform"] for e in entries if e["platform"]}
