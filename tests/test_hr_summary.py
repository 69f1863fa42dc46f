"""HR's side of onboarding: the attestation's typed name and organisation packs, and the summary of a folder of
attestations (`privacycheck admin attestations`) with the files people really send, good and bad."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from privacycheck.core.answers import Answers
from privacycheck.core.scoring import Checklist
from privacycheck.services.assessments import save_assessment
from privacycheck.storage.store import KeyMode, Store
from tests.clirun import run
from tests.factory import item, pack, write

DAY = dt.date(2026, 12, 1)


def test_the_summary_reads_only_attestations_and_is_safe_to_open_in_a_spreadsheet(tmp_path: Path) -> None:
    content = {
        "attestation_version": 2,
        "name": '=HYPERLINK("https://evil.example")',
        "organisation": "Acme",
        "assessment_date": "2026-01-10",
        "issued": "2026-01-11",
        "packs": [],
        "organisation_packs": [],
        "complete": True,
    }
    write(tmp_path, "a.json", content)
    write(tmp_path, "escape.json", {**content, "name": "Eve\u001b[2J"})
    write(
        tmp_path,
        "old.json",
        {
            **{k: v for k, v in content.items() if k != "complete"},
            "name": "Old Format",
            "completion": {"answered": 3, "applicable": 3},
        },
    )
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    (tmp_path / "sub").mkdir()
    result = run("admin", "attestations", str(tmp_path), "--csv")
    assert result.returncode == 1
    assert "'=HYPERLINK" in result.stdout
    assert "escape.json: $.name: holds control characters" in result.stderr
    assert ".DS_Store" not in result.stderr and "sub" not in result.stderr
    assert "Old Format,Acme,yes,2026-01-10" in result.stdout  # a version 1 file: its counts say complete
    assert run("admin", "attestations", str(tmp_path / "missing")).returncode == 1
    usage = run("admin", "attestations", str(tmp_path), "--due", "15/01/2026")
    assert usage.returncode == 2 and "not a date (YYYY-MM-DD)" in usage.stderr
    text = run("admin", "attestations", str(tmp_path), "--due", "2026-01-15")
    assert "2 person(s), 2 with a complete check; 1 file(s) not read." in text.stdout
    assert "0 overdue against 2026-01-15." in text.stdout


def test_the_name_is_typed_on_one_line_and_never_made_up(tmp_path: Path) -> None:
    from privacycheck.services.catalog import load_installed

    home = tmp_path / "home"
    checklist = Checklist(load_installed().packs)
    with Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        save_assessment(store, checklist, Answers(frozenset({"x"}), {}))
    bad = run("attest", "--out", str(tmp_path / "a.json"), "--name", "Eve\u001b[2J", "--yes", home=home)
    assert bad.returncode == 1 and "The name holds control characters" in bad.stderr
    assert not (tmp_path / "a.json").exists()
    nameless = run("attest", "--out", str(tmp_path / "b.json"), "--yes", home=home)
    assert nameless.returncode == 0 and "without --name" in nameless.stderr
    assert json.loads((tmp_path / "b.json").read_text("utf-8"))["name"] is None
    named = run("attest", "--out", str(tmp_path / "c.json"), "--name", " Ana\tLopez ", "--yes", home=home)
    assert json.loads((tmp_path / "c.json").read_text("utf-8"))["name"] == "Ana Lopez"
    assert named.returncode == 0 and "without --name" not in named.stderr


def test_a_fifo_in_the_folder_is_named_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.json")
    result = run("admin", "attestations", str(tmp_path), "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["malformed"] == [{"file": "pipe.json", "reason": "not a regular file"}]


def test_the_name_and_the_organisation_packs_do_not_depend_on_the_answers() -> None:
    from privacycheck.core.scoring import evaluate
    from privacycheck.services.assessments import payload_of, summary_of
    from privacycheck.services.attest import attestation, organisation_pack_ids
    from privacycheck.storage.store import Record
    from tests.factory import built, text

    parent = item(
        "org.acme.parent",
        options=[
            {"id": "no", "label": text("No"), "exposure": 0.0},
            {"id": "yes", "label": text("Yes"), "exposure": 1.0},
        ],
    )
    follow = item("org.acme.follow", when={"item": "org.acme.parent", "in": ["yes"]})
    packs = [built(pack("org.acme", [parent, follow], kind="org")), built(pack("other", [item("other.q")]))]
    checklist = Checklist(packs)
    when = dt.datetime(2026, 11, 3, 15, tzinfo=dt.UTC)
    contents = []
    for answers in (
        {"org.acme.parent": "no", "other.q": "safe"},
        {"org.acme.parent": "yes", "org.acme.follow": "open", "other.q": "open"},
    ):
        chosen = Answers(frozenset({"facebook"}), answers)
        stored = Record(
            1, when, when, "complete", payload_of(checklist, chosen), summary_of(evaluate(checklist, chosen))
        )
        contents.append(
            attestation(
                stored,
                organisation="Acme",
                today=DAY,
                name="Ana Lopez",
                organisation_packs=organisation_pack_ids(packs),
            )
        )
    assert contents[0] == contents[1]
    assert contents[0]["organisation_packs"] == [{"id": "org.acme", "version": "1.0.0"}]
    assert contents[0]["name"] == "Ana Lopez"
