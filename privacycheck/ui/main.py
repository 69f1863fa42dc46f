"""Start the desktop app: show the window first, then load packs and data (the slow imports wait until then)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon

from privacycheck.paths import packaged


class Translations:
    """The app's own translation and Qt's (standard buttons), swapped when the user changes language."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def use(self, lang: str) -> None:
        from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

        from privacycheck.ui.locale_format import locale_for

        QLocale.setDefault(locale_for(lang))  # numbers and dates that widgets write themselves follow the language
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        if lang == "en":
            return
        folder = packaged("resources") / "translations"
        for name, directory in (
            (f"privacycheck_{lang}", str(folder)),
            (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ):
            translator = QTranslator(self._app)
            if translator.load(name, directory):
                self._app.installTranslator(translator)
                self._installed.append(translator)


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    return QIcon(str(packaged("resources") / "icons" / "privacycheck.svg"))


def system_language() -> str:
    from PySide6.QtCore import QLocale

    return "fr" if QLocale.system().name().startswith("fr") else "en"


def create_window(app: QApplication, translations: Translations):  # type: ignore[no-untyped-def]
    """The main window over a fresh context; shown by the caller, which then calls `start_loading()`."""
    from privacycheck.storage.paths import data_dir
    from privacycheck.ui.context import AppContext
    from privacycheck.ui.window import MainWindow

    context = AppContext(data_dir())
    lang = context.language(system_language())
    translations.use(lang)
    window = MainWindow(context, lang)

    def switch(language: str) -> None:
        context.set_setting("language", language)
        translations.use(language)
        window.rebuild(language)

    window.sig_language_changed.connect(switch)
    return window


def first_run(window) -> None:  # type: ignore[no-untyped-def]
    from privacycheck.ui.dialogs import FirstRunDialog
    from privacycheck.ui.welcome import welcome_once, welcome_panel

    context = window.context
    if not context.first_run:
        welcome_once(window)  # the organisation's welcome, if it came after the app's first start
        return
    dialog = FirstRunDialog(window.lang, context.organisation, context.policy_url, window, welcome_panel(window))
    dialog.exec()
    context.set_setting("platforms", dialog.chosen_platforms())
    context.set_setting("first_run_done", True)
    if dialog.chosen_language() != window.lang:
        window.sig_language_changed.emit(dialog.chosen_language())
    elif context.session is not None:
        context.session.set_platforms(context.platforms)
        window.rebuild(window.lang)


def run_app() -> int:
    import os

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        # Without a display Qt aborts the whole process; say so instead.
        print(
            "privacycheck: error: no graphical display to show the app on. The command line works without one: "
            "privacycheck --help",
            file=sys.stderr,
        )
        return 1
    app = QApplication(sys.argv)
    app.setApplicationName("privacycheck")
    app.setApplicationDisplayName("privacycheck")
    app.setDesktopFileName("privacycheck")
    translations = Translations(app)
    window = create_window(app, translations)
    window.show()
    app.setWindowIcon(app_icon())  # after show: loading the SVG icon engine is not needed to draw the first frame
    window.sig_ready.connect(lambda: first_run(window))
    window.sig_ready.connect(lambda: _start_tray(window))
    window.start_loading()
    return app.exec()


def _start_tray(window) -> None:  # type: ignore[no-untyped-def]
    from privacycheck.ui.incident_contacts import tray_contacts
    from privacycheck.ui.tray import Tray

    context = window.context

    tray = Tray(
        window,
        app_icon(),
        lambda: context.recheck_status(window.today()).next,
        lambda: context.settings.get("last_notified"),
        lambda day: context.set_setting("last_notified", day),
        today=window.today,
        on_tick=window.scheduled_update_check,
        first_time=context.first_time,
        quit_app=window.quit_app,
        lockdown=lambda: window.open_lockdown(bring_forward=True),
        contacts=lambda: tray_contacts(window),
    )
    window.tray = tray
    from privacycheck.ui.welcome import attach_reminder

    window.deadline_reminder = attach_reminder(window, tray)  # the organisation's first-check deadline, if any
    if tray.available():  # closing the window keeps the app in the tray, for the re-check reminders
        QApplication.setQuitOnLastWindowClosed(False)
    tray.start()
    tray.refresh()
