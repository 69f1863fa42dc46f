"""The benchmark harness itself: its verdicts and its synthetic checklist. Its timings are not tested here."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from privacycheck.core.scoring import evaluate

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_budget_fails_the_run_only_when_missed_by_the_margin(bench: ModuleType) -> None:
    within = bench.row("x", 49.0, "ms", 10.0, "base", budget_absolute=50)
    missed = bench.row("x", 60.0, "ms", 10.0, "base", budget_absolute=50)
    far = bench.row("x", 50 * bench.MARGIN + 1, "ms", 10.0, "base", budget_absolute=50)
    assert (within["ok"], within["failed"]) == (True, False)
    assert (missed["ok"], missed["failed"]) == (False, False)
    assert (far["ok"], far["failed"]) == (False, True)
    ratio = bench.row("start", 140.0, "ms", 100.0, "bare", budget_ratio=1.3)
    assert ratio["ratio"] == pytest.approx(1.4) and (ratio["ok"], ratio["failed"]) == (False, False)
    assert bench.row("start", 200.0, "ms", 100.0, "bare", budget_ratio=1.3)["failed"]
    assert bench.row("free", 1e9, "ms", 1.0, "base")["ok"]


def test_best_times_takes_each_actions_best_run_in_turn(bench: ModuleType) -> None:
    calls: list[str] = []
    times = bench.best_times(lambda: calls.append("a"), lambda: calls.append("b"), runs=3)
    assert calls == ["a", "b"] * 3
    assert len(times) == 2 and all(t >= 0 for t in times)


def test_the_synthetic_checklist_is_what_the_table_says(bench: ModuleType) -> None:
    checklist, answers = bench.synthetic(1000)
    assert len(checklist.items) == 1000
    assert checklist.platforms == ("facebook", "instagram", "x")
    follow_ups = [item for item in checklist.items.values() if item.when is not None]
    assert len(follow_ups) == pytest.approx(200, abs=5)  # a fifth
    score = evaluate(checklist, answers)
    assert len(score.items) == 1000 and score.plan  # every item in scope, and work for the plan


def test_the_follow_up_chain_is_one_chain_that_sets_up_and_scores(bench: ModuleType) -> None:
    """The F15 measure's checklist: every item follows the one before, and all of them apply. Deep chains must not
    hit the recursion limit or walk each chain once per item (its time is measured in benchmarks/run.py chain)."""
    from privacycheck.core.scoring import Checklist

    packs, answers = bench.chain(3000)
    checklist = Checklist(packs)
    assert sum(1 for i in checklist.items.values() if i.when is not None) == 2999
    score = evaluate(checklist, answers)
    assert all(entry.applicable for entry in score.items)
    first = next(step for step in score.plan if step.item.id == "chain.i0")
    assert first.saves == max(step.saves for step in score.plan)  # fixing the root switches the whole chain off


def test_the_measures_can_be_run_one_by_one(bench: ModuleType) -> None:
    assert bench.main(["nothing"]) == 2
    assert set(bench.MEASURES) >= {"scoring", "chain"}
