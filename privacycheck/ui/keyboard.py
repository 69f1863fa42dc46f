"""The menu bar and its shortcuts (pages, reports, sections, F1 for help), and the help dialog F1 opens.

Every main action has a menu entry, so it can be found and reached without a mouse; the window calls
`install_menus` whenever it (re)builds its pages, so the menus follow the language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QVBoxLayout, QWidget

from privacycheck import __version__
from privacycheck.ui.labels import page_names
from privacycheck.ui.widgets import plain_label


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do), as the help dialog lists them."""
    names = page_names()
    native = QKeySequence.SequenceFormat.NativeText
    rows = [(QKeySequence(f"Ctrl+{n}").toString(native), name) for n, name in enumerate(names, start=1)]
    rows += [
        (
            QKeySequence("Ctrl+PgDown").toString(native),
            QCoreApplication.translate("Keyboard", "Next section of the check"),
        ),
        (
            QKeySequence("Ctrl+PgUp").toString(native),
            QCoreApplication.translate("Keyboard", "Previous section of the check"),
        ),
        (QKeySequence("Ctrl+S").toString(native), QCoreApplication.translate("Keyboard", "Save the full report…")),
        (
            QKeySequence("Ctrl+Shift+S").toString(native),
            QCoreApplication.translate("Keyboard", "Save a summary to share…"),
        ),
        (
            QCoreApplication.translate("Keyboard", "Tab, Shift+Tab"),
            QCoreApplication.translate("Keyboard", "Next or previous control; a table or a list is one stop"),
        ),
        (
            QCoreApplication.translate("Keyboard", "Arrow keys"),
            QCoreApplication.translate("Keyboard", "Move inside a list, a table or a group of answers"),
        ),
        (
            QCoreApplication.translate("Keyboard", "Space"),
            QCoreApplication.translate("Keyboard", "Choose an answer, tick a fix"),
        ),
        (QKeySequence("F1").toString(native), QCoreApplication.translate("Keyboard", "This help")),
        (QKeySequence("Ctrl+Q").toString(native), QCoreApplication.translate("Keyboard", "Quit")),
    ]
    return rows


def install_menus(window: Any) -> None:
    """(Re)build the menu bar of the main window (`go(page)`, `results`, `check`, `loaded`); actions that need the
    pages do nothing until they are loaded."""
    bar = window.menuBar()
    bar.clear()

    def loaded() -> bool:
        return bool(getattr(window, "loaded", False))

    def report(summary: bool) -> None:
        if loaded():
            window.results.sig_report.emit(summary)

    def section(step: int) -> None:
        if loaded():
            window.go(1)
            sections = window.check.sections
            sections.setCurrentRow(max(0, min(sections.count() - 1, sections.currentRow() + step)))

    file_menu = bar.addMenu(QCoreApplication.translate("Keyboard", "&File"))
    file_menu.addAction(
        QCoreApplication.translate("Keyboard", "Save the full report…"), QKeySequence("Ctrl+S"), lambda: report(False)
    )
    file_menu.addAction(
        QCoreApplication.translate("Keyboard", "Save a summary to share…"),
        QKeySequence("Ctrl+Shift+S"),
        lambda: report(True),
    )
    file_menu.addSeparator()
    # Quit ends the app, even when closing the window would keep it in the tray.
    file_menu.addAction(
        QCoreApplication.translate("Keyboard", "&Quit"),
        QKeySequence("Ctrl+Q"),
        getattr(window, "quit_app", window.close),
    )

    go_menu = bar.addMenu(QCoreApplication.translate("Keyboard", "&Go"))
    for number, name in enumerate(page_names()):
        go_menu.addAction(name, QKeySequence(f"Ctrl+{number + 1}"), lambda page=number: _go(window, page))
    go_menu.addSeparator()
    go_menu.addAction(
        QCoreApplication.translate("Keyboard", "Next section of the check"),
        QKeySequence("Ctrl+PgDown"),
        lambda: section(1),
    )
    go_menu.addAction(
        QCoreApplication.translate("Keyboard", "Previous section of the check"),
        QKeySequence("Ctrl+PgUp"),
        lambda: section(-1),
    )

    help_menu = bar.addMenu(QCoreApplication.translate("Keyboard", "&Help"))
    help_action = help_menu.addAction(
        QCoreApplication.translate("Keyboard", "Help and keyboard shortcuts"),
        QKeySequence("F1"),
        lambda: show_help(window),
    )
    help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)


def _go(window: Any, page: int) -> None:
    if getattr(window, "loaded", False):
        window.go(page)


def install_keyboard(window: Any, sheet: str) -> None:
    """Focus rings (the window's style `sheet` plus the focus rules) and the menu bar with its shortcuts."""
    from privacycheck.ui.style import install_style

    install_style(window, sheet)
    install_menus(window)


class HelpDialog(QDialog):
    """What the app does, every shortcut, and the version. Escape or Close shuts it; nothing else happens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("privacycheck %1").replace("%1", __version__), bold=True, size=14))
        layout.addWidget(
            plain_label(
                self.tr(
                    "Answer the check for each platform you use; every answer is saved at once. Results ranks the "
                    "fixes by what they save for the time they take. History compares two checks: lower is better."
                )
            )
        )
        layout.addWidget(plain_label(self.tr("Keyboard"), bold=True))
        table = QGridLayout()  # keys in one column, what they do in the other
        table.setHorizontalSpacing(18)
        for row, (keys, action) in enumerate(shortcuts()):
            table.addWidget(plain_label(keys, wrap=False, bold=True), row, 0)
            table.addWidget(plain_label(action), row, 1)
        table.setColumnStretch(1, 1)
        layout.addLayout(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_help(parent: QWidget) -> None:
    HelpDialog(parent).exec()
