"""HR onboarding: the first-check deadline's logic, then the app with a real managed configuration: the welcome on first
start, the deadline on Home and in the tray, and the reminder as it nears."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from privacycheck.core.answers import Answers
from privacycheck.core.scoring import Checklist
from privacycheck.services.assessments import save_assessment
from privacycheck.services.onboarding import first_check_deadline, first_started, should_remind
from privacycheck.storage.settings import read_settings, write_settings
from privacycheck.storage.store import KeyMode, Store
from privacycheck.ui.context import AppContext
from privacycheck.ui.window import MainWindow
from tests.clirun import run
from tests.factory import item, pack, write

DAY = dt.date(2026, 12, 1)
WELCOME = {
    "en": "Welcome to Acme.\nClients sometimes look us up: this check shows what they could find. <3 HR",
    "fr": "Bienvenue chez Acme.",
}


# ---- the deadline, as pure logic ----------------------------------------------------------------------------------


def test_the_deadline_counts_from_the_first_start() -> None:
    deadline = first_check_deadline(DAY, 14, None, DAY)
    assert deadline.deadline == dt.date(2026, 12, 15)
    assert (deadline.days_left, deadline.overdue, deadline.near) == (14, False, False)
    week_before = first_check_deadline(DAY, 14, None, dt.date(2026, 12, 8))
    assert (week_before.days_left, week_before.near, week_before.overdue) == (7, True, False)
    late = first_check_deadline(DAY, 14, None, dt.date(2026, 12, 16))
    assert (late.days_left, late.near, late.overdue) == (-1, True, True)
    done = first_check_deadline(DAY, 14, dt.date(2026, 12, 20), dt.date(2026, 12, 30))
    assert (done.near, done.overdue) == (False, False)  # done late is done: no more reminders


def test_a_short_deadline_reminds_from_halfway() -> None:
    assert not first_check_deadline(DAY, 4, None, DAY + dt.timedelta(days=1)).near
    assert first_check_deadline(DAY, 4, None, DAY + dt.timedelta(days=2)).near
    assert first_check_deadline(DAY, 1, None, DAY + dt.timedelta(days=1)).near


def test_the_reminder_comes_at_most_once_a_day() -> None:
    near = first_check_deadline(DAY, 14, None, dt.date(2026, 12, 10))
    assert should_remind(near, {})
    assert not should_remind(near, {"deadline_reminded": "2026-12-10"})
    assert should_remind(near, {"deadline_reminded": "2026-12-09"})
    assert not should_remind(None, {})
    assert not should_remind(first_check_deadline(DAY, 14, None, DAY), {})


def test_an_unreadable_first_start_is_recorded_again() -> None:
    assert first_started({"first_started": "2026-12-01"}) == DAY
    assert first_started({"first_started": "yesterday"}) is None
    assert first_started({"first_started": 20261201}) is None
    assert first_started({}) is None


# ---- the app, with a real managed configuration --------------------------------------------------------------------


@pytest.fixture
def organisation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A managed configuration with onboarding, and a data directory with an unencrypted store (no keyring dialog)."""
    document = {
        "schema_version": 2,
        "organisation": "Acme",
        "onboarding": {"first_check_days": 14, "welcome": WELCOME, "contact": "HR, hr@acme.example"},
    }
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(write(tmp_path, "managed.json", document)))
    directory = tmp_path / "home"
    Store.open(directory, secrets=None, new_mode=KeyMode.PLAINTEXT).close()
    return directory


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(directory: Path, today: dt.date, lang: str = "en") -> MainWindow:
        window = MainWindow(AppContext(directory), lang, today=lambda: today)
        qtbot.addWidget(window)
        window.show()
        window._load()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def dialog_texts(run: Callable[[], None]) -> list[str]:
    """Run `run`, which opens a modal dialog; read every label of the dialog as the person sees it, then accept it."""
    seen: list[str] = []

    def read_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read_and_accept)
            return
        seen.extend(label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog))
        dialog.accept()  # type: ignore[attr-defined]

    QTimer.singleShot(20, read_and_accept)
    run()
    return seen


