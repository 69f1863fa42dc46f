"""The data directory: the platform's user data folder, or PRIVACYCHECK_HOME; private to the user."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

ENVIRONMENT_VARIABLE = "PRIVACYCHECK_HOME"
DATABASE_NAME = "privacycheck.db"


def data_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """Always absolute: a relative PRIVACYCHECK_HOME is taken from the folder the program was started in."""
    override = environ.get(ENVIRONMENT_VARIABLE)
    if override:
        return Path(override).expanduser().absolute()
    from platformdirs import user_data_path

    return user_data_path("privacycheck", appauthor=False).absolute()


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files and folders created inside are readable by their owner only."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def ensure_private_dir(path: Path) -> Path:
    """Create `path` readable by its owner only; an existing folder of the user's is made so too (0700)."""
    from privacycheck.storage.errors import StorageError

    try:
        with private_umask():
            path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(f"cannot use the folder {path}: {error.strerror or error}", title="No access") from None
    if os.name != "nt":
        with contextlib.suppress(OSError):  # a read-only folder is still read
            info = path.stat()
            if info.st_uid == os.getuid() and info.st_mode & 0o077:
                path.chmod(0o700)
    return path
