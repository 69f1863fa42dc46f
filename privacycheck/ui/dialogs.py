"""Dialogs: first run, how to protect the data without a keyring, and errors (shown from one place)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from privacycheck.core.model import DEFAULT_PLATFORMS, PLATFORMS
from privacycheck.errors import PrivacycheckError
from privacycheck.ui.labels import platform_names
from privacycheck.ui.widgets import plain_label


def show_error(parent: QWidget | None, error: PrivacycheckError) -> None:
    """The one place where an error becomes a dialog: its title, and its message as plain text."""
    box = QMessageBox(QMessageBox.Icon.Warning, error.title, error.message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class FirstRunDialog(QDialog):
    """Language and platforms; the organisation and its policy when a managed configuration is present."""

    def __init__(
        self,
        lang: str,
        organisation: str | None,
        policy_url: str | None,
        parent: QWidget | None = None,
        welcome: QWidget | None = None,
    ) -> None:
        """`welcome`: the organisation's own welcome and first-check deadline (ui/welcome.py), when it wrote one."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to privacycheck"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Welcome"), bold=True, size=16))
        layout.addWidget(
            plain_label(
                self.tr(
                    "privacycheck helps you see what a client could find about you on social media, and fix it. "
                    "Your answers stay on this computer, encrypted. Nothing is sent anywhere."
                )
            )
        )
        if organisation:
            layout.addWidget(
                plain_label(self.tr("Provided by %1, which never sees your answers.").replace("%1", organisation))
            )
            if policy_url:
                policy = QPushButton(self.tr("Read the social-media policy"))
                policy.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(policy_url)))
                layout.addWidget(policy)
        if welcome is not None:
            layout.addWidget(welcome)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(1 if lang == "fr" else 0)
        form.addRow(self.tr("&Language"), self.language)
        boxes = QHBoxLayout()
        self.platforms: dict[str, QCheckBox] = {}
        for platform in PLATFORMS:
            box = QCheckBox(platform_names()[platform])
            box.setChecked(platform in DEFAULT_PLATFORMS)  # the other five are ticked by those who use them
            self.platforms[platform] = box
            boxes.addWidget(box)
        form.addRow(self.tr("Platforms I use"), boxes)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_platforms(self) -> list[str]:
        return [platform for platform, box in self.platforms.items() if box.isChecked()]


class PassphraseFields(QWidget):
    """A new passphrase typed twice, with the one policy (privacycheck.storage.keys.MIN_PASSPHRASE)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("The same passphrase again"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passphrase (at least 8 characters)"), self.first)
        form.addRow(self.tr("&Type it again"), self.second)
        self.problem = plain_label("")
        form.addRow(self.problem)

    def valid(self) -> bool:
        from privacycheck.storage.keys import MIN_PASSPHRASE

        if len(self.first.text()) < MIN_PASSPHRASE:
            self.problem.setText(self.tr("Use at least 8 characters."))
            return False
        if self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases differ."))
            return False
        return True

    def passphrase(self) -> str:
        return self.first.text()


class ProtectionDialog(QDialog):
    """No keyring: protect the answers with a passphrase, or, by explicit choice, store them unencrypted.

    Closing it (Escape) chooses nothing: nothing is stored, and the question comes back at the next start.
    """

    PASSPHRASE, PLAINTEXT, NOTHING = range(3)

    def __init__(self, reason: str, parent: QWidget | None = None, detail: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect your answers"))
        layout = QVBoxLayout(self)
        explained = plain_label(reason)
        explained.setToolTip(detail)
        layout.addWidget(explained)
        layout.addWidget(plain_label(self.tr("How should privacycheck protect what you answer?")))
        self.choice = QButtonGroup(self)
        passphrase = QRadioButton(self.tr("With a passphrase I will type each time (recommended)"))
        passphrase.setChecked(True)
        plaintext = QRadioButton(self.tr("Unencrypted: anyone who copies my files can read my answers"))
        nothing = QRadioButton(self.tr("Store nothing: answers are lost when I close the app"))
        for index, button in enumerate((passphrase, plaintext, nothing)):
            self.choice.addButton(button, index)
            layout.addWidget(button)
        self.fields = PassphraseFields(self)
        self.first, self.second, self.problem = self.fields.first, self.fields.second, self.fields.problem
        layout.addWidget(self.fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choice.idToggled.connect(lambda _id, _on: self._sync())
        self._sync()

    def _sync(self) -> None:
        self.fields.setEnabled(self.choice.checkedId() == self.PASSPHRASE)

    def _accept(self) -> None:
        if self.choice.checkedId() == self.PASSPHRASE and not self.fields.valid():
            return
        self.accept()

    def chosen(self) -> int:
        """What was chosen; NOTHING unless the dialog was accepted (Escape or closing it never sets anything up)."""
        return self.choice.checkedId() if self.result() == QDialog.DialogCode.Accepted.value else self.NOTHING

    def passphrase(self) -> str:
        return self.fields.passphrase()
