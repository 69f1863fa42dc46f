"""The report document drawn as HTML (self-contained, every text escaped) and as Markdown (escaped where it matters)."""

from __future__ import annotations

import html
import re
from typing import Any

from privacycheck.services.report_words import group_name, number, words

_STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1a1a1a; }
body { max-width: 48em; margin: 2em auto; }
h1 { font-size: 18pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 16pt; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin-top: 10pt; }
p.meta { color: #555; margin: 2pt 0; }
p.warning { font-weight: bold; color: #8a1c1c; }
p.score { font-size: 16pt; font-weight: bold; }
table { border-collapse: collapse; margin: 4pt 0; }
th, td { border: 1px solid #bbb; padding: 4px 8px; text-align: left; vertical-align: top; }
td.num { text-align: right; }
li { margin-bottom: 6pt; }
span.done { color: #2e6b2e; font-weight: bold; }
span.flag { color: #8a1c1c; }
"""


def _e(value: object) -> str:
    """Escape for HTML text and attribute values alike."""
    return html.escape(str(value), quote=True)


def _safe_link(url: object) -> str | None:
    """Only https links are shown as links (the pack rules demand it; a report never trusts that)."""
    return url if isinstance(url, str) and url.startswith("https://") and not re.search(r"\s", url) else None


def render_html(document: dict[str, Any]) -> str:
    """A self-contained page: inline CSS, no script, no outside resource, every piece of text escaped."""
    lang = document["language"]
    w = words(lang)
    full = document["kind"] == "full"
    title = w["title_full" if full else "title_summary"]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(title)}</h1>",
    ]
    out += [f'<p class="meta">{_e(line)}</p>' for line in _header_lines(document)]
    out.append(f'<p class="warning">{_e(w["private" if full else "shareable"])}</p>')
    out.append(
        f'<p class="score">{_e(w["score"])}: {_e(number(document["score"], lang))} / 100 '
        f"({_e(w[document['band']])})</p>"
    )
    out.append(f"<p>{_e(w['completion'].format(**document))}</p>")
    saved = document["assessment"]["score_when_saved"]
    if saved is not None and round(saved, 1) != document["score"]:
        out.append(f'<p class="meta">{_e(w["saved_score"].format(score=number(saved, lang)))}</p>')
    for key in ("by_platform", "by_dimension"):
        out.append(f"<h2>{_e(w[key])}</h2>")
        out.append('<table cellspacing="0" cellpadding="4">')
        for group, value in document[key].items():
            if value is not None:
                out.append(
                    f'<tr><td>{_e(group_name(group, lang))}</td><td class="num">{_e(number(value, lang))}</td></tr>'
                )
        out.append("</table>")
    out.append(f"<h2>{_e(w['plan'])}</h2>")
    if not document["plan"]:
        out.append(f"<p>{_e(w['plan_none'])}</p>")
    else:
        out.append("<ol>")
        for step in document["plan"]:
            out.append(_html_step(step, lang))
        out.append("</ol>")
    if full:
        out += _html_findings(document, lang)
        if document["notes"]:
            out.append(f"<h2>{_e(w['notes'])}</h2>")
            out.append("<ul>")
            for note in document["notes"]:
                about = note["title"] or note["item"]
                out.append(f"<li><strong>{_e(w[note['kind']])}, {_e(about)}:</strong> {_e(note['text'])}</li>")
            out.append("</ul>")
    out += _html_packs(document, lang)
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def _header_lines(document: dict[str, Any]) -> list[str]:
    w = words(document["language"])
    assessment = document["assessment"]
    first = w["assessment"].format(id=assessment["id"], date=assessment["date"])
    if assessment["status"] != "complete":
        first += " " + w["draft"]
    lines = [first, w["generated"].format(generated=document["generated"])]
    if document.get("organisation"):
        lines.append(w["organisation"].format(organisation=document["organisation"]))
    return lines


def _html_step(step: dict[str, Any], lang: str) -> str:
    w = words(lang)
    cost = w["saves"].format(saves=number(step["saves"], lang), minutes=step["effort_minutes"])
    parts = [f"<li><strong>{_e(step['title'])}</strong>: {_e(cost)}"]
    if step.get("done"):
        parts.append(f' <span class="done">({_e(w["done"])})</span>')
    if step.get("path"):
        parts.append(f"<br>{_e(w['where'])}: {_e(step['path'])}")
    link = _safe_link(step.get("link"))
    if link:
        parts.append(f'<br>{_e(w["open"])}: <a href="{_e(link)}">{_e(link)}</a>')
    if step.get("steps"):
        parts.append("<ol>" + "".join(f"<li>{_e(text)}</li>" for text in step["steps"]) + "</ol>")
    if step.get("verify"):
        parts.append(f"{_e(w['check'])}: {_e(step['verify'])}")
    parts.append("</li>")
    return "".join(parts)


def _answer_text(finding: dict[str, Any], lang: str) -> str:
    w = words(lang)
    if finding["answer_label"] is not None:
        return str(finding["answer_label"])
    return w["dont_know" if finding["dont_know"] else "not_answered"]


def _html_findings(document: dict[str, Any], lang: str) -> list[str]:
    w = words(lang)
    out = [f"<h2>{_e(w['findings'])}</h2>"]
    group = None
    for finding in document["findings"]:
        if finding["group"] != group:
            if group is not None:
                out.append("</table>")
            group = finding["group"]
            out.append(f"<h3>{_e(group_name(group, lang))}</h3>")
            out.append('<table cellspacing="0" cellpadding="4">')
            out.append(
                f"<thead><tr><th>{_e(w['item'])}</th><th>{_e(w['answer'])}</th><th>{_e(w['points'])}</th></tr></thead>"
            )
        flag = f' <span class="flag">({_e(w["revised"])})</span>' if finding["revised"] else ""
        out.append(
            f"<tr><td>{_e(finding['title'])}{flag}</td><td>{_e(_answer_text(finding, lang))}</td>"
            f'<td class="num">{_e(number(finding["contribution"], lang))}</td></tr>'
        )
    if group is not None:
        out.append("</table>")
    return out


def _html_packs(document: dict[str, Any], lang: str) -> list[str]:
    w = words(lang)
    out = [f"<h2>{_e(w['packs'])}</h2>", '<table cellspacing="0" cellpadding="4">']
    out.append(
        f"<tr><th>{_e(w['pack'])}</th><th>{_e(w['version'])}</th><th>{_e(w['assessed'])}</th>"
        f"<th>{_e(w['verified'])}</th></tr>"
    )
    for pack in document["packs"]:
        out.append(
            f"<tr><td>{_e(pack['title'])} ({_e(pack['id'])})</td><td>{_e(pack['version'])}</td>"
            f"<td>{_e(pack['assessed_version'] or w['na'])}</td><td>{_e(pack['verified'])}</td></tr>"
        )
    out.append("</table>")
    return out


# ---- Markdown ----------------------------------------------------------------------------------------------------

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
    link = _safe_link(url)
    if link is None:
        return None
    return "<" + link.replace("<", "%3C").replace(">", "%3E") + ">"


def render_markdown(document: dict[str, Any]) -> str:
    lang = document["language"]
    w = words(lang)
    full = document["kind"] == "full"
    out = [f"# {md(w['title_full' if full else 'title_summary'])}", ""]
    out += [f"{md_line(line)}  " for line in _header_lines(document)]
    out += ["", f"**{md(w['private' if full else 'shareable'])}**", ""]
    out.append(f"**{md(w['score'])}: {md(number(document['score'], lang))} / 100 ({md(w[document['band']])})**")
    out += ["", md_line(w["completion"].format(**document)), ""]
    saved = document["assessment"]["score_when_saved"]
    if saved is not None and round(saved, 1) != document["score"]:
        out += [md_line(w["saved_score"].format(score=number(saved, lang))), ""]
    for key in ("by_platform", "by_dimension"):
        out += [f"## {md(w[key])}", ""]
        out += [
            f"- {md(group_name(group, lang))}: {md(number(value, lang))}"
            for group, value in document[key].items()
            if value is not None
        ]
        out.append("")
    out += [f"## {md(w['plan'])}", ""]
    if not document["plan"]:
        out += [md_line(w["plan_none"]), ""]
    for rank, step in enumerate(document["plan"], start=1):
        cost = w["saves"].format(saves=number(step["saves"], lang), minutes=step["effort_minutes"])
        done = f" ({md(w['done'])})" if step.get("done") else ""
        out.append(f"{rank}. **{md(step['title'])}**: {md(cost)}{done}")
        if step.get("path"):
            out.append(f"   - {md(w['where'])}: {md(step['path'])}")
        link = _md_link(step.get("link"))
        if link:
            out.append(f"   - {md(w['open'])}: {link}")
        out += [f"   - {md(text)}" for text in step.get("steps", ())]
        if step.get("verify"):
            out.append(f"   - {md(w['check'])}: {md(step['verify'])}")
    out.append("")
    if full:
        out += [f"## {md(w['findings'])}", ""]
        group = None
        for finding in document["findings"]:
            if finding["group"] != group:
                group = finding["group"]
                out += ["", f"### {md(group_name(group, lang))}", ""]
                out += [f"| {md(w['item'])} | {md(w['answer'])} | {md(w['points'])} |", "|---|---|---:|"]
            flag = f" ({md(w['revised'])})" if finding["revised"] else ""
            out.append(
                f"| {md(finding['title'])}{flag} | {md(_answer_text(finding, lang))} | "
                f"{md(number(finding['contribution'], lang))} |"
            )
        out.append("")
        if document["notes"]:
            out += [f"## {md(w['notes'])}", ""]
            out += [
                f"- **{md(w[note['kind']])}, {md(note['title'] or note['item'])}:** {md(note['text'])}"
                for note in document["notes"]
            ]
            out.append("")
    out += [f"## {md(w['packs'])}", ""]
    out += [
        f"| {md(w['pack'])} | {md(w['version'])} | {md(w['assessed'])} | {md(w['verified'])} |",
        "|---|---|---|---|",
    ]
    for pack in document["packs"]:
        out.append(
            f"| {md(pack['title'])} ({md(pack['id'])}) | {md(pack['version'])} | "
            f"{md(pack['assessed_version'] or w['na'])} | {md(pack['verified'])} |"
        )
    out.append("")
    return "\n".join(out)
