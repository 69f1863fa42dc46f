"""The command line: `privacycheck` starts the app; subcommands work on the same core and services."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from privacycheck import __version__
from privacycheck.errors import PrivacycheckError

# Only the standard library and privacycheck.core are imported at the top: `--version`, `packs` and `assess`
# must start fast, so Qt, requests, keyring and cryptography are imported inside the commands that need them.


def system_language() -> str:
    """ "fr" when the user's locale is French, else "en" (the same rule as the app's first run)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="privacycheck", description="Check how exposed you are to clients on social media.")
    parser.add_argument("--version", action="version", version=f"privacycheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    packs = commands.add_parser("packs", help="list the installed checklist packs")
    packs.add_argument("--json", action="store_true", help="print JSON")
    packs_commands = packs.add_subparsers(dest="packs_command", metavar="show", parser_class=_Parser)
    show = packs_commands.add_parser("show", help="show a pack's items")
    show.add_argument("pack_id", metavar="PACK_ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.add_argument("--lang", choices=("en", "fr"), default=None)

    validate = commands.add_parser("validate", help="validate pack files")
    validate.add_argument("files", nargs="+", metavar="FILE", type=Path)

    assess = commands.add_parser("assess", help="score an answers file")
    assess.add_argument("--answers", required=True, type=Path, metavar="FILE")
    assess.add_argument("--no-save", action="store_true", help="do not store the assessment")
    assess.add_argument("--json", action="store_true", help="print JSON")
    assess.add_argument("--lang", choices=("en", "fr"), default=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        from privacycheck.ui.main import run_app

        return run_app()
    options = build_parser().parse_args(arguments)
    if options.command is None:
        build_parser().print_help()
        return 0
    try:
        handler = _HANDLERS[options.command]
        return handler(options)
    except PrivacycheckError as error:
        print(f"privacycheck: error: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`privacycheck packs | head`): nothing left to say.
        sys.stderr.close()
        return 1


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _warn_problems(problems: Sequence[object]) -> None:
    for problem in problems:
        print(f"privacycheck: warning: skipped pack: {problem}", file=sys.stderr)


def _installed() -> Any:
    from privacycheck.services.catalog import load_installed

    result = load_installed()
    _warn_problems(result.problems)
    return result


def _cmd_packs(options: argparse.Namespace) -> int:
    from privacycheck.core.output import pack_detail_json, pack_summary_json

    lang = getattr(options, "lang", None) or system_language()
    packs = _installed().packs
    if options.packs_command == "show":
        pack = next((pack for pack in packs if pack.id == options.pack_id), None)
        if pack is None:
            known = ", ".join(p.id for p in packs)
            raise PrivacycheckError(f"no installed pack has the id {options.pack_id!r} (installed: {known})")
        detail = pack_detail_json(pack, lang)
        if options.json:
            _print_json(detail)
        else:
            _print_pack(detail)
        return 0
    summaries = [pack_summary_json(pack, lang) for pack in packs]
    if options.json:
        _print_json(summaries)
        return 0
    rows = [("ID", "VERSION", "KIND", "PLATFORM", "ITEMS", "ORIGIN")]
    rows += [(s["id"], s["version"], s["kind"], s["platform"] or "-", str(s["items"]), s["origin"]) for s in summaries]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


def _print_pack(detail: dict[str, Any]) -> None:
    print(f"{detail['title']} ({detail['id']} {detail['version']}, {detail['origin']}, verified {detail['verified']})")
    for item in detail["items"]:
        fact = ", fact" if item["fact"] else ""
        print(f"\n{item['id']}  [{item['dimension']}, severity {item['severity']}{fact}]")
        print(f"  {item['title']}")
        for option in item["options"]:
            print(f"    {option['id']:<24} {option['exposure']:.2f}  {option['label']}")
        if item["when"]:
            print(f"  only when {item['when']['item']} is {' or '.join(item['when']['in'])}")


def _cmd_validate(options: argparse.Namespace) -> int:
    from privacycheck.core.validate import validate_files

    problems, checked = validate_files(options.files)
    for problem in problems:
        print(problem)
    files_with_problems = len({problem.file for problem in problems})
    print(f"{checked} file(s) checked, {files_with_problems} with problems", file=sys.stderr)
    return 1 if problems else 0


def _cmd_assess(options: argparse.Namespace) -> int:
    from privacycheck.core.answers import AnswersError, parse_answers
    from privacycheck.core.output import score_json
    from privacycheck.core.scoring import Checklist, evaluate

    lang = options.lang or system_language()
    try:
        document = json.loads(options.answers.read_bytes())
    except OSError as error:
        raise PrivacycheckError(f"cannot read {options.answers}: {error.strerror or error}") from None
    except (ValueError, RecursionError) as error:
        raise PrivacycheckError(f"{options.answers} is not valid JSON: {error}") from None
    checklist = Checklist(_installed().packs)
    try:
        answers = parse_answers(document, checklist)
    except AnswersError as error:
        raise PrivacycheckError(f"{options.answers}: {error}") from None
    result = evaluate(checklist, answers)
    data = score_json(result, lang)
    if options.json:
        _print_json(data)
    else:
        _print_score(data, lang)
    return 0


_WORDS = {
    "en": {
        "score": "Exposure score",
        "answered": "Answered: {answered} of {applicable}; unknown (counted as worst): {unknown}",
        "by_platform": "By platform",
        "by_dimension": "By dimension",
        "plan": "Fix first (points saved, minutes):",
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
        "step": "-{saves} pts, {minutes} min",
        "more": "... et {count} de plus (--json pour le plan complet)",
        "low": "faible",
        "moderate": "modéré",
        "high": "élevé",
        "severe": "sévère",
    },
}


def _number(value: float, lang: str) -> str:
    shown = f"{value:.1f}"
    return shown.replace(".", ",") if lang == "fr" else shown


def _print_score(data: dict[str, Any], lang: str) -> None:
    words = _WORDS[lang]
    colon = " :" if lang == "fr" else ":"
    print(f"{words['score']}{colon} {_number(data['score'], lang)} / 100 ({words[data['band']]})")
    print(words["answered"].format(**data))
    for title, scores in ((words["by_platform"], data["by_platform"]), (words["by_dimension"], data["by_dimension"])):
        shown = ", ".join(f"{key} {_number(value, lang)}" for key, value in scores.items() if value is not None)
        print(f"{title}{colon} {shown}")
    print(f"\n{words['plan']}")
    for rank, step in enumerate(data["remediation"][:10], start=1):
        cost = words["step"].format(saves=_number(step["saves"], lang), minutes=step["effort_minutes"])
        print(f"{rank:>3}. {step['title']}  {cost}  [{step['item']}]")
    remaining = len(data["remediation"]) - 10
    if remaining > 0:
        print("     " + words["more"].format(count=remaining))


_HANDLERS = {"packs": _cmd_packs, "validate": _cmd_validate, "assess": _cmd_assess}
