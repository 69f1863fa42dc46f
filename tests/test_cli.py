"""The command line, run as a user runs it: a subprocess, its stdout, stderr and exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.factory import item, pack, write

ROOT = Path(__file__).resolve().parents[1]


def run(*arguments: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    if home is not None:
        env["PRIVACYCHECK_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "privacycheck", *arguments], capture_output=True, text=True, env=env, cwd=ROOT
    )


def installed() -> list[dict[str, Any]]:
    result = run("packs", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def pack_items(pack_id: str) -> list[dict[str, Any]]:
    result = run("packs", "show", pack_id, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["items"]


def test_version() -> None:
    result = run("--version")
    assert (result.returncode, result.stdout.strip()) == (0, "privacycheck 0.1.0")


def test_packs_lists_every_builtin_pack_with_its_item_count() -> None:
    listed = {p["id"]: p for p in installed()}
    on_disk = {json.loads(p.read_text())["id"]: p for p in (ROOT / "checklists").glob("*.json")}
    assert set(listed) == set(on_disk)
    for pack_id, entry in listed.items():
        document = json.loads(on_disk[pack_id].read_text())
        assert entry["items"] == len(document["items"])
        assert (entry["version"], entry["kind"], entry["platform"]) == (
            document["version"],
            document["kind"],
            document["platform"],
        )
        assert entry["origin"] == "built-in"
    table = run("packs").stdout.splitlines()
    assert table[0].split() == ["ID", "VERSION", "KIND", "PLATFORM", "ITEMS", "ORIGIN"]
    assert len(table) == len(listed) + 1


def test_packs_show_gives_items_options_and_when() -> None:
    first = installed()[0]["id"]
    items = pack_items(first)
    assert items
    for entry in items:
        assert entry["id"].startswith(first + ".")
        assert entry["dimension"] in {"find", "see", "contact", "disclose", "account"}
        assert all(0 <= option["exposure"] <= 1 for option in entry["options"])
    text = run("packs", "show", first, "--lang", "fr")
    assert text.returncode == 0
    assert items[0]["id"] in text.stdout


def test_packs_show_of_an_unknown_pack_is_an_error_without_traceback() -> None:
    result = run("packs", "show", "myspace")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("privacycheck: error: no installed pack has the id 'myspace'")
    assert "Traceback" not in result.stderr


def test_validate_accepts_the_shipped_packs() -> None:
    files = sorted(str(p) for p in (ROOT / "checklists").glob("*.json"))
    result = run("validate", *files)
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""


def test_validate_prints_one_line_per_problem_and_exits_1(tmp_path: Path) -> None:
    good = write(tmp_path, "good.json", pack("orgdemo", kind="org"))
    bad_item = item("orgbad.first", severity=0)
    bad = write(tmp_path, "bad.json", pack("orgbad", [bad_item], kind="org"))
    empty = tmp_path / "empty.json"
    empty.write_text("")
    result = run("validate", str(good), str(bad), str(empty))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{bad}: $.items[0].severity: 0 is less than the minimum of 1",
        f"{empty}: $: the file is empty",
    ]
    assert "Traceback" not in result.stderr
    assert run("validate", str(good)).returncode == 0


def test_validate_finds_an_org_pack_claiming_a_builtin_pack_id(tmp_path: Path) -> None:
    builtin_pack = installed()[0]["id"]
    clash = write(tmp_path, "org.json", pack(builtin_pack, [item(f"{builtin_pack}.extra")], kind="org"))
    result = run("validate", str(clash))
    assert result.returncode == 1
    assert f"{clash}: $.id: pack id '{builtin_pack}' is already loaded from" in result.stdout


def answers_for(pick: str) -> dict[str, Any]:
    """Every built-in item answered with its safest or worst option."""
    choices = {}
    for entry in installed():
        for listed in pack_items(entry["id"]):
            options = sorted(listed["options"], key=lambda o: o["exposure"])
            choices[listed["id"]] = (options[0] if pick == "safest" else options[-1])["id"]
    return {"platforms": ["facebook", "instagram", "x"], "answers": choices}


def test_assess_scores_an_answers_file(tmp_path: Path) -> None:
    worst = write(tmp_path, "worst.json", answers_for("worst"))
    result = run("assess", "--answers", str(worst), "--json", "--no-save")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["score"] >= 90
    assert data["band"] == "severe"
    assert data["unknown"] == 0
    assert sum(data["contributions"].values()) == pytest.approx(data["score"], abs=0.05)
    assert data["remediation"]
    saves = [step["saves"] for step in data["remediation"]]
    assert saves == sorted(saves, reverse=True)  # the main plan: most points saved first
    ratios = [step["saves_per_minute"] for step in data["quick_wins"]]
    assert ratios == sorted(ratios, reverse=True) and data["one_thing_today"] == data["quick_wins"][0]
    for step in data["remediation"]:
        assert {"item", "title", "steps", "saves", "effort_minutes", "link"} <= set(step)
    assert {p["id"] for p in data["packs"]} == {p["id"] for p in installed()}

    safest = write(tmp_path, "safest.json", answers_for("safest"))
    data = json.loads(run("assess", "--answers", str(safest), "--json", "--no-save").stdout)
    assert data["score"] <= 5
    assert data["band"] == "low"


def test_assess_reports_unknown_items_as_unknown(tmp_path: Path) -> None:
    platform = next(p["platform"] for p in installed() if p["platform"])
    nothing = write(tmp_path, "empty.json", {"platforms": [platform], "answers": {}})
    data = json.loads(run("assess", "--answers", str(nothing), "--json", "--no-save").stdout)
    assert data["score"] == 100
    assert data["answered"] == 0
    assert data["unknown"] == data["applicable"] == len(data["unknown_items"]) > 0
    assert set(data["by_platform"]) == {platform, "general"}


def test_assess_prints_the_plan_in_the_chosen_language(tmp_path: Path) -> None:
    nothing = write(tmp_path, "empty.json", {"answers": {}})
    english = run("assess", "--answers", str(nothing), "--no-save", "--lang", "en")
    french = run("assess", "--answers", str(nothing), "--no-save", "--lang", "fr")
    assert english.returncode == french.returncode == 0
    assert english.stdout.startswith("Exposure score: 100.0 / 100 (severe)")
    assert french.stdout.startswith("Score d'exposition : 100,0 / 100 (sévère)")
    first_step = json.loads(run("assess", "--answers", str(nothing), "--no-save", "--json", "--lang", "fr").stdout)
    assert first_step["remediation"][0]["title"] in french.stdout


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"answers": {"facebook.no_such_item": "public"}}, "unknown item 'facebook.no_such_item'"),
        ({"platforms": ["myspace"]}, "unknown platform 'myspace'"),
        ([], "the answers file must hold a JSON object"),
    ],
)
def test_assess_refuses_bad_answers_naming_the_problem(tmp_path: Path, document: Any, message: str) -> None:
    path = write(tmp_path, "answers.json", document)
    result = run("assess", "--answers", str(path), "--no-save")
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_assess_refuses_an_unknown_option_naming_it(tmp_path: Path) -> None:
    first_item = pack_items(installed()[0]["id"])[0]["id"]
    path = write(tmp_path, "answers.json", {"answers": {first_item: "sometimes_maybe"}})
    result = run("assess", "--answers", str(path), "--no-save")
    assert result.returncode == 1
    assert f"item '{first_item}' has no option 'sometimes_maybe'" in result.stderr


def test_assess_of_a_missing_or_broken_file(tmp_path: Path) -> None:
    missing = run("assess", "--answers", str(tmp_path / "nope.json"), "--no-save")
    assert missing.returncode == 1
    assert "cannot read" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{"answers": ')
    result = run("assess", "--answers", str(broken), "--no-save")
    assert result.returncode == 1
    assert "is not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2() -> None:
    result = run("assess")
    assert result.returncode == 2
    assert "the following arguments are required: --answers" in result.stderr


def test_the_documented_example_answers_file_scores() -> None:
    result = run("assess", "--answers", "docs/examples/answers.json", "--json", "--no-save")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert 0 < data["score"] < 100
    assert data["remediation"]


def test_without_a_display_the_app_says_so_instead_of_aborting() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "privacycheck"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 1
    assert "no graphical display" in result.stderr
    assert "Traceback" not in result.stderr
