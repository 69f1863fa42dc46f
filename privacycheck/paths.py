"""Where the packaged data lives: inside the installed package, or at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path


def packaged(name: str) -> Path:
    """The folder `name` ("checklists" or "resources") shipped with the app.

    In a wheel (and a PyInstaller bundle) it sits inside the package; in a source checkout, beside it.
    """
    # Beside this file in a wheel or a bundle; importlib.resources would say the same, and takes longer to import.
    inside = Path(__file__).resolve().parent / name
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[1] / name
