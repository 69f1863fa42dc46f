"""The tray icon: the next re-check in its menu, and a notification when one is due."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

TICK_MINUTES = 30


class Tray(QObject):
    """A short periodic tick asks pure logic whether a check is due; never a timer armed for the due date
    (QTimer overflows after about 24.8 days)."""

    def __init__(
        self,
        window: QWidget,
        icon: QIcon,
        next_due: Callable[[], dt.date | None],
        last_notified: Callable[[], str | None],
        remember: Callable[[str], None],
        today: Callable[[], dt.date] = dt.date.today,
        on_tick: Callable[[], None] | None = None,
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        first_time: Callable[[str], bool] = lambda _key: True,
        quit_app: Callable[[], None] | None = None,
        lockdown: Callable[[], None] | None = None,
        contacts: Callable[[], list[tuple[str, str]]] = list,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._on_tick = on_tick
        self._next_due = next_due
        self._last_notified = last_notified
        self._remember = remember
        self._today = today
        self.available = available
        """Whether the desktop shows tray icons: only then does closing the window keep the app running."""
        self._first_time = first_time
        self._quit = quit_app or window.close
        self._lockdown = lockdown
        self._contacts = contacts
        """(line shown, text copied) for each contact to reach when a client finds you (ui/incident_contacts.py)."""
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("privacycheck")
        self.menu = QMenu(window)
        self.menu.aboutToShow.connect(self._rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(lambda _reason: self._show_window())
        self.icon.messageClicked.connect(self._show_window)
        self.timer = QTimer(self)
        self.timer.setObjectName("recheck-tick")
        self.timer.setInterval(TICK_MINUTES * 60 * 1000)
        self.timer.timeout.connect(self.tick)
        self._rebuild_menu()

    def start(self) -> None:
        if self.available():
            self.icon.show()
        self.timer.start()
        QTimer.singleShot(5000, self.tick)

    def due_text(self) -> str:
        due = self._next_due()
        if due is None:
            return self.tr("No check yet: start one")
        if due <= self._today():
            return self.tr("A re-check is due")
        return self.tr("Next re-check: %1").replace("%1", due.isoformat())

    @Slot()
    def _rebuild_menu(self) -> None:
        self.menu.clear()
        status = QAction(self.due_text(), self.menu)
        status.setEnabled(False)
        self.menu.addAction(status)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Open privacycheck"), self._show_window)
        if self._lockdown is not None:
            from privacycheck.ui.labels import incident_page_name

            self.menu.addSeparator()
            self.menu.addAction(incident_page_name(), self._lockdown)
            for shown, copied in self._contacts():
                # "&" would mark a shortcut letter in a menu: an organisation's "Union & co" keeps its ampersand
                action = self.menu.addAction(shown.replace("&", "&&"), functools.partial(self._copy, copied))
                action.setToolTip(self.tr("Copy %1").replace("%1", copied))
            self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit privacycheck"), self._quit)

    def refresh(self) -> None:
        """The menu and the tooltip from the current re-check status (the menu is also rebuilt as it opens)."""
        self._rebuild_menu()
        self.icon.setToolTip("privacycheck: " + self.due_text())

    def kept_running(self) -> bool:
        """The window was closed and the app keeps running in the tray: say so the first time, with how to quit.
        Returns whether it said so."""
        if not self._first_time("tray_hint_shown"):
            return False
        self.icon.showMessage(
            self.tr("privacycheck is still running"),
            self.tr(
                "It stays in the tray to remind you when a re-check is due. To quit, open this icon's menu "
                "and choose Quit privacycheck."
            ),
        )
        return True

    @Slot()
    def tick(self) -> bool:
        """Notify once a day while a re-check is due; returns whether it notified. Other periodic work (the
        organisation's scheduled update check) rides on the same tick."""
        if self._on_tick is not None:
            self._on_tick()
        due = self._next_due()
        today = self._today()
        if due is None or due > today or self._last_notified() == today.isoformat():
            return False
        self._remember(today.isoformat())
        self.icon.setToolTip(self.due_text())
        if self.icon.isVisible():
            self.icon.showMessage(
                self.tr("Time for a re-check"),
                self.tr(
                    "Platforms change their settings often. A re-check starts from your last answers: "
                    "confirm them and change what changed."
                ),
            )
        return True

    def _copy(self, text: str) -> None:
        """A contact chosen in the menu: its phone number or address, ready to paste (nothing is dialled or sent)."""
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(text)
        if self.icon.isVisible():
            self.icon.showMessage(self.tr("Copied"), text)

    def _show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
