"""How the data is protected, from the app: the passphrase prompt, the locked state, and the Settings controls to
change the passphrase or move between the keyring and a passphrase. One policy with the command line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacycheck.ui.widgets import plain_label

if TYPE_CHECKING:
    from privacycheck.ui.window import MainWindow

ATTEMPTS = 3
translate = QCoreApplication.translate


class PassphrasePrompt(QDialog):
    """The passphrase that opens the data, with the reason it is asked again after a wrong one."""

    def __init__(self, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Your answers are protected by a passphrase. Type it to open them:")))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.problem = plain_label(problem)
        self.problem.setVisible(bool(problem))
        self.problem.setAccessibleName(self.tr("Why the passphrase is asked again"))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice, at least the policy's length (the same rule as the command line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from privacycheck.ui.dialogs import PassphraseFields

        super().__init__(parent)
        self.setWindowTitle(self.tr("New passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(self.tr("Choose the passphrase you will type to open your answers. Nobody can recover it."))
        )
        self.fields = PassphraseFields(self)
        layout.addWidget(self.fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @Slot()
    def _accept(self) -> None:
        if self.fields.valid():
            self.accept()

    def passphrase(self) -> str:
        return self.fields.passphrase()


def locked(window: QWidget) -> bool:
    """After failed tries: the data stays locked; True to try again, False to quit. Never a blank start."""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Protection", "Your data is locked"))
    box.setText(
        translate(
            "Protection",
            "Your answers stay locked: the passphrase was not given. Nothing was changed or deleted. "
            "Try again, or quit and come back later.",
        )
    )
    retry = box.addButton(translate("Protection", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Protection", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


class ProtectionControls(QWidget):
    """In Settings: change the passphrase, or move between the system keyring and a passphrase."""

    sig_change = Signal(str)
    """"passphrase" (a new one) or "keyring"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QPushButton(self.tr("Change passphrase…"))
        self.passphrase.clicked.connect(lambda: self.sig_change.emit("passphrase"))
        self.keyring = QPushButton(self.tr("Keep the key in the system keyring"))
        self.keyring.setToolTip(self.tr("No passphrase to type: the key is kept by your system's password store."))
        self.keyring.clicked.connect(lambda: self.sig_change.emit("keyring"))
        row.addWidget(self.passphrase)
        row.addWidget(self.keyring)
        row.addStretch(1)

    def set_mode(self, mode: str | None) -> None:
        self.setVisible(mode is not None)
        self.passphrase.setText(
            self.tr("Change passphrase…") if mode == "passphrase" else self.tr("Protect with a passphrase instead…")
        )
        self.keyring.setVisible(mode != "keyring")


def attach(window: MainWindow) -> None:
    """Show the controls for the store in use and act on them (called whenever the pages are built)."""
    store = window.context.store
    controls = window.settings.protect
    controls.set_mode(None if store is None else str(store.mode))
    controls.sig_change.connect(window._guarded(lambda mode: change(window, mode)))
    if store is not None and not getattr(window, "_damaged_told", False):
        window._damaged_told = True  # type: ignore[attr-defined]
        store.history()
        if store.damaged:
            ids = ", ".join(str(assessment_id) for assessment_id in store.damaged[:10])
            window.notify(
                translate(
                    "Protection",
                    "Some stored checks are damaged, or were not written by privacycheck with your key, and are left "
                    "out of History (%1). The others are intact.",
                ).replace("%1", ids),
                "error",
            )


def change(window: MainWindow, mode: str) -> None:
    from privacycheck.storage.errors import KeyMode
    from privacycheck.storage.secrets import KeyringStore

    store = window.context.store
    if store is None:
        return
    if mode == "passphrase":
        dialog = NewPassphraseDialog(window)
        if dialog.exec() != QDialog.DialogCode.Accepted.value:
            return
        chosen = dialog.passphrase()
        store.change_protection(KeyMode.PASSPHRASE, secrets=KeyringStore.find, passphrase=lambda: chosen)
        window.notify(translate("Protection", "Your passphrase was changed. Every check was kept."))
    else:
        store.change_protection(KeyMode.KEYRING, secrets=KeyringStore.find)
        window.notify(
            translate(
                "Protection", "The key is now in your system keyring: no passphrase to type. Every check was kept."
            )
        )
    window.rebuild(window.lang)
