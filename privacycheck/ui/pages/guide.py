"""Guides shown without running a check, such as what to do when a client has found or contacted you."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from privacycheck.core.model import Guide
from privacycheck.ui.notice import open_url
from privacycheck.ui.widgets import Card, plain_label

SITES = {
    "facebook.com": "Facebook",
    "instagram.com": "Instagram",
    "x.com": "X",
    "linkedin.com": "LinkedIn",
    "tiktok.com": "TikTok",
    "snapchat.com": "Snapchat",
    "whatsapp.com": "WhatsApp",
    "threads.net": "Threads",
    "google.com": "Google",
}


def site_name(url: str) -> str:
    """The name a reader knows a link by: the platform for its own help pages, else the site without "www."."""
    host = QUrl(url).host().lower()
    for domain, name in SITES.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host.removeprefix("www.")


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
        self.saved = plain_label("")
        """Says where the guide was saved, on the page itself."""
        if not guides:
            layout.addWidget(plain_label(self.tr("No guide is installed.")))
        else:
            save = QPushButton(self.tr("Save this guide as a PDF…"))
            save.setToolTip(self.tr("To keep it at hand or print it; it holds no answer of yours."))
            save.clicked.connect(lambda: self._save(guides, lang))
            top = QHBoxLayout()
            top.addWidget(self.saved, 1)
            top.addWidget(save)
            layout.addLayout(top)
        for guide in guides:
            layout.addWidget(plain_label(guide.title.get(lang), bold=True, size=16))
            layout.addWidget(plain_label(guide.summary.get(lang), size=11))
            for section in guide.sections:
                card = Card()
                card.layout_.addWidget(plain_label(section.title.get(lang), bold=True, size=12))
                for number, step in enumerate(section.steps, start=1):
                    card.layout_.addWidget(plain_label(f"{number}. {step.get(lang)}", selectable=True))
                names = [site_name(link) for link in section.links]
                for link, name in zip(section.links, names, strict=True):
                    count = names.count(name)
                    platform = name in SITES.values()
                    label = (self.tr("%1 help page") if platform else self.tr("Open %1")).replace("%1", name)
                    if count > 1 and platform:  # "Instagram help page 2 of 2"
                        number = names[: section.links.index(link) + 1].count(name)
                        label = self.tr("%1 help page %2 of %3").replace("%1", name)
                        label = label.replace("%2", str(number)).replace("%3", str(count))
                    button = QPushButton(label)
                    button.setToolTip(link)
                    button.setAccessibleDescription(link)
                    button.clicked.connect(lambda _=False, url=link: open_url(self, url))
                    row = QHBoxLayout()
                    row.addWidget(button)
                    row.addStretch(1)
                    card.layout_.addLayout(row)
                layout.addWidget(card)
        layout.addStretch(1)
        scroll.setWidget(content)
        outer.addWidget(scroll)

    def _save(self, guides: list[Guide], lang: str) -> None:
        from privacycheck.errors import PrivacycheckError
        from privacycheck.ui.dialogs import show_error
        from privacycheck.ui.guide_pdf import save_guides

        try:
            saved = save_guides(self, guides, lang)
        except PrivacycheckError as error:
            show_error(self, error)
            return
        if saved is not None:
            self.saved.setText(self.tr("Saved to %1").replace("%1", str(saved)))
