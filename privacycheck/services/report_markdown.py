"""The report document drawn as Markdown (CommonMark / GitHub), escaped where it matters: the one-page summary
first, then the details."""

from __future__ import annotations

import re
from typing import Any

from privacycheck.services.report_parts import (
    answer_text,
    by_platform,
    header_lines,
    safe_link,
    shown_subscores,
    top_fixes,
)
from privacycheck.services.report_words import colon, day, group_name, number, points, words

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<#|~&])")
"""Characters that start Markdown syntax anywhere in a line; `>`, `+`, `-`, `=` and `1.` only matter at its start."""
_MD_BLOCK_START = re.compile(r"^([-=+>])")
_MD_LIST_START = re.compile(r"^(\d+)([.)])")


def md(value: object) -> str:
    """Escape text for CommonMark/GFM inside a line: it shows as typed, never as emphasis, a link, HTML or a table
    cell break. Text that starts a line goes through `md_line`."""
    text = " ".join(str(value).split())  # pack text is plain: a line break would start a new Markdown block
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_line(value: object) -> str:
    """`md`, for text at the start of a line, where `-`, `+`, `=`, `>` and `1.` would start a list, heading or quote."""
    text = _MD_BLOCK_START.sub(r"\\\1", md(value))
    return _MD_LIST_START.sub(r"\1\\\2", text)


def _md_link(url: object) -> str | None:
    link = safe_link(url)
    if link is None:
        return None
    return "<" + link.replace("<", "%3C").replace(">", "%3E") + ">"


def render_markdown(document: dict[str, Any]) -> str:
    lang = document["language"]
    w = words(lang)
    full = document["kind"] == "full"
    out = [f"# {md(w['title_full' if full else 'title_summary'])}", ""]
    out += [f"{md_line(line)}  " for line in header_lines(document)]
    out += ["", f"**{md(w['private' if full else 'shareable'])}**", ""]
    out.append(
        f"**{md(w['score'])}{colon(lang)} {md(number(document['score'], lang))} / 100 ({md(w[document['band']])})**"
    )
    out += ["", md_line(w["completion"].format(**document)), ""]
    saved = document["assessment"]["score_when_saved"]
    if saved is not None and round(saved, 1) != document["score"]:
        out += [md_line(w["saved_score"].format(score=number(saved, lang))), ""]
    for key in shown_subscores(document):
        out += [f"## {md(w[key])}", ""]
        out += [
            f"- {md(group_name(group, lang))}{colon(lang)} {md(number(value, lang))}"
            for group, value in document[key].items()
            if value is not None
        ]
        out.append("")
    out += [f"## {md(w['top_fixes' if by_platform(document) else 'plan'])}", ""]
    groups, left = top_fixes(document)
    if not groups:
        out += [md_line(w["plan_none"]), ""]
    for platform, steps in groups:
        if platform is not None:
            out += [f"### {md(group_name(platform, lang))}", ""]
        out += [f"{rank}. **{md(step['title'])}**: {md(_cost(step, lang))}" for rank, step in enumerate(steps, 1)]
        out.append("")
    if left:
        out += [md_line(w["more_fixes"].format(count=left)), ""]
    if full:  # the share-safe summary holds nothing more than its summary, but the checklists
        out += _all_fixes(document, lang)
        out += _findings(document, lang)
    out += [f"### {md(w['packs'])}", ""]
    out += [
        f"| {md(w['pack'])} | {md(w['version'])} | {md(w['assessed'])} | {md(w['verified'])} |",
        "|---|---|---|---|",
    ]
    for pack in document["packs"]:
        out.append(
            f"| {md(pack['title'])} ({md(pack['id'])}) | {md(pack['version'])} | "
            f"{md(pack['assessed_version'] or w['na'])} | {md(day(pack['verified'], lang))} |"
        )
    out.append("")
    return "\n".join(out)


def _all_fixes(document: dict[str, Any], lang: str) -> list[str]:
    w = words(lang)
    out = [f"## {md(w['details'])}", "", f"### {md(w['all_fixes'])}", ""]
    if not document["plan"]:
        out += [md_line(w["plan_none"]), ""]
    for rank, step in enumerate(document["plan"], start=1):
        done = f" ({md(w['done'])})" if step.get("done") else ""
        platform = f"{md(group_name(str(step['platform']), lang))}{colon(lang)} " if step.get("platform") else ""
        out.append(f"{rank}. {platform}**{md(step['title'])}**: {md(_cost(step, lang))}{done}")
        if step.get("path"):
            out.append(f"   - {md(w['where'])}{colon(lang)} {md(step['path'])}")
        link = _md_link(step.get("link"))
        if link:
            out.append(f"   - {md(w['open'])}{colon(lang)} {link}")
        out += [f"   - {md(text)}" for text in step.get("steps", ())]
        if step.get("verify"):
            out.append(f"   - {md(w['check'])}{colon(lang)} {md(step['verify'])}")
    out.append("")
    return out


def _cost(step: dict[str, Any], lang: str) -> str:
    return words(lang)["saves"].format(saves=points(step["saves"], lang), minutes=step["effort_minutes"])


def _findings(document: dict[str, Any], lang: str) -> list[str]:
    w = words(lang)
    out = [f"### {md(w['findings'])}", ""]
    group = None
    for finding in document["findings"]:
        if finding["group"] != group:
            group = finding["group"]
            out += ["", f"#### {md(group_name(group, lang))}", ""]
            out += [f"| {md(w['item'])} | {md(w['answer'])} | {md(w['points'])} |", "|---|---|---:|"]
        flag = f" ({md(w['revised'])})" if finding["revised"] else ""
        out.append(
            f"| {md(finding['title'])}{flag} | {md(answer_text(finding, lang))} | "
            f"{md(number(finding['contribution'], lang))} |"
        )
    out.append("")
    if document["notes"]:
        out += [f"### {md(w['notes'])}", ""]
        out += [
            f"- **{md(w[note['kind']])}, {md(note['title'] or note['item'])}:** {md(note['text'])}"
            for note in document["notes"]
        ]
        out.append("")
    return out
