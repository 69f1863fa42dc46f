"""The meaning rules: what the schema cannot see, within one pack and across packs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from privacycheck.core import rules
from privacycheck.core.loader import PackSource, load_packs
from privacycheck.core.model import Origin
from tests.factory import built, item, option, pack, platform_pack, setting, write


def pack_problems(document: dict[str, Any]) -> list[str]:
    return [f"{p.path}: {p.reason}" for p in rules.check_pack(built(document))]


def test_a_valid_pack_has_no_problems() -> None:
    assert pack_problems(pack()) == []


def test_item_ids_start_with_the_pack_id_and_are_unique() -> None:
    document = pack("demo", [item("other.first"), item("demo.twice"), item("demo.twice")])
    assert pack_problems(document) == [
        "$.items[0].id: item id 'other.first' must start with the pack id 'demo.'",
        "$.items[2].id: item id 'demo.twice' is used twice in this pack",
    ]


def test_options_are_unique_and_unknown_is_reserved() -> None:
    options = [option("safe", 0), option("unknown", 1), option("safe", 0.5)]
    assert pack_problems(pack("demo", [item("demo.first", options=options)])) == [
        "$.items[0].options[1].id: option id 'unknown' is reserved for 'I don't know'",
        "$.items[0].options[2].id: option id 'safe' is used twice in this item",
    ]


def test_risky_options_need_a_remediation_and_a_safe_option_exists() -> None:
    no_fix = item("demo.first")
    del no_fix["remediation"]
    no_safe = item("demo.second", options=[option("some", 0.3), option("all", 1)])
    irreducible = item("demo.third", options=[option("some", 0.3), option("all", 1)], irreducible=True)
    wrongly_irreducible = item("demo.fourth", irreducible=True)
    assert pack_problems(pack("demo", [no_fix, no_safe, irreducible, wrongly_irreducible])) == [
        "$.items[0].remediation: an option with exposure above 0 needs a remediation",
        "$.items[1].options: no option has exposure 0: add a safe option or mark the item 'irreducible'",
        "$.items[3].irreducible: the item is marked irreducible but has an option with exposure 0",
    ]


def test_an_item_without_risk_needs_no_remediation() -> None:
    harmless = item("demo.first", options=[option("a", 0), option("b", 0)])
    del harmless["remediation"]
    assert pack_problems(pack("demo", [harmless])) == []


def test_settings_name_their_menu_path_and_link_and_facts_are_questions() -> None:
    bare_setting = item("demo.first", kind="setting")
    fact_setting = setting("demo.second", fact=True)
    assert pack_problems(pack("demo", [bare_setting, fact_setting])) == [
        "$.items[0].setting: a setting item gives the platform's wording and menu path",
        "$.items[0].link: a setting item gives a link that opens the settings page",
        "$.items[1].fact: a fact has no setting behind it: its kind is 'question'",
    ]


def test_platform_packs_hold_only_their_platform() -> None:
    document = platform_pack("facebook", [item("facebook.first"), item("facebook.second", platform="x")])
    assert pack_problems(document) == ["$.items[1].platform: an item of the facebook pack cannot belong to x"]
    assert pack_problems(pack("demo", [item("demo.first", platform="x")])) == []


def check_set(*documents: dict[str, Any], origins: dict[str, Origin] | None = None) -> tuple[list[str], list[str]]:
    origins = origins or {}
    packs = [built(d, origins.get(d["id"] + d["version"], Origin.BUILTIN)) for d in documents]
    accepted, problems = rules.check_set(packs)
    return [p.id for p in accepted], [str(p) for p in problems]


def test_item_ids_are_unique_across_packs() -> None:
    first = pack("demo", [item("demo.first")])
    clash = pack("demo.extra", [item("demo.extra.one"), item("demo.first")])
    accepted, problems = check_set(clash, first)
    assert accepted == ["demo"]
    assert problems == ["demo.extra.json: $.items[1].id: item id 'demo.first' is already defined in demo.json"]


def test_when_references_resolve_name_real_options_and_are_upward_closed() -> None:
    parent = item("demo.parent")
    dangling = item("demo.dangling", when={"item": "demo.nowhere", "in": ["open"]})
    accepted, problems = check_set(pack("demo", [parent, dangling]))
    assert accepted == []
    assert problems == ["demo.json: $.items[1].when.item: no loaded item has the id 'demo.nowhere'"]

    wrong_option = item("demo.child", when={"item": "demo.parent", "in": ["sometimes"]})
    assert check_set(pack("demo", [parent, wrong_option]))[1] == [
        "demo.json: $.items[1].when.in: 'demo.parent' has no option 'sometimes'"
    ]
    not_closed = item("demo.child", when={"item": "demo.parent", "in": ["partly"]})
    assert check_set(pack("demo", [parent, not_closed]))[1] == [
        "demo.json: $.items[1].when.in: must also list 'open': options at least as exposed as those listed"
    ]
    closed = item("demo.child", when={"item": "demo.parent", "in": ["partly", "open"]})
    assert check_set(pack("demo", [parent, closed])) == (["demo"], [])


def test_when_cycles_are_refused() -> None:
    a = item("demo.a", when={"item": "demo.c", "in": ["open"]})
    b = item("demo.b", when={"item": "demo.a", "in": ["open"]})
    c = item("demo.c", when={"item": "demo.b", "in": ["open"]})
    free = item("demo.free")
    accepted, problems = check_set(pack("demo", [free, a, b, c]))
    assert accepted == []
    assert problems == [f"demo.json: $.items[{i}].when: 'when' references form a cycle" for i in (1, 2, 3)]


def test_a_rejected_pack_takes_the_packs_that_depend_on_it_along() -> None:
    alpha = pack("alpha", [item("alpha.one")])
    zeta = pack("zeta", [item("zeta.one"), item("alpha.one")])  # turned away: claims alpha's item id
    beta = pack("beta", [item("beta.child", when={"item": "zeta.one", "in": ["open"]})])
    accepted, problems = check_set(zeta, beta, alpha)
    assert accepted == ["alpha"]
    assert problems == [
        "zeta.json: $.items[1].id: item id 'alpha.one' is already defined in alpha.json",
        "beta.json: $.items[0].when.item: no loaded item has the id 'zeta.one'",
    ]


def test_an_update_supersedes_the_builtin_pack_but_an_org_pack_replaces_nothing(tmp_path: Path) -> None:
    builtin = write(tmp_path, "facebook.json", platform_pack("facebook", [item("facebook.first")]))
    (tmp_path / "updates").mkdir()
    updated = write(
        tmp_path / "updates",
        "facebook.json",
        platform_pack("facebook", [item("facebook.first"), item("facebook.new")], version="1.1.0"),
    )
    (tmp_path / "org").mkdir()
    org = write(tmp_path / "org", "facebook.json", pack("facebook", [item("facebook.first")], kind="org"))
    result = load_packs([PackSource(builtin), PackSource(updated, Origin.UPDATED), PackSource(org, Origin.ORG)])
    [facebook] = result.packs
    assert (facebook.origin, facebook.version, len(facebook.items)) == (Origin.UPDATED, "1.1.0", 2)
    assert [str(p) for p in result.problems] == [f"{org}: $.id: pack id 'facebook' is already loaded from {updated}"]


def test_the_accepted_set_does_not_depend_on_the_order_of_the_files() -> None:
    documents = [pack("b", [item("b.one")]), pack("a", [item("a.one")]), pack("c", [item("c.one")])]
    assert check_set(*documents) == check_set(*reversed(documents)) == (["a", "b", "c"], [])


def capped(item_id: str, *caps: dict[str, Any]) -> dict[str, Any]:
    return item(item_id, caps=list(caps))


def test_caps_name_a_loaded_item_and_its_options() -> None:
    parent = item("demo.parent")
    assert check_set(pack("demo", [parent, capped("demo.child", {"item": "demo.nothing", "in": ["safe"], "max": 0})]))[
        1
    ] == ["demo.json: $.items[1].caps[0].item: no loaded item has the id 'demo.nothing'"]
    assert check_set(pack("demo", [parent, capped("demo.child", {"item": "demo.parent", "in": ["never"], "max": 0})]))[
        1
    ] == ["demo.json: $.items[1].caps[0].in: 'demo.parent' has no option 'never'"]
    assert check_set(pack("demo", [capped("demo.self", {"item": "demo.self", "in": ["safe"], "max": 0})]))[1] == [
        "demo.json: $.items[0].caps[0].item: an item cannot cap itself"
    ]
    good = capped(
        "demo.child",
        {"item": "demo.parent", "in": ["safe"], "max": 0},
        {"item": "demo.parent", "in": ["partly"], "max": 0.4},
    )
    assert check_set(pack("demo", [parent, good])) == (["demo"], [])


def test_caps_are_monotone_a_safer_answer_never_allows_more() -> None:
    parent = item("demo.parent")
    # The riskier answer caps, the safer one does not: a safer answer would raise the score.
    looser = capped("demo.child", {"item": "demo.parent", "in": ["partly"], "max": 0.2})
    assert check_set(pack("demo", [parent, looser]))[1] == [
        "demo.json: $.items[1].caps[0].in: 'demo.parent' answered 'safe' (exposure 0) gives no cap, "
        "looser than 0.2 for 'partly' (exposure 0.5)"
    ]
    inverted = capped(
        "demo.child",
        {"item": "demo.parent", "in": ["safe"], "max": 0.5},
        {"item": "demo.parent", "in": ["partly"], "max": 0.1},
    )
    assert check_set(pack("demo", [parent, inverted]))[1] == [
        "demo.json: $.items[1].caps[0].in: 'demo.parent' answered 'safe' (exposure 0) gives a cap of 0.5, "
        "looser than 0.1 for 'partly' (exposure 0.5)"
    ]
    always = capped("demo.child", {"item": "demo.parent", "in": ["safe", "partly", "open"], "max": 0})
    assert check_set(pack("demo", [parent, always]))[1] == [
        "demo.json: $.items[1].caps[0].in: 'demo.parent' answered 'open', its riskiest answer, still caps: "
        "a cap is for safer answers"
    ]
    same_exposure = item("demo.twin", options=[option("off", 0), option("none", 0), option("on", 1)])
    half = capped("demo.child", {"item": "demo.twin", "in": ["off"], "max": 0})
    assert check_set(pack("demo", [same_exposure, half]))[1] == [
        "demo.json: $.items[1].caps[0].in: 'demo.twin' answered 'none' (exposure 0) gives no cap, "
        "looser than 0 for 'off' (exposure 0)"
    ]


def test_cycles_through_caps_and_when_are_refused() -> None:
    a = item("demo.a", when={"item": "demo.b", "in": ["open"]})
    b = capped("demo.b", {"item": "demo.a", "in": ["safe"], "max": 0})
    free = capped("demo.free", {"item": "demo.a", "in": ["safe"], "max": 0})
    accepted, problems = check_set(pack("demo", [free, a, b]))
    assert accepted == []
    assert problems == [
        "demo.json: $.items[1].when: 'when' references form a cycle",
        "demo.json: $.items[2].caps[0].item: 'caps' and 'when' references form a cycle",
    ]


def test_a_long_follow_up_chain_is_checked_without_recursion() -> None:
    chain = [item("demo.i0")] + [
        item(f"demo.i{n}", when={"item": f"demo.i{n - 1}", "in": ["open"]}) for n in range(1, 2000)
    ]
    assert check_set(pack("demo", chain)) == (["demo"], [])
    chain[0]["when"] = {"item": "demo.i1999", "in": ["open"]}
    accepted, problems = check_set(pack("demo", chain))
    assert accepted == [] and len(problems) == 2000
