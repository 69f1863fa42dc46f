"""Run the command line as a user does, in a subprocess with a private data directory and optional managed config."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(
    *arguments: str,
    home: Path | None = None,
    managed: Path | None = None,
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
    unset: Sequence[str] = (),
) -> subprocess.CompletedProcess[str]:
    """`privacycheck ARGUMENTS`; without `managed`, the managed configuration points to a file that does not exist,
    so that a real one on the test machine never leaks in."""
    environment = {**os.environ, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("LC_ALL", None)
    environment["PRIVACYCHECK_MANAGED_CONFIG"] = str(managed or (ROOT / "tests" / "no-managed-config.json"))
    if home is not None:
        environment["PRIVACYCHECK_HOME"] = str(home)
    environment.update(env or {})
    for name in unset:
        environment.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "privacycheck", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        input=stdin if stdin is not None else "",
        timeout=120,
    )
