"""Localised plain text, as packs carry it: {"en": ..., "fr": ...} with English as the fallback."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_LANGUAGE = "en"
LANGUAGES = ("en", "fr")


@dataclass(frozen=True, slots=True)
class Text:
    """A string in several languages. Always plain text: never interpreted as HTML."""

    values: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, mapping: Mapping[str, str]) -> Text:
        return cls(tuple(sorted(mapping.items())))

    @classmethod
    def plain(cls, english: str) -> Text:
        return cls(((DEFAULT_LANGUAGE, english),))

    def get(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The text in `lang` ("fr" or "fr-CA"), else in its base language, else in English."""
        found = dict(self.values)
        base = lang.split("-", 1)[0]
        return found.get(lang) or found.get(base) or found.get(DEFAULT_LANGUAGE, "")

    def languages(self) -> frozenset[str]:
        return frozenset(lang for lang, _ in self.values)

    def as_dict(self) -> dict[str, str]:
        return dict(self.values)

    def __str__(self) -> str:
        return self.get()
