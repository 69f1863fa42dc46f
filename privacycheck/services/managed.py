"""The organisation's managed configuration: found at a system-wide place, validated, never fatal."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from privacycheck.core.loader import parse_json, read_regular
from privacycheck.core.problems import json_path
from privacycheck.paths import packaged

ENVIRONMENT_VARIABLE = "PRIVACYCHECK_MANAGED_CONFIG"
DEFAULT_RECHECK_DAYS = 90
FILE_NAME = "managed.json"
SCHEMA_VERSION = 3
"""The newest `schema_version` this app reads. 1: the keys of the first release (a file without `schema_version` is
version 1); 2: `onboarding`; 3: `contacts` and `incident_procedure_url`. Keys are marked with the version that added
them (`x-since` in the schema)."""

MAX_CONFIG_BYTES = 1024 * 1024
"""A managed configuration is a few lines; anything larger is not one."""


@dataclass(frozen=True, slots=True)
class Onboarding:
    """What new staff see when the app first starts. The welcome is plain text, shown as written."""

    first_check_days: int | None = None
    welcome_en: str | None = None
    welcome_fr: str | None = None
    contact: str | None = None

    def welcome(self, lang: str) -> str | None:
        """The welcome in `lang`, falling back to English."""
        return self.welcome_fr if lang == "fr" and self.welcome_fr else self.welcome_en


@dataclass(frozen=True, slots=True)
class Contact:
    """Someone to reach when a client finds a member of staff. Plain text, shown as written."""

    name: str
    role: str
    """supervisor, security, eap (employee assistance programme), union or other."""
    phone: str | None = None
    email: str | None = None
    hours: str | None = None

    def to_json(self) -> dict[str, str]:
        return {
            k: v
            for k, v in (
                ("name", self.name),
                ("role", self.role),
                ("phone", self.phone),
                ("email", self.email),
                ("hours", self.hours),
            )
            if v
        }

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> Contact:
        return cls(str(data["name"]), str(data["role"]), data.get("phone"), data.get("email"), data.get("hours"))


@dataclass(frozen=True, slots=True)
class ManagedConfig:
    path: Path
    organisation: str | None = None
    packs: tuple[Path, ...] = ()
    recheck_interval_days: int = DEFAULT_RECHECK_DAYS
    update_url: str | None = None
    update_public_key: str | None = None
    update_check_days: int | None = None
    policy_url: str | None = None
    onboarding: Onboarding | None = None
    schema_version: int = 1
    contacts: tuple[Contact, ...] = ()
    incident_procedure_url: str | None = None


@dataclass(frozen=True, slots=True)
class ManagedResult:
    """The configuration in force (None when there is none or it is invalid) and what to tell the administrator:
    why a file was ignored, or which keys of a newer version were ignored while the rest is in force."""

    config: ManagedConfig | None
    problems: tuple[str, ...] = ()


def system_location(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Path:
    """Where IT departments put the file on each system."""
    if platform.startswith("win"):
        return Path(environ.get("ProgramData", r"C:\ProgramData")) / "privacycheck" / FILE_NAME
    if platform == "darwin":
        return Path("/Library/Application Support/privacycheck") / FILE_NAME
    return Path("/etc/privacycheck") / FILE_NAME


def config_location(environ: Mapping[str, str] = os.environ) -> Path:
    override = environ.get(ENVIRONMENT_VARIABLE)
    return Path(override) if override else system_location(environ=environ)


def load_managed(path: Path | None = None) -> ManagedResult:
    """Read the managed configuration at `path` (default: `config_location()`); a missing file is no configuration."""
    path = path or config_location()
    try:
        raw = read_regular(path, MAX_CONFIG_BYTES)  # never waits on a FIFO or a device
    except FileNotFoundError:
        return ManagedResult(None)
    except OSError as error:
        return ManagedResult(None, (f"{path}: ignored: cannot read it ({error.strerror or error})",))
    if len(raw) > MAX_CONFIG_BYTES:
        return ManagedResult(None, (f"{path}: ignored: larger than 1 MiB, so not a managed configuration",))
    data, problems = parse_json(raw, str(path))
    if problems:
        return ManagedResult(None, tuple(f"{p}" for p in problems))
    version = data.get("schema_version", 1) if isinstance(data, dict) else 1
    notes: list[str] = []
    errors: list[str] = []
    if isinstance(version, int) and not isinstance(version, bool) and version >= 1 and isinstance(data, dict):
        if version > SCHEMA_VERSION:
            data = _known_part(_schema(), data, (), notes)
            notes = [
                f"{path}: {where}: ignored: added by schema_version {version}, newer than this app reads "
                f"({SCHEMA_VERSION}); the rest of the file is in force, update the app to use it"
                for where in notes
            ]
        else:
            errors = [
                f'{where}: needs "schema_version": {since} or later (the file is version {version})'
                for where, since in _too_new(_schema(), data, (), version)
            ]
    errors += [
        f"{json_path(e.absolute_path)}: {_message(e)}"
        for e in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    ]
    if errors:
        return ManagedResult(None, tuple(f"{path}: {error} (the file is ignored)" for error in errors))
    base = path.parent
    return ManagedResult(
        ManagedConfig(
            path=path,
            organisation=data.get("organisation"),
            packs=tuple((base / entry).resolve() for entry in data.get("packs", ())),
            recheck_interval_days=data.get("recheck_interval_days", DEFAULT_RECHECK_DAYS),
            update_url=data.get("update_url"),
            update_public_key=data.get("update_public_key"),
            update_check_days=data.get("update_check_days"),
            policy_url=data.get("policy_url"),
            onboarding=_onboarding(data.get("onboarding")),
            schema_version=version,
            contacts=tuple(Contact.of(entry) for entry in data.get("contacts", ())),
            incident_procedure_url=data.get("incident_procedure_url"),
        ),
        tuple(notes),
    )


def _onboarding(data: Mapping[str, Any] | None) -> Onboarding | None:
    if data is None:
        return None
    welcome = data.get("welcome", {})
    return Onboarding(data.get("first_check_days"), welcome.get("en"), welcome.get("fr"), data.get("contact"))


def _known_part(schema: Mapping[str, Any], data: Any, at: tuple[str | int, ...], ignored: list[str]) -> Any:
    """`data` without the object keys `schema` does not know (a newer version's), each named in `ignored`."""
    properties = schema.get("properties")
    if not isinstance(data, dict) or not isinstance(properties, dict):
        return data
    kept = {}
    for key, value in data.items():
        if key in properties:
            kept[key] = _known_part(_resolve(properties[key]), value, (*at, key), ignored)
        else:
            ignored.append(json_path((*at, key)))
    return kept


def _too_new(schema: Mapping[str, Any], data: Any, at: tuple[str | int, ...], version: int) -> list[tuple[str, int]]:
    """The keys in `data` that a version after `version` added: a file must say the version it is written for."""
    properties = schema.get("properties")
    if not isinstance(data, dict) or not isinstance(properties, dict):
        return []
    found: list[tuple[str, int]] = []
    for key, value in data.items():
        if key not in properties:
            continue  # the schema reports it as an unknown key
        node = _resolve(properties[key])
        since = node.get("x-since", 1)
        if since > version:
            found.append((json_path((*at, key)), since))
        else:
            found += _too_new(node, value, (*at, key), version)
    return found


def _resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    reference = node.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/$defs/"):
        resolved: Mapping[str, Any] = _schema()["$defs"][reference.removeprefix("#/$defs/")]
        return {**resolved, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _message(error: Any) -> str:
    """The schema's reason, without repeating a long text back (a welcome may hold a thousand characters)."""
    if isinstance(error.instance, str) and error.validator in ("pattern", "not", "maxLength", "minLength"):
        if error.validator == "maxLength":
            return f"longer than {error.validator_value} characters ({len(error.instance)})"
        if error.validator == "minLength":
            return "must not be empty"
        return str(error.schema.get("x-message") or error.message)
    return str(error.message)


@functools.cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        (packaged("resources") / "schema" / "managed-config.schema.json").read_text("utf-8")
    )
    return schema


@functools.cache
def _validator() -> Any:
    from privacycheck.core.schema import validator_class

    return validator_class()(_schema())
