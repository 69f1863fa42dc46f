"""The fast pack validator gives the same verdicts, at the same places, as the reference JSON Schema."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from privacycheck.core.loader import schema_path
from privacycheck.core.schema import fast_validator
from tests.factory import item, pack, setting

REFERENCE = Draft202012Validator(json.loads(schema_path().read_text(encoding="utf-8")))
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


def verdict(validator: Any, document: Any) -> set[tuple[str, ...]]:
    return {tuple(map(str, error.absolute_path)) for error in validator.iter_errors(document)}


BASE = pack("demo", [item("demo.first", guide=[{"en": "Search your name."}]), setting("demo.second")])


@given(st.sampled_from(PLACES), texts | options | json_values | st.lists(texts, max_size=3))
def test_the_same_errors_at_the_same_places(place: tuple[str, ...], value: Any) -> None:
    document = copy.deepcopy(BASE)
    put(document, place, value)
    assert verdict(FAST, document) == verdict(REFERENCE, document)
    assert FAST.is_valid(document) == REFERENCE.is_valid(document)


def test_a_valid_pack_is_valid_for_both() -> None:
    assert FAST.is_valid(BASE) and REFERENCE.is_valid(BASE)


def test_the_schema_file_is_a_valid_2020_12_schema() -> None:
    Draft202012Validator.check_schema(json.loads(schema_path().read_text(encoding="utf-8")))
