"""The HR attestation: what it holds, what it never holds, and the command's preview and confirmation."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from privacycheck.core.answers import Answers
from privacycheck.core.scoring import Checklist
from privacycheck.services.assessments import save_assessment
from privacycheck.services.attest import (
    AttestationError,
    attestation,
    attestation_html,
    attestation_json,
    attestation_lines,
)
from privacycheck.services.catalog import load_installed
from privacycheck.storage.store import KeyMode, Record, Store
from tests.clirun import run
from tests.factory import built, item, pack, text, write

SECRET_ITEM = "org.zq.client_contact_zq"
SECRET_OPTION = "weekly_contact_zq"
OTHER_ITEM = "org.zq.other_zq"
NOTE = "note-about-a-client-zq"
FINDING = "finding-about-a-client-zq"
ORGANISATION = "Acme Family Services"


def org_pack() -> dict[str, Any]:
    options = [
        {"id": "never", "label": text("Never"), "exposure": 0.0},
        {"id": SECRET_OPTION, "label": text("Every week"), "exposure": 0.7},
        {"id": "daily_zq", "label": text("Every day"), "exposure": 1.0},
    ]
    return pack("org.zq", [item(SECRET_ITEM, options=options, severity=5), item(OTHER_ITEM)], kind="org")


def checklist_with(path: Path) -> Checklist:
    result = load_installed(None, [path])
    assert not result.problems
    return Checklist(result.packs)


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Checklist]:
    org = write(tmp_path, "org.json", org_pack())
    managed = write(tmp_path, "managed.json", {"organisation": ORGANISATION, "packs": ["org.json"]})
    return tmp_path / "home", managed, checklist_with(org)


def save(home: Path, checklist: Checklist, **extra: Any) -> float:
    answers = Answers(frozenset({"x"}), {SECRET_ITEM: SECRET_OPTION, "x.protect_posts": "unknown"})
    with Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        _, score = save_assessment(store, checklist, answers, notes={SECRET_ITEM: NOTE}, findings={OTHER_ITEM: FINDING})
    return round(score.score, 1)


def forbidden(score: float) -> list[str]:
    """What an attestation must never contain: item ids, option ids, notes, findings, the exact score."""
    return [SECRET_ITEM, OTHER_ITEM, SECRET_OPTION, NOTE, FINDING, f"{score:.1f}", f"{score:.1f}".replace(".", ",")]


def assert_clean(data: bytes | str, score: float) -> None:
    shown = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    flat = re.sub(r"\s+", "", shown)
    for secret in forbidden(score):
        assert secret not in shown and secret not in flat, secret


def record(status: str = "complete", **summary: Any) -> Record:
    when = dt.datetime(2026, 11, 3, 15, tzinfo=dt.UTC)
    return Record(
        4,
        when,
        when,
        status,
        {"answers": {SECRET_ITEM: SECRET_OPTION}, "notes": {SECRET_ITEM: NOTE}, "packs": {"x": "1.2.0", "org.zq": "3"}},
        {"score": 42.7, "band": "moderate", "answered": 17, "applicable": 20, **summary},
    )


# ---- the content -------------------------------------------------------------------------------------------------


def test_the_attestation_holds_exactly_these_keys() -> None:
    content = attestation(record(), organisation=ORGANISATION, today=dt.date(2026, 11, 20))
    assert content == {
        "attestation_version": 2,
        "name": None,
        "organisation": ORGANISATION,
        "assessment_date": record().created.astimezone().date().isoformat(),
        "issued": "2026-11-20",
        "packs": [{"id": "org.zq", "version": "3"}, {"id": "x", "version": "1.2.0"}],
        "organisation_packs": [],
        "complete": False,
    }
    assert_clean(attestation_json(content), 42.7)
    assert_clean(attestation_html(content), 42.7)


def test_the_band_only_when_asked() -> None:
    content = attestation(record(), organisation=None, today=dt.date(2026, 11, 20), include_band=True)
    assert content["band"] == "moderate"
    assert ("Exposure band", "moderate") in attestation_lines(content)
    assert ("Niveau d'exposition", "modéré") in attestation_lines(content, "fr")
    assert "42.7" not in json.dumps(content)


def test_a_draft_or_an_incomplete_record_is_refused() -> None:
    with pytest.raises(AttestationError, match="completed check"):
        attestation(record("draft"), organisation=None, today=dt.date(2026, 11, 20))
    with pytest.raises(AttestationError, match="how complete"):
        attestation(record(answered=None), organisation=None, today=dt.date(2026, 11, 20))
    with pytest.raises(AttestationError, match="band"):
        attestation(record(band="???"), organisation=None, today=dt.date(2026, 11, 20), include_band=True)


def test_the_pdf_page_escapes_the_organisation() -> None:
    content = attestation(record(), organisation="<b>A & B</b>", today=dt.date(2026, 11, 20))
    page = attestation_html(content)
    assert "&lt;b&gt;A &amp; B&lt;/b&gt;" in page
    assert "<b>" not in page


# ---- the command -------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_attest_json_with_yes(setup: tuple[Path, Path, Checklist], tmp_path: Path) -> None:
    home, managed, checklist = setup
    score = save(home, checklist)
    target = tmp_path / "attestation.json"
    result = run("attest", "--out", str(target), "--yes", home=home, managed=managed)
    assert result.returncode == 0, result.stderr
    written = target.read_bytes()
    content = json.loads(written)
    assert content["organisation"] == ORGANISATION
    assert content["complete"] is False  # x.protect_posts and others left unanswered
    assert {"id": "org.zq", "version": "1.0.0"} in content["packs"]
    assert "band" not in content
    assert written.decode("utf-8") in result.stdout  # the preview is exactly what was written
    assert_clean(written, score)
    assert_clean(result.stdout + result.stderr, score)


@pytest.mark.slow
def test_attest_pdf_with_band_after_confirmation(setup: tuple[Path, Path, Checklist], tmp_path: Path) -> None:
    home, managed, checklist = setup
    score = save(home, checklist)
    target = tmp_path / "attestation.pdf"
    result = run("attest", "--out", str(target), "--include-band", home=home, managed=managed, stdin="y\n")
    assert result.returncode == 0, result.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"%PDF-")
    shown = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert ORGANISATION in shown
    assert "Exposure band" in shown
    assert_clean(shown, score)
    assert_clean(raw, score)
    assert_clean(result.stdout, score)


@pytest.mark.slow
def test_attest_writes_nothing_without_confirmation(setup: tuple[Path, Path, Checklist], tmp_path: Path) -> None:
    home, managed, checklist = setup
    save(home, checklist)
    target = tmp_path / "attestation.json"
    declined = run("attest", "--out", str(target), home=home, managed=managed, stdin="n\n")
    assert declined.returncode == 1
    assert "Nothing was written." in declined.stderr
    assert "This is exactly what will be written" in declined.stdout
    no_answer = run("attest", "--out", str(target), home=home, managed=managed)
    assert no_answer.returncode == 1
    assert "--yes" in no_answer.stderr
    assert not target.exists()


@pytest.mark.slow
def test_attest_refuses_other_formats_and_an_empty_store(tmp_path: Path) -> None:
    bad = run("attest", "--out", str(tmp_path / "a.txt"), "--yes", home=tmp_path / "home")
    assert bad.returncode == 1 and "as .json or .pdf" in bad.stderr
    assert run("data", "init", "--unencrypted", home=tmp_path / "home").returncode == 0
    empty = run("attest", "--out", str(tmp_path / "a.json"), "--yes", home=tmp_path / "home")
    assert empty.returncode == 1 and "no completed assessment" in empty.stderr


# ---- F2: nothing in it moves with the answers ----------------------------------------------------------------------


def test_f2_two_different_answer_sets_give_the_same_attestation() -> None:
    """An organisation gates a follow-up on the answer it wants to read: the attestation must not show which."""
    from privacycheck.core.scoring import evaluate
    from privacycheck.services.assessments import payload_of, summary_of

    parent = item(
        "org.spy.parent",
        options=[
            {"id": "no", "label": text("No"), "exposure": 0.0},
            {"id": "yes", "label": text("Yes"), "exposure": 1.0},
        ],
    )
    follow = item("org.spy.follow", when={"item": "org.spy.parent", "in": ["yes"]})
    checklist = Checklist([built(pack("org.spy", [parent, follow], kind="org"))])
    when = dt.datetime(2026, 11, 3, 15, tzinfo=dt.UTC)
    contents = []
    for platforms, answers in (
        ({"facebook"}, {"org.spy.parent": "no"}),
        ({"facebook", "instagram", "x"}, {"org.spy.parent": "yes", "org.spy.follow": "open"}),
    ):
        chosen = Answers(frozenset(platforms), answers)
        score = evaluate(checklist, chosen)
        stored = Record(1, when, when, "complete", payload_of(checklist, chosen), summary_of(score))
        contents.append(attestation(stored, organisation=ORGANISATION, today=dt.date(2026, 11, 20), include_band=False))
    assert contents[0] == contents[1]
    assert contents[0]["complete"] is True
    assert "platforms" not in contents[0]


def test_f2_the_platforms_only_when_the_person_includes_them() -> None:
    shown = record()
    shown.payload["platforms"] = ["instagram", "facebook"]
    content = attestation(shown, organisation=None, today=dt.date(2026, 11, 20), include_platforms=True)
    assert content["platforms"] == ["facebook", "instagram"]
    assert ("Platforms covered", "facebook, instagram") in attestation_lines(content)
