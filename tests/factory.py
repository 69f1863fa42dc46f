"""Builders of pack documents for tests: valid by default, every field overridable."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from privacycheck.core.loader import build_pack
from privacycheck.core.model import Origin, Pack

VERIFIED = "2026-11-01"


def text(english: str) -> dict[str, str]:
    return {"en": english, "fr": f"{english} (fr)"}


def option(option_id: str, exposure: float) -> dict[str, Any]:
    return {"id": option_id, "label": text(option_id.replace("_", " ")), "exposure": exposure}


def item(item_id: str, **overrides: Any) -> dict[str, Any]:
    """A valid question item with options safe (0), partly (0.5) and open (1) unless overridden."""
    document: dict[str, Any] = {
        "id": item_id,
        "kind": "question",
        "dimension": "see",
        "severity": 3,
        "title": text(f"Title of {item_id}"),
        "prompt": text(f"Prompt of {item_id}?"),
        "why": text("Because clients search for their workers."),
        "options": [option("safe", 0.0), option("partly", 0.5), option("open", 1.0)],
        "remediation": {
            "title": text(f"Fix {item_id}"),
            "steps": [text("Open the settings."), text("Choose the safe option.")],
            "effort_minutes": 2,
            "verify": text("Look at your profile while logged out."),
        },
        "source": "https://www.facebook.com/help/",
        "verified": VERIFIED,
    }
    document.update(overrides)
    return document


def setting(item_id: str, **overrides: Any) -> dict[str, Any]:
    return item(
        item_id,
        kind="setting",
        setting={"name": text("Who can see your friends list?"), "path": text("Settings > Privacy")},
        link="https://www.facebook.com/settings/?tab=privacy",
        **overrides,
    )


def pack(pack_id: str = "demo", items: list[dict[str, Any]] | None = None, **overrides: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": pack_id,
        "version": "1.0.0",
        "kind": "questionnaire",
        "platform": None,
        "title": text(f"Pack {pack_id}"),
        "verified": VERIFIED,
        "items": items if items is not None else [item(f"{pack_id}.first"), setting(f"{pack_id}.second")],
    }
    document.update(overrides)
    return document


def platform_pack(platform: str, items: list[dict[str, Any]] | None = None, **overrides: Any) -> dict[str, Any]:
    return pack(platform, items, kind="platform", platform=platform, **overrides)


def write(directory: Path, name: str, document: Any) -> Path:
    path = directory / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def built(document: dict[str, Any], origin: Origin = Origin.BUILTIN) -> Pack:
    """A Pack straight from a (schema-valid) document, without touching the disk."""
    return build_pack(copy.deepcopy(document), f"{document['id']}.json", origin)
