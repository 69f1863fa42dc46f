"""The installed packs: built-in ones, organisation packs and installed updates, loaded together."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from privacycheck.core.loader import LoadResult, PackSource, builtin_sources, load_packs
from privacycheck.core.model import Origin


def installed_sources(updates_dir: Path | None = None, org_packs: Iterable[Path] = ()) -> list[PackSource]:
    """Every pack file: built-in, installed updates (superseding built-ins of the same id), then org packs."""
    sources = builtin_sources()
    if updates_dir is not None and updates_dir.is_dir():
        sources += [PackSource(path, Origin.UPDATED) for path in sorted(updates_dir.glob("*.json"))]
    sources += [PackSource(path, Origin.ORG) for path in org_packs]
    return sources


def load_installed(updates_dir: Path | None = None, org_packs: Iterable[Path] = ()) -> LoadResult:
    return load_packs(installed_sources(updates_dir, org_packs))
