"""Translated names of bands, dimensions and platforms, shared by every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def band_name(band: str) -> str:
    names = {
        "low": QCoreApplication.translate("Labels", "Low"),
        "moderate": QCoreApplication.translate("Labels", "Moderate"),
        "high": QCoreApplication.translate("Labels", "High"),
        "severe": QCoreApplication.translate("Labels", "Severe"),
    }
    return names.get(band, band)


def dimension_names() -> dict[str, str]:
    return {
        "find": QCoreApplication.translate("Labels", "Find: can a client find me?"),
        "see": QCoreApplication.translate("Labels", "See: what can they see?"),
        "contact": QCoreApplication.translate("Labels", "Contact: can they reach me?"),
        "disclose": QCoreApplication.translate("Labels", "Disclose: what do I reveal?"),
        "account": QCoreApplication.translate("Labels", "Account: can it be taken over?"),
    }


def short_dimension_names() -> dict[str, str]:
    return {
        "find": QCoreApplication.translate("Labels", "Find"),
        "see": QCoreApplication.translate("Labels", "See"),
        "contact": QCoreApplication.translate("Labels", "Contact"),
        "disclose": QCoreApplication.translate("Labels", "Disclose"),
        "account": QCoreApplication.translate("Labels", "Account"),
    }


def platform_names() -> dict[str, str]:
    from privacycheck.services.report_words import PLATFORMS  # one list of names for the app and the reports

    return {**PLATFORMS, "general": QCoreApplication.translate("Labels", "General")}


def platform_of(platform: str | None) -> str:
    """The name of the platform a fix or an item is for; "General" for the questionnaires' items."""
    if platform is None:
        return QCoreApplication.translate("Labels", "General")
    return platform_names().get(platform, platform.capitalize())


def incident_page_name() -> str:
    """One name for this part of the app: the sidebar, the page's title, Home's and the tray's entries."""
    return QCoreApplication.translate("MainWindow", "When a client finds you")


def page_names() -> list[str]:
    """The pages in sidebar order, each with the one name it has everywhere (docs/glossary.md)."""
    return [
        QCoreApplication.translate("MainWindow", "Home"),
        QCoreApplication.translate("MainWindow", "Check"),
        QCoreApplication.translate("MainWindow", "Results"),
        QCoreApplication.translate("MainWindow", "History"),
        incident_page_name(),
        QCoreApplication.translate("MainWindow", "Settings"),
    ]
