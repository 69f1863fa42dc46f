"""Guides shown without running a check, such as what to do when a client has found or contacted you."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from privacycheck.core.model import Guide
from privacycheck.ui.notice import open_url
from privacycheck.ui.widgets import Card, plain_label


class GuidePage(QWidget):
    def __init__(self, guides: list[Guide], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        if not guides:
            layout.addWidget(plain_label(self.tr("No guide is installed.")))
        for guide in guides:
            layout.addWidget(plain_label(guide.title.get(lang), bold=True, size=16))
            layout.addWidget(plain_label(guide.summary.get(lang), size=11))
            for section in guide.sections:
                card = Card()
                card.layout_.addWidget(plain_label(section.title.get(lang), bold=True, size=12))
                for number, step in enumerate(section.steps, start=1):
                    card.layout_.addWidget(plain_label(f"{number}. {step.get(lang)}", selectable=True))
                for link in section.links:
                    button = QPushButton(self.tr("Open %1").replace("%1", QUrl(link).host() + QUrl(link).path()))
                    button.setToolTip(link)
                    button.clicked.connect(lambda _=False, url=link: open_url(self, url))
                    row = QHBoxLayout()
                    row.addWidget(button)
                    row.addStretch(1)
                    card.layout_.addLayout(row)
                layout.addWidget(card)
        layout.addStretch(1)
        scroll.setWidget(content)
        outer.addWidget(scroll)
