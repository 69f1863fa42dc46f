"""Honest freshness: each item shows how and when it was verified, and warns once that is more than six months old."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from privacycheck.core.freshness import is_stale, months_later
from privacycheck.core.loader import builtin_sources, load_packs
from privacycheck.core.model import Item
from privacycheck.ui.item_card import ItemCard

ITEMS = {item.id: item for pack in load_packs(builtin_sources()).packs for item in pack.items}


def test_six_months_are_calendar_months() -> None:
    assert months_later(dt.date(2026, 12, 1), 6) == dt.date(2027, 6, 1)
    assert months_later(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert not is_stale(dt.date(2026, 12, 1), dt.date(2027, 6, 1))
    assert is_stale(dt.date(2026, 12, 1), dt.date(2027, 6, 2))


def test_every_built_in_item_says_how_it_was_verified() -> None:
    assert {item.confidence for item in ITEMS.values()} <= {"checked", "help_page", "inferred"}
    assert [item.id for item in ITEMS.values() if item.confidence is None] == []


def test_verification_dates_are_per_item_not_one_date_for_all() -> None:
    own = [item for item in ITEMS.values() if item.pack_id in ("facebook", "instagram", "x", "selfdisclosure")]
    assert len({item.verified for item in own}) > 1
    # Nothing was walked through on a live account in this review, so nothing may claim it.
    assert [item.id for item in own if item.confidence == "checked"] == []


def card_labels(card: ItemCard) -> dict[str, str]:
    return {label.objectName(): label.text() for label in card.findChildren(QLabel) if label.objectName()}


@pytest.mark.parametrize(
    ("confidence", "shown"),
    [("help_page", "read on the platform's help page"), ("inferred", "inferred from guides and press")],
)
def test_the_card_shows_the_confidence_next_to_the_date(qtbot: QtBot, confidence: str, shown: str) -> None:
    item = dataclasses.replace(ITEMS["facebook.message_requests"], confidence=confidence)
    card = ItemCard(item, "en", None, "", today=item.verified)
    qtbot.addWidget(card)
    labels = card_labels(card)
    assert shown in labels["verified"]
    assert "stale" not in labels


def test_an_item_verified_more_than_six_months_ago_carries_a_warning(qtbot: QtBot) -> None:
    item: Item = ITEMS["facebook.message_requests"]
    fresh = ItemCard(item, "en", None, "", today=months_later(item.verified, 6))
    old = ItemCard(item, "en", None, "", today=months_later(item.verified, 6) + dt.timedelta(days=1))
    qtbot.addWidget(fresh)
    qtbot.addWidget(old)
    assert "stale" not in card_labels(fresh)
    assert "more than six months ago" in card_labels(old)["stale"]
