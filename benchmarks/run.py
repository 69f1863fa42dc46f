"""The performance budgets of design.md section 8, measured as figures and ratios to a baseline taken in the same run.

`make bench`, or `benchmarks/run.py scoring chain` for some measures only (MEASURES). Exits 1 only when a budget is
missed by a wide margin (MARGIN), so that noise does not fail it.
"""

from __future__ import annotations

import compileall
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MARGIN = 1.5
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PRIVACYCHECK_MANAGED_CONFIG": os.devnull}


def median_time(action: Callable[[], object], runs: int = RUNS) -> float:
    """The median of `runs` timings: for whole processes, whose start-up varies for reasons of its own."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def best_times(*actions: Callable[[], object], runs: int = RUNS) -> list[float]:
    """The best of `runs` timings of each action: for work inside one process, where slower runs measure the
    machine's other load, not the code (the advice of the timeit module). The actions take turns in every round, so
    that a figure and its baseline see the same moments of a machine whose speed varies."""
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for action, taken in zip(actions, times, strict=True):
            start = time.perf_counter()
            action()
            taken.append(time.perf_counter() - start)
    return [min(taken) for taken in times]


def cold_start(home: Path) -> list[dict[str, Any]]:
    """The app's window against a bare QMainWindow, alternated, medians.

    Both start from compiled bytecode, as an installed app does (pip compiles on install): with
    PYTHONDONTWRITEBYTECODE set, or fresh sources, every run would otherwise compile the app's modules again.
    """
    compileall.compile_dir(ROOT / "privacycheck", quiet=1)
    env = {**ENV, "PRIVACYCHECK_HOME": str(home)}
    samples: dict[str, list[tuple[float, int]]] = {"bare": [], "app": []}
    for _ in range(RUNS):
        for variant in ("bare", "app"):
            out = subprocess.run(
                [sys.executable, str(ROOT / "benchmarks" / "start_window.py"), variant],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            samples[variant].append((float(out[0]), int(out[1])))
    bare_time = statistics.median(s[0] for s in samples["bare"])
    app_time = statistics.median(s[0] for s in samples["app"])
    bare_memory = statistics.median(s[1] for s in samples["bare"]) / 1024
    app_memory = statistics.median(s[1] for s in samples["app"]) / 1024
    return [
        row(
            "cold start to first window", app_time * 1000, "ms", bare_time * 1000, "bare QMainWindow", budget_ratio=1.3
        ),
        row(
            "peak memory at start", app_memory, "MiB", bare_memory, "bare QMainWindow", budget_absolute=bare_memory + 40
        ),
    ]


def command_start() -> list[dict[str, Any]]:
    answers = str(ROOT / "docs" / "examples" / "answers.json")

    def run(*arguments: str) -> Callable[[], object]:
        return lambda: subprocess.run([sys.executable, *arguments], env=ENV, capture_output=True, check=True)

    baseline = median_time(run("-c", "pass"))
    version = median_time(run("-m", "privacycheck", "--version"))
    assess = median_time(run("-m", "privacycheck", "assess", "--answers", answers, "--no-save", "--json"))
    return [
        row("privacycheck --version", version * 1000, "ms", baseline * 1000, "python -c pass"),
        row("privacycheck assess --no-save", assess * 1000, "ms", baseline * 1000, "python -c pass"),
    ]


def load_packs() -> list[dict[str, Any]]:
    from privacycheck.core import loader

    sources = loader.builtin_sources()
    loader._validator.cache_clear()
    start = time.perf_counter()
    result = loader.load_packs(sources)  # the first load also builds the schema validator
    first = time.perf_counter() - start
    assert not result.problems, result.problems
    again, parse = best_times(
        lambda: loader.load_packs(sources), lambda: [json.loads(s.path.read_bytes()) for s in sources], runs=3 * RUNS
    )
    items = sum(len(p.items) for p in result.packs)
    same = "json.loads of the same files"
    return [
        row(
            f"load + validate built-in packs ({items} items)",
            again * 1000,
            "ms",
            parse * 1000,
            same,
            budget_absolute=50,
        ),
        row("load + validate, first in a process (imports jsonschema)", first * 1000, "ms", parse * 1000, same),
    ]


def synthetic(count: int) -> tuple[Any, Any]:
    """A checklist of `count` items over three platforms and a questionnaire, a fifth of them follow-ups."""
    from privacycheck.core.answers import Answers
    from privacycheck.core.scoring import Checklist
    from tests.factory import built, item, pack, platform_pack

    groups: dict[str, list[dict[str, Any]]] = {"facebook": [], "instagram": [], "x": [], "questions": []}
    names = list(groups)
    choices = {}
    for n in range(count):
        group = names[n % 4]
        document = item(f"{group}.item{n}", severity=1 + n % 5)
        if n >= 8 and n % 5 == 0:
            document["when"] = {"item": f"{group}.item{n - 4}", "in": ["partly", "open"]}
        groups[group].append(document)
        if n % 7:
            choices[document["id"]] = ("safe", "partly", "open")[n % 3]
    packs = [
        built(platform_pack(name, docs)) if name != "questions" else built(pack(name, docs))
        for name, docs in groups.items()
    ]
    return Checklist(packs), Answers(frozenset({"facebook", "instagram", "x"}), choices)


def scoring() -> list[dict[str, Any]]:
    return [*scoring_rows(200, budget=2.0), *scoring_rows(10_000, budget=50.0)]


def scoring_rows(count: int, *, budget: float) -> list[dict[str, Any]]:
    from privacycheck.core.scoring import evaluate

    checklist, answers = synthetic(count)
    items = list(checklist.items.values())

    def first() -> None:
        checklist._scopes.clear()  # as after a change of platforms: the scope is worked out again
        evaluate(checklist, answers)

    again, cold, baseline = best_times(
        lambda: evaluate(checklist, answers), first, lambda: sum(i.weight * i.worst for i in items), runs=3 * RUNS
    )
    return [
        row(
            f"score {count:,} items with the plan, {label}",
            took * 1000,
            "ms",
            baseline * 1000,
            "one pass summing weight × worst",
            budget_absolute=budget,
        )
        for label, took in (("again, after an answer", again), ("first, for a set of platforms", cold))
    ]


def chain(count: int) -> tuple[list[Any], Any]:
    """A questionnaire of `count` items that form one follow-up chain: item n applies when item n − 1 is answered
    "partly" or "open". Every item answered "partly", so the whole chain applies."""
    from privacycheck.core.answers import Answers
    from privacycheck.core.loader import build_pack
    from privacycheck.core.model import Origin
    from tests.factory import item, pack

    template = item("chain.i0")
    documents = []
    for n in range(count):
        document = {**template, "id": f"chain.i{n}", "severity": 1 + n % 5}
        if n:
            document["when"] = {"item": f"chain.i{n - 1}", "in": ["partly", "open"]}
        documents.append(document)
    built = build_pack(pack("chain", documents), "chain.json", Origin.BUILTIN)
    return [built], Answers(frozenset(), {f"chain.i{n}": "partly" for n in range(count)})


def follow_up_chain(count: int = 20_000) -> list[dict[str, Any]]:
    from privacycheck.core import rules
    from privacycheck.core.scoring import Checklist, evaluate

    packs, answers = chain(count)
    items = list(packs[0].items)

    def set_up_and_score() -> None:
        evaluate(Checklist(packs), answers)

    took, checked, baseline = best_times(
        set_up_and_score, lambda: rules.check_set(packs), lambda: sum(i.weight * i.worst for i in items), runs=RUNS
    )
    same = "one pass summing weight × worst"
    return [
        row(
            f"set up and score a {count:,}-item follow-up chain",
            took * 1000,
            "ms",
            baseline * 1000,
            same,
            budget_absolute=500,
        ),
        row(f"check the references of a {count:,}-item follow-up chain", checked * 1000, "ms", baseline * 1000, same),
    ]


def history(home: Path) -> list[dict[str, Any]]:
    from privacycheck.services.assessments import save_assessment
    from privacycheck.storage.store import KeyMode, Record, Store

    checklist, answers = synthetic(120)
    with Store.open(home, secrets=None, passphrase=lambda: "benchmark", new_mode=KeyMode.PASSPHRASE) as store:
        save_assessment(store, checklist, answers)
        record = store.latest()
        assert record is not None
        start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
        for n in range(999):
            when = start + dt.timedelta(days=n)
            store.save(Record(None, when, when, "complete", record.payload, record.summary))
    with Store.open(home, secrets=None, passphrase=lambda: "benchmark") as store:
        took, raw = best_times(
            store.history, lambda: store._db.execute("SELECT id, created, summary FROM assessments").fetchall()
        )
        count = len(store.history())
    return [
        row(
            f"open history ({count:,} stored checks)",
            took * 1000,
            "ms",
            raw * 1000,
            "SELECT of the same rows, no decryption",
            budget_absolute=150,
        )
    ]


def pdf_report(home: Path) -> list[dict[str, Any]]:
    from privacycheck.core.answers import parse_answers
    from privacycheck.core.scoring import Checklist
    from privacycheck.services.assessments import save_assessment
    from privacycheck.services.catalog import load_installed
    from privacycheck.services.report import build_report
    from privacycheck.services.report_render import render_html
    from privacycheck.storage.store import KeyMode, Store
    from privacycheck.ui.pdf import ensure_gui_application, html_to_pdf

    checklist = Checklist(load_installed().packs)
    answers = parse_answers(json.loads((ROOT / "docs" / "examples" / "answers.json").read_text()), checklist)
    with Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        save_assessment(store, checklist, answers)
        record = store.latest()
    assert record is not None
    ensure_gui_application()
    now = dt.datetime.now(dt.UTC)

    def make() -> bytes:
        document = build_report(record, checklist, now=now)
        return html_to_pdf(render_html(document), title="privacycheck")

    make()  # fonts are loaded once per process
    took, html = best_times(make, lambda: render_html(build_report(record, checklist, now=now)))
    return [row("PDF report (full)", took * 1000, "ms", html * 1000, "the same report as HTML", budget_absolute=500)]


def row(
    name: str,
    value: float,
    unit: str,
    baseline: float,
    baseline_name: str,
    *,
    budget_ratio: float | None = None,
    budget_absolute: float | None = None,
) -> dict[str, Any]:
    ratio = value / baseline if baseline else float("inf")
    if budget_ratio is not None:
        budget, verdict = f"≤ {budget_ratio}× baseline", ratio <= budget_ratio
        failed = ratio > budget_ratio * MARGIN
    elif budget_absolute is not None:
        budget, verdict = f"≤ {budget_absolute:.0f} {unit}", value <= budget_absolute
        failed = value > budget_absolute * MARGIN
    else:
        budget, verdict, failed = "-", True, False
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_name": baseline_name,
        "ratio": ratio,
        "budget": budget,
        "ok": verdict,
        "failed": failed,
    }


MEASURES = ("packs", "scoring", "chain", "history", "pdf", "commands", "start")
"""The measures, in the order they run; `benchmarks/run.py scoring chain` runs only those named."""


def main(argv: list[str] | None = None) -> int:
    chosen = list(argv if argv is not None else sys.argv[1:]) or list(MEASURES)
    unknown = sorted(set(chosen) - set(MEASURES))
    if unknown:
        print(f"unknown measure {unknown[0]!r} (known: {', '.join(MEASURES)})", file=sys.stderr)
        return 2
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as directory:
        base = Path(directory)
        measures: dict[str, Callable[[], list[dict[str, Any]]]] = {
            "packs": load_packs,
            "scoring": scoring,
            "chain": follow_up_chain,
            "history": lambda: history(base / "history"),
            "pdf": lambda: pdf_report(base / "report"),
            "commands": command_start,
            "start": lambda: cold_start(base / "start"),
        }
        for name in MEASURES:
            if name in chosen:
                rows += measures[name]()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; Qt platform offscreen. In-process figures: best of {RUNS} to "
        f"{3 * RUNS} runs, taking turns with their baseline; whole processes: median of {RUNS} "
        "(the two window starts alternated).\n"
    )
    print("| measure | figure | baseline (same run) | ratio | budget | within |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['name']} | {r['value']:.1f} {r['unit']} | {r['baseline']:.1f} {r['unit']} "
            f"({r['baseline_name']}) | {r['ratio']:.2f}× | {r['budget']} | {'yes' if r['ok'] else 'NO'} |"
        )
    failed = [r["name"] for r in rows if r["failed"]]
    if failed:
        print(f"\nMissed by more than {MARGIN}×: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
