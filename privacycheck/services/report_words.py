"""The report's own words in English and French, and numbers, points and dates written the way each language writes
them: the same names as the app (docs/glossary.md), a decimal comma and "1,5 point" in French, dates in words."""

from __future__ import annotations

import datetime as dt

NBSP = "\u00a0"
MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip

WORDS = {
    "en": {
        "title_full": "Social-media exposure report",
        "title_summary": "Social-media exposure summary",
        "private": "Private: this report contains your answers and notes. Do not share it.",
        "shareable": "Share-safe summary: no answers, findings or notes.",
        "assessment": "Check of {date} (number {id})",
        "draft": "(unfinished)",
        "generated": "Report made on {generated}",
        "organisation": "Organisation: {organisation}",
        "score": "Exposure score",
        "band": "Band",
        "completion": "Answered {answered} of {applicable} items; {unknown} unknown, counted as the riskiest answer.",
        "saved_score": "When the assessment was saved, with the packs of the time, the score was {score}.",
        "by_platform": "By platform",
        "by_dimension": "By dimension",
        "plan": "What to fix first",
        "top_fixes": "The first fixes, by platform",
        "details": "Details",
        "all_fixes": "Every fix, in order",
        "more_fixes": "{count} more fixes in the details.",
        "points_one": "{value} point",
        "points_many": "{value} points",
        "platform": "Platform",
        "plan_none": "Nothing to fix: every item is at its safest answer.",
        "saves": "saves {saves}, about {minutes} min",
        "done": "done",
        "where": "Where",
        "open": "Open",
        "check": "Check",
        "findings": "Findings",
        "item": "Item",
        "answer": "Your answer",
        "points": "Points",
        "not_answered": "Not answered (counts as the riskiest answer)",
        "dont_know": "I don't know (counts as the riskiest answer)",
        "revised": "revised since you answered",
        "notes": "Your notes",
        "note": "Note",
        "finding": "Finding",
        "packs": "Checklists",
        "pack": "Pack",
        "version": "Version",
        "assessed": "Answered with",
        "verified": "Verified",
        "na": "n/a",
        "low": "low",
        "moderate": "moderate",
        "high": "high",
        "severe": "severe",
        "general": "Questionnaires",
        "find": "Find",
        "see": "See",
        "contact": "Contact",
        "disclose": "Disclose",
        "account": "Account",
    },
    "fr": {
        "title_full": "Rapport d'exposition sur les réseaux sociaux",
        "title_summary": "Sommaire de l'exposition sur les réseaux sociaux",
        "private": "Confidentiel : ce rapport contient vos réponses et vos notes. Ne le partagez pas.",
        "shareable": "Sommaire partageable : aucune réponse, aucun constat, aucune note.",
        "assessment": "Vérification du {date} (numéro {id})",
        "draft": "(inachevée)",
        "generated": "Rapport produit le {generated}",
        "organisation": "Organisation : {organisation}",
        "score": "Score d'exposition",
        "band": "Niveau",
        "completion": (
            "Réponses : {answered} éléments sur {applicable}; inconnus : {unknown}, comptés comme la réponse la plus "
            "risquée."
        ),
        "saved_score": "Lors de l'enregistrement, avec les listes de l'époque, le score était de {score}.",
        "by_platform": "Par plateforme",
        "by_dimension": "Par dimension",
        "plan": "À corriger d'abord",
        "top_fixes": "Les premières corrections, par plateforme",
        "details": "Détails",
        "all_fixes": "Toutes les corrections, dans l'ordre",
        "more_fixes": "Autres corrections dans les détails : {count}.",
        "points_one": "{value} point",
        "points_many": "{value} points",
        "platform": "Plateforme",
        "plan_none": "Rien à corriger : chaque élément est à sa réponse la plus sûre.",
        "saves": "retire {saves}, environ {minutes} min",
        "done": "fait",
        "where": "Où",
        "open": "Ouvrir",
        "check": "Vérifier",
        "findings": "Constats",
        "item": "Élément",
        "answer": "Votre réponse",
        "points": "Points",
        "not_answered": "Sans réponse (compte comme la réponse la plus risquée)",
        "dont_know": "Je ne sais pas (compte comme la réponse la plus risquée)",
        "revised": "révisé depuis votre réponse",
        "notes": "Vos notes",
        "note": "Note",
        "finding": "Constat",
        "packs": "Listes de vérification",
        "pack": "Liste",
        "version": "Version",
        "assessed": "Répondu avec",
        "verified": "Vérifiée le",
        "na": "s. o.",
        "low": "faible",
        "moderate": "modéré",
        "high": "élevé",
        "severe": "sévère",
        "general": "Questionnaires",
        "find": "Trouver",
        "see": "Voir",
        "contact": "Joindre",
        "disclose": "Dévoiler",
        "account": "Compte",
    },
}
PLATFORMS = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "x": "X (Twitter)",
    "linkedin": "LinkedIn",
    "tiktok": "TikTok",
    "snapchat": "Snapchat",
    "whatsapp": "WhatsApp",
    "threads": "Threads",
}
"""Platform names, the same in every language; the app uses them too (privacycheck/ui/labels.py)."""


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def number(value: float | None, lang: str) -> str:
    if value is None:
        return words(lang)["na"]
    shown = f"{value:.1f}"
    return shown.replace(".", ",") if lang == "fr" else shown


def colon(lang: str) -> str:
    """The colon after a label: French typography puts a non-breaking space before it."""
    return f"{NBSP}:" if lang == "fr" else ":"


def points(value: float, lang: str) -> str:
    """ "1.5 points", "1,5 point": French puts a quantity below 2 in the singular, English only exactly 1."""
    rounded = abs(round(value, 1))
    singular = rounded < 2 if lang == "fr" else rounded == 1
    text = words(lang)["points_one" if singular else "points_many"].format(value=number(value, lang))
    return text.replace(" ", NBSP)


def day(value: str | dt.date | dt.datetime, lang: str) -> str:
    """A date in words: "December 1, 2026", "1er décembre 2026" (from a date, a moment, or their ISO text)."""
    if isinstance(value, str):
        text = value.replace("Z", "+00:00")
        value = dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
    if isinstance(value, dt.datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    month = MONTHS.get(lang, MONTHS["en"])[value.month - 1]
    if lang == "fr":
        return f"{'1er' if value.day == 1 else value.day}{NBSP}{month}{NBSP}{value.year}"
    return f"{month} {value.day}, {value.year}"


def group_name(key: str, lang: str) -> str:
    return PLATFORMS.get(key) or words(lang).get(key, key)
