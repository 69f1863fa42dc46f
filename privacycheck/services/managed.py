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

from privacycheck.core.loader import parse_json
from privacycheck.core.problems import json_path
from privacycheck.paths import packaged

ENVIRONMENT_VARIABLE = "PRIVACYCHECK_MANAGED_CONFIG"
DEFAULT_RECHECK_DAYS = 90
FILE_NAME = "managed.json"


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


@dataclass(frozen=True, slots=True)
class ManagedResult:
    """The configuration in force (None when there is none or it is invalid) and why a file was ignored."""

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
        raw = path.read_bytes()
    except FileNotFoundError:
        return ManagedResult(None)
    except OSError as error:
        return ManagedResult(None, (f"{path}: ignored: cannot read it ({error.strerror or error})",))
    data, problems = parse_json(raw, str(path))
    if problems:
        return ManagedResult(None, tuple(f"{p}" for p in problems))
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        return ManagedResult(
            None, tuple(f"{path}: {json_path(e.absolute_path)}: {e.message} (the file is ignored)" for e in errors)
        )
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
        )
    )


@functools.cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads((packaged("resources") / "schema" / "managed-config.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema)
