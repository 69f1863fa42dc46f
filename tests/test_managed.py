"""Organisation deployment: org packs from the managed configuration, invalid configurations, the shipped examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from privacycheck.core.loader import PackSource, load_packs
from privacycheck.core.model import Origin
from privacycheck.core.validate import validate_files
from privacycheck.services.managed import load_managed, system_location
from tests.clirun import ROOT, run
from tests.factory import item, pack, write

EXAMPLES = ROOT / "docs" / "examples"


def org_pack(pack_id: str = "org.acme") -> dict[str, Any]:
    return pack(pack_id, [item(f"{pack_id}.friend_requests", severity=5), item(f"{pack_id}.work_phone")], kind="org")


def listed(result: Any) -> dict[str, dict[str, Any]]:
    assert result.returncode == 0, result.stderr
    return {entry["id"]: entry for entry in json.loads(result.stdout)}


@pytest.fixture
def deployment(tmp_path: Path) -> Path:
    """A managed configuration in its own folder, its org pack in a subfolder given relative to it."""
    folder = tmp_path / "it"
    (folder / "packs").mkdir(parents=True)
    write(folder / "packs", "acme.json", org_pack())
    return write(folder, "managed.json", {"organisation": "Acme", "packs": ["packs/acme.json"]})


def test_an_org_pack_from_the_managed_config_is_listed_as_org(deployment: Path, tmp_path: Path) -> None:
    packs = listed(run("packs", "--json", managed=deployment, home=tmp_path / "home"))
    entry = packs["org.acme"]
    assert (entry["origin"], entry["kind"], entry["items"]) == ("org", "org", 2)
    assert Path(entry["path"]) == (deployment.parent / "packs" / "acme.json").resolve()
    assert {p["origin"] for i, p in packs.items() if i != "org.acme"} == {"built-in"}
    table = run("packs", managed=deployment, home=tmp_path / "home").stdout
    assert any(line.split()[0] == "org.acme" and line.split()[-1] == "org" for line in table.splitlines()[1:])


def test_an_org_pack_counts_in_assess(deployment: Path, tmp_path: Path) -> None:
    answers = write(tmp_path, "answers.json", {"platforms": ["x"], "answers": {"org.acme.friend_requests": "open"}})
    result = run("assess", "--answers", str(answers), "--json", "--no-save", managed=deployment, home=tmp_path / "h")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["contributions"]["org.acme.friend_requests"] > 0
    assert "org.acme.work_phone" in data["unknown_items"]
    assert {"id": "org.acme", "version": "1.0.0"} in data["packs"]
    assert "org.acme.friend_requests" in {step["item"] for step in data["remediation"]}
    safe = write(tmp_path, "safe.json", {"platforms": ["x"], "answers": {"org.acme.friend_requests": "safe"}})
    safer = json.loads(run("assess", "--answers", str(safe), "--json", "--no-save", managed=deployment).stdout)
    assert safer["score"] < data["score"]
    without = run("assess", "--answers", str(answers), "--no-save", home=tmp_path / "h")
    assert without.returncode == 1 and "unknown item 'org.acme.friend_requests'" in without.stderr


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"recheck_interval_days": 1}', "1 is less than the minimum of 7"),
        ('{"organisation": "Acme", "send_answers_to": "https://evil.example"}', "Additional properties"),
        ('{"update_url": "http://updates.example.org/index.json"}', "does not match"),
        ("{not json", "not valid JSON"),
        ("[]", "is not of type 'object'"),
    ],
)
def test_an_invalid_config_is_reported_and_ignored(tmp_path: Path, content: str, reason: str) -> None:
    write(tmp_path, "acme.json", org_pack())
    config = tmp_path / "managed.json"
    config.write_text(content.replace("}", ', "packs": ["acme.json"]}') if content.startswith('{"') else content)
    result = run("packs", "--json", managed=config, home=tmp_path / "home")
    packs = listed(result)
    assert "org.acme" not in packs  # the whole file is ignored, its packs with it
    assert {p["origin"] for p in packs.values()} == {"built-in"}
    assert f"privacycheck: warning: managed configuration: {config}" in result.stderr
    assert reason in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_org_pack_is_skipped_and_the_rest_load(tmp_path: Path) -> None:
    broken = org_pack("org.broken")
    broken["items"][0]["severity"] = 9
    write(tmp_path, "broken.json", broken)
    write(tmp_path, "good.json", org_pack("org.good"))
    config = write(tmp_path, "managed.json", {"packs": ["broken.json", "good.json", "missing.json"]})
    result = run("packs", "--json", managed=config, home=tmp_path / "home")
    packs = listed(result)
    assert "org.good" in packs and "org.broken" not in packs
    assert "broken.json: $.items[0].severity" in result.stderr
    assert "missing.json" in result.stderr


def test_a_missing_config_is_no_config(tmp_path: Path) -> None:
    assert load_managed(tmp_path / "nowhere.json").config is None
    result = run("packs", "--json", managed=tmp_path / "nowhere.json")
    assert result.returncode == 0 and result.stderr == ""


def test_system_locations() -> None:
    assert system_location("linux") == Path("/etc/privacycheck/managed.json")
    assert system_location("darwin") == Path("/Library/Application Support/privacycheck/managed.json")
    windows = system_location("win32", {"ProgramData": "D:\\Data"})
    assert windows.parts[-2:] == ("privacycheck", "managed.json")


# ---- the shipped examples ----------------------------------------------------------------------------------------


def test_the_example_org_pack_is_valid_and_complete() -> None:
    problems, checked = validate_files([EXAMPLES / "org-pack.json"])
    assert (problems, checked) == ([], 1)
    result = load_packs([PackSource(EXAMPLES / "org-pack.json", Origin.ORG)])
    org = next(p for p in result.packs if p.id == "org.example")
    assert org.kind == "org" and org.platform is None and org.origin is Origin.ORG
    assert len(org.items) >= 6
    for entry in org.items:
        assert entry.source.startswith("https://")
        for localised in (entry.title, entry.prompt, entry.why):
            assert localised.languages() >= {"en", "fr"}
        assert entry.remediation is not None
        assert all(step.languages() >= {"en", "fr"} for step in entry.remediation.steps)
        assert min(option.exposure for option in entry.options) == 0
    titles = " ".join(entry.title.get("en").lower() for entry in org.items)
    for topic in ("friend", "phone", "online", "contact"):
        assert topic in titles


def test_the_example_managed_config_is_valid_and_finds_the_example_pack(tmp_path: Path) -> None:
    result = load_managed(EXAMPLES / "managed.json")
    assert result.problems == ()
    config = result.config
    assert config is not None and config.organisation
    assert config.packs == ((EXAMPLES / "org-pack.json").resolve(),)
    assert config.policy_url is not None and config.policy_url.startswith("https://")
    packs = listed(run("packs", "--json", managed=EXAMPLES / "managed.json", home=tmp_path / "home"))
    assert packs["org.example"]["origin"] == "org"
    due = run("due", "--json", managed=EXAMPLES / "managed.json", home=tmp_path / "home")
    assert json.loads(due.stdout)["interval_days"] == config.recheck_interval_days
