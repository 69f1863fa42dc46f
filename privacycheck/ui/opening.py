"""Opening the store from the main window: how to protect the data, the passphrase, and a damaged file kept aside."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from privacycheck.errors import PrivacycheckError
from privacycheck.storage.errors import WrongPassphrase

if TYPE_CHECKING:
    from privacycheck.ui.window import MainWindow

translate = QCoreApplication.translate


def open_store(window: MainWindow) -> bool:
    """Open the store, asking how to protect it the first time, for the passphrase when there is one, and what to do
    with a damaged file. Declining to protect it leaves `context.store` at None: the app then stores nothing and says
    so. A passphrase not given leaves the data locked: try again, or quit (False); never a blank start."""
    from privacycheck.storage.store import KeyMode, NeedsKeyChoice, NotOurFolder, StorageError
    from privacycheck.ui.dialogs import ProtectionDialog, show_error
    from privacycheck.ui.protection import ATTEMPTS, locked

    attempts, problem = 0, ""
    while True:
        try:
            window.context.open_store(passphrase=functools.partial(ask_passphrase, window, problem))
            return True
        except NeedsKeyChoice as error:
            # The storage layer's message is English and technical: the dialog says it in the user's words, and
            # keeps the detail for a tooltip.
            reason = translate(
                "MainWindow",
                "This computer has no system keyring that privacycheck can use to keep the key to your answers.",
            )
            dialog = ProtectionDialog(reason, window, detail=error.message)
            dialog.exec()
            choice = dialog.chosen()
            if choice == ProtectionDialog.NOTHING:
                return True
            mode = KeyMode.PASSPHRASE if choice == ProtectionDialog.PASSPHRASE else KeyMode.PLAINTEXT
            try:
                window.context.open_store(new_mode=mode, passphrase=dialog.passphrase)
                return True
            except PrivacycheckError as failure:
                show_error(window, failure)
                return True
        except WrongPassphrase as error:
            attempts += 1
            problem = translate("MainWindow", "That passphrase does not open your data. Try again (%1 of %2).")
            problem = problem.replace("%1", str(attempts + 1)).replace("%2", str(ATTEMPTS))
            if attempts >= ATTEMPTS or isinstance(error, _NotGiven):
                if not locked(window):
                    return False
                attempts, problem = 0, ""
        except NotOurFolder as error:  # nothing is written there, and nothing can be kept: say why and quit
            show_error(window, error)
            return False
        except StorageError as error:
            if not offer_fresh_start(window, error):
                return True
        except PrivacycheckError as error:
            show_error(window, error)
            return True


class _NotGiven(WrongPassphrase):
    """The passphrase prompt was closed: straight to the locked state, without counting tries."""


def ask_passphrase(window: MainWindow, problem: str = "") -> str:
    from privacycheck.ui.protection import PassphrasePrompt

    prompt = PassphrasePrompt(problem, window)
    if prompt.exec() != prompt.DialogCode.Accepted.value:
        raise _NotGiven(translate("MainWindow", "No passphrase was given: your data stays closed."))
    return prompt.field.text()


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
