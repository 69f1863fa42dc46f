"""Security review F4, F5, F12, F21: the share-safe summary names nothing, files are written safely and never over
the store, and calendar files carry no control characters."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from privacycheck.core.answers import Answers
from privacycheck.core.scoring import Checklist, evaluate
from privacycheck.errors import PrivacycheckError
from privacycheck.services.assessments import payload_of, summary_of
from privacycheck.services.catalog import load_installed
from privacycheck.services.report import build_report, report_bytes, write_private
from privacycheck.storage.home import TEMP_PREFIX
from privacycheck.storage.rows import Record
from privacycheck.storage.store import KeyMode, Store

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return Checklist(load_installed().packs)


def test_f5_the_summary_names_no_item_setting_or_platform(checklist: Checklist) -> None:
    """Every fix title and platform name of the full report is absent from the summary, in JSON and in French."""
    answers = Answers(frozenset({"facebook", "instagram"}), {})  # every item unknown: the longest plan
    record = Record(1, NOW, NOW, "complete", payload_of(checklist, answers), summary_of(evaluate(checklist, answers)))
    for lang in ("en", "fr"):
        full = build_report(record, checklist, now=NOW, lang=lang)
        summary = build_report(record, checklist, now=NOW, lang=lang, summary=True)
        dumped = json.dumps(summary, ensure_ascii=False)
        titles = {step["title"] for step in full["plan"]}
        assert len(titles) > 20
        assert not [title for title in titles if title in dumped]
        assert not [item_id for item_id in checklist.items if item_id in dumped]
        assert summary["by_platform"] == {}  # the packs list holds every pack installed, whatever the platforms
        [line] = summary["plan"]
        assert str(len(full["plan"])) in line["title"] and type(line["effort_minutes"]) is int
        assert (summary["score"], summary["band"], summary["answered"]) == (full["score"], full["band"], 0)
        for kind in ("html", "md"):
            shown = report_bytes(summary, kind, lambda html, title: b"").decode("utf-8")
            assert not [title for title in titles if title in shown], kind


def test_f4_a_name_planted_beside_the_target_receives_nothing(tmp_path: Path) -> None:
    """The old code wrote to `.NAME.tmp`: another user could create it first, or link it, and read the report."""
    target = tmp_path / "report.md"
    planted = tmp_path / f".{target.name}.tmp"
    planted.write_text("")
    planted.chmod(0o666)
    elsewhere = tmp_path / "attacker-owned"
    (tmp_path / f".{target.name}.tmp2").symlink_to(elsewhere)
    write_private(target, b"# Social-media exposure report")
    assert planted.read_text() == "" and not elsewhere.exists()
    assert target.read_bytes() == b"# Social-media exposure report"
    assert target.stat().st_mode & 0o777 == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_f4_a_folder_that_cannot_be_written_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PrivacycheckError, match="cannot write"):
        write_private(tmp_path / "missing" / "r.md", b"x")
    with pytest.raises(PrivacycheckError, match="cannot write"):
        (tmp_path / "folder").mkdir()
        write_private(tmp_path / "folder", b"x")


def test_f12_a_report_or_export_never_lands_in_the_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT):
        pass
    before = (home / "privacycheck.db").read_bytes()
    for target in (home / "privacycheck.db", home / "report.html", Path(os.path.relpath(home)) / "x.json"):
        with pytest.raises(PrivacycheckError, match="data folder"):
            write_private(target, b"{}", home)
    assert (home / "privacycheck.db").read_bytes() == before


def test_f12_the_cli_refuses_to_export_over_the_database(tmp_path: Path) -> None:
    from tests.clirun import run

    home = tmp_path / "home"
    assert run("data", "init", "--unencrypted", home=home).returncode == 0
    before = (home / "privacycheck.db").read_bytes()
    result = run("data", "export", str(home / "privacycheck.db"), home=home)
    assert result.returncode == 1 and "data folder" in result.stderr and "Traceback" not in result.stderr
    assert (home / "privacycheck.db").read_bytes() == before
