"""A stranger's look: pack data validated, profile addresses, and the look winning over a contradicted answer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from privacycheck.core.loader import builtin_sources, load_packs, pack_from_bytes
from privacycheck.core.look import AddressError, implied, profile_url
from privacycheck.core.provenance import LOOK
from privacycheck.core.rules import check_pack
from privacycheck.core.scoring import Checklist, evaluate
from privacycheck.services.look import (
    apply_look,
    contradictions,
    look_platforms,
    look_questions,
    looked_everywhere,
    set_profile,
)
from privacycheck.services.session import CheckSession
from privacycheck.storage.store import KeyMode, Store
from tests.factory import built, option, platform_pack, setting, text

LOOK_DATA: dict[str, Any] = {
    "question": text("Can you see your friends list?"),
    "answers": [
        {"id": "visible", "label": text("Yes"), "fits": ["open"]},
        {"id": "hidden", "label": text("No"), "fits": ["safe", "partly"]},
    ],
}


def checklist() -> Checklist:
    friends = setting("facebook.friends", severity=4, look=LOOK_DATA)
    posts = setting(
        "facebook.posts",
        severity=5,
        options=[option("public", 1.0), option("friends", 0.4), option("only_me", 0.0)],
        look={
            "question": text("Can you see recent posts?"),
            "answers": [
                {"id": "visible", "label": text("Yes"), "fits": ["public"]},
                {"id": "hidden", "label": text("No"), "fits": ["friends", "only_me"]},
            ],
        },
    )
    other = setting("facebook.other", severity=3)
    return Checklist([built(platform_pack("facebook", [friends, posts, other]))])


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


def test_built_in_packs_carry_valid_look_data() -> None:
    result = load_packs(builtin_sources())
    assert result.problems == ()
    items = [item for pack in result.packs for item in pack.items if item.look is not None]
    platforms = {item.platform for item in items}
    assert {"facebook", "instagram", "x", "linkedin", "tiktok", "threads", "snapchat"} <= platforms
    for item in items:
        assert item.look is not None and item.look.question.get("fr") != item.look.question.get("en")
        for answer in item.look.answers:
            assert item.option(implied(item, answer)) is not None


def _problems(look: dict[str, Any], **overrides: Any) -> list[str]:
    document = platform_pack("facebook", [setting("facebook.friends", look=look, **overrides)])
    pack, problems = pack_from_bytes(json.dumps(document).encode(), "pack.json")
    if pack is not None:
        problems = [*problems, *check_pack(pack)]
    return [f"{p.path}: {p.reason}" for p in problems]


def test_look_data_is_validated() -> None:
    assert _problems(LOOK_DATA) == []
    wrong_option = {**LOOK_DATA, "answers": [LOOK_DATA["answers"][0], {**LOOK_DATA["answers"][1], "fits": ["gone"]}]}
    assert _problems(wrong_option) == ["$.items[0].look.answers[1].fits[0]: the item has no option 'gone'"]
    twice = {**LOOK_DATA, "answers": [LOOK_DATA["answers"][0], LOOK_DATA["answers"][0]]}
    assert _problems(twice) == ["$.items[0].look.answers[1].id: look answer id 'visible' is used twice in this item"]
    one = {**LOOK_DATA, "answers": LOOK_DATA["answers"][:1]}
    assert any("look.answers" in problem for problem in _problems(one))  # the schema wants two at least
    whatsapp = platform_pack("whatsapp", [setting("whatsapp.photo", look=LOOK_DATA)])
    assert [p.reason for p in check_pack(built(whatsapp))] == [
        "a look checks a public profile: the item's platform has none"
    ]


@pytest.mark.parametrize(
    ("platform", "typed", "url"),
    [
        ("facebook", "jane.doe.77", "https://www.facebook.com/jane.doe.77"),
        ("instagram", "@jane_doe", "https://www.instagram.com/jane_doe/"),
        ("x", "https://twitter.com/jane", "https://twitter.com/jane"),
        ("tiktok", "tiktok.com/@jane", "https://tiktok.com/@jane"),
        ("linkedin", "http://www.linkedin.com/in/jane-doe", "https://www.linkedin.com/in/jane-doe"),
    ],
)
def test_profile_addresses(platform: str, typed: str, url: str) -> None:
    assert profile_url(platform, typed) == url


@pytest.mark.parametrize(
    ("platform", "typed"),
    [
        ("facebook", "https://evil.example/jane"),
        ("facebook", "https://facebook.com.evil.example/jane"),
        ("facebook", "javascript:alert(1)"),
        ("facebook", "https://user@facebook.com/jane"),
        ("facebook", "jane doe"),
        ("whatsapp", "jane"),
    ],
)
def test_an_address_of_another_site_is_refused(platform: str, typed: str) -> None:
    with pytest.raises(AddressError):
        profile_url(platform, typed)


def test_a_contradiction_changes_the_score_and_the_plan_as_documented(tmp_path: Path) -> None:
    with Store.open(tmp_path, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        session = CheckSession(checklist(), store, platforms=["facebook"], clock=Clock())
        session.answer("facebook.friends", "safe")  # "Only me", they remember
        session.answer("facebook.posts", "friends")
        session.answer("facebook.other", "partly")
        before = session.score
        assert "facebook.friends" not in {step.item.id for step in before.plan}
        assert set_profile(session, "facebook", "jane.doe.77") == "https://www.facebook.com/jane.doe.77"

        result = apply_look(session, "facebook", {"facebook.friends": "visible", "facebook.posts": "hidden"})

        # The look wins where it contradicts: the answer becomes the option it showed, marked so.
        assert [(c.item, c.was, c.now) for c in result.contradictions] == [("facebook.friends", "safe", "open")]
        assert session.answers.choices["facebook.friends"] == "open"
        assert session.evidence.given["facebook.friends"].how == LOOK
        # An answer the look agrees with stays, marked as seen by the look too.
        assert session.answers.choices["facebook.posts"] == "friends"
        assert session.evidence.given["facebook.posts"].how == LOOK
        # The score is that of the new answers, and the fix saves what it normally would.
        after = session.score
        assert after == evaluate(checklist(), session.answers)
        assert after.score > before.score
        step = next(step for step in after.plan if step.item.id == "facebook.friends")
        fixed = evaluate(checklist(), session.answers.with_choice("facebook.friends", "safe"))
        assert step.saves == pytest.approx(after.score - fixed.score)
        # The plan keeps its own order (most points saved first), whatever a look changed.
        assert [s.saves for s in after.plan] == sorted((s.saves for s in after.plan), reverse=True)
        assert contradictions(session) == result.contradictions
        assert looked_everywhere(session)
        # Stored with the check, and still named after a restart.
        again = CheckSession.resume_or_start(checklist(), store, ["facebook"], clock=Clock())
        assert contradictions(again) == result.contradictions
        assert again.evidence.profiles == {"facebook": "jane.doe.77"}
        # Once the person changes the answer (they fixed it), it is no longer a contradiction.
        again.answer("facebook.friends", "safe")
        assert contradictions(again) == ()


def test_a_look_fills_an_unanswered_item_with_what_it_proves_at_least() -> None:
    session = CheckSession(checklist(), None, platforms=["facebook"], clock=Clock())
    result = apply_look(session, "facebook", {"facebook.posts": "hidden"})
    assert result.contradictions == () and result.set == ("facebook.posts",)
    assert session.answers.choices["facebook.posts"] == "friends"  # hidden proves "friends" at least, not "only me"


def test_which_platforms_and_questions_a_look_covers() -> None:
    session = CheckSession(checklist(), None, platforms=["facebook", "whatsapp"], clock=Clock())
    assert look_platforms(session) == ("facebook",)
    assert [item.id for item in look_questions(session, "facebook")] == ["facebook.friends", "facebook.posts"]
    assert not looked_everywhere(session)


def test_the_attestation_says_yes_or_no_to_a_strangers_look_and_nothing_more(tmp_path: Path) -> None:
    from privacycheck.services.attest import attestation, attestation_lines

    with Store.open(tmp_path, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        session = CheckSession(checklist(), store, platforms=["facebook"], clock=Clock())
        session.answer("facebook.friends", "safe")
        session.complete()
        record = store.latest()
        assert record is not None
        plain = attestation(record, organisation=None, today=dt.date(2026, 11, 22))
        assert "strangers_look" not in plain  # only if the person agrees
        without = attestation(record, organisation=None, today=dt.date(2026, 11, 22), include_look=True)
        assert without["strangers_look"] is False
        apply_look(session, "facebook", {"facebook.friends": "visible"})
        session.answer("facebook.posts", "public")
        session.answer("facebook.other", "safe")
        session.complete()
        record = store.latest()
        assert record is not None
        content = attestation(record, organisation=None, today=dt.date(2026, 11, 22), include_look=True)
    assert content["strangers_look"] is True
    assert set(content) - set(plain) == {"strangers_look"}
    # No platform, item or answer comes with it (the packs were listed before, as they always are).
    assert "facebook" not in json.dumps({k: v for k, v in content.items() if k not in ("packs", "organisation_packs")})
    assert ("A stranger's look (logged out) at each platform used", "yes") in attestation_lines(content)


def test_typing_a_profile_leaves_a_finished_check_as_it_was(tmp_path: Path) -> None:
    with Store.open(tmp_path, secrets=None, new_mode=KeyMode.PLAINTEXT) as store:
        session = CheckSession(checklist(), store, platforms=["facebook"], clock=Clock())
        session.answer("facebook.friends", "safe")
        finished = session.complete()
        assert set_profile(session, "facebook", "jane") == "https://www.facebook.com/jane"
        assert session.status == "complete" and store.draft() is None
        apply_look(session, "facebook", {"facebook.friends": "visible"})
        set_profile(session, "facebook", "jane")
        assert session.record_id != finished and session.evidence.profiles == {"facebook": "jane"}
        kept = store.get(finished or 0)
        assert kept is not None and kept.payload["answers"] == {"facebook.friends": "safe"}
