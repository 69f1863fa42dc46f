"""The HR attestation: that a check was done, when, with which packs, and whether every question shown was answered.

Its content depends only on the packs the check was made with (and which of them are the organisation's), the dates,
one completion flag, the name the person types and what the person ticks to include (the band, the platforms the
check covered, whether it included a stranger's look on each platform used). Never a count that moves with the
answers: an organisation writes its own follow-up questions, so "answered 41 of 60" would let it read any answer it
gates one on.
It never holds answers, item or option ids, notes, findings or the score.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from privacycheck.core.look import looked_everywhere
from privacycheck.core.model import Origin, Pack
from privacycheck.core.provenance import Evidence
from privacycheck.errors import PrivacycheckError
from privacycheck.services.recheck import local_day
from privacycheck.storage.store import Record

ATTESTATION_VERSION = 2
BANDS = ("low", "moderate", "high", "severe")
NAME_MAX = 200


class AttestationError(PrivacycheckError):
    title = "Attestation not made"


def attestation(
    record: Record,
    *,
    organisation: str | None,
    today: dt.date,
    include_band: bool = False,
    include_platforms: bool = False,
    name: str | None = None,
    organisation_packs: Collection[str] = (),
    include_look: bool = False,
) -> dict[str, Any]:
    """The attestation's whole content as a plain dict: exactly what is written, so the app can preview it.

    `name` is what the person typed (HR needs to know whose it is; the app knows no one's name), `organisation_packs`
    the ids of the organisation's packs: those the check was made with are listed apart, for HR's summary."""
    if record.status != "complete":
        raise AttestationError("Only a completed check can be attested: finish the check first.")
    summary, payload = record.summary, record.payload
    answered, applicable = summary.get("answered"), summary.get("applicable")
    if type(answered) is not int or type(applicable) is not int:
        raise AttestationError("This assessment does not record how complete it was; run a new check to attest it.")
    packs = payload.get("packs", {})
    listed = [
        {"id": str(pack_id), "version": str(version)}
        for pack_id, version in sorted(packs.items() if isinstance(packs, Mapping) else ())
    ]
    content: dict[str, Any] = {
        "attestation_version": ATTESTATION_VERSION,
        "name": typed_name(name),
        "organisation": organisation,
        "assessment_date": local_day(record.created).isoformat(),
        "issued": today.isoformat(),
        "packs": listed,
        "organisation_packs": [pack for pack in listed if pack["id"] in organisation_packs],
        "complete": answered >= applicable,
    }
    if include_platforms:
        content["platforms"] = _platforms(payload.get("platforms", ()))
    if include_look:  # one yes or no for the whole check: never which platforms, items or answers
        content["strangers_look"] = looked_everywhere(
            Evidence.from_json(payload.get("evidence")), _platforms(payload.get("platforms", ()))
        )
    if include_band:
        band = summary.get("band")
        if band not in BANDS:
            raise AttestationError("This assessment does not record a band.")
        content["band"] = band
    return content


def organisation_pack_ids(packs: Iterable[Pack]) -> frozenset[str]:
    """The ids of the organisation's own packs among those installed."""
    return frozenset(pack.id for pack in packs if pack.origin is Origin.ORG or pack.kind == "org")


def typed_name(value: str | None) -> str | None:
    """The name as typed, on one line; None when left empty."""
    text = " ".join((value or "").split())
    if not text:
        return None
    if len(text) > NAME_MAX:
        raise AttestationError(f"The name is longer than {NAME_MAX} characters.")
    if any(ord(char) < 32 or 0x7F <= ord(char) < 0xA0 for char in text):
        raise AttestationError("The name holds control characters: type it again.")
    return text


def _platforms(chosen: object) -> list[str]:
    return (
        sorted({str(platform) for platform in chosen if isinstance(platform, str)})
        if isinstance(chosen, Sequence)
        else []
    )


def attestation_json(content: Mapping[str, Any]) -> bytes:
    return (json.dumps(content, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


_WORDS = {
    "en": {
        "title": "Social-media privacy check: attestation",
        "statement": "The holder of this attestation completed a social-media privacy self-check with privacycheck.",
        "name": "Name",
        "organisation": "Organisation",
        "organisation_packs": "The organisation's checklists",
        "assessment_date": "Date of the check",
        "issued": "Issued",
        "completion": "Completion",
        "complete": "every question shown was answered",
        "incomplete": "some questions were left unanswered",
        "platforms": "Platforms covered",
        "band": "Exposure band",
        "strangers_look": "A stranger's look (logged out) at each platform used",
        "yes": "yes",
        "no": "no",
        "packs": "Checklists (id and version)",
        "privacy": "This attestation contains no answers, no notes and no score: those stay on the holder's computer.",
        "signature": "Name and signature: ______________________________",
        "none": "none",
        "low": "low",
        "moderate": "moderate",
        "high": "high",
        "severe": "severe",
    },
    "fr": {
        "title": "Vérification de la confidentialité sur les réseaux sociaux : attestation",
        "statement": (
            "La personne qui détient cette attestation a fait une autovérification de sa confidentialité sur les "
            "réseaux sociaux avec privacycheck."
        ),
        "name": "Nom",
        "organisation": "Organisation",
        "organisation_packs": "Listes de vérification de l'organisation",
        "assessment_date": "Date de la vérification",
        "issued": "Délivrée le",
        "completion": "Achèvement",
        "complete": "chaque question affichée a une réponse",
        "incomplete": "certaines questions sont restées sans réponse",
        "platforms": "Plateformes couvertes",
        "band": "Niveau d'exposition",
        "strangers_look": "Regard d'un inconnu (sans connexion) sur chaque plateforme utilisée",
        "yes": "oui",
        "no": "non",
        "packs": "Listes de vérification (identifiant et version)",
        "privacy": (
            "Cette attestation ne contient aucune réponse, aucune note et aucun score : ils restent sur l'ordinateur "
            "de la personne."
        ),
        "signature": "Nom et signature : ______________________________",
        "none": "aucune",
        "low": "faible",
        "moderate": "modéré",
        "high": "élevé",
        "severe": "sévère",
    },
}


def attestation_lines(content: Mapping[str, Any], lang: str = "en") -> list[tuple[str, str]]:
    """The attestation as labelled lines, for the PDF and for the preview the command prints."""
    w = _WORDS.get(lang, _WORDS["en"])
    lines = [(w["name"], content.get("name") or w["none"])]
    if content["organisation"]:  # no "Organisation: none" line for someone who uses the app on their own
        lines.append((w["organisation"], content["organisation"]))
    lines += [
        (w["assessment_date"], content["assessment_date"]),
        (w["issued"], content["issued"]),
        (w["completion"], w["complete" if content["complete"] else "incomplete"]),
    ]
    if "platforms" in content:
        lines.append((w["platforms"], ", ".join(content["platforms"]) or w["none"]))
    if "band" in content:
        lines.append((w["band"], w[content["band"]]))
    if "strangers_look" in content:
        lines.append((w["strangers_look"], w["yes" if content["strangers_look"] is True else "no"]))
    own = ", ".join(f"{pack['id']} {pack['version']}" for pack in content.get("organisation_packs", ()))
    if own:
        lines.append((w["organisation_packs"], own))
    packs = ", ".join(f"{pack['id']} {pack['version']}" for pack in content["packs"])
    lines.append((w["packs"], packs or w["none"]))
    return lines


def attestation_html(content: Mapping[str, Any], lang: str = "en") -> str:
    """A short page for the PDF; every value escaped."""
    w = _WORDS.get(lang, _WORDS["en"])
    e = html.escape
    rows = "".join(
        f'<tr><th width="38%">{e(label)}</th><td>{e(value)}</td></tr>'
        for label, value in attestation_lines(content, lang)
    )
    return (
        f'<!DOCTYPE html><html lang="{e(lang)}"><head><meta charset="utf-8"><title>{e(w["title"])}</title>'
        "<style>body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; }"
        " th, td { text-align: left; vertical-align: top; padding: 4pt 14pt 4pt 0; }</style></head><body>"
        f"<h1>{e(w['title'])}</h1><p>{e(w['statement'])}</p>"
        f'<table cellspacing="0" cellpadding="6">{rows}</table>'
        f"<p><em>{e(w['privacy'])}</em></p><p>&nbsp;</p><p>{e(w['signature'])}</p></body></html>"
    )


def attestation_title(lang: str = "en") -> str:
    return _WORDS.get(lang, _WORDS["en"])["title"]
