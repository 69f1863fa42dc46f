"""The report document drawn as HTML (self-contained, every text escaped): a one-page summary a supervisor can read
(score, band, sub-scores, the first fixes of each platform, dates in words), then the details on the next pages.
The Markdown drawing is in report_markdown.py."""

from __future__ import annotations

import html
from typing import Any

from privacycheck.services.report_markdown import md, md_line, render_markdown
from privacycheck.services.report_parts import (
    answer_text,
    by_platform,
    header_lines,
    safe_link,
    shown_subscores,
    top_fixes,
)
from privacycheck.services.report_words import colon, day, group_name, number, points, words

__all__ = ["md", "md_line", "render_html", "render_markdown"]

_STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1a1a1a; }
body { max-width: 48em; margin: 2em auto; }
h1 { font-size: 18pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 14pt; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin-top: 8pt; margin-bottom: 2pt; }
p.meta { color: #444; margin: 2pt 0; }
p.warning { font-weight: bold; color: #8a1c1c; }
p.score { font-size: 16pt; font-weight: bold; margin-bottom: 2pt; }
table { border-collapse: collapse; margin: 4pt 0; }
th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }
td.num { text-align: right; }
td.pair { border: none; padding: 0 18px 0 0; }
li { margin-bottom: 4pt; }
span.done { color: #2e6b2e; font-weight: bold; }
span.flag { color: #8a1c1c; }
span.platform { color: #444; }
h2.details { page-break-before: always; }
div.details { font-size: 9pt; }
span.low { color: #2e7d32; }
span.moderate { color: #8a5300; }
span.high { color: #b23c12; }
span.severe { color: #b71c1c; }
"""


def _e(value: object) -> str:
    """Escape for HTML text and attribute values alike."""
    return html.escape(str(value), quote=True)


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
    out += [f'<p class="meta">{_e(line)}</p>' for line in header_lines(document)]
    out.append(f'<p class="warning">{_e(w["private" if full else "shareable"])}</p>')
    out += _summary_page(document, lang)
    if full:  # the share-safe summary holds nothing more than its first page, but the checklists
        out.append(f'<h2 class="details">{_e(w["details"])}</h2>')
        out.append('<div class="details">')
        out.append(f"<h3>{_e(w['all_fixes'])}</h3>")
        if not document["plan"]:
            out.append(f"<p>{_e(w['plan_none'])}</p>")
        else:
            out.append("<ol>")
            out += [_html_step(step, lang) for step in document["plan"]]
            out.append("</ol>")
    if full:
        out += _html_findings(document, lang)
        if document["notes"]:
            out.append(f"<h3>{_e(w['notes'])}</h3>")
            out.append("<ul>")
            for note in document["notes"]:
                about = note["title"] or note["item"]
                out.append(
                    f"<li><strong>{_e(w[note['kind']])}, {_e(about)}{_e(colon(lang))}</strong> {_e(note['text'])}</li>"
                )
            out.append("</ul>")
    out += _html_packs(document, lang)
    out += ["</div>" if full else "", "</body>", "</html>", ""]
    return "\n".join(out)


def _summary_page(document: dict[str, Any], lang: str) -> list[str]:
    """Page one: the score and its band, completion, both sets of sub-scores side by side, the first fixes."""
    w = words(lang)
    out = [
        f'<p class="score">{_e(w["score"])}{_e(colon(lang))} {_e(number(document["score"], lang))} / 100 '
        f'(<span class="{_e(document["band"])}">{_e(w[document["band"]])}</span>)</p>',
        f"<p>{_e(w['completion'].format(**document))}</p>",
    ]
    saved = document["assessment"]["score_when_saved"]
    if saved is not None and round(saved, 1) != document["score"]:
        out.append(f'<p class="meta">{_e(w["saved_score"].format(score=number(saved, lang)))}</p>')
    out.append('<table cellspacing="0" cellpadding="0"><tr>')
    for key in shown_subscores(document):
        out.append(f'<td class="pair"><h3>{_e(w[key])}</h3><table cellspacing="0" cellpadding="3">')
        for group, value in document[key].items():
            if value is not None:
                out.append(
                    f'<tr><td>{_e(group_name(group, lang))}</td><td class="num">{_e(number(value, lang))}</td></tr>'
                )
        out.append("</table></td>")
    out.append("</tr></table>")
    out.append(f"<h2>{_e(w['top_fixes' if by_platform(document) else 'plan'])}</h2>")
    groups, left = top_fixes(document)
    if not groups:
        out.append(f"<p>{_e(w['plan_none'])}</p>")
    for platform, steps in groups:
        if platform is not None:
            out.append(f"<h3>{_e(group_name(platform, lang))}</h3>")
        out.append("<ol>")
        out += [f"<li><strong>{_e(step['title'])}</strong>: {_e(_cost(step, lang))}</li>" for step in steps]
        out.append("</ol>")
    if left:
        out.append(f'<p class="meta">{_e(w["more_fixes"].format(count=left))}</p>')
    return out


def _cost(step: dict[str, Any], lang: str) -> str:
    return words(lang)["saves"].format(saves=points(step["saves"], lang), minutes=step["effort_minutes"])


def _html_step(step: dict[str, Any], lang: str) -> str:
    w = words(lang)
    platform = step.get("platform")
    named = f'<span class="platform">{_e(group_name(str(platform), lang))}</span> · ' if platform else ""
    parts = [f"<li>{named}<strong>{_e(step['title'])}</strong>: {_e(_cost(step, lang))}"]
    if step.get("done"):
        parts.append(f' <span class="done">({_e(w["done"])})</span>')
    if step.get("path"):
        parts.append(f"<br>{_e(w['where'])}{_e(colon(lang))} {_e(step['path'])}")
    link = safe_link(step.get("link"))
    if link:
        parts.append(f'<br>{_e(w["open"])}{_e(colon(lang))} <a href="{_e(link)}">{_e(link)}</a>')
    if step.get("steps"):
        parts.append("<ol>" + "".join(f"<li>{_e(text)}</li>" for text in step["steps"]) + "</ol>")
    if step.get("verify"):
        parts.append(f"<br>{_e(w['check'])}{_e(colon(lang))} {_e(step['verify'])}")
    parts.append("</li>")
    return "".join(parts)


def _html_findings(document: dict[str, Any], lang: str) -> list[str]:
    w = words(lang)
    out = [f"<h3>{_e(w['findings'])}</h3>"]
    group = None
    for finding in document["findings"]:
        if finding["group"] != group:
            if group is not None:
                out.append("</table>")
            group = finding["group"]
            out.append(f"<h3>{_e(group_name(group, lang))}</h3>")
            out.append('<table cellspacing="0" cellpadding="3">')
            out.append(
                f"<thead><tr><th>{_e(w['item'])}</th><th>{_e(w['answer'])}</th><th>{_e(w['points'])}</th></tr></thead>"
            )
        flag = f' <span class="flag">({_e(w["revised"])})</span>' if finding["revised"] else ""
        out.append(
            f"<tr><td>{_e(finding['title'])}{flag}</td><td>{_e(answer_text(finding, lang))}</td>"
            f'<td class="num">{_e(number(finding["contribution"], lang))}</td></tr>'
        )
    if group is not None:
        out.append("</table>")
    return out


def _html_packs(document: dict[str, Any], lang: str) -> list[str]:
    w = words(lang)
    out = [f"<h3>{_e(w['packs'])}</h3>", '<table cellspacing="0" cellpadding="3">']
    out.append(
        f"<tr><th>{_e(w['pack'])}</th><th>{_e(w['version'])}</th><th>{_e(w['assessed'])}</th>"
        f"<th>{_e(w['verified'])}</th></tr>"
    )
    for pack in document["packs"]:
        out.append(
            f"<tr><td>{_e(pack['title'])} ({_e(pack['id'])})</td><td>{_e(pack['version'])}</td>"
            f"<td>{_e(pack['assessed_version'] or w['na'])}</td><td>{_e(day(pack['verified'], lang))}</td></tr>"
        )
    out.append("</table>")
    return out
