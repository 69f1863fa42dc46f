"""Feedback where the person is looking: a message above every page, and links that say so when they cannot open."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QWidget

from privacycheck.ui.widgets import plain_label

INFO, ERROR = "info", "error"

STYLE = """
QFrame#notice[kind="info"] { background: #e6f2e6; border: 1px solid #2e7d32; border-radius: 6px; }
QFrame#notice[kind="error"] { background: #fbe9e7; border: 1px solid #b71c1c; border-radius: 6px; }
QFrame#notice QLabel { color: #1b1b1b; }
"""

HIDE_AFTER_MS = 15000
"""A confirmation goes away on its own after this long; an error stays until dismissed."""


class Notice(QFrame):
    """One message at a time, at the top of the window's content: confirmations, errors and links to copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet(STYLE)
        self.setProperty("kind", INFO)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.text = plain_label("", selectable=True)
        self.text.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.text, 1)
        self.address = QLineEdit()
        self.address.setReadOnly(True)
        self.address.setAccessibleName(self.tr("Address to copy"))
        self.address.setMinimumWidth(260)
        layout.addWidget(self.address, 1)
        self.copy = QPushButton(self.tr("Copy the address"))
        self.copy.clicked.connect(self._copy)
        layout.addWidget(self.copy)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setObjectName("notice-hide")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, kind: str = INFO, address: str | None = None) -> None:
        """Show `text` (plain text); with `address`, a field and a button to copy it. Errors stay until dismissed."""
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(text)
        self.address.setText(address or "")
        self.address.setVisible(bool(address))
        self.copy.setVisible(bool(address))
        self.setAccessibleDescription(text)
        self.show()
        if kind == INFO and not address:
            self._timer.start(HIDE_AFTER_MS)
        else:
            self._timer.stop()

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.address.text())
        self.copy.setText(self.tr("Copied"))


@runtime_checkable
class LinkFailures(Protocol):
    """A window that can tell the person a link did not open, and show its address."""

    def link_failed(self, url: str) -> None: ...


def open_url(widget: QWidget, url: str) -> bool:
    """Open `url` in the browser; when that fails, the window shows the address to copy."""
    if QDesktopServices.openUrl(QUrl(url)):
        return True
    window = widget.window()
    if isinstance(window, LinkFailures):
        window.link_failed(url)
    return False
