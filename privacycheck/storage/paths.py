"""The data directory: the platform's user data folder, or PRIVACYCHECK_HOME; private to the user."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

ENVIRONMENT_VARIABLE = "PRIVACYCHECK_HOME"
DATABASE_NAME = "privacycheck.db"


def data_dir(environ: Mapping[str, str] = os.environ) -> Path:
    override = environ.get(ENVIRONMENT_VARIABLE)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("privacycheck", appauthor=False)


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files and folders created inside are readable by their owner only."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def ensure_private_dir(path: Path) -> Path:
    with private_umask():
        path.mkdir(parents=True, exist_ok=True)
    return path
