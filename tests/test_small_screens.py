"""Every page at 1024×600, in English and French: nothing elided, cut or scrolling sideways; the window opens inside
the screen's available area."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from privacycheck.ui.a11y import fit_to_screen
from privacycheck.ui.context import AppContext
from privacycheck.ui.main import Translations
from privacycheck.ui.window import CHECK, GUIDE, HISTORY, HOME, RESULTS, SETTINGS, MainWindow
from tests.ui_walk import clipped, settle, two_checks

pytestmark = pytest.mark.gui
PAGES = {"home": HOME, "check": CHECK, "results": RESULTS, "history": HISTORY, "guide": GUIDE, "settings": SETTINGS}


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(tmp_path / "no-managed-config.json"))
    return two_checks(tmp_path / "home")


@pytest.fixture
def french(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.use("en")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_page_fits_1024_by_600(lang: str, data: Path, qtbot: QtBot, french: Translations) -> None:
    french.use(lang)
    window = MainWindow(AppContext(data), lang)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window._load()
    window.history.table.selectRow(0)
    problems = []
    for name, page in PAGES.items():
        window.go(page)
        settle()
        problems += [f"{name}: {problem}" for problem in clipped(window)]
    window.close()
    assert not problems, "\n".join(problems)


def test_the_window_opens_inside_the_available_area(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    laptop = QRect(0, 0, 1366, 768 - 32)  # a 1366×768 screen less its task bar
    fit_to_screen(window, laptop)
    assert window.width() <= laptop.width() and window.height() + 32 <= laptop.height()
    assert laptop.contains(window.geometry())


def test_a_large_screen_gets_the_preferred_size_centred(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    fit_to_screen(window, QRect(0, 0, 2560, 1400))
    assert window.size() == QSize(1280, 800)
    assert window.x() == (2560 - 1280) // 2


def test_a_1024_by_600_screen_still_fits_the_smallest_window(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    fit_to_screen(window, QRect(0, 24, 1024, 576))
    assert window.minimumWidth() <= 1024 and window.minimumHeight() <= 576
    assert window.height() <= 576


SCALED = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from privacycheck.ui.context import AppContext
from privacycheck.ui.main import Translations, app_icon
from privacycheck.ui.window import MainWindow
from tests.ui_walk import clipped, settle, two_checks

app = QApplication([])
Translations(app).use("fr")
assert app.devicePixelRatio() == 2, app.devicePixelRatio()
icon = app_icon().pixmap(QSize(32, 32))
assert icon.deviceIndependentSize().width() == 32 and icon.width() == 64, (icon.width(), icon.devicePixelRatio())
window = MainWindow(AppContext(two_checks(Path(sys.argv[1]))), "fr")
window.resize(1024, 600)
window.show()
window._load()
problems = []
for page in range(6):
    window.go(page)
    settle()
    problems += clipped(window)
print("\\n".join(problems))
sys.exit(1 if problems else 0)
"""


def test_at_200_percent_pages_fit_and_the_icon_is_drawn_from_the_svg(tmp_path: Path) -> None:
    """A 4K screen at 200 %: the same logical layout, and the icon drawn at twice the pixels, not blown up."""
    import os
    import subprocess
    import sys

    environ = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    environ["PRIVACYCHECK_MANAGED_CONFIG"] = str(tmp_path / "none.json")
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", SCALED, str(tmp_path / "home")],
        cwd=root,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_section_drop_down_follows_the_list_and_leads_it(data: Path, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox

    window = MainWindow(AppContext(data), "en")
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window._load()
    window.go(CHECK)
    settle()
    combo = window.check.findChild(QComboBox, "sections_combo")
    assert combo is not None and combo.isVisible() and not window.check.sections.isVisible()
    combo.setCurrentIndex(2)
    assert window.check.sections.currentRow() == 2
    assert window.check.heading.text() in combo.currentText()
    window.check.next.click()
    assert combo.currentIndex() == 3
    window.resize(1400, 800)
    settle()
    assert window.check.sections.isVisible() and not combo.isVisible()
