"""The installed packs: built-in ones, organisation packs and installed updates, loaded together."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from privacycheck.core.loader import LoadResult, PackSource, builtin_sources, load_packs
from privacycheck.core.model import Origin

NEW_SUFFIX = ".new"
"""`packs.new/`: a complete set of updates about to replace `packs/` (see privacycheck.services.packset)."""


def updates_in_force(updates_dir: Path) -> Path | None:
    """The folder of installed updates: `updates_dir`, or `<name>.new` while an update swaps it in.

    An update moves the old `packs/` aside before moving the complete `packs.new/` in: between the two (or after a crash
    there), `packs.new/` is the set in force. `updates_dir` is checked again last in case the swap finished meanwhile.
    """
    for candidate in (updates_dir, updates_dir.with_name(updates_dir.name + NEW_SUFFIX), updates_dir):
        if candidate.is_dir():
            return candidate
    return None


def installed_sources(updates_dir: Path | None = None, org_packs: Iterable[Path] = ()) -> list[PackSource]:
    """Every pack file: built-in, installed updates (superseding built-ins of the same id), then org packs."""
    sources = builtin_sources()
    folder = None if updates_dir is None else updates_in_force(updates_dir)
    if folder is not None:
        sources += [PackSource(path, Origin.UPDATED) for path in sorted(folder.glob("*.json"))]
    sources += [PackSource(path, Origin.ORG) for path in org_packs]
    return sources


def load_installed(updates_dir: Path | None = None, org_packs: Iterable[Path] = ()) -> LoadResult:
    return load_packs(installed_sources(updates_dir, org_packs))
