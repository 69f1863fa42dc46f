"""Small app settings that are not personal (language, first run done), in a JSON file in the data directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FILE_NAME = "settings.json"


def read_settings(directory: Path) -> dict[str, Any]:
    """The saved settings; a missing or unreadable file gives the defaults (it is rewritten on the next change)."""
    try:
        data = json.loads((directory / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def write_settings(directory: Path, settings: dict[str, Any]) -> None:
    """Atomically: a crash leaves the old file or the new one, never half of one."""
    # Imported here: reading the settings is on the way to the first window, writing them is not.
    from privacycheck.storage.files import write_private
    from privacycheck.storage.home import prepare_home

    prepare_home(directory)
    write_private(directory / FILE_NAME, json.dumps(settings, indent=2, sort_keys=True).encode("utf-8"))
