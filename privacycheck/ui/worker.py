"""Long work off the GUI thread: a function runs in the thread pool and its result comes back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    sig_done = Signal(object)
    """The work finished with this result (delivered on the GUI thread)."""

    sig_failed = Signal(object)
    """The work raised this exception (delivered on the GUI thread)."""


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which turns domain errors into a dialog
            self._relay.sig_failed.emit(error)
        else:
            self._relay.sig_done.emit(result)


def run_in_background(
    owner: QObject, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
) -> QObject:
    """Run `work` in the global thread pool; `done(result)` or `failed(error)` is then called on the GUI thread.

    `work` must not touch widgets, nor the SQLite connection (which belongs to the GUI thread).
    """
    relay = _Relay(owner)
    relay.sig_done.connect(done)
    relay.sig_failed.connect(failed)
    relay.sig_done.connect(relay.deleteLater)
    relay.sig_failed.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Task(work, relay))
    return relay
