"""Re-check dates (pure), the status from a real store, `due`, and `remind`'s iCalendar file read back by a parser."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from privacycheck.core.answers import Answers
from privacycheck.core.recheck import (
    DEFAULT_INTERVAL_DAYS,
    PREF_KEY,
    RecheckStatus,
    effective_interval,
    is_due,
    next_due,
    parse_interval,
    reminder_day,
    should_notify,
)
from privacycheck.core.scoring import Checklist
from privacycheck.services.assessments import save_assessment
from privacycheck.services.catalog import load_installed
from privacycheck.services.recheck import escape_text, fold, local_day, recheck_status, reminder_ics, reminder_uid
from privacycheck.storage.paths import DATABASE_NAME
from privacycheck.storage.store import KeyMode, Store
from tests.clirun import run

DAY = dt.date(2026, 3, 1)
NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 1, 1))
intervals = st.integers(min_value=1, max_value=730)


# ---- pure logic --------------------------------------------------------------------------------------------------


def test_never_checked_is_due_with_no_next_date() -> None:
    assert next_due(None, 90) is None
    assert is_due(DAY, None, 90)


def test_due_from_the_due_day_on_not_the_day_before() -> None:
    last = dt.date(2026, 1, 1)
    assert next_due(last, 90) == dt.date(2026, 4, 1)
    assert not is_due(dt.date(2026, 3, 31), last, 90)
    assert is_due(dt.date(2026, 4, 1), last, 90)
    assert is_due(dt.date(2027, 1, 1), last, 90)


def test_datetimes_count_by_their_day() -> None:
    last = dt.datetime(2026, 1, 1, 23, 59)
    assert next_due(last, 1) == dt.date(2026, 1, 2)
    assert is_due(dt.datetime(2026, 1, 2, 0, 1), last, 1)


@given(dates, dates, intervals)
def test_due_exactly_when_the_interval_has_passed(last: dt.date, now: dt.date, interval: int) -> None:
    assert is_due(now, last, interval) == ((now - last).days >= interval)


@given(dates, dates, intervals, st.integers(min_value=0, max_value=400))
def test_once_due_it_stays_due(last: dt.date, now: dt.date, interval: int, later: int) -> None:
    if is_due(now, last, interval):
        assert is_due(now + dt.timedelta(days=later), last, interval)


@given(st.one_of(st.none(), intervals), st.one_of(st.none(), st.integers(min_value=-5, max_value=1000)))
def test_the_user_can_shorten_never_lengthen(org: int | None, user: int | None) -> None:
    interval = effective_interval(org, user)
    org_days = org if org is not None else DEFAULT_INTERVAL_DAYS
    assert interval <= org_days
    assert interval >= 1
    if user is not None and 1 <= user <= org_days:
        assert interval == user


def test_effective_interval_defaults_to_90() -> None:
    assert effective_interval(None) == DEFAULT_INTERVAL_DAYS == 90
    assert effective_interval(30, 60) == 30
    assert effective_interval(90, 14) == 14
    assert effective_interval(None, 0) == 90


@pytest.mark.parametrize(
    ("value", "expected"), [("30", 30), (" 7 ", 7), (None, None), ("", None), ("x", None), ("0", None), ("-3", None)]
)
def test_parse_interval_ignores_what_it_cannot_use(value: str | None, expected: int | None) -> None:
    assert parse_interval(value) == expected


def test_reminder_day_is_the_due_day_or_today_when_already_due() -> None:
    assert reminder_day(DAY, dt.date(2026, 2, 1), 90) == dt.date(2026, 5, 2)
    assert reminder_day(DAY, dt.date(2025, 1, 1), 90) == DAY
    assert reminder_day(DAY, None, 90) == DAY


def test_notify_at_most_once_a_day_while_due() -> None:
    last = dt.date(2025, 1, 1)
    assert should_notify(DAY, last, 90, None)
    assert not should_notify(DAY, last, 90, DAY)
    assert should_notify(DAY + dt.timedelta(days=1), last, 90, DAY)
    assert not should_notify(DAY, DAY, 90, None)  # checked today: nothing due


def test_status_json() -> None:
    status = RecheckStatus(DAY, dt.date(2026, 1, 1), 30)
    assert status.to_json() == {
        "due": True,
        "next": "2026-01-31",
        "last": "2026-01-01",
        "interval_days": 30,
        "incident": None,
    }
    assert status.days_left == -29
    assert RecheckStatus(DAY, None, 90).to_json() == {
        "due": True,
        "next": None,
        "last": None,
        "interval_days": 90,
        "incident": None,
    }


# ---- the status from a real store --------------------------------------------------------------------------------


def builtin_checklist() -> Checklist:
    return Checklist(load_installed().packs)


def test_status_from_a_store_uses_the_latest_completed_check_and_the_users_interval(tmp_path: Path) -> None:
    checklist = builtin_checklist()
    with Store.open(tmp_path, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        assert recheck_status(store, None, DAY) == RecheckStatus(DAY, None, 90)
        old = dt.datetime(2025, 10, 1, 12, tzinfo=dt.UTC)
        newer = dt.datetime(2026, 1, 10, 12, tzinfo=dt.UTC)
        for when in (newer, old):  # stored out of order on purpose
            save_assessment(store, checklist, Answers(), clock=lambda when=when: when)
        save_assessment(store, checklist, Answers(), status="draft", clock=lambda: NOW)  # a draft is no check
        status = recheck_status(store, 60, DAY)
        assert status.last == local_day(newer)
        assert status.interval_days == 60
        store.set_pref(PREF_KEY, "30")
        assert recheck_status(store, 60, DAY).interval_days == 30
        store.set_pref(PREF_KEY, "365")
        assert recheck_status(store, 60, DAY).interval_days == 60


# ---- iCalendar ---------------------------------------------------------------------------------------------------


def test_the_reminder_parses_as_one_all_day_event_with_a_display_alarm() -> None:
    text = reminder_ics(dt.date(2026, 6, 1), uid=reminder_uid("seed"), now=NOW)
    calendar = icalendar.Calendar.from_ical(text)
    assert calendar["VERSION"] == "2.0"
    assert str(calendar["PRODID"]).startswith("-//privacycheck//")
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == 1
    event = events[0]
    assert event.decoded("DTSTART") == dt.date(2026, 6, 1)
    assert event.decoded("DTEND") == dt.date(2026, 6, 2)
    assert event.decoded("DTSTAMP") == NOW
    assert str(event["UID"]) == reminder_uid("seed")
    alarms = [c for c in event.walk() if c.name == "VALARM"]
    assert len(alarms) == 1
    assert str(alarms[0]["ACTION"]) == "DISPLAY"
    assert alarms[0].decoded("TRIGGER") == dt.timedelta(hours=-15)
    assert str(alarms[0]["DESCRIPTION"])


def test_the_reminder_uses_crlf_and_folds_at_75_octets() -> None:
    organisation = "Services à l’enfance et à la famille de l’Outaouais, équipe d’intervention jeunesse " * 2
    text = reminder_ics(DAY, uid="u@x", now=NOW, lang="fr", organisation=organisation, policy_url="https://e.org/p")
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the description was long enough to fold
    for line in lines:
        line.decode("utf-8")  # never a character split across lines


def test_text_is_escaped_and_comes_back_intact() -> None:
    organisation = 'Acme, Inc; "Family" \\ Services\nSecond line'
    text = reminder_ics(DAY, uid="u@x", now=NOW, organisation=organisation)
    assert 'Acme\\, Inc\\; "Family" \\\\ Services\\nSecond line' in text.replace("\r\n ", "")
    event = next(c for c in icalendar.Calendar.from_ical(text).walk() if c.name == "VEVENT")
    assert organisation in str(event["DESCRIPTION"])


def test_french_reminder() -> None:
    event = next(
        c
        for c in icalendar.Calendar.from_ical(reminder_ics(DAY, uid="u@x", now=NOW, lang="fr")).walk()
        if c.name == "VEVENT"
    )
    assert "Revérification" in str(event["SUMMARY"])


@given(st.text(min_size=0, max_size=400))
def test_folding_keeps_the_text_and_the_limit(value: str) -> None:
    line = "DESCRIPTION:" + escape_text(value)
    parts = list(fold(line))
    assert "".join(part[1:] if index else part for index, part in enumerate(parts)) == line
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])


@given(st.text(max_size=200))
def test_escaped_text_comes_back_from_a_parser_as_written(value: str) -> None:
    escaped = escape_text(value)
    assert "\n" not in escaped and "\r" not in escaped
    lines = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", *fold(f"SUMMARY:{escaped}"), "END:VEVENT", "END:VCALENDAR"]
    event = icalendar.Calendar.from_ical("".join(f"{line}\r\n" for line in lines)).walk("VEVENT")[0]
    written = value.replace("\r\n", "\n").replace("\r", "\n")
    # Control characters other than TAB and line breaks are dropped: RFC 5545 TEXT may not hold them (F21).
    kept = "".join(c for c in written if c in "\t\n" or not (ord(c) < 0x20 or ord(c) == 0x7F))
    assert str(event["SUMMARY"]) == kept


def test_f21_control_characters_never_reach_the_calendar_file() -> None:
    escaped = escape_text("Acme\x0b\x0c\x1c\x00\x1b[31m Services\tnorth\nline")
    assert escaped == "Acme[31m Services\tnorth\\nline"
    assert not any(ord(c) < 0x20 and c != "\t" for c in escaped)


def test_the_uid_is_stable_and_reveals_nothing() -> None:
    assert reminder_uid("store:1") == reminder_uid("store:1") != reminder_uid("store:2")
    assert "store" not in reminder_uid("store:1")


# ---- the commands ------------------------------------------------------------------------------------------------


def store_checks(home: Path, *days_ago: int, interval_pref: str | None = None) -> None:
    checklist = builtin_checklist()
    with Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        for ago in days_ago:
            when = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=ago)
            save_assessment(store, checklist, Answers(), clock=lambda when=when: when)
        if interval_pref is not None:
            store.set_pref(PREF_KEY, interval_pref)


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).astimezone().date()


def last_day(days_ago: int) -> dt.date:
    return local_day(dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago))


def test_due_without_any_data_says_due_and_creates_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run("due", "--json", home=home)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"due": True, "next": None, "last": None, "interval_days": 90, "incident": None}
    assert not (home / DATABASE_NAME).exists()
    text = run("due", home=home)
    assert "due now" in text.stdout


def test_due_after_checks(tmp_path: Path) -> None:
    store_checks(tmp_path, 120, 100)
    data = json.loads(run("due", "--json", home=tmp_path).stdout)
    last = last_day(100)
    assert data == {
        "due": True,
        "next": (last + dt.timedelta(days=90)).isoformat(),
        "last": last.isoformat(),
        "interval_days": 90,
        "incident": None,
    }
    store_checks(tmp_path, 10)
    data = json.loads(run("due", "--json", home=tmp_path).stdout)
    assert data["due"] is False
    assert data["next"] == (last_day(10) + dt.timedelta(days=90)).isoformat()
    assert "Next re-check on" in run("due", home=tmp_path).stdout


def test_due_uses_the_org_interval_and_the_users_shorter_one(tmp_path: Path) -> None:
    managed = tmp_path / "managed.json"
    managed.write_text(json.dumps({"recheck_interval_days": 30}))
    home = tmp_path / "home"
    store_checks(home, 20)
    data = json.loads(run("due", "--json", home=home, managed=managed).stdout)
    assert (data["interval_days"], data["due"]) == (30, False)
    store_checks(home, interval_pref="14")
    data = json.loads(run("due", "--json", home=home, managed=managed).stdout)
    assert (data["interval_days"], data["due"]) == (14, True)
    assert data["next"] == (last_day(20) + dt.timedelta(days=14)).isoformat()


def read_event(path: Path) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == 1
    event: icalendar.Event = events[0]
    return event


def test_remind_writes_an_event_on_the_due_day(tmp_path: Path) -> None:
    managed = tmp_path / "managed.json"
    managed.write_text(json.dumps({"organisation": "Acme, Family Services", "policy_url": "https://acme.example/p"}))
    home = tmp_path / "home"
    store_checks(home, 10)
    target = tmp_path / "reminder.ics"
    result = run("remind", "--ics", str(target), home=home, managed=managed)
    assert result.returncode == 0, result.stderr
    event = read_event(target)
    assert event.decoded("DTSTART") == last_day(10) + dt.timedelta(days=90)
    assert "Acme, Family Services" in str(event["DESCRIPTION"])
    assert "https://acme.example/p" in str(event["DESCRIPTION"])
    first_uid = str(event["UID"])
    assert run("remind", "--ics", str(target), home=home).returncode == 0
    assert str(read_event(target)["UID"]) == first_uid  # the same reminder again: calendars update, not duplicate
    store_checks(home, 0)
    assert run("remind", "--ics", str(target), home=home).returncode == 0
    assert str(read_event(target)["UID"]) != first_uid  # a new cycle: a new event


def test_remind_falls_on_today_when_due_now(tmp_path: Path) -> None:
    target = tmp_path / "reminder.ics"
    result = run("remind", "--ics", str(target), "--lang", "fr", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    event = read_event(target)
    assert event.decoded("DTSTART") == today()
    assert "Revérification" in str(event["SUMMARY"])


def test_remind_into_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    result = run("remind", "--ics", str(tmp_path / "nope" / "r.ics"), home=tmp_path / "home")
    assert result.returncode == 1
    assert result.stderr.startswith("privacycheck: error: cannot write")


def test_a_scheduled_update_check_runs_only_when_the_organisation_asks_and_it_is_time() -> None:
    from privacycheck.core.recheck import update_check_due

    now = dt.datetime(2026, 11, 21, 12, tzinfo=dt.UTC)
    assert not update_check_due(None, None, now)
    assert update_check_due(None, 7, now)
    assert not update_check_due(now - dt.timedelta(days=6, hours=23), 7, now)
    assert update_check_due(now - dt.timedelta(days=7), 7, now)


# ---- the system's own scheduler ------------------------------------------------------------------------------------


def _ini(path: Path) -> Any:
    import configparser

    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser


def test_remind_installs_a_systemd_user_timer_whose_service_notifies_when_due(tmp_path: Path) -> None:
    import shlex

    home, config = tmp_path / "home", tmp_path / "config"
    result = run("remind", "--systemd", home=home, env={"XDG_CONFIG_HOME": str(config)})
    assert result.returncode == 0, result.stderr
    assert "systemctl --user enable --now privacycheck-recheck.timer" in result.stdout
    units = config / "systemd" / "user"
    timer = _ini(units / "privacycheck-recheck.timer")
    assert timer["Timer"]["Persistent"] == "true" and timer["Install"]["WantedBy"] == "timers.target"
    service = _ini(units / "privacycheck-recheck.service")
    assert service["Service"]["Type"] == "oneshot"
    assert service["Service"]["Environment"] == f"PRIVACYCHECK_HOME={home}"
    command = shlex.split(service["Service"]["ExecStart"])
    assert command[-2:] == ["due", "--notify"]
    # What the timer runs, run as systemd would (no notify-send on this PATH: the message goes to the journal).
    import os
    import subprocess

    environment = {**os.environ, "PRIVACYCHECK_HOME": str(home), "PATH": str(tmp_path / "nothing"), "LANG": "C.UTF-8"}
    environment["PRIVACYCHECK_MANAGED_CONFIG"] = str(tmp_path / "none.json")
    ran = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert "A re-check is due" in ran.stdout  # never checked: due now


def test_due_notify_says_nothing_when_no_recheck_is_due(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Store.open(home, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        save_assessment(store, Checklist(load_installed().packs), Answers(frozenset({"x"}), {}))
    result = run("due", "--notify", home=home, env={"PATH": str(tmp_path / "nothing")})
    assert result.returncode == 0 and result.stdout == ""


def test_remind_installs_an_autostart_entry(tmp_path: Path) -> None:
    config = tmp_path / "config"
    result = run("remind", "--autostart", home=tmp_path / "home", env={"XDG_CONFIG_HOME": str(config)})
    assert result.returncode == 0, result.stderr
    entry = _ini(config / "autostart" / "privacycheck-recheck.desktop")["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Exec"].endswith("due --notify")
    assert f"PRIVACYCHECK_HOME={tmp_path / 'home'}" in entry["Exec"]


def test_remind_needs_one_way_to_remind(tmp_path: Path) -> None:
    result = run("remind", home=tmp_path / "home")
    assert result.returncode == 2
    assert "one of the arguments --ics --systemd --autostart is required" in result.stderr
