"""Translations are part of done: every UI string is in the French .ts, translated, and the .qm is compiled fresh."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "privacycheck_fr.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], str]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            found[(name, message.findtext("source") or "")] = (
                "" if kind in ("unfinished", "obsolete", "vanished") else (translation.text or "")
            )
    return found


def test_the_french_ts_holds_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "privacycheck" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert set(messages(copy)) == set(messages(TS)), "run `make translations` and translate the new strings"


def test_every_string_is_translated_with_its_placeholders() -> None:
    found = messages(TS)
    assert len(found) > 100
    for (context, source), translation in found.items():
        assert translation, f"{context}: {source!r} is not translated"
        for placeholder in ("%1", "%2", "%3", "%4", "%5"):
            assert (placeholder in source) == (placeholder in translation), (context, source)


def test_the_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / QM.name
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_the_french_interface_speaks_as_the_packs_do() -> None:
    """One term for the people practitioners serve and one apostrophe, in the app as in the packs (docs/glossary.md)."""
    import re

    from privacycheck.core.formula import band_meaning

    texts = [*messages(TS).values(), *(band_meaning(band, "fr") for band in ("low", "moderate", "high", "severe"))]
    for text in texts:
        assert "'" not in text, f"straight apostrophe in {text!r}"
        assert not re.search(r"\b(un|des|les|vos|aux|d’|l’)\s*usagers?\b", text), f"bare « usager » in {text!r}"
        assert "personne cliente" not in text, text
