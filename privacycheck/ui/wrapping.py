"""A radio button whose label wraps onto several lines, so that a long answer never widens its card.

Qt's radio buttons draw their text on one line, and their minimum width is the whole text: one long answer made the
checklist cards wider than a 1024-pixel window. This one breaks its text at spaces to the width it is given, asks its
layout for the height that needs, and keeps the whole text as its accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QRadioButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

NARROWEST_TEXT = 140
"""The text column is never narrower than this (pixels): a word longer than that simply runs on."""


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` broken at spaces into lines no wider than `width` where the words allow."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class WrapRadio(QRadioButton):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setAccessibleName(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._shown_width = -1
        self._show(1 << 20)

    def _indicator(self) -> int:
        option = QStyleOptionButton()
        option.initFrom(self)
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, option, self) + style.pixelMetric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing, option, self
        )

    def _lines(self, width: int) -> list[str]:
        room = max(NARROWEST_TEXT, width - self._indicator() - 8)
        return wrap_words(self.full_text, self.fontMetrics(), room)

    def _show(self, width: int) -> None:
        # `&` would underline the next letter as a keyboard mnemonic: pack text shows as written.
        self.setText("\n".join(self._lines(width)).replace("&", "&&"))
        self._shown_width = width

    def _height(self, lines: int) -> int:
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight, None, self)
        return max(indicator, lines * self.fontMetrics().lineSpacing()) + 6

    def minimumSizeHint(self) -> QSize:
        return QSize(self._indicator() + NARROWEST_TEXT + 8, self._height(1))

    def sizeHint(self) -> QSize:
        one_line = self._indicator() + self.fontMetrics().horizontalAdvance(self.full_text) + 8
        return QSize(one_line, self._height(1))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(len(self._lines(width)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != self._shown_width:
            self._show(event.size().width())
        super().resizeEvent(event)
