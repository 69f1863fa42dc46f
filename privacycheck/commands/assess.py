"""`privacycheck assess` and `history`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from privacycheck.commands.context import Context, print_json
from privacycheck.errors import PrivacycheckError


def register(commands: Any) -> None:
    assess = commands.add_parser("assess", help="score an answers file")
    assess.add_argument("--answers", required=True, type=Path, metavar="FILE")
    assess.add_argument("--no-save", action="store_true", help="do not store the assessment")
    assess.add_argument("--json", action="store_true", help="print JSON")
    assess.add_argument("--lang", choices=("en", "fr"), default=None)
    assess.add_argument(
        "--essentials", action="store_true", help="also show the provisional score over the essentials alone"
    )
    assess.set_defaults(run=run_assess)

    history = commands.add_parser("history", help="list the stored assessments")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(run=run_history)


def read_json_file(path: Path) -> Any:
    """Strict JSON, as for packs: a key given twice, NaN or bytes that are not UTF-8 are refused, never guessed."""
    from privacycheck.core.loader import parse_json

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise PrivacycheckError(f"cannot read {path}: {error.strerror or error}") from None
    data, problems = parse_json(raw, str(path))
    if problems:
        raise PrivacycheckError(f"{path} is not valid JSON: {problems[0].reason[:200]}")
    return data


def run_assess(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.core.answers import AnswersError, parse_answers
    from privacycheck.core.output import score_json
    from privacycheck.core.scoring import evaluate

    lang = context.language(options.lang)
    document = read_json_file(options.answers)
    checklist = context.checklist
    try:
        answers = parse_answers(document, checklist)
    except AnswersError as error:
        raise PrivacycheckError(f"{options.answers}: {error}") from None
    if options.no_save:
        result = evaluate(checklist, answers)
        saved_id = None
    else:
        from privacycheck.services.assessments import save_assessment

        with context.open_store() as store:
            saved_id, result = save_assessment(store, checklist, answers)
    data = score_json(result, lang)
    if saved_id is not None:
        data["assessment_id"] = saved_id
    if options.essentials:
        from privacycheck.core.essentials import essentials, provisional
        from privacycheck.core.output import provisional_json

        data["essentials"] = provisional_json(provisional(result, essentials(checklist, answers.platforms)))
    if options.json:
        print_json(data)
    else:
        _print_score(data, lang)
    return 0


def run_history(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.commands.context import warn

    with context.open_store() as store:
        summaries = store.history()
        for assessment_id in store.damaged:
            warn(f"assessment {assessment_id} is damaged, or was not written by privacycheck with your key: left out")
    rows = [{"id": s.id, "date": s.created.isoformat(), "score": s.score, "band": s.band} for s in reversed(summaries)]
    if options.json:
        print_json(rows)
        return 0
    if not rows:
        print("No stored assessments yet.")
    for summary in reversed(summaries):
        when = f"{summary.created:%Y-%m-%d %H:%M}"
        print(f"{summary.id:>5}  {when}  {summary.score or 0:>5.1f}  {summary.band}")
    return 0


_WORDS = {
    "en": {
        "score": "Exposure score",
        "answered": "Answered: {answered} of {applicable}; unknown (counted as worst): {unknown}",
        "by_platform": "By platform",
        "by_dimension": "By dimension",
        "plan": "Fix first (points saved, minutes):",
        "quick": "Quick wins (most points per minute):",
        "today": "One thing today:",
        "provisional": "Provisional score over the {count} essentials: {score} / 100 ({band}); provisional until the "
        "full check. Unanswered essentials: {unknown}",
        "step": "-{saves} pts, {minutes} min",
        "more": "... and {count} more (use --json for the whole plan)",
        "low": "low",
        "moderate": "moderate",
        "high": "high",
        "severe": "severe",
    },
    "fr": {
        "score": "Score d'exposition",
        "answered": "Répondu : {answered} sur {applicable}; inconnus (comptés au pire) : {unknown}",
        "by_platform": "Par plateforme",
        "by_dimension": "Par dimension",
        "plan": "À corriger d'abord (points gagnés, minutes) :",
        "quick": "Gains rapides (le plus de points par minute) :",
        "today": "Une chose aujourd'hui :",
        "provisional": "Score provisoire sur les {count} essentiels : {score} / 100 ({band}); provisoire jusqu'à la "
        "vérification complète. Essentiels sans réponse : {unknown}",
        "step": "-{saves} pts, {minutes} min",
        "more": "... et {count} de plus (--json pour le plan complet)",
        "low": "faible",
        "moderate": "modéré",
        "high": "élevé",
        "severe": "sévère",
    },
}


def _step_line(step: dict[str, Any], words: dict[str, str], lang: str) -> str:
    cost = words["step"].format(saves=_number(step["saves"], lang), minutes=step["effort_minutes"])
    return f"{step['title']}  {cost}  [{step['item']}]"


def _number(value: float, lang: str) -> str:
    shown = f"{value:.1f}"
    return shown.replace(".", ",") if lang == "fr" else shown


def _print_score(data: dict[str, Any], lang: str) -> None:
    words = _WORDS[lang]
    colon = " :" if lang == "fr" else ":"
    print(f"{words['score']}{colon} {_number(data['score'], lang)} / 100 ({words[data['band']]})")
    print(data["band_meaning"])
    print(words["answered"].format(**data))
    provisional = data.get("essentials")
    if provisional is not None:
        figures = {
            "count": len(provisional["items"]),
            "score": _number(provisional["score"], lang),
            "band": words[provisional["band"]],
            "unknown": len(provisional["unknown_items"]),
        }
        print(words["provisional"].format(**figures))
    for title, scores in ((words["by_platform"], data["by_platform"]), (words["by_dimension"], data["by_dimension"])):
        shown = ", ".join(f"{key} {_number(value, lang)}" for key, value in scores.items() if value is not None)
        print(f"{title}{colon} {shown}")
    print(f"\n{words['plan']}")
    for rank, step in enumerate(data["remediation"][:10], start=1):
        print(f"{rank:>3}. {_step_line(step, words, lang)}")
    remaining = len(data["remediation"]) - 10
    if remaining > 0:
        print("     " + words["more"].format(count=remaining))
    if data["quick_wins"]:
        print(f"\n{words['quick']}")
        for step in data["quick_wins"]:
            print(f"  - {_step_line(step, words, lang)}")
        print(f"{words['today']} {data['one_thing_today']['title']}")
