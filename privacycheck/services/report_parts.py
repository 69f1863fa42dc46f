"""What the HTML and Markdown reports share: the header lines, safe links, answers in words and the first fixes of
each platform for the one-page summary."""

from __future__ import annotations

import re
from typing import Any

from privacycheck.services.report_words import day, words

TOP_PER_PLATFORM = 3
"""The summary page names this many fixes per platform (the rest are in the details)."""
TOP_PLATFORMS = 5


def safe_link(url: object) -> str | None:
    """Only https links are shown as links (the pack rules demand it; a report never trusts that)."""
    return url if isinstance(url, str) and url.startswith("https://") and not re.search(r"\s", url) else None


def header_lines(document: dict[str, Any]) -> list[str]:
    """The check's date in words (and its number), when the report was made, and the organisation if there is one."""
    lang = document["language"]
    w = words(lang)
    assessment = document["assessment"]
    first = w["assessment"].format(id=assessment["id"], date=day(assessment["date"], lang))
    if assessment["status"] != "complete":
        first += " " + w["draft"]
    lines = [first, w["generated"].format(generated=day(document["generated"], lang))]
    if document.get("organisation"):
        lines.append(w["organisation"].format(organisation=document["organisation"]))
    return lines


def answer_text(finding: dict[str, Any], lang: str) -> str:
    w = words(lang)
    if finding["answer_label"] is not None:
        return str(finding["answer_label"])
    return w["dont_know" if finding["dont_know"] else "not_answered"]


def top_fixes(document: dict[str, Any]) -> tuple[list[tuple[str | None, list[dict[str, Any]]]], int]:
    """The plan's first fixes grouped by platform, platforms in the order of their first fix; and how many fixes
    the summary page leaves to the details. Steps without a platform (the share-safe summary names none) make one
    group whose key is None."""
    groups: dict[str | None, list[dict[str, Any]]] = {}
    for step in document["plan"]:
        if step.get("done"):
            continue
        platform = step.get("platform")
        group = groups.setdefault(str(platform) if platform else None, [])
        group.append(step)
    shown = [(key, steps[:TOP_PER_PLATFORM]) for key, steps in list(groups.items())[:TOP_PLATFORMS]]
    left = sum(len(steps) for steps in groups.values()) - sum(len(steps) for _, steps in shown)
    return shown, left


def by_platform(document: dict[str, Any]) -> bool:
    """Whether the plan names platforms (the full report does; the share-safe summary does not)."""
    return any(step.get("platform") for step in document["plan"])


def shown_subscores(document: dict[str, Any]) -> list[str]:
    """The sub-score groups that have something to show ("by_platform" is empty in the share-safe summary)."""
    return [key for key in ("by_platform", "by_dimension") if any(v is not None for v in document[key].values())]
