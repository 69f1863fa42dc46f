"""Plain data for printing and saving: scores, packs and plans as JSON-ready dicts, numbers rounded to 0.1."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from privacycheck.core.essentials import Provisional
from privacycheck.core.formula import band_meaning
from privacycheck.core.model import Item, Pack
from privacycheck.core.scoring import PlanStep, Score

OUTPUT_VERSION = 1


def round_shares(values: Mapping[str, float], digits: int = 1) -> dict[str, float]:
    """Round each value so that the rounded values add up exactly to the rounded total (largest remainder)."""
    unit = 10**digits
    total = round(math.fsum(values.values()) * unit)
    floors = {key: math.floor(value * unit + 1e-9) for key, value in values.items()}
    remainders = sorted(values, key=lambda key: (-(values[key] * unit - floors[key]), key))
    for key in remainders[: max(0, total - sum(floors.values()))]:
        floors[key] += 1
    return {key: floors[key] / unit for key in values}


def _tenth(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def step_title(item: Item, lang: str) -> str:
    remediation = item.remediation
    return (remediation.title if remediation and remediation.title else item.title).get(lang)


def step_json(step: PlanStep, lang: str = "en") -> dict[str, Any]:
    """One fix of a plan, as `assess --json` lists it."""
    item = step.item
    return {
        "item": item.id,
        "title": step_title(item, lang),
        "steps": [text.get(lang) for text in item.remediation.steps] if item.remediation else [],
        "saves": round(step.saves, 1),
        "effort_minutes": step.effort_minutes,
        "saves_per_minute": round(step.saves_per_minute, 3),
        "severity": item.severity,
        "platform": item.platform,
        "link": item.link,
        "path": item.setting.path.get(lang) if item.setting else None,
        "verify": item.remediation.verify.get(lang) if item.remediation else None,
    }


def score_json(score: Score, lang: str = "en") -> dict[str, Any]:
    """The `assess --json` document (docs/cli.md). Keys are stable; new keys may be added, never renamed."""
    return {
        "output_version": OUTPUT_VERSION,
        "score": round(score.score, 1),
        "band": score.band,
        "answered": score.answered,
        "unknown": len(score.unknown),
        "applicable": sum(1 for entry in score.items if entry.applicable),
        "unknown_items": list(score.unknown),
        "by_platform": {key: _tenth(value) for key, value in score.by_platform.items()},
        "by_dimension": {key: _tenth(value) for key, value in score.by_dimension.items()},
        "contributions": round_shares(score.contributions),
        "remediation": [step_json(step, lang) for step in score.plan],
        "quick_wins": [step_json(step, lang) for step in score.quick_wins],
        "one_thing_today": None if score.today is None else step_json(score.today, lang),
        "band_meaning": band_meaning(score.band, lang),
        "exposed": round(score.exposed, 2),
        "possible": round(score.possible, 2),
        "excess": round(score.excess, 2),
        "removable": round(score.removable, 2),
        "packs": [{"id": pack_id, "version": version} for pack_id, version in score.packs],
    }


def pack_summary_json(pack: Pack, lang: str = "en") -> dict[str, Any]:
    return {
        "id": pack.id,
        "version": pack.version,
        "kind": pack.kind,
        "platform": pack.platform,
        "title": pack.title.get(lang),
        "items": len(pack.items),
        "origin": str(pack.origin),
        "verified": pack.verified.isoformat(),
        "path": pack.path,
    }


def pack_detail_json(pack: Pack, lang: str = "en") -> dict[str, Any]:
    return {
        **pack_summary_json(pack, lang),
        "items": [
            {
                "id": item.id,
                "kind": item.kind,
                "fact": item.fact,
                "platform": item.platform,
                "dimension": item.dimension,
                "severity": item.severity,
                "title": item.title.get(lang),
                "options": [
                    {"id": option.id, "label": option.label.get(lang), "exposure": option.exposure}
                    for option in item.options
                ],
                "when": None if item.when is None else {"item": item.when.item, "in": sorted(item.when.options)},
                "link": item.link,
                "source": item.source,
                "verified": item.verified.isoformat(),
                "confidence": item.confidence,
            }
            for item in pack.items
        ],
        "guides": [guide.id for guide in pack.guides],
    }


def essentials_json(items: Sequence[Item], lang: str = "en") -> list[dict[str, Any]]:
    """The essentials, in the order they were chosen: what `packs essentials --json` prints."""
    return [
        {
            "id": item.id,
            "platform": item.platform,
            "dimension": item.dimension,
            "severity": item.severity,
            "title": item.title.get(lang),
            "prompt": item.prompt.get(lang),
        }
        for item in items
    ]


def provisional_json(result: Provisional) -> dict[str, Any]:
    """The provisional score over the essentials alone, labelled as such."""
    return {
        "provisional": True,
        "score": round(result.score, 1),
        "band": result.band,
        "items": list(result.items),
        "answered": result.answered,
        "unknown_items": list(result.unknown),
    }
