"""Reports: the document and its schema, the two levels, escaping in HTML and Markdown, PDFs read back, the command."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from privacycheck.core.answers import Answers
from privacycheck.core.scoring import Checklist, evaluate
from privacycheck.errors import PrivacycheckError
from privacycheck.paths import packaged
from privacycheck.services.assessments import payload_of, save_assessment, summary_of
from privacycheck.services.catalog import load_installed
from privacycheck.services.report import build_report, format_of, write_private
from privacycheck.services.report_render import md, md_line, render_html, render_markdown
from privacycheck.services.report_words import day as report_day
from privacycheck.services.report_words import number
from privacycheck.services.report_words import points as report_points
from privacycheck.storage.store import KeyMode, Record, Store
from tests.clirun import run
from tests.factory import item, pack, text, write

NOW = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
HOSTILE = '<script>alert("zq")</script> & <b>bold</b> *star* _under_ [link](https://evil.example) | pipe # \\'
HOSTILE_ID = "org.zq.hostile_item_zq"
SETTING_ID = "org.zq.setting_item_zq"
SECRET_OPTION = "secret_option_zq"
NOTE = "note-about-a-client-zq"
FINDING = "finding-i-recorded-zq"


def hostile_pack() -> dict[str, Any]:
    """An org pack whose text tries every trick: a report must show it as typed."""
    hostile = text(HOSTILE)
    return pack(
        "org.zq",
        [
            item(
                HOSTILE_ID,
                title=hostile,
                options=[
                    {"id": "safe", "label": text("Safe"), "exposure": 0.0},
                    {"id": SECRET_OPTION, "label": text(f"Label {HOSTILE}"), "exposure": 1.0},
                ],
                remediation={
                    "title": hostile,
                    "steps": [hostile],
                    "effort_minutes": 3,
                    "verify": hostile,
                },
            ),
            item(
                SETTING_ID,
                kind="setting",
                setting={"name": text("Who can see"), "path": text("Settings > <i>Privacy</i> & more")},
                link="https://example.org/settings?a=1&b=<2>",
                remediation={
                    "title": text("Hide who can see"),
                    "steps": [text("Open the settings.")],
                    "effort_minutes": 2,
                    "verify": text("Look."),
                },
            ),
        ],
        kind="org",
    )


def answers() -> Answers:
    return Answers(
        frozenset({"facebook"}),
        {HOSTILE_ID: SECRET_OPTION, SETTING_ID: "partly", "facebook.lookup_by_email": "unknown"},
    )


def checklist_with(org_pack: Path) -> Checklist:
    result = load_installed(None, [org_pack])
    assert not result.problems, result.problems
    return Checklist(result.packs)


@cache
def schema_validator() -> Draft202012Validator:
    schema = json.loads((packaged("resources") / "schema" / "report.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def assert_valid(document: dict[str, Any]) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in schema_validator().iter_errors(document)]
    assert not errors, errors


def record_for(checklist: Checklist, choices: Answers, **extra: Any) -> Record:
    return Record(
        7,
        NOW,
        NOW,
        "complete",
        payload_of(checklist, choices, **extra),
        summary_of(evaluate(checklist, choices)),
    )


@pytest.fixture(scope="module")
def checklist(tmp_path_factory: pytest.TempPathFactory) -> Checklist:
    return checklist_with(write(tmp_path_factory.mktemp("org"), "org.json", hostile_pack()))


# ---- the document ------------------------------------------------------------------------------------------------


def test_the_full_report_follows_its_schema_and_adds_up(checklist: Checklist) -> None:
    record = record_for(
        checklist, answers(), notes={HOSTILE_ID: NOTE}, findings={SETTING_ID: FINDING}, done={SETTING_ID}
    )
    document = build_report(record, checklist, now=NOW, organisation="Acme")
    assert_valid(document)
    assert document["kind"] == "full"
    assert document["generated"] == "2026-11-20T09:30:00Z"
    assert document["organisation"] == "Acme"
    assert document["assessment"]["score_when_saved"] == document["score"]
    total = sum(finding["contribution"] for finding in document["findings"])
    assert total == pytest.approx(document["score"], abs=1e-6)
    findings = {finding["item"]: finding for finding in document["findings"]}
    assert findings[HOSTILE_ID]["answer"] == SECRET_OPTION
    assert findings[HOSTILE_ID]["answer_label"] == f"Label {HOSTILE}"
    lookup = findings["facebook.lookup_by_email"]
    assert (lookup["unknown"], lookup["dont_know"], lookup["answer"]) == (True, True, None)
    assert not any(f["item"].startswith("x.") for f in document["findings"])  # x is not used: not applicable
    plan = {step["item"]: step for step in document["plan"]}
    assert plan[SETTING_ID]["done"] is True
    assert plan[SETTING_ID]["path"] == "Settings > <i>Privacy</i> & more"
    assert {note["text"] for note in document["notes"]} == {NOTE, FINDING}
    packs = {p["id"]: p for p in document["packs"]}
    assert packs["org.zq"]["assessed_version"] == "1.0.0"
    assert packs["facebook"]["verified"]


def test_the_summary_is_share_safe(checklist: Checklist) -> None:
    record = record_for(checklist, answers(), notes={HOSTILE_ID: NOTE}, findings={SETTING_ID: FINDING})
    document = build_report(record, checklist, now=NOW, summary=True)
    assert_valid(document)
    assert "findings" not in document and "notes" not in document
    dumped = json.dumps(document, ensure_ascii=False)
    for secret in (HOSTILE_ID, SETTING_ID, SECRET_OPTION, NOTE, FINDING, "Label ", "lookup_by_email", "example.org"):
        assert secret not in dumped
    assert set(document["plan"][0]) == {"title", "saves", "effort_minutes"}  # one line of counts (F5)
    full = build_report(record, checklist, now=NOW)
    assert (document["score"], document["by_platform"]) == (full["score"], {})
    for output in (render_html(document), render_markdown(document)):
        for secret in (NOTE, FINDING, "Label ", "https://example.org"):
            assert secret not in output


def test_a_report_flags_items_revised_since_they_were_answered(checklist: Checklist) -> None:
    record = record_for(checklist, answers())
    record.payload["verified"][HOSTILE_ID] = "2020-01-01"
    record.payload["packs"]["org.zq"] = "0.9.0"
    document = build_report(record, checklist, now=NOW)
    finding = next(f for f in document["findings"] if f["item"] == HOSTILE_ID)
    assert (finding["revised"], finding["answered_verified"]) == (True, "2020-01-01")
    assert next(p for p in document["packs"] if p["id"] == "org.zq")["assessed_version"] == "0.9.0"
    assert "revised since you answered" in render_html(document)


def test_a_score_that_moved_with_the_packs_is_explained(checklist: Checklist) -> None:
    record = record_for(checklist, answers())
    record.summary["score"] = 12.0
    document = build_report(record, checklist, now=NOW, lang="fr")
    assert document["assessment"]["score_when_saved"] == 12.0
    assert "12,0" in render_html(document)


def test_french_report(checklist: Checklist) -> None:
    document = build_report(record_for(checklist, answers()), checklist, now=NOW, lang="fr")
    page = render_html(document)
    assert '<html lang="fr">' in page
    assert "Score d&#x27;exposition" in page
    assert str(document["score"]).replace(".", ",") in page
    assert "Les premières corrections, par plateforme" in render_markdown(document)


# ---- escaping ----------------------------------------------------------------------------------------------------


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name, value) for name, value in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_shows_pack_text_as_typed(checklist: Checklist) -> None:
    record = record_for(checklist, answers(), notes={HOSTILE_ID: f"{NOTE} </li><script>x</script>"})
    page = render_html(build_report(record, checklist, now=NOW))
    parsed = Page()
    parsed.feed(page)
    assert "script" not in parsed.tags
    assert not {"img", "link", "iframe", "object", "embed", "svg", "form", "base"} & set(parsed.tags)
    assert "b" not in parsed.tags and "i" not in parsed.tags  # the pack's <b> and <i> stayed text
    for tag, name, value in parsed.attributes:
        assert name not in {"src", "srcset", "style", "action"} and not name.startswith("on")
        if name == "href":
            assert tag == "a" and value is not None and value.startswith("https://")
    assert ("a", "href", "https://example.org/settings?a=1&b=<2>") in parsed.attributes
    shown = "".join(parsed.text)
    assert HOSTILE in shown
    assert "Settings > <i>Privacy</i> & more" in shown
    assert f"{NOTE} </li><script>x</script>" in shown
    assert "<script>" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_a_non_https_link_is_never_made_a_link() -> None:
    document = {
        "language": "en",
        "kind": "full",
        "assessment": {"id": 1, "date": "2026-11-20", "status": "complete", "score_when_saved": None},
        "generated": "2026-11-20T09:30:00Z",
        "organisation": None,
        "score": 10.0,
        "band": "low",
        "answered": 1,
        "applicable": 1,
        "unknown": 0,
        "by_platform": {},
        "by_dimension": {},
        "plan": [{"title": "t", "saves": 1.0, "effort_minutes": 1, "link": "javascript:alert(1)", "steps": []}],
        "findings": [],
        "notes": [],
        "packs": [],
    }
    assert "javascript:" not in render_html(document)
    assert "javascript:" not in render_markdown(document)


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("*a* _b_ `c`", r"\*a\* \_b\_ \`c\`"),
        ("[x](https://e.org)", r"\[x\](https://e.org)"),
        ("<b>x</b> & y", r"\<b>x\</b> \& y"),
        ("a | b", r"a \| b"),
        ("# not a heading", r"\# not a heading"),
        ("two\nlines", "two lines"),
        ("back\\slash", r"back\\slash"),
        ("Settings > Privacy", "Settings > Privacy"),
    ],
)
def test_markdown_escaping(raw: str, escaped: str) -> None:
    assert md(raw) == md_line(raw) == escaped


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [("- not a list", r"\- not a list"), ("12. not a list", r"12\. not a list"), ("> not a quote", r"\> not a quote")],
)
def test_markdown_escaping_at_the_start_of_a_line(raw: str, escaped: str) -> None:
    assert md_line(raw) == escaped
    assert md(raw) == raw  # inside a line, after a prefix, they are plain text


def test_markdown_report_escapes_pack_text(checklist: Checklist) -> None:
    document = build_report(record_for(checklist, answers()), checklist, now=NOW)
    page = render_markdown(document)
    assert HOSTILE not in page
    assert md(HOSTILE) in page
    assert re.findall(r"(?<!\\)<(?!https://)", page) == []  # every < is escaped, but for the https autolinks
    assert "<https://example.org/settings?a=1&b=%3C2%3E>" in page
    table_rows = [line for line in page.splitlines() if line.startswith("| ") and md(HOSTILE) in line]
    assert table_rows and all(line.count(" | ") == 2 for line in table_rows)  # the pack's | did not add a cell


# ---- files and formats -------------------------------------------------------------------------------------------


def test_format_from_the_file_name() -> None:
    assert format_of(Path("r.PDF"), None) == "pdf"
    assert format_of(Path("r.htm"), None) == "html"
    assert format_of(Path("r.markdown"), None) == "md"
    assert format_of(Path("r.txt"), "json") == "json"
    with pytest.raises(PrivacycheckError, match="use --format"):
        format_of(Path("r.txt"), None)


def test_reports_are_written_atomically_for_the_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    target.write_text("old")
    target.chmod(0o644)
    write_private(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]


# ---- PDF ---------------------------------------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_longest_pdf_report_renders_with_its_score(qapp: Any, tmp_path: Path) -> None:
    """The built-in packs with nothing answered: every item is a finding and a step of the plan. Its time is measured
    in benchmarks/run.py, never asserted here."""
    from privacycheck.ui.pdf import html_to_pdf

    checklist = Checklist(load_installed().packs)
    record = record_for(checklist, Answers())
    data = html_to_pdf(render_html(build_report(record, checklist, now=NOW)), title="report")
    assert data.startswith(b"%PDF-")
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    assert "100.0 / 100" in pdf_text(path)


def test_page_one_is_a_summary_a_supervisor_can_read(qapp: Any, tmp_path: Path) -> None:
    """Score, band, sub-scores and the first fixes of each platform on page one, dates in words, no organisation line
    without an organisation; the details start on page two."""
    from privacycheck.ui.pdf import html_to_pdf

    checklist = Checklist(load_installed().packs)
    record = record_for(checklist, Answers(frozenset({"facebook", "instagram"}), {}))
    document = build_report(record, checklist, now=NOW)
    path = tmp_path / "r.pdf"
    path.write_bytes(html_to_pdf(render_html(document), title="report"))
    pages = pdf_text(path).split("\f")
    first = " ".join(pages[0].split())
    assert f"Exposure score: {number(document['score'], 'en')} / 100 (severe)" in first
    assert "Check of November 20, 2026" in first and "Report made on November 20, 2026" in first
    assert "2026-11-20" not in first and "Organisation" not in first
    assert "The first fixes, by platform" in first and "Details" not in first
    for platform in ("Facebook", "Instagram", "Find", "Account"):
        assert platform in first
    first_fix = next(step for step in document["plan"] if step["platform"] == "facebook")
    assert first_fix["title"] in first
    assert pages[1].split()[0] == "Details"


def test_french_figures_follow_french_typography() -> None:
    assert report_points(1.1, "fr") == "1,1\u00a0point" and report_points(2.5, "fr") == "2,5\u00a0points"
    assert report_points(1.0, "en") == "1.0\u00a0point" and report_points(1.1, "en") == "1.1\u00a0points"
    assert report_day("2026-12-01", "fr") == "1er\u00a0décembre\u00a02026"
    assert report_day("2026-11-20T09:30:00Z", "en") == "November 20, 2026"


def test_headless_linux_draws_offscreen() -> None:
    from privacycheck.ui.pdf import prepare_headless

    environ: dict[str, str] = {}
    prepare_headless(environ, "linux")
    assert environ == {"QT_QPA_PLATFORM": "offscreen"}
    for kept in ({"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "xcb"}):
        environ = dict(kept)
        prepare_headless(environ, "linux")
        assert environ == kept
    for platform in ("win32", "darwin"):  # they always have a native platform plugin
        environ = {}
        prepare_headless(environ, platform)
        assert environ == {}


# ---- the command -------------------------------------------------------------------------------------------------


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, Path, float]:
    """A data directory with one completed check against the built-in packs and the hostile org pack."""
    org = write(tmp_path, "org.json", hostile_pack())
    managed = write(tmp_path, "managed.json", {"organisation": "Acme & Sons", "packs": ["org.json"]})
    home = tmp_path / "home"
    with Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        _, score = save_assessment(
            store, checklist_with(org), answers(), notes={HOSTILE_ID: NOTE}, findings={SETTING_ID: FINDING}
        )
    return home, managed, round(score.score, 1)


@pytest.mark.slow
def test_report_in_every_format(stored: tuple[Path, Path, float], tmp_path: Path) -> None:
    home, managed, score = stored
    out = tmp_path / "out"
    out.mkdir()
    for name in ("r.json", "r.html", "r.md", "r.pdf"):
        result = run("report", "--out", str(out / name), home=home, managed=managed)
        assert result.returncode == 0, result.stderr
        assert "full report" in result.stdout
        assert (out / name).stat().st_mode & 0o777 == 0o600
    document = json.loads((out / "r.json").read_text("utf-8"))
    assert_valid(document)
    assert (document["score"], document["organisation"], document["assessment"]["id"]) == (score, "Acme & Sons", 1)
    assert f"{score:.1f} / 100" in (out / "r.html").read_text("utf-8")
    assert "Acme &amp; Sons" in (out / "r.html").read_text("utf-8")
    assert f"{score:.1f} / 100" in (out / "r.md").read_text("utf-8")
    shown = pdf_text(out / "r.pdf")
    assert f"Exposure score: {score:.1f} / 100" in shown
    flat = re.sub(r"\s+", "", shown)  # lines wrap anywhere
    assert "<b>bold</b>" in flat and NOTE in flat  # pack text printed as typed, not read as markup


@pytest.mark.slow
def test_a_pdf_without_any_display_or_qt_setting(stored: tuple[Path, Path, float], tmp_path: Path) -> None:
    home, managed, score = stored
    target = tmp_path / "r.pdf"
    unset = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    result = run("report", "--out", str(target), home=home, managed=managed, unset=unset)
    assert result.returncode == 0, result.stderr
    assert f"{score:.1f} / 100" in pdf_text(target)


@pytest.mark.slow
def test_summary_pdf_and_french(stored: tuple[Path, Path, float], tmp_path: Path) -> None:
    home, managed, score = stored
    target = tmp_path / "s.pdf"
    result = run("report", "--summary", "--lang", "fr", "--out", str(target), home=home, managed=managed)
    assert result.returncode == 0, result.stderr
    shown = pdf_text(target)
    assert f"{score:.1f}".replace(".", ",") + " / 100" in shown
    assert "Sommaire partageable" in shown
    flat = re.sub(r"\s+", "", shown)
    for secret in (NOTE, FINDING, "Label", "example.org"):
        assert secret not in flat


@pytest.mark.slow
def test_report_of_a_chosen_assessment_and_errors(stored: tuple[Path, Path, float], tmp_path: Path) -> None:
    home, managed, _ = stored
    target = tmp_path / "r.json"
    ok = run("report", "--assessment", "1", "--format", "json", "--out", str(target), home=home, managed=managed)
    assert ok.returncode == 0, ok.stderr
    missing = run("report", "--assessment", "99", "--out", str(target), home=home, managed=managed)
    assert (missing.returncode, missing.stderr) == (
        1,
        "privacycheck: error: no stored assessment has the id 99 (see 'privacycheck history')\n",
    )
    unknown = run("report", "--out", str(tmp_path / "r.txt"), home=home, managed=managed)
    assert unknown.returncode == 1 and "use --format" in unknown.stderr
    empty = tmp_path / "empty"
    assert run("data", "init", "--unencrypted", home=empty).returncode == 0
    none = run("report", "--out", str(target), home=empty)
    assert none.returncode == 1 and "no completed assessment is stored yet" in none.stderr
    assert "Traceback" not in none.stderr + missing.stderr + unknown.stderr


def test_the_attestation_names_an_organisation_only_when_there_is_one(checklist: Checklist) -> None:
    from privacycheck.services.attest import attestation, attestation_lines

    record = record_for(checklist, answers())
    alone = attestation(record, organisation=None, today=NOW.date(), name="Alex")
    labels = [label for label, _ in attestation_lines(alone, "en")]
    assert "Organisation" not in labels and not any(value == "none" for _, value in attestation_lines(alone, "en"))
    managed = attestation(record, organisation="Acme", today=NOW.date(), name="Alex")
    assert ("Organisation", "Acme") in attestation_lines(managed, "en")


def test_the_guides_print_to_a_pdf_with_their_text_as_typed(qapp: Any, tmp_path: Path) -> None:
    from privacycheck.ui.guide_pdf import guides_html
    from privacycheck.ui.pdf import html_to_pdf

    guides = [guide for pack in load_installed().packs for guide in pack.guides]
    assert guides
    path = tmp_path / "guide.pdf"
    path.write_bytes(html_to_pdf(guides_html(guides, "fr"), title="guide"))
    shown = " ".join(pdf_text(path).split())
    for guide in guides:
        assert " ".join(guide.title.get("fr").split()) in shown
    assert "<script>" not in guides_html(guides, "en")


def test_the_share_safe_summary_is_its_first_page_alone(checklist: Checklist) -> None:
    """It names no platform and no fix: no empty "By platform" table, no platform heading over the one line that
    counts the fixes, no details section."""
    document = build_report(record_for(checklist, answers()), checklist, now=NOW, summary=True)
    page, text = render_html(document), render_markdown(document)
    for output in (page, text):
        assert "By platform" not in output and "Details" not in output and "Questionnaires" not in output
        assert "What to fix first" in output and "By dimension" in output
