"""One cold start, for benchmarks/run.py: `python start_window.py bare|app`.

Prints the seconds from interpreter start to the first window exposed, and the peak memory (KiB) at that moment.
Both variants start the same way: same interpreter, same platform plugin, same event loop until exposed.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()


def main(variant: str) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if variant == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
    else:
        from privacycheck.ui.main import Translations, create_window

        window = create_window(app, Translations(app))
        window.show()  # the app loads packs and data after this point (MainWindow.start_loading)
    handle = window.windowHandle()
    while handle is None or not handle.isExposed():
        app.processEvents()
        handle = window.windowHandle()
    shown = time.perf_counter()
    print(f"{shown - STARTED:.6f} {peak_kib()}", flush=True)


def peak_kib() -> int:
    """The process's peak resident memory. Not getrusage: on Linux its maximum survives exec, so a child started
    by a large parent would report the parent's peak."""
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    main(sys.argv[1])
