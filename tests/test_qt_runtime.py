"""The Qt binding the app runs on keeps Python's reference counts right: a binding that drops a reference to None on
each call makes the app abort after a few thousand calls on CPython 3.11 (PySide6 6.12.0 does; pyproject.toml
excludes it)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12 on: nothing to drop")
def test_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):  # few enough not to abort on a faulty binding, which loses 200 here
        label.setText("a re-check is due")
    assert sys.getrefcount(None) >= before - 20  # other code may let go of a few references meanwhile
