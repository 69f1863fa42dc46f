"""The fast pack validator gives the same errors, at the same places and in the same words, as plain jsonschema."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from privacycheck.core.loader import builtin_sources, schema_path
from privacycheck.core.schema import compile_check, fast_validator, validator_class
from tests.factory import item, pack, setting

# The reference is plain jsonschema as privacycheck reads every schema: "integer" without a fraction (3, not 3.0:
# F3), patterns anchored as in ECMA-262 (no trailing newline: F18).
REFERENCE = validator_class()(json.loads(schema_path().read_text(encoding="utf-8")))
FAST = fast_validator(schema_path())

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(-2, 2)
    | st.sampled_from(["", "x", "en", "fr-CA", "a" * 4001]),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["en", "fr", "fr-CA", "EN", "de_DE", "id", "label", "exposure", "other"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=8,
)

texts = st.dictionaries(
    st.sampled_from(["en", "fr", "fr-CA", "xx", "EN", "e"]),
    st.sampled_from(["", "ok", "b" * 4001]) | json_values,
    max_size=3,
)
options = st.fixed_dictionaries(
    {},
    optional={
        "id": st.sampled_from(["safe", "Bad id", "x" * 41]) | json_values,
        "label": texts | json_values,
        "exposure": st.sampled_from([0, 0.5, 1, -0.1, 1.1, True]) | json_values,
        "extra": json_values,
    },
)

PLACES: list[tuple[str, ...]] = [
    ("title",),
    ("items", "0", "title"),
    ("items", "0", "why"),
    ("items", "1", "setting", "path"),
    ("items", "0", "remediation", "steps"),
    ("items", "0", "remediation", "steps", "0"),
    ("items", "0", "guide"),
    ("items", "0", "options", "1"),
    ("items", "1", "options", "0", "label"),
    ("items", "0", "options"),
    ("items", "1", "options", "2", "exposure"),
    ("items", "0", "remediation", "verify"),
    ("items", "0", "severity"),
    ("items", "0", "kind"),
    ("items", "1", "platform"),
    ("items", "0", "remediation", "effort_minutes"),
    ("items", "1", "link"),
    ("items", "1", "when"),
    ("items", "1", "when", "in"),
    ("version",),
    ("guides",),
]


def put(document: dict[str, Any], place: tuple[str, ...], value: Any) -> None:
    target: Any = document
    for key in place[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    last = place[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


def verdict(validator: Any, document: Any) -> list[tuple[tuple[str, ...], str]]:
    return sorted((tuple(map(str, error.absolute_path)), error.message) for error in validator.iter_errors(document))


BASE = pack(
    "demo",
    [
        item("demo.first", guide=[{"en": "Search your name."}]),
        setting("demo.second", when={"item": "demo.first", "in": ["partly", "open"]}),
    ],
)
BUILT_IN = [json.loads(source.path.read_bytes()) for source in builtin_sources()]
whens = st.fixed_dictionaries(
    {"item": st.sampled_from(["demo.first", "Bad"]) | json_values},
    optional={"in": st.lists(st.sampled_from(["safe", "open", "Bad", 1, True, 1.0]), max_size=3) | json_values},
)


@given(st.sampled_from(PLACES), texts | options | whens | json_values | st.lists(texts, max_size=3))
def test_the_same_errors_at_the_same_places(place: tuple[str, ...], value: Any) -> None:
    document = copy.deepcopy(BASE)
    put(document, place, value)
    assert verdict(FAST, document) == verdict(REFERENCE, document)
    assert FAST.is_valid(document) == REFERENCE.is_valid(document)


EDGES: list[tuple[tuple[str, ...], Any]] = [
    (("title",), {"en": "b" * 4000}),
    (("title",), {"en": "b" * 4001}),
    (("title",), {"en": "ok", "fr": ""}),
    (("title",), {"fr": "ok"}),
    (("title",), {"en": "ok", "EN": "ok"}),
    (("items", "1", "link"), "https://example.org/" + "a" * 2000),
    (("items", "1", "link"), "http://example.org/"),
    (("items", "0", "severity"), 1.0),
    (("items", "0", "severity"), 5.5),
    (("items", "0", "severity"), True),
    (("items", "0", "severity"), 6),
    (("items", "0", "options", "0", "exposure"), False),
    (("items", "0", "options", "0", "exposure"), 1.0000001),
    (("items", "1", "when", "in"), ["open", "open"]),
    (("items", "1", "when", "in"), []),
    (("items", "1", "platform"), None),
    (("items", "1", "platform"), "myspace"),
    (("items", "0", "kind"), None),
    (("items", "0", "kind"), "Setting"),
    (("items", "0", "remediation", "steps"), [{"en": "x"}] * 31),
    (("items", "0", "id"), "demo." + "a" * 60),
    (("items", "0", "id"), "demo.first\n"),
    (("id",), "demo\n"),
    (("version",), "1.0.0\n"),
    (("items", "1", "link"), "https://example.org/\n"),
]


def test_f18_a_trailing_newline_is_refused_in_ids_versions_and_addresses() -> None:
    for place, value in (
        (("id",), "demo\n"),
        (("version",), "1.0.0\n"),
        (("items", "0", "id"), "demo.first\n"),
        (("items", "0", "options", "0", "id"), "safe\n"),
        (("items", "1", "link"), "https://example.org/\n"),
    ):
        document = copy.deepcopy(BASE)
        put(document, place, value)
        assert not FAST.is_valid(document) and not REFERENCE.is_valid(document), place


@pytest.mark.parametrize(("place", "value"), EDGES)
def test_the_same_errors_at_the_edges(place: tuple[str, ...], value: Any) -> None:
    document = copy.deepcopy(BASE)
    put(document, place, value)
    assert verdict(FAST, document) == verdict(REFERENCE, document)


def nodes(value: Any, place: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every place in a JSON document, the root excluded."""
    found: list[tuple[str | int, ...]] = [place] if place else []
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        found.extend(nodes(child, (*place, key)))
    return found


