"""Loading pack files: every kind of bad file is named with a JSON path and a reason, and the good files still load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacycheck.core.loader import MAX_PACK_BYTES, PackSource, load_packs, read_pack
from privacycheck.core.model import Origin
from privacycheck.core.text import Text
from tests.factory import item, pack, platform_pack, setting, write


def problems_of(path: Path) -> list[str]:
    loaded, problems = read_pack(PackSource(path))
    assert loaded is None
    return [f"{p.path}: {p.reason}" for p in problems]


def test_a_valid_pack_loads_with_its_items_in_file_order(tmp_path: Path) -> None:
    path = write(tmp_path, "demo.json", pack("demo", [item("demo.b"), setting("demo.a")]))
    loaded, problems = read_pack(PackSource(path))
    assert problems == []
    assert loaded is not None
    assert [i.id for i in loaded.items] == ["demo.b", "demo.a"]
    assert loaded.items[1].setting is not None
    assert loaded.items[1].setting.path.get("fr") == "Settings > Privacy (fr)"
    assert loaded.items[0].weight == 4


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "$: the file is empty"),
        (b"  \n\t", "$: the file is empty"),
        (b'{"id": "caf\xe9"}', "$: not UTF-8 text (byte 0xe9 at offset 11)"),
        (b'{"id": "demo", "items": [', "$: not valid JSON: Expecting value at line 1, column 26"),
        (b"[" * 100_000 + b"]" * 100_000, "$: not valid JSON: nested too deeply"),
        (b'{"id": "a", "id": "b"}', "$: not valid JSON: duplicate key 'id'"),
        (b'{"severity": NaN}', "$: not valid JSON: NaN is not a number in JSON"),
        (b"[1, 2, 3]", "$: [1, 2, 3] is not of type 'object'"),
        (b'"a pack"', "$: 'a pack' is not of type 'object'"),
    ],
)
def test_nasty_files_give_one_clear_problem(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert problems_of(path) == [expected]


def test_deep_nesting_inside_a_valid_json_structure_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    document = pack()
    nested: object = "x"
    for _ in range(200):
        nested = [nested]
    document["items"][0]["why"] = {"en": nested}
    [problem] = problems_of(write(tmp_path, "deep.json", document))
    assert problem == "$.items[0].why.en: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[… is not of type 'string'"


def test_schema_problems_name_the_json_path(tmp_path: Path) -> None:
    bad_item = item("demo.first", severity=7, dimension="hide")
    bad_item["options"][1]["exposure"] = 1.5
    path = write(tmp_path, "demo.json", pack("demo", [bad_item]))
    assert problems_of(path) == [
        "$.items[0].dimension: 'hide' is not one of ['find', 'see', 'contact', 'disclose', 'account']",
        "$.items[0].options[1].exposure: 1.5 is greater than the maximum of 1",
        "$.items[0].severity: 7 is greater than the maximum of 5",
    ]


def test_links_must_be_https(tmp_path: Path) -> None:
    path = write(tmp_path, "demo.json", pack("demo", [item("demo.first", source="http://example.org/help")]))
    [problem] = problems_of(path)
    assert problem.startswith("$.items[0].source: 'http://example.org/help' does not match")


def test_english_is_required_and_other_languages_fall_back_to_it(tmp_path: Path) -> None:
    missing_english = item("demo.first", title={"fr": "Titre"})
    assert problems_of(write(tmp_path, "a.json", pack("demo", [missing_english]))) == [
        "$.items[0].title: 'en' is a required property"
    ]
    only_english = item("demo.first", title={"en": "Title"})
    loaded, _ = read_pack(PackSource(write(tmp_path, "b.json", pack("demo", [only_english]))))
    assert loaded is not None
    assert loaded.items[0].title.get("fr") == "Title"
    assert Text.of({"en": "Colour", "fr": "Couleur"}).get("fr-CA") == "Couleur"


def test_an_impossible_date_is_a_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "demo.json", pack("demo", [item("demo.first", verified="2026-02-30")]))
    assert problems_of(path) == ["$.items[0].verified: '2026-02-30' is not a calendar date"]


def test_unreadable_and_oversized_files_are_problems(tmp_path: Path) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    [problem] = problems_of(folder)
    assert problem.startswith("$: cannot read the file: ")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_PACK_BYTES + 1))
    assert problems_of(big) == ["$: larger than 16 MiB"]
    assert problems_of(tmp_path / "missing.json") == ["$: cannot read the file: No such file or directory"]


def test_one_bad_file_never_stops_the_others(tmp_path: Path) -> None:
    good = write(tmp_path, "good.json", platform_pack("facebook", [setting("facebook.friends_list")]))
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"\xff\xfe not json")
    other = write(tmp_path, "other.json", pack("other"))
    result = load_packs([PackSource(broken), PackSource(good), PackSource(other)])
    assert [p.id for p in result.packs] == ["facebook", "other"]
    assert [str(p) for p in result.problems] == [f"{broken}: $: not UTF-8 text (byte 0xff at offset 0)"]


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(pack()).encode())
    loaded, problems = read_pack(PackSource(path, Origin.ORG))
    assert problems == []
    assert loaded is not None
    assert loaded.origin is Origin.ORG
