"""The installed updates folder, replaced as a whole: staged aside, swapped in, the previous set kept for rollback.

`packs/` is what the catalog loads. An update writes `.packs.staging-*/`, renames it to `packs.new/` once complete,
moves `packs/` to `packs.previous/`, then `packs.new/` to `packs/`. Each step is one rename, so a crash at any moment
leaves a complete set in force: `packs/`, or `packs.new/` when `packs/` is missing (the catalog knows), and `recover()`
finishes or undoes the interrupted swap before the next one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Mapping
from pathlib import Path

from privacycheck.services.catalog import NEW_SUFFIX
from privacycheck.storage.paths import private_umask

PREVIOUS_SUFFIX = ".previous"


def _new(packs_dir: Path) -> Path:
    return packs_dir.with_name(packs_dir.name + NEW_SUFFIX)


def previous(packs_dir: Path) -> Path:
    return packs_dir.with_name(packs_dir.name + PREVIOUS_SUFFIX)


def _leftovers(packs_dir: Path) -> list[Path]:
    parent = packs_dir.parent
    return [*parent.glob(f".{packs_dir.name}.staging-*"), *parent.glob(f".{packs_dir.name}.trash-*")]


def _sync_dir(path: Path) -> None:
    """Make renames inside `path` durable. (Windows cannot open a folder; its renames are journaled anyway.)"""
    if os.name == "nt":
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def recover(packs_dir: Path) -> None:
    """Finish a swap interrupted after `packs/` was moved aside, drop one interrupted before, and remove leftovers."""
    new = _new(packs_dir)
    if new.is_dir():
        if packs_dir.is_dir():
            shutil.rmtree(new)
        else:
            new.rename(packs_dir)
            _sync_dir(packs_dir.parent)
    for leftover in _leftovers(packs_dir):
        shutil.rmtree(leftover, ignore_errors=True)


def replace(packs_dir: Path, files: Mapping[str, bytes]) -> None:
    """Make `files` (name → content) the whole content of `packs_dir`; its old content becomes `<name>.previous`.

    Call `recover()` first, under the same lock. On an error before the swap, nothing in force has changed.
    """
    parent = packs_dir.parent
    with private_umask():
        staging = Path(tempfile.mkdtemp(prefix=f".{packs_dir.name}.staging-", dir=parent))
        try:
            for name, data in files.items():
                with (staging / name).open("wb") as stream:
                    stream.write(data)
                    stream.flush()
                    os.fsync(stream.fileno())
            _sync_dir(staging)
            staging.rename(_new(packs_dir))
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    _sync_dir(parent)
    trash = parent / f".{packs_dir.name}.trash-{uuid.uuid4().hex}"
    if packs_dir.is_dir():
        if previous(packs_dir).is_dir():
            previous(packs_dir).rename(trash)
        packs_dir.rename(previous(packs_dir))
    _new(packs_dir).rename(packs_dir)
    _sync_dir(parent)
    shutil.rmtree(trash, ignore_errors=True)
