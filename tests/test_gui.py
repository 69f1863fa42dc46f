"""The desktop app driven through its real widgets, offscreen: answer, watch the score, fix, switch language, resume."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QRadioButton
from pytestqt.qtbot import QtBot

from privacycheck.core.model import UNKNOWN
from privacycheck.storage.paths import DATABASE_NAME
from privacycheck.storage.settings import write_settings
from privacycheck.storage.store import Store
from privacycheck.ui.context import AppContext
from privacycheck.ui.dialogs import ProtectionDialog
from privacycheck.ui.item_card import ItemCard
from privacycheck.ui.main import Translations
from privacycheck.ui.models import ContributionModel, HistoryModel, PlanModel
from privacycheck.ui.tray import Tray
from privacycheck.ui.window import CHECK, GUIDE, HISTORY, HOME, RESULTS, SETTINGS, MainWindow
from tests.factory import item, pack, write

pytestmark = pytest.mark.gui


def visible_cards(window: MainWindow) -> list[ItemCard]:
    return [card for card in window.check.cards.values() if card.isVisibleTo(window.check)]


def test_the_window_opens_on_home_with_every_page(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    assert window.sidebar.count() == 6
    assert [window.sidebar.item(i).text() for i in range(6)] == [
        "Home",
        "Check",
        "Results",
        "History",
        "When a client finds you",
        "Settings",
    ]
    assert window.stack.currentWidget() is window.home
    assert window.home.start.text() == "Start with the essentials (10 minutes)"
    assert window.home.gauge._score is None


def test_answering_moves_the_score_on_home(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(CHECK)
    card = visible_cards(window)[0]
    worst = max(card.item.options, key=lambda o: o.exposure)
    card.choose(worst.id)
    high = window.context.session.score.score
    safest = card.item.safest
    card.choose(safest.id)
    low = window.context.session.score.score
    assert low < high
    assert window.home.gauge._score == pytest.approx(window.context.session.shown().value)
    assert "1 of" in window.home.status.text()


def test_every_answer_is_autosaved_and_resumed_after_closing(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    window.go(CHECK)
    cards = visible_cards(window)[:3]
    chosen = {card.item.id: card.item.options[1].id for card in cards}
    for card in cards:
        card.choose(chosen[card.item.id])
    window.close()
    again = open_window(home)
    assert again.context.session is not None
    assert {k: again.context.session.answers.choices[k] for k in chosen} == chosen
    again.go(CHECK)
    for card in visible_cards(again)[:3]:
        assert card.answer() == chosen[card.item.id]
    assert again.home.start.text() == "Resume the essentials"


def test_i_dont_know_counts_as_unknown(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(CHECK)
    card = visible_cards(window)[0]
    card.choose(UNKNOWN)
    session = window.context.session
    assert session.answers.choices[card.item.id] == UNKNOWN
    assert card.item.id in session.score.unknown
    assert card.answer() == UNKNOWN


def test_follow_up_questions_appear_and_disappear(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(CHECK)
    for row in range(window.check.sections.count()):
        window.check.sections.setCurrentRow(row)
        followers = [c for c in window.check.cards.values() if c.item.when is not None]
        if followers:
            break
    follow_up = followers[0]
    assert follow_up.item.when is not None
    parent = window.check.cards[follow_up.item.when.item]
    parent.choose(parent.item.safest.id)
    assert not follow_up.isVisibleTo(window.check)
    trigger = next(o for o in parent.item.options if o.id in follow_up.item.when.options)
    parent.choose(trigger.id)
    assert follow_up.isVisibleTo(window.check)


def test_section_progress_follows_the_answers(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(CHECK)
    label = window.check.sections.item(0).text()
    total = int(label.rsplit("/", 1)[1])
    assert label.endswith(f"— 0/{total}")
    visible_cards(window)[0].choose(UNKNOWN)
    assert window.check.sections.item(0).text().endswith(f"— 1/{total}")
    assert window.check.progress.value() == 1


def test_keyboard_alone_answers_an_item(home: Path, open_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = open_window(home)
    window.go(CHECK)
    card = visible_cards(window)[0]
    first = card.group.button(0)
    assert isinstance(first, QRadioButton)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.check.scroller.ensureWidgetVisible(first)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert window.context.session.answers.choices[card.item.id] == card.item.options[0].id
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert window.context.session.answers.choices[card.item.id] == card.item.options[1].id


def test_next_and_previous_sections(home: Path, open_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    window = open_window(home)
    window.go(CHECK)
    assert not window.check.previous.isEnabled()
    first_heading = window.check.heading.text()
    qtbot.mouseClick(window.check.next, Qt.MouseButton.LeftButton)
    assert window.check.sections.currentRow() == 1
    assert window.check.heading.text() != first_heading
    qtbot.mouseClick(window.check.previous, Qt.MouseButton.LeftButton)
    assert window.check.heading.text() == first_heading


def test_results_rank_fixes_and_explain_every_point(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(CHECK)
    visible_cards(window)[0].choose(UNKNOWN)
    window._start("full")  # the full score: every item in the plan
    window.go(RESULTS)
    model = window.results.plan_model
    assert model.rowCount() > 10
    assert [model.step(row) for row in range(model.rowCount())] == list(window.context.session.score.plan)
    quick = window.results.quick_model
    ratios = [quick.step(row).saves_per_minute for row in range(quick.rowCount())]
    assert ratios == sorted(ratios, reverse=True)
    contributions = window.results.contribution_model
    total = sum(float(contributions.index(r, ContributionModel.POINTS).data()) for r in range(contributions.rowCount()))
    assert total == pytest.approx(window.context.session.score.score, abs=0.05 * contributions.rowCount())
    assert window.results.detail_title.text() == model.index(0, PlanModel.FIX).data()


def test_ticking_a_fix_rescores_what_if_and_is_recorded(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(CHECK)
    visible_cards(window)[0].choose(UNKNOWN)
    window._start("full")
    window.go(RESULTS)
    model = window.results.plan_model
    before = window.context.session.score.score
    first = model.step(0)
    assert model.setData(model.index(0, PlanModel.DONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    session = window.context.session
    assert session.done == {first.item.id}
    assert session.what_if()[0] == pytest.approx(before - first.saves)
    assert window.results.gauge._what_if == pytest.approx(before - first.saves)
    assert window.results.gauge.number() == f"{before:.0f}"  # the score itself; the arc shows the what-if
    assert window.results.what_if.text().startswith("With the fix you ticked: ")
    with Store.open(home, secrets=None) as store:
        draft = store.draft()
        assert draft is not None and draft.payload["done"] == [first.item.id]


def test_finishing_a_check_adds_it_to_the_history(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(CHECK)
    visible_cards(window)[0].choose(UNKNOWN)
    window.go(RESULTS)
    assert not window.results.finish.isVisibleTo(window.results)  # the essentials: the first part of the check
    window.results.full.click()
    window.go(RESULTS)
    assert window.results.finish.isVisibleTo(window.results)
    window.results.finish.click()
    assert not window.results.finish.isVisibleTo(window.results)
    assert window.history.model.rowCount() == 1
    assert window.home.status.text().startswith("Finished check of")
    assert "Next re-check" in window.home.next_check.text()


def test_history_compares_two_checks(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(CHECK)
    card = visible_cards(window)[0]
    card.choose(max(card.item.options, key=lambda o: o.exposure).id)
    window.results.finish.click()
    window.close()
    again = open_window(home)
    again.go(CHECK)
    assert again.context.session.answers.choices[card.item.id]  # a new check starts from the last answers
    again.check.cards[card.item.id].choose(card.item.safest.id)
    again.results.finish.click()
    again.go(HISTORY)
    assert again.history.model.rowCount() == 2
    again.history.table.selectAll()
    assert again.history.compare.isEnabled()
    again.history.compare.click()
    text = again.history.comparison.toPlainText()
    assert card.item.title.get("en") in text
    assert "Answers that changed:" in text


def test_plan_contribution_and_history_models_pass_the_model_tester(
    home: Path, open_window: Callable[..., MainWindow], qtmodeltester: object
) -> None:
    window = open_window(home)
    window.results.finish.click()
    for model in (window.results.plan_model, window.results.contribution_model, window.history.model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert isinstance(window.history.model, HistoryModel)


def test_switching_to_french_retranslates_the_app_and_the_content(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    window.sig_language_changed.connect(lambda lang: (translations.use(lang), window.rebuild(lang)))
    try:
        window.go(SETTINGS)
        window.settings.language.setCurrentIndex(1)
        assert window.lang == "fr"
        assert window.sidebar.item(HOME).text() == "Accueil"
        window.go(CHECK)
        card = visible_cards(window)[0]
        assert card.accessibleName() == card.item.title.get("fr")
        assert card.item.title.get("fr") != card.item.title.get("en")
    finally:
        translations.use("en")


def test_pack_text_is_never_interpreted_as_html(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch, open_window: Callable[..., MainWindow]
) -> None:
    markup = "<b>Bold</b> & <a href='https://example.org'>link</a>"
    org = pack(
        "org.test",
        [item("org.test.markup", title={"en": markup}, prompt={"en": "<i>Prompt</i>"})],
        kind="org",
        title={"en": "<h1>Org</h1>"},
    )
    write(tmp_path, "org.json", org)
    write(tmp_path, "managed.json", {"organisation": "<b>Agency</b>", "packs": ["org.json"]})
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(tmp_path / "managed.json"))
    window = open_window(home)
    window.go(CHECK)
    window.check.sections.setCurrentRow(window.check.sections.count() - 1)
    card = window.check.cards["org.test.markup"]
    labels = {label.text(): label for label in card.findChildren(QLabel)}
    assert markup in labels
    assert labels[markup].textFormat() == Qt.TextFormat.PlainText
    for page in (window.home, window.check, window.results, window.guide):  # every page that shows pack text
        for label in page.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert any("<b>Agency</b>" in label.text() for label in window.home.findChildren(QLabel))


def test_unchecking_a_platform_removes_its_section_and_its_score(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    sections = window.check.sections.count()
    assert "x" in window.context.session.score.by_platform
    window.go(SETTINGS)
    window.settings.platforms["x"].setChecked(False)
    assert window.check.sections.count() == sections - 1
    assert "x" not in window.context.session.score.by_platform
    assert json.loads((home / "settings.json").read_text())["platforms"] == ["facebook", "instagram"]


def test_the_guide_is_there_without_running_a_check(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(GUIDE)
    texts = [label.text() for label in window.guide.findChildren(QLabel)]
    assert "When a client finds you" in texts
    assert window.context.session.answers.choices == {}


def test_one_thing_today_is_the_best_fix(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(CHECK)
    visible_cards(window)[0].choose(UNKNOWN)
    first = window.context.session.shown().quick[0].item
    expected = (first.remediation.title or first.title).get("en") if first.remediation else first.title.get("en")
    assert window.home.today_title.text() == expected


def test_the_storage_status_is_stated_in_plain_words(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    assert "WITHOUT encryption" in window.settings.protection.text()
    assert str(home) in window.settings.protection.text()


def test_the_passphrase_dialog_refuses_short_or_mismatched_passphrases(qtbot: QtBot) -> None:
    dialog = ProtectionDialog("No secure system keyring is available.")
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog._accept()
    assert dialog.problem.text() == "Use at least 8 characters."
    dialog.first.setText("a long passphrase")
    dialog.second.setText("another passphrase")
    dialog._accept()
    assert dialog.problem.text() == "The two passphrases differ."
    dialog.second.setText("a long passphrase")
    dialog._accept()
    assert dialog.result() == ProtectionDialog.DialogCode.Accepted.value
    assert dialog.passphrase() == "a long passphrase"


def test_a_damaged_database_is_reported_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_window: Callable[..., MainWindow]
) -> None:
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(tmp_path / "none.json"))
    directory = tmp_path / "damaged"
    directory.mkdir()
    (directory / DATABASE_NAME).write_bytes(b"not a database" * 100)
    write_settings(directory, {"first_run_done": True})
    seen: list[str] = []

    def answer_dialogs() -> None:
        """Click through as a user would: move the damaged file aside, then (no keyring here) store nothing."""
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
            dialog.buttons()[0].click()  # "Move it aside and start afresh"
        elif isinstance(dialog, ProtectionDialog):
            seen.append("protection")
            dialog.choice.button(ProtectionDialog.NOTHING).setChecked(True)
            dialog._accept()
            return
        QTimer.singleShot(20, answer_dialogs)

    QTimer.singleShot(20, answer_dialogs)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")  # no keyring: a stated case
    window = open_window(directory)
    assert "is not a privacycheck database, or it is damaged" in seen[0]
    assert seen[1:] == ["protection"]
    kept = [p for p in directory.iterdir() if p.name.startswith(f"{DATABASE_NAME}.unreadable-")]
    assert len(kept) == 1 and kept[0].read_bytes() == b"not a database" * 100
    assert window.context.store is None
    assert "Nothing is stored" in window.settings.protection.text()


def test_the_tray_notifies_once_a_day_when_a_check_is_due(
    qtbot: QtBot, home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    notified: list[str] = []
    today = dt.date(2026, 11, 21)
    tray = Tray(
        window,
        window.windowIcon(),
        lambda: dt.date(2026, 11, 1),
        lambda: notified[-1] if notified else None,
        notified.append,
        today=lambda: today,
    )
    assert tray.tick() is True
    assert tray.tick() is False
    assert notified == ["2026-11-21"]
    assert tray.due_text() == "A re-check is due"
    assert tray.timer.interval() == 30 * 60 * 1000  # a short tick, never a timer armed for the due date
    later = Tray(
        window, window.windowIcon(), lambda: dt.date(2027, 2, 1), lambda: None, notified.append, today=lambda: today
    )
    assert later.tick() is False
    assert later.due_text() == "Next re-check: 2027-02-01"


def test_the_report_is_saved_from_the_results(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    window.go(CHECK)
    visible_cards(window)[0].choose(UNKNOWN)
    window.results.finish.click()
    target = tmp_path / "report.html"
    # The file chooser is the one thing the test answers for the user: where to save.
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.results.sig_report.emit(False)
    page = target.read_text(encoding="utf-8")
    assert f"{window.context.session.score.score:.1f}" in page
    assert target.stat().st_mode & 0o077 == 0
    summary = tmp_path / "summary.json"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(summary), ""))
    window.results.sig_report.emit(True)
    document = json.loads(summary.read_text(encoding="utf-8"))
    assert document["kind"] == "summary"
    assert visible_cards(window)[0].item.id not in summary.read_text(encoding="utf-8")


def test_the_attestation_is_previewed_then_saved_without_answers(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_window: Callable[..., MainWindow]
) -> None:
    from privacycheck.ui.documents import AttestationDialog

    window = open_window(home)
    window.go(CHECK)
    card = visible_cards(window)[0]
    card.choose(card.item.options[-1].id)
    window.results.finish.click()
    record = window.context.store.latest()
    dialog = AttestationDialog(record, "Agency", "en", window)
    assert "Agency" in dialog.preview.toPlainText()
    assert "band" not in dialog.content
    dialog.include_band.setChecked(True)
    assert dialog.content["band"] == window.context.session.score.band
    target = tmp_path / "attestation.json"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog._save()
    written = target.read_text(encoding="utf-8")
    assert json.loads(written)["band"] == dialog.content["band"]
    for secret in (card.item.id, card.item.options[-1].id, f"{window.context.session.score.score:.1f}"):
        assert secret not in written


def test_packs_load_off_the_gui_thread_with_a_progress_bar(home: Path, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QProgressBar

    window = MainWindow(AppContext(home), "en")
    qtbot.addWidget(window)
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.findChild(QProgressBar, "busy") is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.loaded, timeout=20000)
    qtbot.waitUntil(lambda: window.findChild(QProgressBar, "busy") is None, timeout=5000)
    assert window.sidebar.count() == 6
    window.close()


@contextlib.contextmanager
def window_with_updates(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, **config: Any
) -> Iterator[tuple[MainWindow, Any]]:
    """A loaded window whose organisation publishes a signed "demo" pack on a real server on 127.0.0.1."""
    from privacycheck.services import signing
    from tests.test_updates import Publisher, Server, demo

    with Server() as server:
        publisher = Publisher(server, tmp_path / "publisher", signing.generate(tmp_path / "publisher"))
        publisher.publish(demo())
        keys = {"update_url": publisher.index_url, "update_public_key": publisher.public_key, **config}
        monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(write(tmp_path, "managed.json", keys)))
        window = MainWindow(AppContext(home), "en")
        qtbot.addWidget(window)
        window.show()
        window._load()
        assert "demo" not in pack_ids(window)
        yield window, server
        window.close()


def pack_ids(window: MainWindow) -> set[str]:
    assert window.context.checklist is not None
    return {pack.id for pack in window.context.checklist.packs}


def test_check_for_updates_installs_signed_packs_off_the_gui_thread(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    with window_with_updates(tmp_path, home, monkeypatch, qtbot, organisation="Agency") as (window, _):
        window.go(SETTINGS)
        window.settings.update_button.click()
        qtbot.waitUntil(lambda: "demo" in pack_ids(window), timeout=20000)
        assert "Installed 1 pack(s)" in window.notice.text.text()
        assert window.notice.isVisibleTo(window)


def test_the_organisations_scheduled_update_check_runs_on_the_tick_when_due(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    with window_with_updates(tmp_path, home, monkeypatch, qtbot, update_check_days=7) as (window, server):
        window.scheduled_update_check()
        qtbot.waitUntil(lambda: "demo" in pack_ids(window), timeout=20000)
        requests_made = len(server.paths_seen())
        window.scheduled_update_check()  # checked moments ago: not due for another 7 days
        qtbot.wait(200)
        assert len(server.paths_seen()) == requests_made


def test_a_shorter_re_check_interval_is_shared_with_the_command_line(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    window.go(SETTINGS)
    assert window.settings.interval.maximum() == 90
    window.settings.interval.setValue(30)
    assert window.context.recheck_interval_days == 30
    window.close()
    from privacycheck.core.recheck import PREF_KEY

    with Store.open(home, secrets=None) as store:
        assert store.pref(PREF_KEY) == "30"


@pytest.fixture
def toronto(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time five hours behind UTC in March, so that a check made late in the evening falls on another UTC day."""
    import time

    monkeypatch.setenv("TZ", "America/Toronto")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_home_the_tray_and_the_command_line_agree_on_the_next_recheck(
    home: Path, toronto: None, open_window: Callable[..., MainWindow]
) -> None:
    from privacycheck.core.answers import Answers
    from privacycheck.core.recheck import PREF_KEY
    from privacycheck.core.scoring import Checklist
    from privacycheck.services.assessments import save_assessment
    from privacycheck.services.catalog import load_installed
    from privacycheck.ui.main import _start_tray
    from tests.clirun import run

    evening = dt.datetime(2026, 3, 1, 2, 0, tzinfo=dt.UTC)  # 21:00 on 28 February in Toronto
    with Store.open(home, secrets=None) as store:
        save_assessment(store, Checklist(load_installed().packs), Answers(frozenset({"x"}), {}), created=evening)
        store.set_pref(PREF_KEY, "30")
    window = open_window(home)
    window.today = lambda: dt.date(2026, 3, 10)
    window.refresh()
    assert window.home.next_check.text() == "Next re-check: March 30, 2026 (every 30 days)."  # 28 Feb + 30 days
    _start_tray(window)
    assert window.tray.due_text() == "Next re-check: 2026-03-30"
    assert window.context.recheck_status(dt.date(2026, 3, 10)).next == dt.date(2026, 3, 30)
    due = json.loads(run("due", "--json", home=home, env={"TZ": "America/Toronto"}).stdout)
    assert due["next"] == "2026-03-30" and due["last"] == "2026-02-28"


def test_results_show_only_the_platforms_in_use(home: Path, open_window: Callable[..., MainWindow]) -> None:
    write_settings(home, {"first_run_done": True, "platforms": ["facebook"]})
    window = open_window(home)
    window.go(CHECK)
    visible_cards(window)[0].choose(UNKNOWN)
    window._start("full")  # the sub-scores come with the full check
    window.go(RESULTS)
    shown = {
        key for key, (name, _bar, _value) in window.results.platforms._bars.items() if name.isVisibleTo(window.results)
    }
    assert shown == {"facebook", "general"}
