"""The report's own words in English and French, and numbers written the way each language writes them."""

from __future__ import annotations

WORDS = {
    "en": {
        "title_full": "Social-media exposure report",
        "title_summary": "Social-media exposure summary",
        "private": "Private: this report contains your answers and notes. Do not share it.",
        "shareable": "Share-safe summary: no answers, findings or notes.",
        "assessment": "Assessment {id} of {date}",
        "draft": "(unfinished)",
        "generated": "Generated {generated}",
        "organisation": "Organisation: {organisation}",
        "score": "Exposure score",
        "band": "Band",
        "completion": "Answered {answered} of {applicable} items; {unknown} unknown, counted as their worst option.",
        "saved_score": "When the assessment was saved, with the packs of the time, the score was {score}.",
        "by_platform": "By platform",
        "by_dimension": "By dimension",
        "plan": "What to fix first",
        "plan_none": "Nothing to fix: every item is at its safest answer.",
        "saves": "saves {saves} points, about {minutes} min",
        "done": "done",
        "where": "Where",
        "open": "Open",
        "check": "Check",
        "findings": "Findings",
        "item": "Item",
        "answer": "Your answer",
        "points": "Points",
        "not_answered": "Not answered (counted as the worst option)",
        "dont_know": "I don't know (counted as the worst option)",
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
        "assessment": "Vérification {id} du {date}",
        "draft": "(inachevée)",
        "generated": "Produit le {generated}",
        "organisation": "Organisation : {organisation}",
        "score": "Score d'exposition",
        "band": "Niveau",
        "completion": "Répondu : {answered} éléments sur {applicable}; {unknown} inconnus, comptés à leur pire option.",
        "saved_score": "Lors de l'enregistrement, avec les listes de l'époque, le score était de {score}.",
        "by_platform": "Par plateforme",
        "by_dimension": "Par dimension",
        "plan": "À corriger d'abord",
        "plan_none": "Rien à corriger : chaque élément est à sa réponse la plus sûre.",
        "saves": "retire {saves} points, environ {minutes} min",
        "done": "fait",
        "where": "Où",
        "open": "Ouvrir",
        "check": "Vérifier",
        "findings": "Constats",
        "item": "Élément",
        "answer": "Votre réponse",
        "points": "Points",
        "not_answered": "Sans réponse (compté à la pire option)",
        "dont_know": "Je ne sais pas (compté à la pire option)",
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
    "x": "X",
    "linkedin": "LinkedIn",
    "tiktok": "TikTok",
    "snapchat": "Snapchat",
    "whatsapp": "WhatsApp",
    "threads": "Threads",
}


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def number(value: float | None, lang: str) -> str:
    if value is None:
        return words(lang)["na"]
    shown = f"{value:.1f}"
    return shown.replace(".", ",") if lang == "fr" else shown


def group_name(key: str, lang: str) -> str:
    return PLATFORMS.get(key) or words(lang).get(key, key)
