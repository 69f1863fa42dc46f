"""The main window: a sidebar of pages over one check session, built after the window is first shown.

Every page reads the same session: `refresh()` redraws them all from it after any change, and `go()` redraws the
page it opens, so Home, Check, Results, History and the tray never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

# No `Qt` namespace and no page here at import time: creating the namespace's enums costs more than a bare window
# takes to start, so it waits until the window is on screen (benchmarks/run.py measures the start).
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from privacycheck.errors import PrivacycheckError

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QIcon

    from privacycheck.ui.actions import Actions
    from privacycheck.ui.context import AppContext
    from privacycheck.ui.notice import Notice
    from privacycheck.ui.pages.check import CheckPage
    from privacycheck.ui.pages.history import HistoryPage
    from privacycheck.ui.pages.home import HomePage
    from privacycheck.ui.pages.incident import IncidentPage
    from privacycheck.ui.pages.results import ResultsPage
    from privacycheck.ui.pages.settings import SettingsPage
    from privacycheck.ui.tray import Tray

HOME, CHECK, RESULTS, HISTORY, GUIDE, SETTINGS = range(6)

# Colours come from the palette, so light and dark system themes both read well.
STYLE = """
QListWidget#sidebar { border: none; background: palette(window); font-size: 11pt; outline: 0; }
QListWidget#sidebar::item { padding: 9px 12px; margin: 2px 8px; border-radius: 6px; }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QFrame#card { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }
QLabel#brand { font-size: 14pt; font-weight: bold; padding: 14px 16px 8px 16px; }
"""


class MainWindow(QMainWindow):
    sig_language_changed = Signal(str)
    """The user switched the interface language; the app installs the translator, then calls `rebuild`."""

    sig_ready = Signal()
    """Packs, store and session are loaded and the pages are built."""

    # The pages, made by ui/assembly.py once loaded (and again after a change of language).
    home: HomePage
    check: CheckPage
    results: ResultsPage
    history: HistoryPage
    guide: IncidentPage
    """The page "When a client finds you" (ui/pages/incident.py)."""
    settings: SettingsPage
    commands: Actions
    """What the buttons do (ui/actions.py), made once loaded."""

    def __init__(
        self, context: AppContext, lang: str, icon: QIcon | None = None, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        super().__init__()
        self.context = context
        self.lang = lang
        self.today = today
        """Today's date where the user is: injected, so that tests can fix it."""
        self.tray: Tray | None = None
        """The tray icon, once the app has started it: closing the window then keeps the app running there."""
        self.quitting = False
        self.setWindowTitle("privacycheck")
        if icon is not None:
            self.setWindowIcon(icon)
        from privacycheck.ui.a11y import fit_to_screen

        fit_to_screen(self)  # inside the screen's available area, never under a task bar
        self.loaded = False
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        central = QWidget()
        brand = QLabel("privacycheck")
        brand.setObjectName("brand")
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(brand)
        side.addWidget(self.sidebar, 1)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setFixedWidth(220)
        self.content = QVBoxLayout()
        self.content.setContentsMargins(0, 8, 0, 0)
        self.content.addWidget(self.stack, 1)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(side_panel)
        layout.addLayout(self.content, 1)
        self.setCentralWidget(central)
        self.stack.addWidget(QLabel(self.tr("Loading your checklist…")))
        self._notice: Notice | None = None
        self._fill_sidebar()
        self.sidebar.currentRowChanged.connect(self._sidebar_row)
        self.pages: dict[int, QWidget] = {}
        # The focus rings and the menu bar with its shortcuts come once loaded (ui/loading.py): they create enough Qt
        # enums and key sequences to take longer than a bare window takes to start.
        self.setStyleSheet(STYLE)

    # ---- loading ------------------------------------------------------------------------------------------------

    def start_loading(self) -> None:
        """Once the window is on screen: load off the GUI thread, then open the store (see ui/loading.py)."""
        from privacycheck.ui.loading import start_loading

        start_loading(self)

    def _load(self) -> None:
        """Everything `start_loading` does, in one go on this thread (for scripts and tests)."""
        self.context.load_content()
        self._loaded()

    def _loaded(self) -> None:
        from privacycheck.ui.loading import loaded

        loaded(self)

    def busy(self, message: str | None) -> None:
        """An indeterminate progress bar in the status bar while work runs in the background; None removes it."""
        from privacycheck.ui.loading import busy

        busy(self, message)

    def failed(self, error: BaseException) -> None:
        """Background work failed: a dialog says why."""
        from privacycheck.ui.loading import failed

        failed(self, error)

    # ---- feedback -------------------------------------------------------------------------------------------------

    @property
    def notice(self) -> Notice:
        if self._notice is None:
            from privacycheck.ui.notice import Notice

            self._notice = Notice()
            self.content.insertWidget(0, self._notice)
        return self._notice

    def notify(self, text: str, kind: str = "info", address: str | None = None) -> None:
        """Say what happened above the page the person is looking at."""
        self.notice.show_message(text, kind, address)

    def link_failed(self, url: str) -> None:
        self.notify(
            self.tr("The link could not be opened: no web browser answered. Copy the address into your browser:"),
            "error",
            url,
        )

    # ---- pages ----------------------------------------------------------------------------------------------------

    def _fill_sidebar(self) -> None:
        from privacycheck.ui.labels import page_names

        names = page_names()
        current = max(self.sidebar.currentRow(), 0)
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.addItems(names if self.loaded else names[:1])
        self.sidebar.setCurrentRow(min(current, self.sidebar.count() - 1))
        self.sidebar.blockSignals(False)

    def rebuild(self, lang: str) -> None:
        """Build (or rebuild, after a language change) every page over the current session."""
        from privacycheck.ui.assembly import build_pages
        from privacycheck.ui.protection import attach as attach_protection

        self.lang = lang
        current = self.stack.currentIndex()
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        build_pages(self)
        attach_protection(self)
        self.pages = {
            HOME: self.home,
            CHECK: self.check,
            RESULTS: self.results,
            HISTORY: self.history,
            GUIDE: self.guide,
            SETTINGS: self.settings,
        }
        for index in range(len(self.pages)):
            self.stack.addWidget(self.pages[index])
        self._fill_sidebar()
        from privacycheck.ui.adapt import adapt_pages

        adapt_pages(self)  # menus in the new language, one Tab stop per table, layouts for narrow windows
        self.go(max(current, 0))
        self.refresh()

    @Slot()
    def _explained(self) -> None:
        from privacycheck.ui.pages.results import EXPLAINED

        self.go(RESULTS)
        self.results.tabs.setCurrentIndex(EXPLAINED)

    @Slot(int)
    def _sidebar_row(self, row: int) -> None:
        if row >= 0 and row != self.stack.currentIndex():
            self.go(row)

    def go(self, page: int) -> None:
        """Open a page, drawn afresh from the session."""
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(page)
        self.sidebar.blockSignals(False)
        self.stack.setCurrentIndex(page)
        if self.loaded and page == RESULTS:
            self.results.refresh()
        elif self.loaded and page == CHECK:
            self.check.refresh()
        elif self.loaded and page == HISTORY:
            self.history.set_history(self._history())
        elif self.loaded and page == HOME:
            self.refresh()

    def open_lockdown(self, bring_forward: bool = False) -> None:
        """Home's "Lock down now" and the tray's entry (which brings the window forward): the page "When a client
        finds you", at its lockdown path."""
        if bring_forward:
            self.showNormal()
            self.raise_()
            self.activateWindow()
        self.go(GUIDE)
        if self.loaded:
            self.guide.open_lockdown()

    def _start(self, route: str) -> None:
        """Start or resume a route: the essentials pass or the full check, where it was left."""
        session = self.context.session
        assert session is not None
        session.set_route(route)
        self.go(CHECK)
        self.check.resume(route)
        self.refresh()

    def _history(self) -> list[Any]:
        return self.context.store.history() if self.context.store else []

    @Slot()
    def refresh(self) -> None:
        """Every page from the one session, the stored history and the re-check status. Results is redrawn here when
        on screen, and otherwise when `go()` opens it (a Results redraw takes a good part of a second on a slow
        machine: not on every answer)."""
        self._refresh(redraw_results=True)

    @Slot()
    def _fix_ticked(self) -> None:
        """A fix was ticked on Results, which shows it already (a redraw would lose the row in hand)."""
        self._refresh(redraw_results=False)

    def _refresh(self, redraw_results: bool) -> None:
        history = self._history()
        recheck = self.context.recheck_status(self.today())
        self.home.show_state(self.context.session, history, recheck)
        self._show_deadline()
        if self.loaded:
            self.check.refresh()
            current = self.stack.currentIndex()
            if redraw_results and current == RESULTS:
                self.results.refresh()
            elif redraw_results:
                self.results.refresh_score()
            self.history.set_history(history)
        if self.tray is not None:
            self.tray.refresh()

    def _show_deadline(self) -> None:
        from privacycheck.ui.welcome import first_check, onboarding

        wanted = onboarding(self.context)
        self.home.deadline.show_deadline(first_check(self.context, self.today()), wanted.contact if wanted else None)

    @Slot(int)
    def _interval(self, days: int) -> None:
        self.context.set_recheck_interval(days)
        self.refresh()

    # ---- actions ----------------------------------------------------------------------------------------------------

    def _guarded(self, action: Callable[..., None]) -> Callable[..., None]:
        """Errors from an action become a dialog here, and only here."""

        def run(*arguments: Any) -> None:
            try:
                action(*arguments)
            except PrivacycheckError as error:
                from privacycheck.ui.dialogs import show_error

                show_error(self, error)

        return run

    def scheduled_update_check(self) -> None:
        """Asked by the tray's periodic tick (see Actions.scheduled_update_check)."""
        if self.loaded:
            self.commands.scheduled_update_check()

    def quit_app(self) -> None:
        """Quit for good (the tray's "Quit"): the window closes and the app ends."""
        from PySide6.QtWidgets import QApplication

        self.quitting = True
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """With a tray, closing the window keeps the app there for the re-check reminders (said once). Otherwise,
        every answer is already saved; a finding being typed is saved now, and the store is closed."""
        from PySide6.QtWidgets import QLineEdit

        focused = self.focusWidget()
        if isinstance(focused, QLineEdit):
            focused.editingFinished.emit()
        if self.tray is not None and self.tray.available() and not self.quitting:
            event.ignore()
            self.hide()
            self.tray.kept_running()
            return
        if self.context.store is not None:
            self.context.store.close()
            self.context.store = None
        super().closeEvent(event)
