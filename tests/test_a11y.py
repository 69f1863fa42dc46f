"""Keyboard and screen readers: every focusable control has a name, radio groups carry their question, secondary
text is not drawn disabled, tables are one Tab stop, the menus and F1 work, and History compares in colour."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMenu, QProgressBar, QTableView
from pytestqt.qtbot import QtBot

from privacycheck.ui.a11y import contrast
from privacycheck.ui.context import AppContext
from privacycheck.ui.item_card import ItemCard
from privacycheck.ui.keyboard import HelpDialog
from privacycheck.ui.main import Translations
from privacycheck.ui.window import CHECK, GUIDE, HISTORY, HOME, RESULTS, SETTINGS, MainWindow
from tests.ui_walk import settle, two_checks, unnamed

pytestmark = pytest.mark.gui
PAGES = {"home": HOME, "check": CHECK, "results": RESULTS, "history": HISTORY, "guide": GUIDE, "settings": SETTINGS}


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(tmp_path / "no-managed-config.json"))
    return two_checks(tmp_path / "home")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.use("en")


def window_over(data: Path, qtbot: QtBot, lang: str = "en") -> MainWindow:
    window = MainWindow(AppContext(data), lang)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window._load()
    return window


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_focusable_control_has_a_name(lang: str, data: Path, qtbot: QtBot, translations: Translations) -> None:
    translations.use(lang)
    window = window_over(data, qtbot, lang)
    problems = []
    for name, page in PAGES.items():
        window.go(page)
        settle()
        problems += [f"{name}: {problem}" for problem in unnamed(window)]
    assert not problems, "\n".join(problems)


def test_radio_buttons_carry_their_question_and_why(data: Path, qtbot: QtBot) -> None:
    window = window_over(data, qtbot)
    window.go(CHECK)
    card = next(iter(window.check.cards.values()))
    button = card.group.button(0)
    assert button is not None
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface.text(QAccessible.Text.Name) == card.item.options[0].label.get("en")
    assert interface.text(QAccessible.Text.Description) == card.item.prompt.get("en")
    group = button.parentWidget()
    assert group is not None and group.accessibleName() == card.item.prompt.get("en")
    assert group.accessibleDescription() == card.item.why.get("en")


def test_severity_and_dates_are_read_as_normal_text(data: Path, qtbot: QtBot) -> None:
    window = window_over(data, qtbot)
    window.go(CHECK)
    for card in window.check.cards.values():
        for label in card.findChildren(QLabel):
            assert label.isEnabled(), label.text()
            state = QAccessible.queryAccessibleInterface(label).state()
            assert not state.disabled, label.text()
    card = next(iter(window.check.cards.values()))
    assert isinstance(card, ItemCard)
    verified = card.findChild(QLabel, "verified")
    assert verified is not None and "2026" in verified.text()
    palette = verified.palette()
    assert contrast(palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)) >= 4.5


def test_the_gauge_and_bars_announce_their_values(data: Path, qtbot: QtBot) -> None:
    window = window_over(data, qtbot)
    window.go(RESULTS)
    score = window.context.session.score.score
    gauge = QAccessible.queryAccessibleInterface(window.results.gauge)
    assert f"{score:.1f}" in gauge.text(QAccessible.Text.Description)
    bars = [bar for bar in window.results.dimensions.findChildren(QProgressBar) if bar.isVisible()]
    assert bars
    for bar in bars:
        described = QAccessible.queryAccessibleInterface(bar).text(QAccessible.Text.Description)
        assert described == "–" or float(described) == pytest.approx(bar.value() / 10, abs=0.5)


def test_a_table_is_one_tab_stop(data: Path, qtbot: QtBot) -> None:
    window = window_over(data, qtbot)
    window.go(RESULTS)
    tables = window.results.findChildren(QTableView) + window.history.findChildren(QTableView)
    assert tables
    for table in tables:
        assert not table.tabKeyNavigation(), table.accessibleName()


def test_a_page_shortcut_and_f1(data: Path, qtbot: QtBot) -> None:
    window = window_over(data, qtbot)
    menus = window.menuBar().findChildren(QMenu)
    actions = {action.shortcut().toString(): action for menu in menus for action in menu.actions()}
    actions["Ctrl+4"].trigger()
    assert window.stack.currentWidget() is window.history
    shown: list[HelpDialog] = []

    def close_help() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HelpDialog)
        shown.append(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, close_help)
    actions["F1"].trigger()
    assert shown and not shown[0].isVisible()


def test_history_chooses_two_checks_with_a_click_each_and_colours_the_change(data: Path, qtbot: QtBot) -> None:
    window = window_over(data, qtbot)
    window.go(HISTORY)
    history = window.history
    table = history.table
    for row in (0, 1):
        rect = table.visualRect(history.model.index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert history.chosen_rows() == [0, 1]
    assert history.compare.isEnabled()
    history.compare.click()
    text = history.comparison.toPlainText()
    assert "better (a lower score is better)" in text
    assert "Facebook — " in text or "Instagram — " in text
    document = history.comparison.document()
    colours = set()
    block = document.begin()
    while block.isValid():
        for fragment_iterator in [block.begin()]:
            it = fragment_iterator
            while not it.atEnd():
                colours.add(it.fragment().charFormat().foreground().color().name())
                it += 1
        block = block.next()
    assert "#1b5e20" in colours  # the score went down: better, in green


def test_compare_with_the_previous_check(data: Path, qtbot: QtBot) -> None:
    window = window_over(data, qtbot)
    window.go(HISTORY)
    assert window.history.previous.isEnabled()
    window.history.previous.click()
    assert window.history.chosen_rows() == [0, 1]
    assert "From " in window.history.comparison.toPlainText()


def test_a_third_click_lets_go_of_the_first_choice(data: Path, qtbot: QtBot) -> None:
    window = window_over(data, qtbot)
    window.go(HISTORY)
    history = window.history
    assert history.model.rowCount() == 2
    table = history.table
    for row in (0, 1, 0):
        rect = table.visualRect(history.model.index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert history.chosen_rows() == [1]
    assert not history.compare.isEnabled()


def test_the_arrow_keys_never_move_focus_out_of_sight(data: Path, qtbot: QtBot) -> None:
    window = window_over(data, qtbot)
    window.resize(1024, 600)
    window.go(CHECK)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    cards = list(window.check.cards.values())
    button = cards[3].group.buttons()[-1]
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    viewport = window.check.scroller.viewport()
    top = button.mapTo(viewport, button.rect().topLeft()).y()
    assert top >= 0 and top + button.height() <= viewport.height()


def test_guide_links_read_as_names_not_addresses(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    from privacycheck.services.catalog import load_installed
    from privacycheck.ui.pages.guide import GuidePage

    guides = [guide for pack in load_installed().packs for guide in pack.guides]
    page = GuidePage(guides, "en")
    qtbot.addWidget(page)
    labels = [button.text() for button in page.findChildren(QPushButton)]
    assert "Facebook help page" in labels and "Instagram help page 1 of 2" in labels
    assert not any("/" in label or "www" in label for label in labels)


def test_tab_goes_from_the_section_drop_down_to_the_first_answer(data: Path, qtbot: QtBot) -> None:
    window = window_over(data, qtbot)
    window.resize(1024, 600)
    window.go(CHECK)
    settle()
    combo = window.check.findChild(QComboBox, "sections_combo")
    assert combo is not None and combo.isVisible() and not window.check.sections.isVisible()
    chain, widget = [], combo.nextInFocusChain()
    while widget is not combo and len(chain) < 400:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    section = window.check.scroller.widget()
    assert section is not None and section.isAncestorOf(chain[0]), _text(chain[0])  # the section before its buttons
    buttons = [window.check.previous, window.check.next, window.check.finish]
    inside = [i for i, widget in enumerate(chain) if section.isAncestorOf(widget)]
    assert all(chain.index(button) > inside[-1] for button in buttons if button in chain)


def _text(widget: object) -> str:
    text = getattr(widget, "text", None)
    return f"{type(widget).__name__} {text() if callable(text) else ''}"
