"""Opening the store from the main window: how to protect the data, the passphrase, and a damaged file kept aside."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from privacycheck.errors import PrivacycheckError

if TYPE_CHECKING:
    from privacycheck.ui.window import MainWindow

translate = QCoreApplication.translate


def open_store(window: MainWindow) -> None:
    """Open the store, asking how to protect it the first time, for the passphrase when there is one, and what to do
    with a damaged file. Declining leaves `context.store` at None: the app then stores nothing and says so."""
    from privacycheck.storage.store import KeyMode, NeedsKeyChoice, StorageError, WrongPassphrase
    from privacycheck.ui.dialogs import ProtectionDialog, show_error

    attempts = 0
    while True:
        try:
            window.context.open_store(passphrase=lambda: ask_passphrase(window))
            return
        except NeedsKeyChoice as error:
            dialog = ProtectionDialog(error.message, window)
            dialog.exec()
            choice = dialog.choice.checkedId()
            if choice == ProtectionDialog.NOTHING:
                return
            mode = KeyMode.PASSPHRASE if choice == ProtectionDialog.PASSPHRASE else KeyMode.PLAINTEXT
            try:
                window.context.open_store(new_mode=mode, passphrase=dialog.passphrase)
                return
            except PrivacycheckError as failure:
                show_error(window, failure)
                return
        except WrongPassphrase as error:
            attempts += 1
            if attempts >= 3:
                show_error(window, error)
                return
        except StorageError as error:
            if not offer_fresh_start(window, error):
                return
        except PrivacycheckError as error:
            show_error(window, error)
            return


def ask_passphrase(window: MainWindow) -> str:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, accepted = QInputDialog.getText(
        window,
        translate("MainWindow", "Passphrase"),
        translate("MainWindow", "Your answers are protected by a passphrase. Type it to open them:"),
        QLineEdit.EchoMode.Password,
    )
    if not accepted:
        from privacycheck.storage.store import WrongPassphrase

        raise WrongPassphrase(translate("MainWindow", "No passphrase was given: your data stays closed."))
    return str(text)


def offer_fresh_start(window: MainWindow, error: PrivacycheckError) -> bool:
    """A damaged database or a lost key: keep the old file aside and start afresh, or go on without saving."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from privacycheck.storage.store import move_aside

    box = QMessageBox(QMessageBox.Icon.Warning, error.title, error.message, parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        translate(
            "MainWindow",
            "The file is kept as it is. You can move it aside (nothing is deleted) and "
            "start afresh, or continue without saving anything.",
        )
    )
    fresh = box.addButton(translate("MainWindow", "Move it aside and start afresh"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("MainWindow", "Continue without saving"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not fresh:
        return False
    kept = move_aside(window.context.home, dt.datetime.now(dt.UTC))
    window.notify(translate("MainWindow", "The old file was kept as %1").replace("%1", str(kept)))
    return True