def test_first_start_shows_the_welcome_and_the_deadline_then_home_and_the_tray_keep_it(
    organisation: Path, open_window: Callable[..., MainWindow]
) -> None:
    from privacycheck.ui.main import _start_tray, first_run

    window = open_window(organisation, DAY)
    seen = dialog_texts(lambda: first_run(window))
    assert WELCOME["en"] in seen  # as written: the "<3" and the line break are text, not markup
    assert "Your organisation asks for your first check by 2026-12-15, in 14 day(s)." in seen
    assert "Questions: HR, hr@acme.example" in seen
    assert "A word from Acme" in seen
    settings = read_settings(organisation)
    assert settings["first_started"] == "2026-12-01" and settings["first_run_done"] is True
    window.refresh()
    assert window.home.deadline.isVisibleTo(window.home)
    assert window.home.deadline.text() == (
        "Your organisation asks for your first check by 2026-12-15, in 14 day(s).\nQuestions: HR, hr@acme.example"
    )
    _start_tray(window)
    reminder = window.deadline_reminder
    window.tray.menu.aboutToShow.emit()
    assert (
        window.tray.menu.actions()[0].text()
        == "Your organisation asks for your first check by 2026-12-15, in 14 day(s)."
    )
    assert reminder.tick() is False  # two weeks left: no reminder yet


def test_the_deadline_nears_reminds_once_a_day_and_goes_once_the_check_is_done(
    organisation: Path, open_window: Callable[..., MainWindow]
) -> None:
    from privacycheck.ui.main import _start_tray

    write_settings(organisation, {"first_run_done": True, "first_started": "2026-12-01", "onboarding_welcomed": True})
    window = open_window(organisation, dt.date(2026, 12, 10))
    assert "in 5 day(s)" in window.home.deadline.text()
    _start_tray(window)
    reminder = window.deadline_reminder
    assert reminder.tick() is True
    assert reminder.tick() is False
    assert read_settings(organisation)["deadline_reminded"] == "2026-12-10"
    window.today = lambda: dt.date(2026, 12, 16)
    window.refresh()
    assert window.home.deadline.text().startswith(
        "Your organisation asked for your first check by 2026-12-15: it is overdue."
    )
    assert reminder.tick() is True
    window.go(1)
    card = next(c for c in window.check.cards.values() if c.isVisibleTo(window.check))
    card.choose(card.item.safest.id)
    window.results.finish.click()
    assert window.context.store is not None and window.context.store.latest_created() is not None
    window.refresh()
    assert not window.home.deadline.isVisibleTo(window.home)
    assert reminder.tick() is False
    window.tray.menu.aboutToShow.emit()
    assert "first check" not in window.tray.menu.actions()[0].text()


def test_the_welcome_comes_once_when_the_organisation_sets_it_after_the_first_start(
    organisation: Path, open_window: Callable[..., MainWindow]
) -> None:
    from privacycheck.ui.main import first_run

    write_settings(organisation, {"first_run_done": True, "language": "fr"})
    window = open_window(organisation, DAY, "fr")
    seen = dialog_texts(lambda: first_run(window))
    assert "Bienvenue chez Acme." in seen
    assert read_settings(organisation)["onboarding_welcomed"] is True
    first_run(window)  # a second start: no dialog (a modal one would block this test)


def test_without_onboarding_there_is_no_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_window: Callable[..., MainWindow]
) -> None:
    from privacycheck.ui.main import first_run

    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(write(tmp_path, "managed.json", {"organisation": "Acme"})))
    directory = tmp_path / "home"
    Store.open(directory, secrets=None, new_mode=KeyMode.PLAINTEXT).close()
    write_settings(directory, {"first_run_done": True})
    window = open_window(directory, DAY)
    first_run(window)
    assert not window.home.deadline.isVisibleTo(window.home)
    assert "first_started" not in read_settings(directory)


