"""The exposure formula and its bands, with what each band means for a practitioner. Explained in docs/scoring.md."""

from __future__ import annotations

import math

AVERAGE_SHARE = 0.6
"""The share of the score given to the weighted average of every item's exposure; the rest goes to the holes term."""

HALF = 8.0
"""Weighted exposure that halves what is left of privacy in the holes term: one severity-4 item at its worst (weight 8)
closes half of the gap to 100 in that term, whatever the number of safe answers around it."""

HOLE_SEVERITY = 3
"""The holes term counts the items of this severity and above: a read receipt left on is not a hole."""

BANDS = (("low", 20.0), ("moderate", 45.0), ("high", 70.0), ("severe", math.inf))
"""Each band with its upper bound (exclusive): low < 20 ≤ moderate < 45 ≤ high < 70 ≤ severe."""


def average_share(removable: float) -> float:
    """The average term's share: 0.6, or all of the score when nothing in scope can make a hole (no item of
    severity 3 or above), so that every answer at its worst still reads 100."""
    return AVERAGE_SHARE if removable > 0 else 1.0


def average_part(exposed: float, possible: float, removable: float) -> float:
    """The average term, in points: 100 × 0.6 × exposed / possible (Σ weight × exposure out of Σ weight × worst)."""
    return 100.0 * average_share(removable) * exposed / possible if possible > 0 else 0.0


def holes_part(excess: float, removable: float) -> float:
    """The holes term, in points: 100 × 0.4 × (1 − 2^(−excess / 8)) / (1 − 2^(−removable / 8)).

    `excess` is Σ weight × (exposure − the item's safest exposure) over the items of severity 3 and above, what the
    user could remove, out of `removable` if every answer were the worst. It counts the exposure itself, not its
    share, so safe answers cannot dilute it."""
    if removable <= 0 or excess <= 0:
        return 0.0
    return 100.0 * (1 - AVERAGE_SHARE) * holes_share(excess, removable)


def holes_share(excess: float, removable: float) -> float:
    """(1 − 2^(−excess / 8)) / (1 − 2^(−removable / 8)), between 0 and 1; for sums too small for the exponential to
    tell from 0, its limit excess / removable."""
    rate = math.log(2) / HALF
    below = math.expm1(-removable * rate)
    return math.expm1(-excess * rate) / below if below != 0 else excess / removable


def composite(exposed: float, possible: float, excess: float, removable: float) -> float:
    """The score: the average term plus the holes term, between 0 and 100."""
    return max(0.0, min(100.0, average_part(exposed, possible, removable) + holes_part(excess, removable)))


def band(score: float) -> str:
    """The band of a score, read from the score rounded to one decimal (the number the user sees)."""
    shown = round(score, 1)
    return next(name for name, upper in BANDS if shown < upper)


_LABELS = {
    "low": {"en": "low", "fr": "faible"},
    "moderate": {"en": "moderate", "fr": "modéré"},
    "high": {"en": "high", "fr": "élevé"},
    "severe": {"en": "severe", "fr": "sévère"},
}

_MEANINGS = {
    "low": {
        "en": "Low: a client who searches for you will find little, and has no easy way to reach you.",
        "fr": (
            "Faible : une personne usagère qui vous cherche trouvera peu de choses et n’a pas de moyen facile de "
            "vous joindre."
        ),
    },
    "moderate": {
        "en": (
            "Moderate: a determined client has a way in. One serious gap, or a few smaller ones, lets them find you, "
            "see part of your life or reach you. Close the top of the plan."
        ),
        "fr": (
            "Modéré : une personne usagère déterminée a une porte d’entrée. Une brèche sérieuse, ou quelques "
            "petites, lui permet de vous trouver, de voir une partie de votre vie ou de vous joindre. Corrigez le haut "
            "du plan."
        ),
    },
    "high": {
        "en": (
            "High: a client who searches will likely find you, see personal details such as your family or where "
            "you live, and be able to contact you. Work through the plan this week."
        ),
        "fr": (
            "Élevé : une personne usagère qui vous cherche vous trouvera probablement, verra des détails personnels "
            "comme votre famille ou votre quartier, et pourra vous contacter. Suivez le plan cette semaine."
        ),
    },
    "severe": {
        "en": (
            "Severe: you are wide open. A client can easily find you, see your private life and your family, and "
            "reach you directly. Start the plan today."
        ),
        "fr": (
            "Sévère : votre vie est grande ouverte. Une personne usagère peut facilement vous trouver, voir votre vie "
            "privée et votre famille, et vous joindre directement. Commencez le plan aujourd’hui."
        ),
    },
}


def band_label(name: str, lang: str = "en") -> str:
    """The band's name in `lang` ("low", "faible"); English when the language is unknown."""
    words = _LABELS.get(name)
    return name if words is None else words.get(lang, words["en"])


def band_meaning(name: str, lang: str = "en") -> str:
    """What the band means for a practitioner, in plain words, to show next to the score."""
    words = _MEANINGS.get(name)
    return "" if words is None else words.get(lang, words["en"])
