"""Assessments as stored records: what a check saves, and how to read it back into answers and a score."""

from __future__ import annotations

import datetime as dt
from typing import Any

from privacycheck.core.answers import Answers
from privacycheck.core.clock import Clock, utc_now
from privacycheck.core.scoring import Checklist, Score, evaluate
from privacycheck.storage.store import Record, Store


def summary_of(score: Score) -> dict[str, Any]:
    return {
        "score": round(score.score, 1),
        "band": score.band,
        "answered": score.answered,
        "unknown": len(score.unknown),
        "applicable": sum(1 for entry in score.items if entry.applicable),
        "by_platform": dict(score.by_platform),
        "by_dimension": dict(score.by_dimension),
    }


def payload_of(
    checklist: Checklist,
    answers: Answers,
    *,
    notes: dict[str, str] | None = None,
    findings: dict[str, str] | None = None,
    done: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Everything personal about a check. `verified` records each answered item's verified date at answer time, so
    that a later re-check can flag items whose content was revised since."""
    return {
        **answers.to_json(),
        "notes": dict(sorted((notes or {}).items())),
        "findings": dict(sorted((findings or {}).items())),
        "done": sorted(done),
        "packs": {pack.id: pack.version for pack in checklist.packs},
        "verified": {
            item_id: checklist.items[item_id].verified.isoformat()
            for item_id in sorted(answers.choices)
            if item_id in checklist.items
        },
    }


def answers_of(record: Record) -> Answers:
    payload = record.payload
    return Answers(frozenset(payload.get("platforms", ())), dict(payload.get("answers", {})))


def save_assessment(
    store: Store,
    checklist: Checklist,
    answers: Answers,
    *,
    status: str = "complete",
    record_id: int | None = None,
    created: dt.datetime | None = None,
    clock: Clock = utc_now,
    **extra: Any,
) -> tuple[int, Score]:
    """Score and store one assessment (a draft while in progress, complete when finished)."""
    score = evaluate(checklist, answers)
    now = clock()
    record = Record(
        id=record_id,
        created=created or now,
        updated=now,
        status=status,
        payload=payload_of(checklist, answers, **extra),
        summary=summary_of(score),
    )
    return store.save(record), score
