"""Screenshots of the main screens in English and French, for the README: `make screenshots`.

Runs offscreen (no display needed) on a throw-away data directory with a demonstration check.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PRIVACYCHECK_MANAGED_CONFIG"] = str(Path(tempfile.gettempdir()) / "privacycheck-no-managed-config.json")

from PySide6.QtWidgets import QApplication

from privacycheck.core.answers import parse_answers
from privacycheck.services.assessments import save_assessment
from privacycheck.storage.settings import write_settings
from privacycheck.storage.store import KeyMode, Store
from privacycheck.ui.context import AppContext
from privacycheck.ui.main import Translations, app_icon
from privacycheck.ui.window import CHECK, HISTORY, HOME, RESULTS, MainWindow

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "answers.json"
PAGES = {"home": HOME, "check": CHECK, "results": RESULTS, "history": HISTORY}


def demo_context(home: Path) -> AppContext:
    """A passphrase-protected store with an older, more exposed check and a current one."""
    write_settings(home, {"first_run_done": True, "platforms": ["facebook", "instagram"]})
    context = AppContext(home)
    context.store = Store.open(home, secrets=None, passphrase=lambda: "demo passphrase", new_mode=KeyMode.PASSPHRASE)
    context.load_content()
    assert context.checklist is not None
    answers = parse_answers(json.loads(EXAMPLE.read_text()), context.checklist)
    earlier = answers
    for item_id in list(answers.choices)[::3]:
        item = context.checklist.items[item_id]
        earlier = earlier.with_choice(item_id, max(item.options, key=lambda o: o.exposure).id)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for days, given in ((200, earlier), (95, answers)):
        when = now - dt.timedelta(days=days)
        save_assessment(context.store, context.checklist, given, created=when, clock=lambda when=when: when)
    return context


SIZE = (1366, 768)
"""A common laptop screen."""


def grab(app: QApplication, window: MainWindow, path: Path) -> None:
    app.processEvents()
    window.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "fr"):
        translations.use(lang)
        with tempfile.TemporaryDirectory() as directory:  # a new user: the essentials first, no score yet
            home = Path(directory)
            write_settings(home, {"first_run_done": True, "platforms": ["facebook", "instagram"]})
            context = AppContext(home)
            context.store = Store.open(
                home, secrets=None, passphrase=lambda: "demo passphrase", new_mode=KeyMode.PASSPHRASE
            )
            window = MainWindow(context, lang, app_icon())
            window.show()
            window._load()
            window.showNormal()  # at the common laptop size, whatever the offscreen screen's
            window.resize(*SIZE)
            grab(app, window, out / f"start-{lang}.png")
            window.close()
        with tempfile.TemporaryDirectory() as directory:
            context = demo_context(Path(directory))
            window = MainWindow(context, lang, app_icon())
            window.show()
            window._load()
            window.showNormal()  # at the common laptop size, whatever the offscreen screen's
            window.resize(*SIZE)
            session = context.session
            assert session is not None
            for step in session.score.plan[:2]:
                session.set_done(step.item.id, True)
            window.rebuild(lang)
            for name, page in PAGES.items():
                if page == CHECK:
                    continue
                window.go(page)
                if page == HISTORY:
                    window.history.table.selectAll()
                    window.history.compare.click()
                grab(app, window, out / f"{name}-{lang}.png")
            window.go(HOME)
            window.home.start.click()  # a new check from the last answers: each to confirm
            window.notice.hide()
            window.go(CHECK)
            window.check.sections.setCurrentRow(1)
            grab(app, window, out / f"check-{lang}.png")
            window.quitting = True
            window.close()
    small_and_dark(app, translations, out)


def small_and_dark(app: QApplication, translations: Translations, out: Path) -> None:
    """The smallest laptop screen (1024×600) in both languages, and the dark palette: `small-*.png`, `dark-*.png`."""
    from PySide6.QtGui import QColor, QPalette

    for lang, shade in (("en", "light"), ("fr", "light"), ("en", "dark")):
        translations.use(lang)
        before = app.palette()
        if shade == "dark":
            dark = QPalette()
            for role, colour in (
                (QPalette.ColorRole.Window, "#202124"),
                (QPalette.ColorRole.WindowText, "#e8eaed"),
                (QPalette.ColorRole.Base, "#2b2c2f"),
                (QPalette.ColorRole.Text, "#e8eaed"),
                (QPalette.ColorRole.Button, "#303134"),
                (QPalette.ColorRole.ButtonText, "#e8eaed"),
                (QPalette.ColorRole.Highlight, "#8ab4f8"),
                (QPalette.ColorRole.HighlightedText, "#202124"),
                (QPalette.ColorRole.Mid, "#5f6368"),
            ):
                dark.setColor(role, QColor(colour))
            app.setPalette(dark)
        with tempfile.TemporaryDirectory() as directory:
            window = MainWindow(demo_context(Path(directory)), lang, app_icon())
            window.show()
            window._load()
            window.showNormal()
            window.resize(*((1024, 600) if shade == "light" else SIZE))
            prefix = "small" if shade == "light" else "dark"
            for name, page in (("check", CHECK), ("results", RESULTS), ("history", HISTORY)):
                window.go(page)
                if page == HISTORY:
                    window.history.previous.click()
                grab(app, window, out / f"{prefix}-{name}-{lang}.png")
            window.quitting = True
            window.close()
        app.setPalette(before)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