@given(st.data())
def test_the_same_errors_on_any_changed_part_of_a_built_in_pack(data: st.DataObject) -> None:
    document = copy.deepcopy(data.draw(st.sampled_from(BUILT_IN)))
    place = data.draw(st.sampled_from(nodes(document)))
    target = document
    for key in place[:-1]:
        target = target[key]
    if data.draw(st.booleans()):
        target[place[-1]] = data.draw(texts | options | whens | json_values)
    elif isinstance(target, dict):
        del target[place[-1]]
    else:
        target.append(copy.deepcopy(target[place[-1]]))  # a duplicate, for uniqueItems
    assert verdict(FAST, document) == verdict(REFERENCE, document)


def test_every_built_in_pack_passes_the_compiled_check() -> None:
    """Else the fast path would not be taken, and every load would pay for jsonschema's full descent."""
    check = FAST.schema["privacycheckFast"]["check"]
    assert all(check(document) for document in BUILT_IN)
    assert not check({**BUILT_IN[0], "extra": 1})


def test_the_compiled_check_leaves_what_it_does_not_know_to_jsonschema() -> None:
    assert not compile_check({"type": "string", "format": "email"})("someone@example.org")
    assert not compile_check({"enum": [1, 2]})(1)
    assert not compile_check({"uniqueItems": True})([1, 2])
    assert compile_check({"uniqueItems": True})(["a", "b"])
    assert not compile_check({"uniqueItems": True})(["a", "a"])
    assert not compile_check({"type": "integer", "minimum": 1})(2.0)
    assert compile_check({"type": "integer", "minimum": 1})(2)
    assert not compile_check({"type": "integer"})(True)
    assert not compile_check({"type": "number"})(False)


def test_a_valid_pack_is_valid_for_both() -> None:
    assert FAST.is_valid(BASE) and REFERENCE.is_valid(BASE)


def test_the_schema_file_is_a_valid_2020_12_schema() -> None:
    Draft202012Validator.check_schema(json.loads(schema_path().read_text(encoding="utf-8")))
