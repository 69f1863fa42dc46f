"""French from the first moment: the catalogue is installed before the window (and its first dialogs) exist, and Qt's
own file dialog reads wholly in French."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from privacycheck.storage.settings import write_settings
from privacycheck.ui.main import Translations, create_window

pytestmark = pytest.mark.gui
ENGLISH = {"&Look in:", "Files of &type:", "File &name:", "&Save", "Cancel", "Folder"}


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp)
    yield translations
    translations.use("en")


def test_the_catalogue_is_in_force_before_the_first_dialog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication, qtbot: QtBot, translations: Translations
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    write_settings(home, {"language": "fr"})
    monkeypatch.setenv("PRIVACYCHECK_HOME", str(home))
    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(tmp_path / "none.json"))
    window = create_window(qapp, translations)
    qtbot.addWidget(window)
    # Nothing is loaded yet: the store (and its protection dialogs) opens after this, already in French.
    assert window.context.store is None
    assert QCoreApplication.translate("PassphrasePrompt", "Passphrase") == "Phrase de passe"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") != "&Look in:"


def test_qts_own_file_dialog_is_wholly_french(qtbot: QtBot, tmp_path: Path, translations: Translations) -> None:
    translations.use("fr")
    dialog = QFileDialog(None, "Enregistrer", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the dialog drawn by Qt, where there is no other
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {label.text() for label in dialog.findChildren(QLabel)} | {
        button.text() for button in dialog.findChildren(QAbstractButton) if button.text()
    }
    assert texts and not texts & ENGLISH, texts & ENGLISH
    dialog.close()


def test_what_widgets_announce_follows_the_language(qtbot: QtBot, translations: Translations) -> None:
    from privacycheck.ui.widgets import ScoreGauge

    translations.use("fr")
    gauge = ScoreGauge()
    qtbot.addWidget(gauge)
    gauge.set_score(29.14, "moderate", "Modéré")
    assert gauge.accessibleDescription() == "29,1 sur 100, Modéré"
    translations.use("en")
    gauge.set_score(29.14, "moderate", "Moderate")
    assert gauge.accessibleDescription() == "29.1 out of 100, Moderate"
