"""The organisation's onboarding in the app: its welcome on first start, the first-check deadline on Home and in the
tray, and a reminder as the deadline nears. The welcome and the contact are shown as plain text, never HTML."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from privacycheck.services.onboarding import (
    FIRST_STARTED_KEY,
    REMINDED_KEY,
    FirstCheckDeadline,
    first_check_deadline,
    first_started,
    should_remind,
)
from privacycheck.ui.widgets import plain_label

if TYPE_CHECKING:
    from privacycheck.services.managed import Onboarding
    from privacycheck.ui.context import AppContext
    from privacycheck.ui.tray import Tray
    from privacycheck.ui.window import MainWindow

WELCOMED_KEY = "onboarding_welcomed"
"""The app setting recording that the organisation's welcome was shown (once, on the first start with it)."""


def onboarding(context: AppContext) -> Onboarding | None:
    config = context.managed.config if context.managed else None
    return config.onboarding if config else None


def configuration_problem(context: AppContext) -> str | None:
    """What to tell the person when the organisation's configuration was ignored, or parts of it (keys of a newer
    version): the first reason, for them to pass on to IT. The command line prints every one."""
    result = context.managed
    if result is None or not result.problems:
        return None
    more = len(result.problems) - 1
    reason = result.problems[0] + (f" (+{more})" if more else "")
    if result.config is None:
        text = QCoreApplication.translate(
            "Onboarding", "Your organisation's settings were ignored because of an error. Please tell your IT team: %1"
        )
    else:
        text = QCoreApplication.translate(
            "Onboarding",
            "Some of your organisation's settings need a newer version of privacycheck. Please tell your IT team: %1",
        )
    return text.replace("%1", reason)


def first_check(context: AppContext, today: dt.date) -> FirstCheckDeadline | None:
    """The organisation's first-check deadline, or None without one. It counts from the first day the app ran with the
    deadline in force, recorded in the app's settings on that day."""
    wanted = onboarding(context)
    if wanted is None or wanted.first_check_days is None:
        return None
    started = first_started(context.settings)
    if started is None:
        started = today
        context.set_setting(FIRST_STARTED_KEY, today.isoformat())
    from privacycheck.services.recheck import local_day

    latest = context.store.latest_created() if context.store is not None else None
    finished = local_day(latest) if latest is not None else None
    return first_check_deadline(started, wanted.first_check_days, finished, today)


class DeadlineNote(QLabel):
    """The first-check deadline in one or two sentences; empty (and hidden) without one or once the check is done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-check-deadline")
        self.setWordWrap(True)
        self.setVisible(False)
        self.show_deadline(None)

    def show_deadline(self, deadline: FirstCheckDeadline | None, contact: str | None = None) -> None:
        from PySide6.QtCore import Qt

        self.setTextFormat(Qt.TextFormat.PlainText)
        text = self.text_for(deadline)
        if text and contact:
            text += "\n" + self.tr("Questions: %1").replace("%1", contact)
        self.setText(text)
        self.setVisible(bool(text))

    def text_for(self, deadline: FirstCheckDeadline | None) -> str:
        if deadline is None or deadline.done is not None:
            return ""
        day = deadline.deadline.isoformat()
        if deadline.overdue:
            return self.tr("Your organisation asked for your first check by %1: it is overdue.").replace("%1", day)
        if deadline.days_left == 0:
            return self.tr("Your organisation asks for your first check today (%1).").replace("%1", day)
        return (
            self.tr("Your organisation asks for your first check by %1, in %2 day(s).")
            .replace("%1", day)
            .replace("%2", str(deadline.days_left))
        )


class OrganisationWelcome(QWidget):
    """The organisation's own words (plain text), its deadline for the first check and whom to ask."""

    def __init__(
        self,
        organisation: str | None,
        wanted: Onboarding,
        deadline: FirstCheckDeadline | None,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if organisation:
            layout.addWidget(plain_label(self.tr("A word from %1").replace("%1", organisation), bold=True))
        self.welcome = plain_label(wanted.welcome(lang) or "", selectable=True)
        self.welcome.setObjectName("organisation-welcome")
        self.welcome.setVisible(bool(wanted.welcome(lang)))
        layout.addWidget(self.welcome)
        self.deadline = DeadlineNote()
        self.deadline.show_deadline(deadline)
        layout.addWidget(self.deadline)
        self.contact = plain_label(self.tr("Questions: %1").replace("%1", wanted.contact or ""), selectable=True)
        self.contact.setVisible(bool(wanted.contact))
        layout.addWidget(self.contact)


def welcome_panel(window: MainWindow) -> OrganisationWelcome | None:
    """The welcome for the first-run dialog, when the organisation wrote onboarding; recorded as shown."""
    context = window.context
    wanted = onboarding(context)
    if wanted is None:
        return None
    context.set_setting(WELCOMED_KEY, True)
    return OrganisationWelcome(context.organisation, wanted, first_check(context, window.today()), window.lang)


class WelcomeDialog(QDialog):
    """The organisation's welcome on its own, for someone whose app already ran before the organisation set it."""

    def __init__(self, panel: OrganisationWelcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to privacycheck"))
        self.panel = panel
        layout = QVBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(plain_label(self.tr("Your answers stay on this computer: your organisation never sees them.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def welcome_once(window: MainWindow) -> None:
    """On a start after the first: the organisation's welcome, if it has one the person has not seen yet."""
    if window.context.settings.get(WELCOMED_KEY):
        return
    panel = welcome_panel(window)
    if panel is not None:
        WelcomeDialog(panel, window).exec()


class DeadlineReminder(QObject):
    """Rides on the tray's periodic tick: while the first-check deadline is near or past and no check is finished,
    a notification at most once a day; the deadline also heads the tray menu."""

    def __init__(self, window: MainWindow, tray: Tray) -> None:
        super().__init__(tray)
        self._window = window
        self._tray = tray
        self._words = DeadlineNote()
        tray.timer.timeout.connect(self.tick)
        tray.menu.aboutToShow.connect(self._add_to_menu)  # after the tray has rebuilt its menu
        self._add_to_menu()

    def deadline(self) -> FirstCheckDeadline | None:
        return first_check(self._window.context, self._window.today())

    def menu_text(self) -> str:
        return self._words.text_for(self.deadline())

    @Slot()
    def tick(self) -> bool:
        """Notify if the deadline is near and not notified today; returns whether it notified."""
        context = self._window.context
        deadline = self.deadline()
        if not should_remind(deadline, context.settings):
            return False
        assert deadline is not None
        context.set_setting(REMINDED_KEY, deadline.today.isoformat())
        if self._tray.icon.isVisible():
            self._tray.icon.showMessage(self.tr("Your first privacy check"), self._words.text_for(deadline))
        return True

    @Slot()
    def _add_to_menu(self) -> None:
        text = self.menu_text()
        if not text:
            return
        menu = self._tray.menu
        note = QAction(text, menu)
        note.setEnabled(False)
        actions = menu.actions()
        if actions:
            menu.insertAction(actions[0], note)
        else:
            menu.addAction(note)


def attach_reminder(window: MainWindow, tray: Tray) -> DeadlineReminder:
    """Hook the deadline into the tray; a first tick soon after start, as the tray does for re-checks."""
    reminder = DeadlineReminder(window, tray)
    QTimer.singleShot(5000, reminder.tick)
    return reminder
