"""The built wheel carries the packs, their schema and the resources, and the console script."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_contains_checklists_and_resources(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("privacycheck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    packs = sorted(p.name for p in (ROOT / "checklists").glob("*.json"))
    assert packs, "no built-in packs to ship"
    for name in packs:
        assert f"privacycheck/checklists/{name}" in names
    assert "privacycheck/checklists/schema/pack.schema.json" in names
    shipped_resources = {n for n in names if n.startswith("privacycheck/resources/")}
    expected = {f"privacycheck/{p.relative_to(ROOT)}" for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert expected and expected <= shipped_resources
    assert not {n for n in names if n.startswith(("tests/", "benchmarks/"))}
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "privacycheck = privacycheck.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
