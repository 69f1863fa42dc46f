"""Practitioner profiles from locked down to wide open, scored on the built-in packs: the order, the bands and the
top of the plan that someone who advises practitioners on their exposure would give. These depend on the content's
severities by design; rerun them when the content is re-weighted."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from privacycheck.core.answers import Answers
from privacycheck.core.model import Item
from privacycheck.core.scoring import Checklist, Score, band, evaluate
from privacycheck.services.catalog import load_installed

PLATFORMS = frozenset({"facebook", "instagram", "x"})


@pytest.fixture(scope="module")
def checklist() -> Checklist:
    return Checklist(load_installed().packs)


def each(checklist: Checklist, pick: Callable[[Item], str]) -> dict[str, str]:
    return {item_id: pick(item) for item_id, item in checklist.items.items()}


def worst(item: Item) -> str:
    return max(item.options, key=lambda option: option.exposure).id


def near(level: float) -> Callable[[Item], str]:
    """The option closest to an exposure level (the safer one on a tie): 0.4 is "friends only" on most settings."""
    return lambda item: min(item.options, key=lambda o: (abs(o.exposure - level), o.exposure)).id


def profiles(checklist: Checklist) -> dict[str, dict[str, str]]:
    locked = each(checklist, lambda item: item.safest.id)
    return {
        "locked down": locked,
        "careful, minor settings left on": {
            **locked,
            **{i.id: worst(i) for i in checklist.items.values() if i.severity <= 2},
        },
        "one big hole": {
            **locked,
            "facebook.profile_picture_public": "children",  # always public: shows her children
            "facebook.workplace_visibility": "public",  # and names her workplace
        },
        "typical, friends only": each(checklist, near(0.4)),
        "careless": each(checklist, near(0.7)),
        "wide open": each(checklist, worst),
    }


def score(checklist: Checklist, choices: dict[str, str]) -> Score:
    return evaluate(checklist, Answers(PLATFORMS, choices))


def test_the_profiles_are_in_the_order_an_expert_gives_them_with_their_bands(checklist: Checklist) -> None:
    results = {name: score(checklist, choices) for name, choices in profiles(checklist).items()}
    totals = [result.score for result in results.values()]
    assert totals == sorted(totals) and len(set(totals)) == len(totals)
    assert {name: result.band for name, result in results.items()} == {
        "locked down": "low",
        "careful, minor settings left on": "low",
        "one big hole": "moderate",
        "typical, friends only": "high",
        "careless": "severe",
        "wide open": "severe",
    }
    assert results["locked down"].score <= 5
    assert results["wide open"].score >= 90


def test_one_big_hole_is_not_averaged_away(checklist: Checklist) -> None:
    """Locked down everywhere except an always-public profile photo showing her children and her workplace named."""
    result = score(checklist, profiles(checklist)["one big hole"])
    locked = score(checklist, profiles(checklist)["locked down"])
    assert result.score - locked.score >= 20
    assert band(result.by_dimension["see"] or 0) != "low"
    assert band(result.by_platform["facebook"] or 0) != "low"
    assert [step.item.id for step in result.plan] == [
        "facebook.profile_picture_public",
        "facebook.workplace_visibility",
    ]
    assert result.plan[0].saves >= 10


def test_on_a_wide_open_profile_the_plan_leads_with_what_makes_most_moot_and_serious_fixes_do_not_sink(
    checklist: Checklist,
) -> None:
    result = score(checklist, profiles(checklist)["wide open"])
    order = [step.item.id for step in result.plan]
    assert order[0] == "instagram.private_account"  # also caps stories, lists, tagged posts and story replies
    assert all(step.item.severity == 5 for step in result.plan[:3])
    serious = [
        "selfdisclosure.home_routine_visible",
        "selfdisclosure.clients_in_connections",
        "selfdisclosure.children_identifiable",
        "selfdisclosure.personal_account_client_contact",
        "searchability.data_brokers",
    ]
    assert all(order.index(item_id) < 20 for item_id in serious)
    for minor in ("facebook.active_status", "x.read_receipts", "instagram.read_receipts"):
        assert all(order.index(minor) > order.index(item_id) for item_id in serious)
    # The public address and phone number on Facebook come before a tagging setting.
    assert order.index("facebook.contact_info_visibility") < order.index("facebook.tag_review")
    # Quick wins are still offered, with one thing to do today that takes a few minutes.
    assert result.today is not None and result.today.effort_minutes <= 5
    assert len(result.quick_wins) == 5


def test_making_the_instagram_account_private_counts_what_it_makes_moot(checklist: Checklist) -> None:
    """The fix's saving includes the story audience, the lists and the tagged posts it caps, and the follow-ups it
    switches off: exactly score(now) − score(private)."""
    choices = profiles(checklist)["typical, friends only"]
    choices = {**choices, "instagram.private_account": "public", "instagram.story_audience": "anyone"}
    now = score(checklist, choices)
    private = score(checklist, {**choices, "instagram.private_account": "private"})
    step = next(s for s in now.plan if s.item.id == "instagram.private_account")
    assert step.saves == pytest.approx(now.score - private.score, abs=1e-9)
    story = {e.item.id: e.exposure for e in private.items}["instagram.story_audience"]
    assert story == 0.4  # "anyone" counts as followers-only once the account is private
    own_only = 100 * 0.6 * 16 / now.possible  # what the item alone would have saved in the average term
    assert step.saves > own_only
