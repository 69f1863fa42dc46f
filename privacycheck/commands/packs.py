"""`privacycheck packs`, `packs show` and `validate`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from privacycheck.commands.context import Context, print_json
from privacycheck.errors import PrivacycheckError


def register(commands: Any) -> None:
    packs = commands.add_parser("packs", help="list the installed checklist packs")
    packs.add_argument("--json", action="store_true", help="print JSON")
    packs.set_defaults(run=run_packs)
    packs_commands = packs.add_subparsers(dest="packs_command", metavar="show|essentials", parser_class=type(packs))
    show = packs_commands.add_parser("show", help="show a pack's items")
    show.add_argument("pack_id", metavar="PACK_ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.add_argument("--lang", choices=("en", "fr"), default=None)
    essentials = packs_commands.add_parser("essentials", help="the items of the ten-minute first pass")
    essentials.add_argument(
        "--platforms", metavar="LIST", help="comma-separated platforms (default: every installed platform)"
    )
    essentials.add_argument("--json", action="store_true", help="print JSON")
    essentials.add_argument("--lang", choices=("en", "fr"), default=None)

    validate = commands.add_parser("validate", help="validate pack files")
    validate.add_argument("files", nargs="+", metavar="FILE", type=Path)
    validate.set_defaults(run=run_validate)


def run_packs(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.core.output import pack_detail_json, pack_summary_json

    lang = context.language(getattr(options, "lang", None))
    packs = context.packs.packs
    if options.packs_command == "essentials":
        return _run_essentials(options, context, lang)
    if options.packs_command == "show":
        pack = next((pack for pack in packs if pack.id == options.pack_id), None)
        if pack is None:
            known = ", ".join(p.id for p in packs)
            raise PrivacycheckError(f"no installed pack has the id {options.pack_id!r} (installed: {known})")
        detail = pack_detail_json(pack, lang)
        if options.json:
            print_json(detail)
        else:
            _print_pack(detail)
        return 0
    summaries = [pack_summary_json(pack, lang) for pack in packs]
    if options.json:
        print_json(summaries)
        return 0
    rows = [("ID", "VERSION", "KIND", "PLATFORM", "ITEMS", "ORIGIN")]
    rows += [(s["id"], s["version"], s["kind"], s["platform"] or "-", str(s["items"]), s["origin"]) for s in summaries]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


def _run_essentials(options: argparse.Namespace, context: Context, lang: str) -> int:
    from privacycheck.core.essentials import essentials
    from privacycheck.core.output import essentials_json

    checklist = context.checklist
    if options.platforms is None:
        platforms = set(checklist.platforms)
    else:
        platforms = {name.strip() for name in options.platforms.split(",") if name.strip()}
        unknown = sorted(platforms - set(checklist.platforms))
        if unknown:
            known = ", ".join(checklist.platforms)
            raise PrivacycheckError(f"no installed pack covers the platform {unknown[0]!r} (installed: {known})")
    chosen = essentials_json(essentials(checklist, platforms), lang)
    if options.json:
        print_json(chosen)
        return 0
    for rank, entry in enumerate(chosen, start=1):
        where = entry["platform"] or "general"
        print(f"{rank:>3}. {entry['id']}  [{where}, {entry['dimension']}, severity {entry['severity']}]")
        print(f"     {entry['prompt']}")
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


def run_validate(options: argparse.Namespace, context: Context) -> int:
    from privacycheck.core.validate import validate_files

    problems, checked = validate_files(options.files)
    for problem in problems:
        print(problem)
    files_with_problems = len({problem.file for problem in problems})
    print(f"{checked} file(s) checked, {files_with_problems} with problems", file=sys.stderr)
    return 1 if problems else 0
