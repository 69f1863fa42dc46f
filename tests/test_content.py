"""The shipped content: every pack loads, is complete in French, sourced on the platform's help domain, recently
verified, and covers what a practitioner needs (the counts and topics of the content issue)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from privacycheck.core.loader import builtin_sources, load_packs
from privacycheck.core.model import Item, Pack
from privacycheck.core.text import Text

ROOT = Path(__file__).resolve().parents[1]
RESULT = load_packs(builtin_sources())
PACKS = {pack.id: pack for pack in RESULT.packs}
HELP_DOMAINS = {
    "facebook": ("facebook.com", "messenger.com"),
    "instagram": ("help.instagram.com",),
    "x": ("help.x.com",),
}
SETTING_DOMAINS = {
    "facebook": ("facebook.com", "accountscenter.facebook.com"),
    "instagram": ("instagram.com", "accountscenter.instagram.com"),
    "x": ("x.com",),
}
MINIMUM_ITEMS = {"facebook": 20, "instagram": 15, "x": 15, "selfdisclosure": 15}


def host_in(url: str, domains: tuple[str, ...]) -> bool:
    host = urlparse(url).hostname or ""
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def texts(item: Item) -> Iterator[tuple[str, Text]]:
    yield "title", item.title
    yield "prompt", item.prompt
    yield "why", item.why
    for option in item.options:
        yield f"option {option.id}", option.label
    for number, step in enumerate(item.guide):
        yield f"guide step {number}", step
    if item.setting is not None:
        yield "setting name", item.setting.name
        yield "setting path", item.setting.path
        if item.setting.path_app is not None:
            yield "app path", item.setting.path_app
    if item.remediation is not None:
        if item.remediation.title is not None:
            yield "fix title", item.remediation.title
        for number, step in enumerate(item.remediation.steps):
            yield f"fix step {number}", step
        yield "verify", item.remediation.verify


def test_every_shipped_pack_loads_without_a_problem() -> None:
    assert RESULT.problems == ()
    shipped = {path.stem for path in (ROOT / "checklists").glob("*.json")}
    assert set(PACKS) == shipped


@pytest.mark.parametrize(("pack_id", "minimum"), sorted(MINIMUM_ITEMS.items()))
def test_each_pack_covers_enough_items(pack_id: str, minimum: int) -> None:
    assert len(PACKS[pack_id].items) >= minimum


@pytest.mark.parametrize("pack", list(PACKS.values()), ids=list(PACKS))
def test_every_visible_string_is_in_french(pack: Pack) -> None:
    missing = [
        f"{item.id}: {name}" for item in pack.items for name, text in texts(item) if "fr" not in text.languages()
    ]
    for guide in pack.guides:
        for text in (guide.title, guide.summary, *[s.title for s in guide.sections]):
            if "fr" not in text.languages():
                missing.append(f"{guide.id}: {text.get()}")
    assert missing == []
    assert "fr" in pack.title.languages()
    # Translated, not copied: the sentences people read differ from the English.
    for item in pack.items:
        assert item.prompt.get("fr") != item.prompt.get("en"), item.id
        assert item.why.get("fr") != item.why.get("en"), item.id


def test_a_setting_named_in_a_sentence_is_quoted_when_it_is_a_question() -> None:
    """ "Next to Who can follow me?, choose Friends" reads as a typo: the label goes in quotes."""
    unquoted = re.compile(r"\?\s?,")
    found = [
        f"{item.id}: {name} ({language})"
        for pack in PACKS.values()
        for item in pack.items
        for name, text in texts(item)
        for language in text.languages()
        if unquoted.search(text.get(language))
    ]
    assert found == []


@pytest.mark.parametrize("platform", sorted(HELP_DOMAINS))
def test_platform_items_cite_the_platforms_help_and_open_its_settings(platform: str) -> None:
    for item in PACKS[platform].items:
        assert host_in(item.source, HELP_DOMAINS[platform]), (item.id, item.source)
        if item.link is not None:
            assert host_in(item.link, SETTING_DOMAINS[platform]), (item.id, item.link)
        if item.kind == "setting":
            assert item.setting is not None and item.link is not None, item.id
            path = item.setting.path.get("en")
            assert " > " in path or urlparse("https://" + path.split(" ")[-1]).hostname, item.id  # a menu or a page


def test_every_item_was_verified_recently_and_not_in_the_future() -> None:
    today = dt.date.today()
    for pack in PACKS.values():
        assert dt.date(2025, 6, 1) <= pack.verified <= today, pack.id
        for item in pack.items:
            assert dt.date(2025, 6, 1) <= item.verified <= today, item.id


def test_removed_features_are_not_offered_as_settings() -> None:
    for pack in PACKS.values():
        for item in pack.items:
            if item.setting is not None:
                name = item.setting.name.get("en").lower()
                assert "face recognition" not in name and "nearby friends" not in name, item.id


def test_facts_without_a_setting_are_marked_as_facts() -> None:
    facts = {item.id for pack in PACKS.values() for item in pack.items if item.fact}
    assert {
        "facebook.profile_picture_public",
        "facebook.cover_photo_public",
        "instagram.profile_photo_public",
        "x.profile_photo_public",
    } <= facts
    for pack in PACKS.values():
        for item in pack.items:
            if item.fact:
                assert item.kind == "question", item.id


def mentions(pack_id: str, pattern: str) -> bool:
    expression = re.compile(pattern, re.IGNORECASE)
    return any(expression.search(text.get("en")) for item in PACKS[pack_id].items for _, text in texts(item))


def test_the_recent_platform_changes_are_covered() -> None:
    assert mentions("facebook", r"Accounts Center")
    assert mentions("instagram", r"search engine")
    assert mentions("instagram", r"\bMap\b")
    assert mentions("x", r"\bChat\b")
    assert mentions("x", r"About this account")
    assert mentions("x", r"Grok")


def test_searchability_offers_guided_verification() -> None:
    guided = [item for item in PACKS["searchability"].items if item.guide]
    assert len(guided) >= 4
    assert mentions("searchability", r"reverse.image")


def test_the_it_already_happened_guide_is_shipped() -> None:
    guides = [guide for pack in PACKS.values() for guide in pack.guides]
    assert any(guide.id.endswith("it_already_happened") for guide in guides)
    [guide] = [guide for guide in guides if guide.id.endswith("it_already_happened")]
    titles = " ".join(section.title.get("en").lower() for section in guide.sections)
    for step in ("document", "block", "report", "supervisor"):
        assert step in titles


def test_the_review_record_lists_every_pack_with_its_date() -> None:
    record = (ROOT / "docs" / "content.md").read_text(encoding="utf-8")
    for pack in PACKS.values():
        assert f"`{pack.id}`" in record and pack.verified.isoformat() in record, pack.id
    for source in ("facebook.md", "instagram.md", "x.md", "questionnaires.md"):
        assert (ROOT / "docs" / "sources" / source).is_file()
        assert f"sources/{source}" in record


def exposures(item_id: str) -> dict[str, float]:
    [item] = [item for pack in PACKS.values() for item in pack.items if item.id == item_id]
    return {option.id: option.exposure for option in item.options}


def item_text(item_id: str) -> str:
    [item] = [item for pack in PACKS.values() for item in pack.items if item.id == item_id]
    return " ".join(text.get("en") for _, text in texts(item))


def test_message_requests_score_the_group_that_has_your_phone_number() -> None:
    """Clients have the number: Facebook's and Instagram's items ask for the most open group, not only strangers."""
    facebook = item_text("facebook.message_requests")
    assert "phone number" in facebook and "most open" in facebook
    assert "Don't receive requests" in facebook
    assert exposures("facebook.message_requests")["message_requests"] > 0
    instagram = item_text("instagram.message_requests")
    assert "phone number" in instagram and "most open" in instagram


def test_only_a_photo_without_a_recognisable_face_is_safe_from_face_search() -> None:
    same_photo = exposures("searchability.same_photo_reused")
    assert [option for option, exposure in same_photo.items() if exposure == 0] == ["different"]
    assert same_photo["different_faces"] > 0
    for item_id in ("searchability.reverse_image_photo", "searchability.same_photo_reused"):
        assert re.search(r"PimEyes|FaceCheck", item_text(item_id)), item_id


def test_phone_and_email_look_up_offers_an_answer_for_an_address_found() -> None:
    assert "address" in item_text("searchability.phone_email_lookup")
    assert max(exposures("searchability.phone_email_lookup").values()) == 1.0


def test_x_calls_and_facebook_location_permission_are_covered() -> None:
    calls = item_text("x.calls")
    assert "IP address" in calls and "by default" in calls
    assert "permission" in item_text("facebook.location_checkins")


def test_instagram_search_engine_item_does_not_assume_the_account_type() -> None:
    indexing = exposures("instagram.search_engine_indexing")
    assert indexing["not_shown_professional"] > indexing["not_shown"] > 0


RETIRED = {"instagram.clients_among_followers", "selfdisclosure.fb_family_listed"}


def test_retired_ids_are_never_reused_and_are_recorded() -> None:
    shipped = {item.id for pack in PACKS.values() for item in pack.items}
    assert not RETIRED & shipped
    record = (ROOT / "docs" / "content.md").read_text(encoding="utf-8")
    for item_id in RETIRED:
        assert f"`{item_id}`" in record, item_id


def test_the_same_exposure_has_the_same_severity_on_every_platform() -> None:
    severity = {item.id: item.severity for pack in PACKS.values() for item in pack.items}
    groups = [
        ("facebook.future_posts_audience", "instagram.private_account", "x.protect_posts"),
        ("facebook.contact_upload", "instagram.contact_upload", "x.contacts_sync"),
        ("facebook.profile_picture_public", "instagram.profile_photo_public", "x.profile_photo_public"),
        ("facebook.search_engine_link", "instagram.search_engine_indexing"),
        ("facebook.two_factor", "instagram.two_factor", "x.two_factor"),
        ("facebook.where_logged_in", "instagram.where_logged_in"),
        ("facebook.message_requests", "instagram.message_requests"),
    ]
    for group in groups:
        assert len({severity[item_id] for item_id in group}) == 1, group


def test_the_questionnaires_cover_the_review_themes() -> None:
    shipped = {item.id for pack in PACKS.values() for item in pack.items}
    themes = {
        "selfdisclosure.old_accounts",
        "selfdisclosure.colleagues_agency_posts",
        "selfdisclosure.advocacy_petitions_union",
        "selfdisclosure.messaging_app_profiles",
        "selfdisclosure.map_reviews",
        "selfdisclosure.viewing_reveals",
        "selfdisclosure.health_posts",
        "searchability.professional_register",
    }
    assert themes <= shipped
    payment = item_text("selfdisclosure.payment_apps_public")
    assert "Interac" in payment  # a Canadian payment method, not Venmo alone
    # The new packs take over for people who use WhatsApp or fill in the account inventory.
    assert "WhatsApp" in item_text("selfdisclosure.messaging_app_profiles")
    assert "inventory" in item_text("selfdisclosure.old_accounts")


@pytest.mark.parametrize("platform", ["facebook", "instagram", "x"])
def test_the_coverage_table_covers_90_percent_and_names_every_item(platform: str) -> None:
    """docs/sources/PLATFORM.md lists the platform's settings menu by menu: at least 90 % of the rows that bear on the
    threat name an item, the stated figure matches the table, and every item of the pack appears in it."""
    record = (ROOT / "docs" / "sources" / f"{platform}.md").read_text(encoding="utf-8")
    rows = [line.split("|")[1:-1] for line in record.splitlines() if line.startswith("| ") and line.count("|") == 5]
    bearing = [row for row in rows if row[2].strip() == "yes"]
    covered = [row for row in bearing if "left out" not in row[3]]
    assert len(covered) / len(bearing) >= 0.9
    stated = re.search(r"Coverage: (\d+) of the (\d+) rows that bear on the threat have an item: ([\d.]+) %", record)
    assert stated is not None
    assert (int(stated[1]), int(stated[2])) == (len(covered), len(bearing))
    assert float(stated[3]) == round(100 * len(covered) / len(bearing), 1)
    table = " ".join(row[3] for row in rows)
    for item in PACKS[platform].items:
        assert f"`{item.id.split('.', 1)[1]}`" in table, item.id


def french_texts(pack: Pack) -> Iterator[tuple[str, str]]:
    for item in pack.items:
        for name, text in texts(item):
            if "fr" in text.languages():
                yield f"{item.id}: {name}", text.get("fr")
    for guide in pack.guides:
        for text in (guide.title, guide.summary, *[s.title for s in guide.sections]):
            yield guide.id, text.get("fr")
        for section in guide.sections:
            for step in section.steps:
                yield guide.id, step.get("fr")


def outside_brackets(text: str) -> str:
    """The text without what is in parentheses or in « » quotes (labels, words to search for)."""
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\([^()]*\)|«[^«»]*»", "", text)
    return text


OWN_PACKS = ["facebook", "instagram", "x", "searchability", "selfdisclosure"]


@pytest.mark.parametrize("pack_id", OWN_PACKS)
def test_french_uses_one_term_for_the_people_practitioners_serve(pack_id: str) -> None:
    """docs/content.md: "personne usagère", never "client", "personne cliente" or the bare "usager"."""
    other_terms = re.compile(r"\b(clients?|clientes?|usagers?)\b", re.IGNORECASE)
    found = [where for where, text in french_texts(PACKS[pack_id]) if other_terms.search(outside_brackets(text))]
    assert found == []


@pytest.mark.parametrize("pack_id", OWN_PACKS)
def test_french_uses_one_apostrophe(pack_id: str) -> None:
    assert [where for where, text in french_texts(PACKS[pack_id]) if "'" in text] == []


@pytest.mark.parametrize("platform", ["facebook", "instagram", "x"])
def test_french_shows_english_interface_labels_only_in_parentheses(platform: str) -> None:
    """An English label the platform translates must not stand alone in French text: the French label comes first,
    the English one at most in parentheses after it."""
    labels: set[str] = set()
    for item in PACKS[platform].items:
        candidates = [option.label.get("en") for option in item.options]
        if item.setting is not None:
            candidates += re.split(r";\s*", item.setting.name.get("en"))
            for path in (item.setting.path, item.setting.path_app):
                if path is not None:
                    candidates += re.sub(r"^[^:>]*?: ", "", path.get("en")).split(" > ")
        labels |= {label.strip().rstrip("?. ") for label in candidates if len(label.split()) >= 2 and len(label) >= 8}
    found = [
        f"{where}: {label}"
        for where, text in french_texts(PACKS[platform])
        for label in labels
        if label in re.sub(r"\([^()]*\)", "", text)
    ]
    assert found == []


def test_sources_are_articles_not_search_results() -> None:
    search = re.compile(r"/help/search|[?&]q=|/search\?|hc_fnav", re.IGNORECASE)
    found = [item.id for pack in PACKS.values() for item in pack.items if search.search(item.source)]
    assert found == []


@pytest.mark.parametrize(
    ("pack_id", "minimum"),
    [("facebook", 34), ("instagram", 30), ("x", 22), ("selfdisclosure", 24), ("searchability", 10)],
)
def test_version_two_keeps_the_items_of_the_coverage_pass(pack_id: str, minimum: int) -> None:
    assert len(PACKS[pack_id].items) >= minimum


def test_no_question_is_asked_twice() -> None:
    """Two items with the same prompt or the same title would score one fact twice."""
    seen: dict[tuple[str, str], str] = {}
    for pack in PACKS.values():
        for item in pack.items:
            # A prompt is never repeated; a title ("Two-factor authentication") only on another platform.
            for key in (("*", item.prompt.get("en").casefold()), (str(pack.platform), item.title.get("en").casefold())):
                assert key not in seen, (item.id, seen.get(key))
                seen[key] = item.id
