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


# ---- schema_version and onboarding -------------------------------------------------------------------------------

ONBOARDING = {
    "first_check_days": 14,
    "welcome": {"en": "We offer this check to every new colleague.\nIt takes half an hour.", "fr": "Bienvenue."},
    "contact": "HR team, hr@acme.example, ext. 1234",
}


def test_onboarding_is_read_from_a_version_2_file(tmp_path: Path) -> None:
    config = write(tmp_path, "managed.json", {"schema_version": 2, "organisation": "Acme", "onboarding": ONBOARDING})
    result = load_managed(config)
    assert result.problems == ()
    assert result.config is not None and result.config.schema_version == 2
    onboarding = result.config.onboarding
    assert onboarding is not None
    assert (onboarding.first_check_days, onboarding.contact) == (14, "HR team, hr@acme.example, ext. 1234")
    assert onboarding.welcome("en") == ONBOARDING["welcome"]["en"]
    assert onboarding.welcome("fr") == "Bienvenue."
    only_english = write(
        tmp_path, "en.json", {"schema_version": 2, "onboarding": {"welcome": {"en": "Hello"}, "first_check_days": 3}}
    )
    english = load_managed(only_english).config
    assert english is not None and english.onboarding is not None and english.onboarding.welcome("fr") == "Hello"


def test_a_file_without_schema_version_is_version_1_and_cannot_use_onboarding(tmp_path: Path) -> None:
    config = write(tmp_path, "managed.json", {"organisation": "Acme", "onboarding": ONBOARDING})
    result = load_managed(config)
    assert result.config is None
    assert result.problems == (
        f'{config}: $.onboarding: needs "schema_version": 2 or later (the file is version 1) (the file is ignored)',
    )
    plain = load_managed(write(tmp_path, "old.json", {"organisation": "Acme"}))
    assert plain.problems == () and plain.config is not None and plain.config.schema_version == 1


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ({"schema_version": 2, "organisaton": "Acme"}, "Additional properties are not allowed ('organisaton'"),
        ({"schema_version": 2, "onboarding": {"first_check_day": 14}}, "'first_check_day' was unexpected"),
        ({"schema_version": 2, "onboarding": {"welcome": {"en": "<b>Welcome</b>"}}}, "plain text only: no HTML"),
        ({"schema_version": 2, "onboarding": {"welcome": {"en": "x" * 1001}}}, "longer than 1000 characters (1001)"),
        ({"schema_version": 2, "onboarding": {"welcome": {"fr": "Bonjour"}}}, "'en' is a required property"),
        ({"schema_version": 2, "onboarding": {"contact": "HR\nteam"}}, "one line of plain text"),
        ({"schema_version": 2, "onboarding": {"contact": "HR team\n"}}, "one line of plain text"),
        ({"schema_version": 2, "onboarding": {"welcome": {"en": "Hi\u0007"}}}, "plain text only"),
        ({"schema_version": 2, "onboarding": {"first_check_days": 0}}, "0 is less than the minimum of 1"),
        ({"schema_version": 2, "onboarding": {}}, "should be non-empty"),
        ({"schema_version": 0}, "0 is less than the minimum of 1"),
        ({"schema_version": "2"}, "'2' is not of type 'integer'"),
    ],
)
def test_a_known_version_refuses_typos_and_bad_values(tmp_path: Path, document: dict[str, Any], reason: str) -> None:
    result = load_managed(write(tmp_path, "managed.json", document))
    assert result.config is None
    assert len(result.problems) == 1 and reason in result.problems[0], result.problems
    assert "x" * 100 not in result.problems[0]  # a long text is not repeated back


def test_keys_of_a_newer_version_are_ignored_with_a_warning_and_the_rest_is_in_force(tmp_path: Path) -> None:
    write(tmp_path, "acme.json", org_pack())
    onboarding = {**ONBOARDING, "survey_url": "https://acme.example/survey"}
    document = {"schema_version": 4, "packs": ["acme.json"], "kiosk_mode": True, "onboarding": onboarding}
    config = write(tmp_path, "managed.json", document)
    result = load_managed(config)
    assert result.config is not None and result.config.onboarding is not None
    assert result.config.onboarding.first_check_days == 14
    assert len(result.problems) == 2
    assert result.problems[0].startswith(f"{config}: $.kiosk_mode: ignored: added by schema_version 4")
    assert result.problems[1].startswith(f"{config}: $.onboarding.survey_url: ignored")
    cli = run("packs", "--json", managed=config, home=tmp_path / "home")
    assert "org.acme" in listed(cli)
    assert f"privacycheck: warning: managed configuration: {config}: $.kiosk_mode: ignored" in cli.stderr
    # A newer version does not excuse a bad value in a key this app knows.
    document["onboarding"] = {"first_check_days": 1000}
    refused = load_managed(write(tmp_path, "managed.json", document))
    assert refused.config is None and "1000 is greater than the maximum of 365" in refused.problems[0]


def test_the_example_managed_config_shows_onboarding() -> None:
    config = load_managed(EXAMPLES / "managed.json").config
    assert config is not None and config.schema_version == 3 and config.onboarding is not None
    assert config.onboarding.first_check_days and config.onboarding.contact
    assert config.onboarding.welcome("en") != config.onboarding.welcome("fr")
