"""Writing a file the safe way: a new private file with an unpredictable name beside the target, then one rename.

Never a fixed temporary name: in a shared folder another user could create it first, as a file they can read or as a
link, and receive what was meant to be private.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from privacycheck.errors import PrivacycheckError
from privacycheck.storage.home import TEMP_PREFIX


def _same(one: Path, other: Path) -> bool:
    with contextlib.suppress(OSError):
        return one.samefile(other)
    return False


def refuse_inside(target: Path, home: Path) -> None:
    """A report or an export never lands on the store itself (or inside the data folder)."""
    parent = target.absolute().parent
    if _same(parent, home) or any(_same(parent, folder) for folder in _below(home)):
        raise PrivacycheckError(
            f"refused to write {target}: it is inside privacycheck's data folder ({home}). Choose another place.",
            title="File not written",
        )


def _below(home: Path) -> Iterable[Path]:
    return (home / name for name in ("backups", "packs", "packs.previous", "packs.new"))


def write_private(target: Path, data: bytes, *, home: Path | None = None) -> None:
    """Write `data` to `target` atomically, readable by the owner only (reports and exports hold answers).

    With `home`, a target inside the data folder is refused. Errors become one PrivacycheckError line.
    """
    if home is not None:
        refuse_inside(target, home)
    write_atomic(target, data)


def write_atomic(target: Path, data: bytes, *, mode: int = 0o600) -> None:
    """`data` into a new file of unpredictable name beside `target` (mkstemp: created, never opened), given `mode`,
    then renamed over `target` in one step."""
    directory = target.absolute().parent
    temporary: str | None = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=directory)
        if mode != 0o600:
            os.fchmod(descriptor, mode)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if target.is_dir():
            raise IsADirectoryError(21, "it is a folder", str(target))
        Path(temporary).replace(target)
        temporary = None
    except OSError as error:
        raise PrivacycheckError(f"cannot write {target}: {error.strerror or error}", title="File not written") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
