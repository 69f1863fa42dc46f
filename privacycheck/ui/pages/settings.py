"""Settings: language, platforms, re-check interval, data export and deletion, and how the data is protected."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacycheck.core.model import PLATFORMS
from privacycheck.ui.labels import platform_names
from privacycheck.ui.protection import ProtectionControls
from privacycheck.ui.widgets import Card, plain_label

LANGUAGES = (("en", "English"), ("fr", "Français"))


class SettingsPage(QWidget):
    sig_language = Signal(str)
    """The user chose another language ("en" or "fr")."""

    sig_platforms = Signal(list)
    """The user changed the platforms they use."""

    sig_interval = Signal(int)
    """The user chose a re-check interval in days."""

    sig_export = Signal()
    """The user asked to export everything."""

    sig_delete = Signal()
    """The user asked to delete everything."""

    sig_attest = Signal()
    """The user asked for the attestation for HR."""

    sig_update = Signal()
    """The user asked to check for checklist updates now."""

    def __init__(
        self,
        lang: str,
        platforms: tuple[str, ...],
        interval: int,
        maximum_interval: int,
        protection: str,
        parent: QWidget | None = None,
        *,
        updates: bool = False,
    ) -> None:
        """`updates`: whether the organisation set an update source (without one, there is nothing to check)."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Settings"), bold=True, size=16))

        general = Card()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex([code for code, _ in LANGUAGES].index(lang))
        self.language.currentIndexChanged.connect(self._language)
        form.addRow(self.tr("&Language"), self.language)
        boxes = QGridLayout()  # four to a row: eight platforms fit a 1024-pixel window
        self.platforms: dict[str, QCheckBox] = {}
        for number, platform in enumerate(PLATFORMS):
            box = QCheckBox(platform_names()[platform])
            box.setChecked(platform in platforms)
            box.toggled.connect(self._platforms)
            boxes.addWidget(box, number // 4, number % 4)
            self.platforms[platform] = box
        form.addRow(self.tr("Platforms I use"), boxes)
        self.interval = QSpinBox()
        self.interval.setRange(7, maximum_interval)
        self.interval.setValue(min(interval, maximum_interval))
        self.interval.setSuffix(self.tr(" days"))
        self.interval.setAccessibleName(self.tr("Re-check every (days)"))
        self.interval.valueChanged.connect(self.sig_interval.emit)
        form.addRow(self.tr("&Re-check every"), self.interval)
        general.layout_.addLayout(form)
        update_row = QHBoxLayout()
        self.update_button = QPushButton(self.tr("Check for checklist updates"))
        self.update_button.setToolTip(self.tr("Only when you ask: fetches signed updates from your organisation."))
        self.update_button.clicked.connect(self.sig_update.emit)
        self.update_button.setVisible(updates)
        update_row.addWidget(self.update_button)
        update_row.addStretch(1)
        general.layout_.addLayout(update_row)
        layout.addWidget(general)

        data = Card()
        data.layout_.addWidget(plain_label(self.tr("Your data"), bold=True, size=12))
        self.protection = plain_label(protection)
        data.layout_.addWidget(self.protection)
        self.protect = ProtectionControls()
        data.layout_.addWidget(self.protect)
        buttons = QHBoxLayout()
        export = QPushButton(self.tr("Export everything…"))
        export.clicked.connect(self.sig_export.emit)
        delete = QPushButton(self.tr("Delete everything…"))
        delete.clicked.connect(self.sig_delete.emit)
        attest = QPushButton(self.tr("Attestation for HR…"))
        attest.clicked.connect(self.sig_attest.emit)
        buttons.addWidget(export)
        buttons.addWidget(attest)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        data.layout_.addLayout(buttons)
        layout.addWidget(data)
        layout.addStretch(1)

    @Slot(int)
    def _language(self, index: int) -> None:
        self.sig_language.emit(self.language.itemData(index))

    @Slot()
    def _platforms(self) -> None:
        chosen = [platform for platform, box in self.platforms.items() if box.isChecked()]
        self.sig_platforms.emit(chosen)
