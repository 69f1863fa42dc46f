"""`privacycheck validate`: check pack files alone and together with the built-in packs they must live beside."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from privacycheck.core import rules
from privacycheck.core.loader import PackSource, builtin_sources, read_pack
from privacycheck.core.model import Origin, Pack
from privacycheck.core.problems import Problem


def validate_files(files: Sequence[Path]) -> tuple[list[Problem], int]:
    """Problems of the given files (shape, meaning, and clashes with the built-in packs), and how many were checked.

    A given file is checked as an update would be installed: an org pack (kind "org") beside the built-in packs,
    any other pack superseding the built-in pack of the same id.
    """
    given: list[Pack] = []
    problems: list[Problem] = []
    for path in files:
        pack, found = read_pack(PackSource(path))
        problems.extend(found)
        if pack is not None:
            origin = Origin.ORG if pack.kind == "org" else Origin.UPDATED
            given.append(replace(pack, origin=origin))
    resolved = {_resolved(path) for path in files}
    context = []
    for source in builtin_sources():
        if _resolved(source.path) in resolved:
            continue
        pack, _ = read_pack(source)  # a broken built-in pack is not this command's subject
        if pack is not None:
            context.append(pack)
    names = {str(path) for path in files}
    _, found = rules.check_set([*given, *context])
    problems.extend(problem for problem in found if problem.file in names)
    return problems, len(files)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path
