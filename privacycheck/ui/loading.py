"""Loading the main window's content: packs off the GUI thread, then the store, the session and the pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from privacycheck.errors import PrivacycheckError

if TYPE_CHECKING:
    from privacycheck.ui.window import MainWindow

translate = QCoreApplication.translate


def start_loading(window: MainWindow) -> None:
    """Once the window is on screen: read and validate the packs off the GUI thread, then open the store and
    resume the check (dialogs may ask how to protect the data, so that part stays on the GUI thread)."""
    from privacycheck.ui.worker import run_in_background

    def begin() -> None:
        busy(window, translate("MainWindow", "Loading your checklist…"))
        run_in_background(
            window, window.context.load_content, lambda _: loaded(window), lambda error: failed(window, error)
        )

    QTimer.singleShot(0, begin)


def busy(window: MainWindow, message: str | None) -> None:
    """An indeterminate progress bar in the status bar while work runs in the background; None removes it."""
    from PySide6.QtWidgets import QProgressBar

    bar = window.findChild(QProgressBar, "busy")
    if message is None:
        if bar is not None:
            window.statusBar().removeWidget(bar)
            bar.deleteLater()
        window.statusBar().clearMessage()
        return
    if bar is None:
        bar = QProgressBar()
        bar.setObjectName("busy")
        bar.setRange(0, 0)
        bar.setMaximumWidth(160)
        bar.setAccessibleName(message)
        window.statusBar().addPermanentWidget(bar)
    window.statusBar().showMessage(message)


def failed(window: MainWindow, error: BaseException) -> None:
    from privacycheck.ui.dialogs import show_error

    busy(window, None)
    if not isinstance(error, PrivacycheckError):
        error = PrivacycheckError(f"{type(error).__name__}: {error}", title=translate("MainWindow", "Unexpected error"))
    show_error(window, error)


def loaded(window: MainWindow) -> None:
    from privacycheck.ui.actions import Actions
    from privacycheck.ui.keyboard import install_keyboard
    from privacycheck.ui.opening import open_store
    from privacycheck.ui.window import STYLE

    busy(window, None)
    install_keyboard(window, STYLE)  # focus rings, the menu bar and its shortcuts
    context = window.context
    if context.store is None and not open_store(window):
        window.close()  # the data stays locked: quit rather than start blank
        QCoreApplication.quit()
        return
    context.start_session()
    window.commands = Actions(window)
    window.loaded = True
    window.rebuild(window.lang)
    if context.packs and context.packs.problems:
        window.notify(
            translate("MainWindow", "%1 checklist pack(s) could not be loaded and were skipped.").replace(
                "%1", str(len({p.file for p in context.packs.problems}))
            ),
            "error",
        )
    from privacycheck.ui.welcome import configuration_problem

    problem = configuration_problem(context)  # the organisation's file: ignored, or keys of a newer version
    if problem:
        window.notify(problem, "error")
    window.sig_ready.emit()
