"""One fix in full, beside the Results tables: its platform, its steps, where the setting is and how to verify."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from privacycheck.core.model import Item
from privacycheck.core.output import step_title
from privacycheck.ui.labels import platform_of
from privacycheck.ui.notice import open_url
from privacycheck.ui.widgets import Card, plain_label


class FixDetail(Card):
    """The fix selected in a table; "Open this setting" says so on the page when no browser opens the link."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.platform = plain_label("", bold=True)
        self.title = plain_label("", bold=True, size=12)
        self.steps = plain_label("", selectable=True)
        self.path = plain_label("", selectable=True)
        self.verify = plain_label("")
        self.open_button = QPushButton(self.tr("Open this setting"))
        self.open_button.clicked.connect(self._open)
        for widget in (self.platform, self.title, self.path, self.steps, self.verify, self.open_button):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.link: str | None = None

    def show_item(self, item: Item) -> None:
        lang = self.lang
        self.platform.setText(platform_of(item.platform))
        self.title.setText(step_title(item, lang))
        remediation = item.remediation
        steps = remediation.steps if remediation else ()
        self.steps.setText("\n".join(f"{n}. {step.get(lang)}" for n, step in enumerate(steps, 1)))
        self.path.setText(self.tr("Where: ") + item.setting.path.get(lang) if item.setting else "")
        self.verify.setText(self.tr("How to verify: ") + remediation.verify.get(lang) if remediation else "")
        self.link = item.link
        self.open_button.setVisible(bool(item.link))

    def show_nothing(self, started: bool) -> None:
        """No fix to show: none left, or nothing answered yet."""
        for label in (self.platform, self.steps, self.path, self.verify):
            label.setText("")
        self.title.setText(
            self.tr("Nothing to fix: every item is at its safest answer.")
            if started
            else self.tr("The fixes appear here once you have answered.")
        )
        self.link = None
        self.open_button.setVisible(False)

    def _open(self) -> None:
        if self.link:
            open_url(self, self.link)
