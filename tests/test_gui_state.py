"""The app's numbers can be trusted: one session behind every page, finished checks kept as stored, real new checks,
the essentials first pass, no score before an answer, feedback on the page, the platform on every fix, the tray."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from privacycheck.core.model import UNKNOWN
from privacycheck.services.session import CARRIED, ESSENTIALS, FIXED, FULL
from privacycheck.storage.store import Store
from privacycheck.ui.item_card import ItemCard
from privacycheck.ui.main import Translations
from privacycheck.ui.models import ContributionModel, PlanModel
from privacycheck.ui.pages.results import EXPLAINED
from privacycheck.ui.tray import Tray
from privacycheck.ui.window import CHECK, HISTORY, HOME, RESULTS, SETTINGS, MainWindow

pytestmark = pytest.mark.gui


def cards(window: MainWindow) -> list[ItemCard]:
    return [card for card in window.check.cards.values() if card.isVisibleTo(window.check)]


def answer_section(window: MainWindow, row: int, pick: Callable[[ItemCard], str]) -> None:
    """Answer every visible item of one section of the check, as a person clicking through it would."""
    window.go(CHECK)
    window.check.sections.setCurrentRow(row)
    for _ in range(3):  # follow-ups appear as their parents are answered
        for card in cards(window):
            if card.answer() is None:
                card.choose(pick(card))


def worst(card: ItemCard) -> str:
    return max(card.item.options, key=lambda option: option.exposure).id


def shown_numbers(window: MainWindow) -> dict[str, str]:
    """The score as each page shows it, read from the widgets after navigating to each page."""
    numbers = {}
    window.go(HOME)
    numbers["home"] = window.home.gauge.number()
    window.go(CHECK)
    window.go(RESULTS)
    numbers["results"] = window.results.gauge.number()
    numbers["results line"] = window.results.summary.text().split(" ", 1)[0]
    window.go(HISTORY)
    return numbers


def finished_check(window: MainWindow) -> int:
    answer_section(window, 1, worst)
    window._start(FULL)
    window.go(RESULTS)
    window.results.finish.click()
    record_id = window.context.session.record_id
    assert record_id is not None
    return record_id


# ---- one source of truth ---------------------------------------------------------------------------------------------


def test_every_page_shows_the_same_score_after_answers_platforms_and_language(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    answer_section(window, 1, lambda card: card.item.safest.id)
    window._start(FULL)
    numbers = shown_numbers(window)
    expected = window.context.session.score.score
    assert numbers["home"] == numbers["results"] == f"{expected:.0f}"
    assert numbers["results line"] == f"{expected:.1f}"
    window.go(SETTINGS)
    window.settings.platforms["x"].setChecked(False)  # a change made on another page
    after = window.context.session.score.score
    assert after != expected
    numbers = shown_numbers(window)
    assert numbers["home"] == numbers["results"] == f"{after:.0f}"
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    window.sig_language_changed.connect(lambda lang: (translations.use(lang), window.rebuild(lang)))
    try:
        window.settings.language.setCurrentIndex(1)
        numbers = shown_numbers(window)
        assert numbers["home"] == numbers["results"] == f"{after:.0f}"
    finally:
        translations.use("en")


def test_results_opened_from_the_sidebar_are_current(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(RESULTS)
    window.sidebar.setCurrentRow(CHECK)
    cards(window)[0].choose(UNKNOWN)
    window.sidebar.setCurrentRow(RESULTS)  # as a click in the sidebar
    assert window.stack.currentWidget() is window.results
    assert window.results.gauge.number() == window.home.gauge.number() != "–"


def test_finished_scores_match_in_history_and_home(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    finished_check(window)
    window.go(HISTORY)
    stored = window.history.model.index(0, 1).data()
    assert stored == f"{window.context.session.score.score:.1f}"
    assert window.home.gauge.number() == f"{float(stored):.0f}"


def test_a_new_interval_shows_on_home_at_once(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    finished_check(window)
    assert "every 90 days" in window.home.next_check.text()
    window.go(SETTINGS)
    window.settings.interval.setValue(30)
    assert "every 30 days" in window.home.next_check.text()


# ---- finished checks are records -------------------------------------------------------------------------------------


def test_no_settings_change_alters_a_finished_check(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    first = finished_check(window)
    with Store.open(home, secrets=None) as store:
        before = store.get(first)
    assert before is not None
    window.go(SETTINGS)
    window.settings.platforms["x"].setChecked(False)
    window.settings.interval.setValue(30)
    window.settings.platforms["instagram"].setChecked(False)
    assert "new check started" in window.notice.text.text()
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    window.sig_language_changed.connect(lambda lang: (translations.use(lang), window.rebuild(lang)))
    try:
        window.settings.language.setCurrentIndex(1)  # and back: the language is a setting too
        window.settings.language.setCurrentIndex(0)
    finally:
        translations.use("en")
    session = window.context.session
    assert session.record_id != first and session.status == "draft"
    assert session.answers.platforms == frozenset({"facebook"})
    window.close()
    with Store.open(home, secrets=None) as store:
        after = store.get(first)
        history = store.history()
    assert after is not None
    assert after.summary == before.summary
    assert after.payload["answers"] == before.payload["answers"]
    assert after.payload["platforms"] == before.payload["platforms"]
    assert [s.score for s in history] == [before.summary["score"]]


# ---- a new check -----------------------------------------------------------------------------------------------------


def test_a_new_empty_check_starts_empty(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    first = finished_check(window)
    window.go(HOME)
    assert window.home.other.text() == "Start a new, empty check"
    window.home.other.click()
    session = window.context.session
    assert session.answers.choices == {} and session.record_id != first
    assert window.home.gauge._score is None
    assert "A new, empty check started" in window.notice.text.text()
    assert window.context.store.get(first).status == "complete"  # type: ignore[union-attr]


def test_a_new_check_from_the_last_answers_asks_to_confirm_them(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    finished_check(window)
    last = dict(window.context.session.answers.choices)
    window.go(RESULTS)
    fix = window.results.plan_model.step(0).item
    window.results.plan_model.setData(window.results.plan_model.index(0, PlanModel.DONE), 2, 10)  # tick it
    window.go(HOME)
    assert window.home.start.text() == "Start a new check from my last answers"
    window.home.start.click()
    session = window.context.session
    assert session.status == "draft"
    assert session.carried[fix.id] == FIXED
    assert session.answers.choices[fix.id] == fix.safest.id  # "you said you fixed this"
    others = {k for k, v in last.items() if k != fix.id and v != UNKNOWN}
    assert others and all(session.carried[k] == CARRIED for k in others)
    assert "to confirm" in window.home.status.text()
    window._start(FULL)
    section = next(
        row
        for row in range(window.check.sections.count())
        if fix.id in [item.id for item in window.check._sections[row].items]
    )
    window.check.sections.setCurrentRow(section)
    first_cards = list(window.check.cards)
    carried_here = [k for k in first_cards if k in session.carried]
    assert first_cards[: len(carried_here)] == carried_here  # carried answers come first
    assert fix.id in window.check.confirm_bars
    assert window.check.sections.item(section).text().endswith(f"· {len(carried_here)} to confirm")
    texts = [label.text() for label in window.check.confirm_bars[fix.id].findChildren(type(window.home.status))]
    assert any(text.startswith("You said you fixed this") for text in texts)
    other = next(k for k in carried_here if k != fix.id)
    assert any(
        text.startswith("From your last check")
        for text in [label.text() for label in window.check.confirm_bars[other].findChildren(type(window.home.status))]
    )
    window.check._bar_parts[fix.id][1].click()  # "Confirm this answer"
    assert fix.id not in session.carried
    with Store.open(home, secrets=None) as store:
        draft = store.draft()
        assert draft is not None and fix.id not in draft.payload["carried"]


# ---- the essentials first pass ---------------------------------------------------------------------------------------


def test_a_new_user_starts_with_the_essentials_and_gets_a_provisional_score(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    session = window.context.session
    assert session.route == ESSENTIALS
    window.home.start.click()
    assert window.stack.currentWidget() is window.check and window.check.sections.currentRow() == 0
    essentials = {item.id for item in session.essential_items()}
    assert set(window.check.cards) == essentials and 10 <= len(essentials) <= 20
    half = sorted(essentials)[: len(essentials) // 2]
    for item_id in half:
        window.check.cards[item_id].choose(window.check.cards[item_id].item.safest.id)
    window.close()
    again = open_window(home)  # resumes where it was left
    assert again.home.start.text() == "Resume the essentials"
    again.home.start.click()
    assert again.check.sections.currentRow() == 0
    for card in cards(again):
        if card.answer() is None:
            card.choose(card.item.safest.id)
    shown = again.context.session.shown()
    assert shown.provisional
    assert again.home.score_title.text() == "Provisional score: the essentials only"
    assert shown.value is not None and again.home.gauge.number() == f"{shown.value:.0f}"
    assert again.home.start.text() == "Continue with the full check (about 20 minutes)"
    assert again.home.bars_later.isVisibleTo(again.home) and not again.home.bars.isVisibleTo(again.home)
    again.go(RESULTS)
    assert again.results.kind.text() == "Provisional score: the essentials only"
    assert "essential settings" in again.results.summary.text()
    assert not again.results.finish.isVisibleTo(again.results)  # the essentials are the first part of the check
    assert again.results.full.isVisibleTo(again.results)
    again.results.full.click()  # the full check, where it was left: the first section with something left
    assert again.context.session.route == FULL
    assert again.check.sections.currentRow() >= 1
    assert not again.context.session.shown().provisional
    assert again.home.score_title.text() == "Your exposure score"


# ---- no score before an answer, and the band's meaning ---------------------------------------------------------------


def test_no_score_until_something_is_answered(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    assert window.home.gauge.number() == "–"
    assert not window.home.see_all.isVisibleTo(window.home)
    window.go(RESULTS)
    assert window.results.gauge.number() == "–"
    assert window.results.kind.text() == "No score yet"
    assert window.results.plan_model.rowCount() == 0 and window.results.contribution_model.rowCount() == 0
    assert not window.results.finish.isEnabled()
    window.go(CHECK)
    cards(window)[0].choose(worst(cards(window)[0]))
    window.go(HOME)
    assert window.home.gauge.number() != "–"
    assert window.home.meaning.text().split(":")[0] in ("Low", "Moderate", "High", "Severe")
    window.home.see_all.click()
    assert window.stack.currentWidget() is window.results
    assert window.results.tabs.currentIndex() == EXPLAINED


# ---- feedback on the page --------------------------------------------------------------------------------------------


def test_finishing_says_so_on_the_page(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    finished_check(window)
    assert window.notice.isVisibleTo(window)
    assert window.notice.text.text().startswith("Check finished and saved")


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_link_that_cannot_open_shows_its_address(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    window.go(CHECK)
    cards(window)[0].choose(worst(cards(window)[0]))
    window.go(RESULTS)
    link = window.results._link
    assert link
    window.results.detail_open.click()  # the offscreen platform has no browser to open it
    assert window.notice.isVisibleTo(window)
    assert window.notice.address.text() == link
    window.notice.copy.click()
    assert QApplication.clipboard().text() == link


def test_the_update_button_shows_only_with_an_update_source(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    assert not window.settings.update_button.isVisibleTo(window.settings)


# ---- the platform on every fix ---------------------------------------------------------------------------------------


def test_every_fix_says_its_platform_and_the_plan_filters_by_platform(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    for row in (1, 2):
        answer_section(window, row, worst)
    window._start(FULL)
    window.go(RESULTS)
    model = window.results.plan_model
    names = {model.index(row, PlanModel.PLATFORM).data() for row in range(model.rowCount())}
    assert {"Facebook", "Instagram"} <= names
    contributions = window.results.contribution_model
    assert contributions.index(0, ContributionModel.PLATFORM).data()
    combo = window.results.platform_filter
    combo.setCurrentIndex(combo.findData("instagram"))
    assert model.rowCount() > 0
    assert {model.index(row, PlanModel.PLATFORM).data() for row in range(model.rowCount())} == {"Instagram"}
    assert window.results.detail_platform.text() == "Instagram"
    first = window.context.session.shown().score.plan
    assert window.home.today_platform.text() in {"Facebook", "Instagram", "X (Twitter)", "General"}
    assert first


# ---- the tray keeps the reminders going ------------------------------------------------------------------------------


def test_closing_the_window_keeps_the_app_in_the_tray_said_once(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window(home)
    context = window.context
    said: list[bool] = []
    tray = Tray(
        window,
        window.windowIcon(),
        lambda: None,
        lambda: None,
        lambda _day: None,
        available=lambda: True,
        first_time=context.first_time,
        quit_app=window.quit_app,
    )
    window.tray = tray
    original = tray.kept_running

    def kept_running() -> bool:
        said.append(original())
        return said[-1]

    tray.kept_running = kept_running  # type: ignore[method-assign]
    window.close()
    assert not window.isVisible() and context.store is not None  # still running, the store still open
    window.show()
    window.close()
    assert said == [True, False]  # said once
    assert json.loads((home / "settings.json").read_text())["tray_hint_shown"] is True
    assert any(action.text() == "Quit privacycheck" for action in tray.menu.actions())
    window.quitting = True
    window.close()
    assert context.store is None


def test_export_and_delete_say_so_on_the_page(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_window: Callable[..., MainWindow]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(home)
    finished_check(window)
    target = tmp_path / "export.json"
    # The file chooser and the confirmation are what the test answers for the user.
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    window.settings.sig_export.emit()
    assert target.exists()
    assert window.notice.isVisibleTo(window) and str(target) in window.notice.text.text()
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.settings.sig_delete.emit()
    assert window.notice.isVisibleTo(window)
    assert window.notice.text.text().startswith("Everything was deleted")
    assert window.home.gauge.number() == "–"


def test_ticking_a_fix_keeps_the_row_in_hand(home: Path, open_window: Callable[..., MainWindow]) -> None:
    window = open_window(home)
    answer_section(window, 1, worst)
    window._start(FULL)
    window.go(RESULTS)
    model = window.results.plan_model
    window.results.plan.selectRow(3)
    item = model.step(3).item
    assert model.setData(model.index(3, PlanModel.DONE), 2, 10)  # Qt.Checked, Qt.CheckStateRole
    assert window.results.plan.selectionModel().selectedRows()[0].row() == 3
    assert model.step(3).item == item
    assert item.id in window.context.session.done
    assert window.home.gauge.number() == window.results.gauge.number()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_checklist_link_that_cannot_open_shows_its_address(
    home: Path, open_window: Callable[..., MainWindow]
) -> None:
    from PySide6.QtWidgets import QPushButton

    window = open_window(home)
    window.go(CHECK)
    card = cards(window)[0]
    help_page = next(button for button in card.findChildren(QPushButton) if button.text() == "Help page")
    help_page.click()  # no browser on the offscreen platform
    assert window.notice.isVisibleTo(window)
    assert window.notice.address.text() == card.item.source
