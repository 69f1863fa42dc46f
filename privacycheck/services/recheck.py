"""Re-check reminders: the status from the store and the managed configuration, and an iCalendar (RFC 5545) file."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator

from privacycheck import __version__
from privacycheck.core.recheck import PREF_KEY, RecheckStatus, effective_interval, parse_interval
from privacycheck.storage.store import Store

PRODID = f"-//privacycheck//privacycheck {__version__}//EN"
REMINDER_HOUR = 9
"""The alarm goes off at 9:00 on the day before the due day (all-day events start at midnight)."""


def local_day(moment: dt.datetime) -> dt.date:
    """The calendar day of a stored (UTC) time, where the user is."""
    return moment.astimezone().date() if moment.tzinfo is not None else moment.date()


def recheck_status(store: Store | None, org_interval_days: int | None, today: dt.date) -> RecheckStatus:
    """The re-check status: the last completed check in `store` (None: nothing stored yet) and the interval in force,
    the organisation's unless the user chose a shorter one."""
    last = None
    user_days = None
    if store is not None:
        created = store.latest_created()
        last = None if created is None else local_day(created)
        user_days = parse_interval(store.pref(PREF_KEY))
    incident = store.latest_incident_day() if store is not None else None
    return RecheckStatus(today, last, effective_interval(org_interval_days, user_days), incident)


_WORDS = {
    "en": {
        "summary": "Privacy re-check (privacycheck)",
        "description": (
            "Time to check your social-media privacy settings again: platforms change their settings and defaults. "
            "Open privacycheck and start a new check; it takes the answers you gave last time as a starting point."
        ),
        "policy": "Your organisation's social-media policy: {url}",
        "organisation": "Requested by {organisation}.",
        "alarm": "Your privacy re-check is due tomorrow.",
    },
    "fr": {
        "summary": "Revérification de la confidentialité (privacycheck)",
        "description": (
            "Il est temps de revérifier vos paramètres de confidentialité sur les réseaux sociaux : les plateformes "
            "changent leurs paramètres et leurs réglages par défaut. Ouvrez privacycheck et commencez une nouvelle "
            "vérification; elle reprend vos réponses précédentes comme point de départ."
        ),
        "policy": "La politique de votre organisation sur les réseaux sociaux : {url}",
        "organisation": "Demandé par {organisation}.",
        "alarm": "Votre revérification de la confidentialité est prévue demain.",
    },
}


def reminder_uid(seed: str) -> str:
    """A UID that stays the same when the same reminder is exported again, so calendars update it instead of adding a
    duplicate. `seed` names the re-check cycle (the store and its last assessment); only a hash of it is written."""
    return f"{hashlib.sha256(seed.encode()).hexdigest()[:32]}@privacycheck.invalid"


def reminder_ics(
    day: dt.date,
    *,
    uid: str,
    now: dt.datetime,
    lang: str = "en",
    organisation: str | None = None,
    policy_url: str | None = None,
) -> str:
    """One all-day VEVENT on `day` with a display alarm, as an RFC 5545 document (CRLF line ends, folded lines)."""
    words = _WORDS.get(lang, _WORDS["en"])
    description = words["description"]
    if organisation:
        description += "\n" + words["organisation"].format(organisation=organisation)
    if policy_url:
        description += "\n" + words["policy"].format(url=policy_url)
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(words['summary'])}",
        f"DESCRIPTION:{escape_text(description)}",
        "TRANSP:TRANSPARENT",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(words['alarm'])}",
        f"TRIGGER:-PT{24 - REMINDER_HOUR}H",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(f"{folded}\r\n" for line in lines for folded in fold(line))


def escape_text(value: str) -> str:
    r"""RFC 5545 section 3.3.11 TEXT: backslash, semicolon and comma escaped; line breaks as \n; other control
    characters (which TEXT may not hold) dropped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
    return "".join(char for char in value if char == "\t" or not (ord(char) < 0x20 or ord(char) == 0x7F))


def fold(line: str, limit: int = 75) -> Iterator[str]:
    """RFC 5545 section 3.1: content lines of at most 75 octets; continuations start with one space. A UTF-8
    character is never split across lines."""
    chunk: list[str] = []
    size = 0
    room = limit
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > room:
            yield ("" if room == limit else " ") + "".join(chunk)
            chunk, size, room = [], 0, limit - 1
        chunk.append(char)
        size += width
    yield ("" if room == limit else " ") + "".join(chunk)


# ---- the operating system's own reminder (Linux): a systemd user timer, or an autostart entry ----------------------

UNIT_NAME = "privacycheck-recheck"
"""The systemd user units `privacycheck-recheck.service` and `.timer`."""

AUTOSTART_NAME = "privacycheck-recheck.desktop"


def _quoted(argument: str) -> str:
    """One argument for a systemd ExecStart= line or a desktop entry's Exec= key: quoted when it needs to be."""
    if argument and all(c.isalnum() or c in "/._-=:" for c in argument):
        return argument
    return '"' + argument.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _environment(home: str | None) -> list[str]:
    return [f"PRIVACYCHECK_HOME={home}"] if home else []


def systemd_units(command: list[str], home: str | None = None) -> dict[str, str]:
    """A user service that runs `command` (`privacycheck due --notify`: a notification only when a re-check is due)
    and a timer that starts it every day, catching up after the computer was off. The due date stays in the app's
    own logic, so a new interval or a new check needs no new timer."""
    environment = "".join(f"Environment={_quoted(value)}\n" for value in _environment(home))
    return {
        f"{UNIT_NAME}.service": (
            "[Unit]\n"
            "Description=privacycheck: say when a privacy re-check is due\n\n"
            "[Service]\n"
            "Type=oneshot\n"
            f"{environment}"
            f"ExecStart={' '.join(_quoted(part) for part in command)}\n"
        ),
        f"{UNIT_NAME}.timer": (
            "[Unit]\n"
            "Description=privacycheck: look every day whether a privacy re-check is due\n\n"
            "[Timer]\n"
            "OnCalendar=*-*-* 09:30:00\n"
            "OnStartupSec=5min\n"
            "Persistent=true\n\n"
            "[Install]\n"
            "WantedBy=timers.target\n"
        ),
    }


def autostart_entry(command: list[str], home: str | None = None) -> str:
    """A freedesktop autostart entry that runs `command` when the person logs in (GNOME, KDE, Xfce and others)."""
    environment = ["env", *_environment(home)] if home else []
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=privacycheck re-check reminder\n"
        "Name[fr]=Rappel de revérification privacycheck\n"
        "Comment=Says when a privacy re-check is due\n"
        "Comment[fr]=Indique quand une revérification de la confidentialité est due\n"
        f"Exec={' '.join(_quoted(part) for part in [*environment, *command])}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def due_notice(status: RecheckStatus, lang: str) -> tuple[str, str] | None:
    """The title and text of the notification `due --notify` shows, or None when no re-check is due."""
    if not status.due:
        return None
    if lang == "fr":
        return (
            "Revérification de la confidentialité",
            "Une revérification est due. Ouvrez privacycheck et commencez une nouvelle vérification à partir de vos "
            "dernières réponses.",
        )
    return (
        "Privacy re-check",
        "A re-check is due. Open privacycheck and start a new check from your last answers.",
    )
