"""The data folder as privacycheck's own: made (or adopted empty) by it, marked, and emptied only of its own files.

A folder holding anything else (a Documents folder named in PRIVACYCHECK_HOME by mistake) is never written into, and
"delete everything" never touches a file whose name privacycheck does not use.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from privacycheck.errors import PrivacycheckError
from privacycheck.storage.errors import NotOurFolder, StorageError
from privacycheck.storage.paths import DATABASE_NAME, ensure_private_dir, private_umask
from privacycheck.storage.secrets import SecretStore

MARKER = ".privacycheck-home"
"""An empty file: this folder was made, or adopted empty, by privacycheck."""
TEMP_PREFIX = ".privacycheck-tmp-"
KEY_NAME = "data-key:{store_id}"

# Every name privacycheck may create in its data folder (fnmatch patterns); nothing else is ever deleted.
OWN_FILES = (
    MARKER,
    DATABASE_NAME,
    f"{DATABASE_NAME}-wal",
    f"{DATABASE_NAME}-shm",
    f"{DATABASE_NAME}-journal",
    f"{DATABASE_NAME}.unreadable-*",
    "settings.json",
    ".settings.json.tmp",
    "update-state.json",
    ".update-state.json.tmp",
    "update.lock",
    f"{TEMP_PREFIX}*",
)
OWN_FOLDERS = ("backups", "packs", "packs.previous", "packs.new", ".packs.staging-*", ".packs.trash-*")


def is_own(entry: Path) -> bool:
    """Whether privacycheck makes an entry of this name and kind in its data folder."""
    if entry.is_symlink():
        return False
    patterns = OWN_FOLDERS if entry.is_dir() else OWN_FILES
    return any(fnmatch.fnmatchcase(entry.name, pattern) for pattern in patterns)


def prepare_home(directory: Path) -> Path:
    """Make `directory` the data folder, or refuse (NotOurFolder) when it holds files privacycheck did not make.

    A new or empty folder is created private and marked; a marked one is used as it is; one made by an earlier
    release (no marker, only privacycheck's own files) is marked now.
    """
    try:
        entries = [] if not directory.exists() else list(directory.iterdir())
    except NotADirectoryError:
        raise NotOurFolder(f"{directory} is a file, not a folder: choose a folder for PRIVACYCHECK_HOME.") from None
    except OSError as error:
        raise StorageError(
            f"cannot read the folder {directory}: {error.strerror or error}", title="No access"
        ) from None
    if not any(entry.name == MARKER for entry in entries):
        foreign = sorted(entry.name for entry in entries if not is_own(entry))
        if foreign:
            shown = ", ".join(repr(name[:40]) for name in foreign[:3]) + (", …" if len(foreign) > 3 else "")
            raise NotOurFolder(
                f"{directory} already holds files privacycheck did not make ({shown}). It keeps its data only in a "
                "folder of its own: set PRIVACYCHECK_HOME to a new or empty folder. Nothing was changed."
            )
    ensure_private_dir(directory)
    marker = directory / MARKER
    if not marker.exists():
        try:
            with private_umask():
                marker.touch()
        except OSError:
            pass  # a read-only folder of privacycheck's own files can still be read
    return directory


def _store_id(path: Path) -> str | None:
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, ValueError, OSError):
        return None  # a damaged file: still erased below
    return str(row[0]) if row else None


def erase(directory: Path, secrets: Callable[[], SecretStore] | None) -> tuple[list[str], list[str]]:
    """Delete what privacycheck stores in `directory`, and the keyring entry; then the folder, if nothing else is in it.

    Returns (what was removed, what was left because privacycheck did not make it).
    """
    removed: list[str] = []
    store_id = _store_id(directory / DATABASE_NAME) if (directory / DATABASE_NAME).exists() else None
    if store_id is not None and secrets is not None:
        try:
            secrets().delete(KEY_NAME.format(store_id=store_id))
            removed.append("the data key in the system keyring")
        except PrivacycheckError:
            pass  # no keyring now: nothing of ours can be in it to remove
    if not directory.is_dir():
        return removed, []
    left: list[str] = []
    try:
        for entry in sorted(directory.iterdir()):
            if entry.name == MARKER:
                continue
            if not is_own(entry):
                left.append(entry.name)
            elif entry.is_dir():
                shutil.rmtree(entry)
                removed.append(str(entry))
            else:
                entry.unlink()
                removed.append(str(entry))
        if not left:
            (directory / MARKER).unlink(missing_ok=True)
            directory.rmdir()
    except OSError as error:
        raise StorageError(
            f"cannot delete everything in {directory}: {error.strerror or error}. What could be deleted was.",
            title="Not deleted",
        ) from None
    return removed, left


def move_aside(directory: Path, when: dt.datetime) -> Path:
    """Rename a database that cannot be opened, so that a new one can start; the old bytes are kept as they were."""
    path = directory / DATABASE_NAME
    target = directory / f"{DATABASE_NAME}.unreadable-{when:%Y%m%dT%H%M%SZ}"
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.replace(Path(f"{target}{suffix}"))
    return target
