"""Shared test set-up: Qt offscreen (without a display Qt aborts the whole process), hypothesis profiles."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from privacycheck.ui.window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data directory with an unencrypted store (no keyring dialog), the first run done, the three first platforms."""
    from privacycheck.storage.settings import write_settings
    from privacycheck.storage.store import KeyMode, Store

    monkeypatch.setenv("PRIVACYCHECK_MANAGED_CONFIG", str(tmp_path / "no-managed-config.json"))
    directory = tmp_path / "home"
    Store.open(directory, secrets=None, new_mode=KeyMode.PLAINTEXT).close()
    write_settings(directory, {"first_run_done": True, "platforms": ["facebook", "instagram", "x"]})
    return directory


@pytest.fixture
def open_window(qtbot: Any) -> Iterator[Callable[..., Any]]:
    """Opens real main windows on a data directory, loaded; closes them (and their tray icons) afterwards."""
    from privacycheck.ui.context import AppContext
    from privacycheck.ui.window import MainWindow

    windows: list[MainWindow] = []

    def make(directory: Path, lang: str = "en") -> MainWindow:
        window = MainWindow(AppContext(directory), lang)
        qtbot.addWidget(window)
        window.show()
        window._load()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.tray is not None:
            window.tray.icon.hide()
        window.quitting = True
        window.close()