# ---- end to end: welcome and deadline, attestations made by the app and the command line, HR's summary ----------


DUE = "2026-01-15"


def org_pack() -> dict[str, Any]:
    return pack("org.acme", [item("org.acme.friend_requests", severity=5), item("org.acme.work_phone")], kind="org")


def attest_from_a_store(
    folder: Path, managed: Path, person: str, created: dt.datetime, complete: bool, out: Path, tmp_path: Path
) -> None:
    """One member of staff: a finished check in their own (real, unencrypted) store, then `privacycheck attest`."""
    from privacycheck.services.catalog import load_installed
    from privacycheck.services.managed import load_managed

    config = load_managed(managed).config
    assert config is not None
    checklist = Checklist(load_installed(None, config.packs).packs)
    everything = {item_id: entry.safest.id for item_id, entry in checklist.items.items()}
    answers = Answers(frozenset({"x"}), everything if complete else {"org.acme.friend_requests": "safe"})
    home = tmp_path / f"home-{person.split()[0].lower()}"
    with Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        save_assessment(store, checklist, answers, created=created)
    result = run("attest", "--out", str(out), "--name", person, "--yes", home=home, managed=managed)
    assert result.returncode == 0, result.stderr


def test_from_the_welcome_to_hrs_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_window: Callable[..., MainWindow]
) -> None:
    from privacycheck.services.attest import organisation_pack_ids
    from privacycheck.ui.documents import AttestationDialog
    from privacycheck.ui.main import first_run

    # IT deploys the configuration with onboarding and the organisation's pack.
    write(tmp_path, "acme.json", org_pack())
    managed = write(
        tmp_path,
        "managed.json",
        {
            "schema_version": 2,
            "organisation": "Acme",
            "packs": ["acme.json"],
            "onboarding": {"first_check_days": 14, "welcome": WELCOME, "contact": "HR, hr@acme.example"},
        },
    )
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(managed))
    folder = tmp_path / "attestations"
    folder.mkdir()

    # Dana starts the app for the first time: the welcome and the deadline; then a check, and the attestation.
    home = tmp_path / "home-dana"
    Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT).close()
    window = open_window(home, DAY)
    seen = dialog_texts(lambda: first_run(window))
    assert WELCOME["en"] in seen and "Your organisation asks for your first check by 2026-12-15, in 14 day(s)." in seen
    window.go(1)
    card = next(c for c in window.check.cards.values() if c.isVisibleTo(window.check))
    card.choose(card.item.safest.id)
    window.results.finish.click()
    record = window.context.store.latest()
    dialog = AttestationDialog(
        record, "Acme", "en", window, organisation_packs=organisation_pack_ids(window.context.packs.packs)
    )
    dialog.name.insert("Dana \u001b[2J")  # a pasted control sequence is refused: it would reach HR's terminal
    assert dialog.name.text() == ""
    dialog.name.insert("  Dana   Ito ")
    assert "Name: Dana Ito" in dialog.preview.toPlainText()
    assert "The organisation's checklists: org.acme 1.0.0" in dialog.preview.toPlainText()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(folder / "dana.pdf"), ""))
    dialog._save()

    # Three more people attest from the command line; two files from Chloe; and files HR cannot read.
    on_time, late = dt.datetime(2026, 1, 10, 15, tzinfo=dt.UTC), dt.datetime(2026, 1, 20, 15, tzinfo=dt.UTC)
    attest_from_a_store(folder, managed, "Ana Lopez", on_time, True, folder / "ana.pdf", tmp_path)
    attest_from_a_store(folder, managed, "Ben Okafor", on_time, False, folder / "ben.json", tmp_path)
    attest_from_a_store(folder, managed, "Chloe Martin", late, True, folder / "chloe.json", tmp_path)
    earlier = json.loads((folder / "chloe.json").read_text("utf-8"))
    (folder / "chloe-draft.json").write_text(
        json.dumps({**earlier, "name": "chloe martin", "complete": False, "assessment_date": "2026-01-05"}), "utf-8"
    )
    (folder / "broken.json").write_text('{"attestation_version": 2, "name": ', "utf-8")
    (folder / "undated.json").write_text(json.dumps({**earlier, "assessment_date": "soon"}), "utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n% a scanned page, no metadata\n%%EOF\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")

    result = run("admin", "attestations", str(folder), "--due", DUE, "--json")
    assert result.returncode == 1  # some files could not be read: said, and the rest is listed
    summary = json.loads(result.stdout)
    assert summary["due"] == DUE
    rows = {row["name"]: row for row in summary["people"]}
    assert list(rows) == ["Ana Lopez", "Ben Okafor", "Chloe Martin", "Dana Ito"]
    acme = [{"id": "org.acme", "version": "1.0.0"}]
    assert rows["Ana Lopez"] == {
        "name": "Ana Lopez",
        "organisation": "Acme",
        "complete": True,
        "check_date": on_time.astimezone().date().isoformat(),
        "issued": dt.date.today().isoformat(),
        "organisation_packs": acme,
        "overdue": False,
        "files": ["ana.pdf"],
    }
    assert (rows["Ben Okafor"]["complete"], rows["Ben Okafor"]["overdue"]) == (False, True)
    chloe = rows["Chloe Martin"]
    assert (chloe["complete"], chloe["overdue"], chloe["files"]) == (True, True, ["chloe-draft.json", "chloe.json"])
    assert chloe["check_date"] == late.astimezone().date().isoformat()  # the latest complete one, finished late
    assert (rows["Dana Ito"]["complete"], rows["Dana Ito"]["organisation_packs"]) == (False, acme)
    malformed = {entry["file"]: entry["reason"] for entry in summary["malformed"]}
    assert set(malformed) == {"broken.json", "undated.json", "scan.pdf", "notes.docx"}
    assert "not valid JSON" in malformed["broken.json"] and "assessment_date" in malformed["undated.json"]
    assert "without a privacycheck attestation" in malformed["scan.pdf"]
    for name in malformed:
        assert f"privacycheck: warning: {folder / name}: " in result.stderr
    # Nothing the files do not hold: no band, no score, no platforms, no answers.
    assert not {"band", "score", "platforms", "answers"} & {key for row in summary["people"] for key in row}

    table = run("admin", "attestations", str(folder), "--due", DUE, "--csv")
    assert table.returncode == 1
    lines = table.stdout.splitlines()
    assert lines[0] == "name,organisation,complete,check_date,issued,organisation_packs,overdue,files"
    assert lines[1].startswith("Ana Lopez,Acme,yes,") and lines[1].endswith(",org.acme 1.0.0,no,ana.pdf")
    assert lines[2].startswith("Ben Okafor,Acme,no,") and ",yes,ben.json" in lines[2]
    assert lines[3].endswith(",yes,chloe-draft.json; chloe.json")
    assert len([line for line in lines if line]) == 5  # a header and four people; malformed files are not rows


@pytest.mark.parametrize(
    ("document", "said"),
    [
        ({"schema_version": 2, "organisaton": "Acme"}, "Your organisation's settings were ignored because of an error"),
        ({"schema_version": 4, "organisation": "Acme", "kiosk": True}, "need a newer version of privacycheck"),
    ],
)
def test_the_app_says_when_the_organisations_file_was_ignored_in_whole_or_in_part(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    open_window: Callable[..., MainWindow],
    document: dict[str, Any],
    said: str,
) -> None:
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(write(tmp_path, "managed.json", document)))
    directory = tmp_path / "home"
    Store.open(directory, secrets=None, new_mode=KeyMode.PLAINTEXT).close()
    write_settings(directory, {"first_run_done": True})
    window = open_window(directory, DAY)
    shown = window.notice.text.text()
    assert said in shown and "Please tell your IT team" in shown
    assert ("organisaton" in shown) if "organisaton" in document else ("$.kiosk: ignored" in shown)
    assert (window.context.organisation == "Acme") is ("kiosk" in document)
