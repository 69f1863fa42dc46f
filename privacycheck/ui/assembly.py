"""The main window's pages, built over the one session and wired to the window's actions (for `MainWindow.rebuild`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from privacycheck.ui.context import AppContext
    from privacycheck.ui.window import MainWindow

translate = QCoreApplication.translate


def build_pages(window: MainWindow) -> None:
    """Make every page in the window's language, as the window's attributes, and connect their signals."""
    from privacycheck.ui.pages.check import CheckPage
    from privacycheck.ui.pages.history import HistoryPage
    from privacycheck.ui.pages.home import HomePage
    from privacycheck.ui.pages.incident_setup import incident_page
    from privacycheck.ui.pages.results import ResultsPage
    from privacycheck.ui.pages.settings import SettingsPage
    from privacycheck.ui.window import RESULTS

    lang, context, actions, guarded = window.lang, window.context, window.commands, window._guarded
    session = context.session
    assert session is not None and context.checklist is not None
    window.home = HomePage(lang, context.organisation, context.policy_url)
    window.home.sig_start.connect(window._start)
    window.home.sig_new.connect(guarded(actions.new_check))
    window.home.sig_guide.connect(window.open_lockdown)
    window.home.sig_results.connect(lambda: window.go(RESULTS))
    window.home.sig_explained.connect(window._explained)
    window.check = CheckPage(session, lang)
    window.check.sig_changed.connect(window.refresh)
    window.check.sig_finish.connect(lambda: window.go(RESULTS))
    window.check.sig_full.connect(lambda: window._start("full"))
    window.results = ResultsPage(session, lang)
    window.results.sig_changed.connect(window._fix_ticked)
    window.results.sig_answers.connect(window.check.reload)
    window.results.sig_answers.connect(window.refresh)
    window.results.sig_finish.connect(guarded(actions.finish))
    window.results.sig_report.connect(guarded(actions.save_report))
    window.results.sig_full.connect(lambda: window._start("full"))
    window.history = HistoryPage(lang)
    window.history.sig_compare.connect(guarded(actions.compare))
    window.guide = incident_page(window)
    config = context.managed.config if context.managed else None
    window.settings = SettingsPage(
        lang,
        context.platforms,
        context.recheck_interval_days,
        context.longest_interval_days,
        protection_text(context),
        updates=bool(config and config.update_url),
    )
    window.settings.sig_language.connect(window.sig_language_changed.emit)
    window.settings.sig_platforms.connect(guarded(actions.platforms))
    window.settings.sig_interval.connect(window._interval)
    window.settings.sig_export.connect(guarded(actions.export))
    window.settings.sig_delete.connect(guarded(actions.delete))
    window.settings.sig_attest.connect(guarded(actions.attest))
    window.settings.sig_update.connect(guarded(actions.check_updates))


def protection_text(context: AppContext) -> str:
    """Where the answers are and how they are protected, in plain words, for the Settings page."""
    from privacycheck.storage.store import KeyMode

    store = context.store
    where = str(context.home)
    if store is None:
        return translate("MainWindow", "Nothing is stored: your answers are lost when you close the app.")
    return {
        KeyMode.KEYRING: translate(
            "MainWindow", "Your answers are stored in %1, encrypted (AES-256). The key is in your system keyring."
        ),
        KeyMode.PASSPHRASE: translate(
            "MainWindow", "Your answers are stored in %1, encrypted (AES-256) with a key made from your passphrase."
        ),
        KeyMode.PLAINTEXT: translate(
            "MainWindow",
            "Your answers are stored in %1 WITHOUT encryption, as you chose. Anyone who "
            "copies these files can read them.",
        ),
    }[store.mode].replace("%1", where)
