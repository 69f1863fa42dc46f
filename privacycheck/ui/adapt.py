"""What the window does to its pages each time it builds them: the menu bar and its shortcuts, one Tab
stop per table, the sidebar's long names wrapped, a scrolling fix detail, and the check's section list turning into
a drop-down list when the window is narrow (a 1024-pixel laptop screen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QComboBox,
    QHeaderView,
    QLayout,
    QListView,
    QListWidget,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from privacycheck.ui.a11y import one_tab_stop
from privacycheck.ui.keyboard import install_menus

NARROW_PAGE = 900
"""Below this page width (pixels) the check's sections are a drop-down list above the cards."""


def adapt_pages(window: Any) -> None:
    """Everything above but the focus rings (`keyboard.install_keyboard`), over the pages `window` has just built."""
    install_menus(window)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        keep_focus_in_view(app)
    sidebar = window.sidebar
    sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    sidebar.setResizeMode(QListView.ResizeMode.Adjust)
    sidebar.setWordWrap(True)
    wrap_rows(sidebar)
    for view in window.stack.findChildren(QAbstractItemView):
        if not isinstance(view, QListView) or isinstance(view, QListWidget):
            one_tab_stop(view)
    for header in window.stack.findChildren(QHeaderView):
        if not header.accessibleName():
            header.setAccessibleName(QCoreApplication.translate("Adapt", "Column headings"))
    for tabs in window.stack.findChildren(QTabWidget):
        if not tabs.accessibleName():  # named after its tabs: "Fix first, Every point explained"
            tabs.setAccessibleName(", ".join(tabs.tabText(i).replace("&", "") for i in range(tabs.count())))
    check = getattr(window, "check", None)
    if check is not None and hasattr(check, "sections") and hasattr(check, "heading"):
        column = layout_holding(check.layout(), check.heading)
        if isinstance(column, QBoxLayout):
            NarrowSections(check, check.sections, column)
    scroller = getattr(check, "scroller", None)
    if isinstance(scroller, QScrollArea):  # no Tab stop of its own: every card has answers, and the view follows them
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        CardsBeforeButtons(scroller, [getattr(check, name, None) for name in ("previous", "next", "full", "finish")])
    detail = getattr(getattr(window, "results", None), "detail", None)
    if isinstance(detail, QWidget):
        scroll_in_place(detail)


ROW_PADDING = 48
"""What a sidebar row's margins, padding and focus border take from its width (window.py's style sheet)."""


def wrap_rows(view: QListWidget) -> None:
    """Give each row the height its text needs when wrapped to the row's width. Qt measures a row without the style
    sheet's padding, so a name a little narrower than the sidebar would be measured on one line, then drawn
    elided ("When a client finds …")."""
    panel = view.parentWidget()
    width = panel.maximumWidth() if panel is not None and panel.maximumWidth() < 10_000 else view.width()
    font = view.font()
    font.setPointSizeF(max(font.pointSizeF(), 11.0))  # the style sheet's size for the sidebar
    metrics = QFontMetrics(font)
    room = max(40, width - ROW_PADDING)
    for row in range(view.count()):
        item = view.item(row)
        if item is None:
            continue
        lines = metrics.boundingRect(0, 0, room, 10_000, int(Qt.TextFlag.TextWordWrap), item.text()).height()
        item.setSizeHint(QSize(width - 4, lines + 26))


def keep_focus_in_view(app: QApplication) -> None:
    """Whatever moves the focus (Tab, the arrow keys inside a group of answers, a shortcut), the scroll area around
    the focused control scrolls to show it: focus never goes below the visible part of the page."""
    if app.property("keeps_focus_in_view"):
        return
    app.setProperty("keeps_focus_in_view", True)

    def follow(_old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        parent = new.parentWidget()
        while parent is not None:
            content = parent.widget() if isinstance(parent, QScrollArea) else None
            if isinstance(parent, QScrollArea) and content is not None and content.isAncestorOf(new):
                parent.ensureWidgetVisible(new, 16, 24)
                return
            parent = parent.parentWidget()

    app.focusChanged.connect(follow)


def layout_holding(root: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout, `root` or one nested in it, that holds `widget` directly."""
    if root is None:
        return None
    if root.indexOf(widget) >= 0:
        return root
    for index in range(root.count()):
        item = root.itemAt(index)
        inner = item.layout() if item is not None else None
        found = layout_holding(inner, widget) if inner is not None else None
        if found is not None:
            return found
    return None


def scroll_in_place(widget: QWidget) -> QScrollArea | None:
    """Put `widget` in a frameless scroll area where it stands, so that a long text scrolls instead of being cut."""
    parent = widget.parentWidget()
    layout = layout_holding(parent.layout() if parent is not None else None, widget)
    if layout is None or isinstance(parent, QScrollArea):
        return None
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout.replaceWidget(widget, scroll)
    scroll.setWidget(widget)
    return scroll


class NarrowSections(QObject):
    """The section list beside the cards when the page is wide; a drop-down list over the same rows, above the
    cards, when it is narrow. Both follow the same current section."""

    def __init__(self, page: QWidget, sections: QListWidget, column: QBoxLayout) -> None:
        super().__init__(page)
        self.page, self.sections = page, sections
        self.combo = QComboBox()
        self.combo.setObjectName("sections_combo")
        self.combo.setAccessibleName(sections.accessibleName())
        self.combo.setModel(sections.model())  # the same rows: labels and progress stay in step
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        self.combo.setCurrentIndex(sections.currentRow())
        column.insertWidget(0, self.combo)
        QWidget.setTabOrder(sections, self.combo)  # right after the list it stands for, before the cards
        sections.currentRowChanged.connect(self.combo.setCurrentIndex)
        self.combo.currentIndexChanged.connect(self._chosen)
        page.installEventFilter(self)
        self._follow_width()

    def _chosen(self, row: int) -> None:
        if row >= 0 and row != self.sections.currentRow():
            self.sections.setCurrentRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Resize:
            self._follow_width()
        return False

    def _follow_width(self) -> None:
        narrow = self.page.width() < NARROW_PAGE
        self.sections.setVisible(not narrow)
        self.combo.setVisible(narrow)


class CardsBeforeButtons(QObject):
    """Tab goes through a section's cards before the buttons under them (Previous, Next, See my results): the cards
    are built after the buttons each time a section opens, so Qt's creation order would put them last."""

    def __init__(self, scroller: QScrollArea, buttons: list[Any]) -> None:
        super().__init__(scroller)
        self.scroller = scroller
        self.buttons = [button for button in buttons if isinstance(button, QWidget)]
        scroller.viewport().installEventFilter(self)
        self.order()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildAdded:
            self.order()
        return False

    def order(self) -> None:
        content = self.scroller.widget()
        if content is None or not self.buttons:
            return
        focusable = [w for w in content.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if not focusable:
            return
        last = focusable[-1]
        for button in self.buttons:
            QWidget.setTabOrder(last, button)
            last = button
