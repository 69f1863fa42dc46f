"""The protection flow in the app (security review, app review): Escape sets nothing up, a wrong passphrase says so,
failed tries lock the data (retry or quit, never a blank start), the passphrase can be changed, Delete defaults to
No."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from privacycheck.storage.paths import DATABASE_NAME
from privacycheck.storage.settings import write_settings
from privacycheck.storage.store import KeyMode, NeedsKeyChoice, Store, WrongPassphrase
from privacycheck.ui.context import AppContext
from privacycheck.ui.dialogs import ProtectionDialog
from privacycheck.ui.protection import NewPassphraseDialog, PassphrasePrompt, change
from privacycheck.ui.window import MainWindow

PHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(tmp_path / "none.json"))


@pytest.fixture
def passphrase_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    Store.open(home, secrets=None, passphrase=lambda: PHRASE, new_mode=KeyMode.PASSPHRASE).close()
    write_settings(home, {"first_run_done": True})
    return home


def drive(steps: list[Callable[[object], bool]]) -> list[str]:
    """Answer each modal dialog in turn with the next step (a step returns True once it has dealt with one)."""
    seen: list[str] = []

    def tick() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and steps:
            seen.append(type(dialog).__name__)
            if steps[0](dialog):
                steps.pop(0)
        if steps:
            QTimer.singleShot(20, tick)

    QTimer.singleShot(20, tick)
    return seen


def open_window(qtbot: QtBot, home: Path) -> MainWindow:
    window = MainWindow(AppContext(home), "en")
    qtbot.addWidget(window)
    window.show()
    window._load()
    return window


def type_passphrase(text: str, problems: list[str]) -> Callable[[object], bool]:
    def step(dialog: object) -> bool:
        assert isinstance(dialog, PassphrasePrompt)
        problems.append(dialog.problem.text())
        dialog.field.setText(text)
        dialog.accept()
        return True

    return step


def test_escape_on_the_protection_dialog_sets_nothing_up(qtbot: QtBot, tmp_path: Path) -> None:
    home = tmp_path / "fresh"

    def escape(dialog: object) -> bool:
        assert isinstance(dialog, ProtectionDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return True

    drive([escape])
    window = open_window(qtbot, home)
    assert window.context.store is None and window.loaded
    assert not (home / DATABASE_NAME).exists()
    assert "Nothing is stored" in window.settings.protection.text()
    with pytest.raises(NeedsKeyChoice):  # the question comes back next time: nothing was chosen
        Store.open(home, secrets=None, passphrase=lambda: "")


def test_a_wrong_passphrase_says_so_and_failed_tries_lock_the_data(qtbot: QtBot, passphrase_home: Path) -> None:
    problems: list[str] = []

    def quit_when_locked(dialog: object) -> bool:
        assert isinstance(dialog, QMessageBox) and dialog.windowTitle() == "Your data is locked"
        assert dialog.defaultButton().text() == "Try again"
        next(b for b in dialog.buttons() if b.text() == "Quit").click()
        return True

    drive([type_passphrase("wrong one", problems) for _ in range(3)] + [quit_when_locked])
    window = MainWindow(AppContext(passphrase_home), "en")
    qtbot.addWidget(window)
    window.show()
    window._load()
    assert problems[0] == "" and "does not open your data" in problems[1] and "3 of 3" in problems[2]
    assert window.context.store is None and not window.loaded  # never a blank start with Delete everything
    assert (passphrase_home / DATABASE_NAME).exists()


def test_after_the_lock_try_again_opens_with_the_right_passphrase(qtbot: QtBot, passphrase_home: Path) -> None:
    problems: list[str] = []

    def cancel(dialog: object) -> bool:
        assert isinstance(dialog, PassphrasePrompt)
        dialog.reject()
        return True

    def retry(dialog: object) -> bool:
        assert isinstance(dialog, QMessageBox)
        dialog.defaultButton().click()
        return True

    drive([cancel, retry, type_passphrase(PHRASE, problems)])
    window = open_window(qtbot, passphrase_home)
    assert window.context.store is not None and window.context.store.mode is KeyMode.PASSPHRASE
    assert window.settings.protect.passphrase.text() == "Change passphrase…"


def test_the_passphrase_is_changed_from_settings(qtbot: QtBot, passphrase_home: Path) -> None:
    drive([type_passphrase(PHRASE, [])])
    window = open_window(qtbot, passphrase_home)

    def new(dialog: object) -> bool:
        assert isinstance(dialog, NewPassphraseDialog)
        dialog.fields.first.setText("short")
        dialog.fields.second.setText("short")
        dialog._accept()
        assert dialog.isVisible() and "at least 8" in dialog.fields.problem.text()
        dialog.fields.first.setText("a brand new passphrase")
        dialog.fields.second.setText("a brand new passphrase")
        dialog._accept()
        return True

    drive([new])
    change(window, "passphrase")
    window.context.store.close()  # type: ignore[union-attr]
    window.context.store = None
    with pytest.raises(WrongPassphrase):
        Store.open(passphrase_home, secrets=None, passphrase=lambda: PHRASE)
    Store.open(passphrase_home, secrets=None, passphrase=lambda: "a brand new passphrase").close()


def test_delete_everything_defaults_to_no(qtbot: QtBot, tmp_path: Path) -> None:
    home = tmp_path / "plain"
    Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT).close()
    write_settings(home, {"first_run_done": True})
    window = open_window(qtbot, home)
    defaults: list[str] = []

    def enter(dialog: object) -> bool:
        assert isinstance(dialog, QMessageBox)
        defaults.append(dialog.defaultButton().text().replace("&", ""))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        return True

    drive([enter])
    window.commands.delete()
    assert defaults == ["No"]
    assert (home / DATABASE_NAME).exists() and window.context.store is not None


def test_f1_the_app_refuses_a_folder_holding_other_files_and_writes_nothing_there(qtbot: QtBot, tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "cv.docx").write_text("keep")
    said: list[str] = []

    def read_and_close(dialog: object) -> bool:
        assert isinstance(dialog, QMessageBox)
        said.append(dialog.text())
        dialog.accept()
        return True

    drive([read_and_close])
    window = MainWindow(AppContext(documents), "en")
    qtbot.addWidget(window)
    window.show()
    window._load()
    assert "did not make" in said[0] and not window.loaded
    assert [p.name for p in documents.iterdir()] == ["cv.docx"]


def test_f9_the_app_says_which_stored_checks_it_left_out(qtbot: QtBot, tmp_path: Path) -> None:
    import datetime as dt
    import sqlite3

    from privacycheck.storage.rows import Record

    home = tmp_path / "plain"
    when = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        for score in (10.0, 20.0):
            store.save(Record(None, when, when, "complete", {"answers": {}}, {"score": score, "band": "low"}))
    write_settings(home, {"first_run_done": True})
    connection = sqlite3.connect(home / DATABASE_NAME)
    connection.execute("UPDATE assessments SET summary = x'00' WHERE id = 2")  # damaged
    connection.commit()
    connection.close()
    window = open_window(qtbot, home)
    assert "left out of History (2)" in window.notice.text.text()
    assert [summary.id for summary in window.context.store.history()] == [1]  # type: ignore[union-attr]


def test_the_protection_dialog_speaks_the_users_language_from_the_first_word(qtbot: QtBot, tmp_path: Path) -> None:
    """App review (img/01, img/74): under a French locale the first dialog opened with an English paragraph, the
    keyring layer's own message."""
    from privacycheck.ui.main import Translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.use("fr")
    shown: list[str] = []

    def read_and_escape(dialog: object) -> bool:
        assert isinstance(dialog, ProtectionDialog)
        shown.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return True

    try:
        drive([read_and_escape])
        window = MainWindow(AppContext(tmp_path / "fresh"), "fr")
        qtbot.addWidget(window)
        window.show()
        window._load()
    finally:
        translations.use("en")
    first = shown[0]
    assert "trousseau" in first, first  # the French word for the system keyring
    assert not any(word in first for word in ("keyring", "passphrase", "Choose", "No ")), first
