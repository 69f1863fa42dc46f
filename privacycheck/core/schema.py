"""The pack schema, prepared for speed: jsonschema reports every error, a compiled check skips the valid parts.

checklists/schema/pack.schema.json is the reference that any JSON Schema tool can use. jsonschema spends nearly all
of its time descending into the thousands of small subschemas of a pack (every localised text is an object), not in
finding errors. So each subschema is wrapped in one keyword: a check compiled from that subschema runs first, and
only when it cannot show the instance valid does jsonschema descend into the original subschema, whose own parts are
wrapped in turn. A valid pack costs one compiled check; an invalid one gets jsonschema's own errors, at the same
places and with the same messages, from a descent into the parts that fail.

The compiled check only has to be sound one way: True means valid, and anything it does not know (an unfamiliar
keyword, an enum of numbers, unique items that are not strings) makes it answer False, so that jsonschema decides.
tests/test_schema.py compares the verdicts and messages with plain jsonschema on broken copies of the built-in packs.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

Check = Callable[[Any], bool]
"""True only if the instance is valid against the subschema the check was compiled from."""

FAST_KEYWORD = "privacycheckFast"
_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated"})
_SUBSCHEMAS = ("additionalProperties", "propertyNames", "items")
"""The keywords whose value is one subschema (`properties` holds several, `allOf` a list)."""


def _never(instance: Any) -> bool:
    return False


def _always(instance: Any) -> bool:
    return True


def _type_check(names: str | list[str]) -> Check | None:
    """JSON types as Python sees them after json.loads: a bool is not a number, and an integer is written without a
    fraction (3, not 3.0: counts and levels are used as Python ints, see `strict_integer`)."""

    def integer(value: Any) -> bool:
        return type(value) is int

    simple: dict[str, Check] = {
        "object": lambda value: isinstance(value, dict),
        "array": lambda value: isinstance(value, list),
        "string": lambda value: isinstance(value, str),
        "boolean": lambda value: isinstance(value, bool),
        "null": lambda value: value is None,
        "number": lambda value: isinstance(value, int | float) and not isinstance(value, bool),
        "integer": integer,
    }
    listed = [names] if isinstance(names, str) else names
    if not all(name in simple for name in listed):
        return None
    checks = [simple[name] for name in listed]
    return checks[0] if len(checks) == 1 else lambda value: any(check(value) for check in checks)


def compile_check(schema: Any) -> Check:
    """A check for an inlined subschema (no `$ref`), or `_never` for a part this compiler does not cover."""
    if schema is True:
        return _always
    if not isinstance(schema, dict):
        return _never
    rules = {key: value for key, value in schema.items() if key not in _ANNOTATIONS}
    kind = rules.pop("type", None)
    checks: list[Check] = []
    if "enum" in rules:
        members = rules.pop("enum")
        if not all(member is None or isinstance(member, str) for member in members):
            return _never  # JSON equality of numbers and booleans differs from Python's: leave it to jsonschema
        strings = frozenset(member for member in members if member is not None)
        allow_null = None in members
        checks.append(lambda value: (isinstance(value, str) and value in strings) or (allow_null and value is None))
    if "allOf" in rules:
        parts = [compile_check(part) for part in rules.pop("allOf")]
        checks.append(lambda value: all(part(value) for part in parts))
    by_type: dict[str, tuple[type | tuple[type, ...], Check | None]] = {
        "string": (str, _string_rules(rules)),
        "array": (list, _array_rules(rules)),
        "object": (dict, _object_rules(rules)),
        "number": ((int, float), _number_rules(rules)),
    }
    if rules:  # a keyword not covered above
        return _never
    for name, (python_type, rule) in by_type.items():
        if rule is not None:
            # The usual case, "type" with rules for that type, takes one test for both.
            fused = kind == name and name != "number"  # a bool is an int in Python, not a number in JSON
            checks.append(_guarded(python_type, rule, required=fused))
            kind = None if fused else kind
    if kind is not None:
        type_check = _type_check(kind)
        if type_check is None:
            return _never
        checks.insert(0, type_check)
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]

    def every(value: Any) -> bool:
        for check in checks:  # noqa: SIM110 (a loop is measurably faster than all() over a generator here)
            if not check(value):
                return False
        return True

    return every


def _guarded(python_type: type | tuple[type, ...], rule: Check, *, required: bool) -> Check:
    """`rule` applied to instances of `python_type`: the others fail if the type is required, else pass."""
    if required:
        return lambda value: isinstance(value, python_type) and rule(value)
    if python_type == (int, float):
        return lambda value: isinstance(value, bool) or not isinstance(value, int | float) or rule(value)
    return lambda value: not isinstance(value, python_type) or rule(value)


def _string_rules(rules: dict[str, Any]) -> Check | None:
    if not rules.keys() & {"pattern", "minLength", "maxLength"}:
        return None
    pattern = _compiled(rules.pop("pattern")) if "pattern" in rules else None
    shortest = rules.pop("minLength", 0)
    longest = rules.pop("maxLength", None)

    def check(value: str) -> bool:
        if len(value) < shortest or (longest is not None and len(value) > longest):
            return False
        return pattern is None or pattern.search(value) is not None

    return check


def _number_rules(rules: dict[str, Any]) -> Check | None:
    if not rules.keys() & {"minimum", "maximum"}:
        return None
    low = rules.pop("minimum", None)
    high = rules.pop("maximum", None)
    return lambda value: (low is None or value >= low) and (high is None or value <= high)


def _array_rules(rules: dict[str, Any]) -> Check | None:
    if not rules.keys() & {"items", "minItems", "maxItems", "uniqueItems"}:
        return None
    each = compile_check(rules.pop("items")) if "items" in rules else _always
    fewest = rules.pop("minItems", 0)
    most = rules.pop("maxItems", None)
    unique = rules.pop("uniqueItems", False)

    def check(value: list[Any]) -> bool:
        if len(value) < fewest or (most is not None and len(value) > most):
            return False
        if unique and not (all(isinstance(entry, str) for entry in value) and len(set(value)) == len(value)):
            return False  # strings compare the same way in JSON and Python; anything else goes to jsonschema
        if each is not _always:
            for entry in value:
                if not each(entry):
                    return False
        return True

    return check


def _object_rules(rules: dict[str, Any]) -> Check | None:
    if not rules.keys() & {"required", "properties", "additionalProperties", "propertyNames"}:
        return None
    required = tuple(rules.pop("required", ()))
    properties = {name: compile_check(sub) for name, sub in rules.pop("properties", {}).items()}
    other = compile_check(rules.pop("additionalProperties", True))
    names = compile_check(rules.pop("propertyNames", True))

    def check(value: dict[str, Any]) -> bool:
        for name in required:
            if name not in value:
                return False
        for key, entry in value.items():
            if names is not _always and not names(key):
                return False
            if not properties.get(key, other)(entry):
                return False
        return True

    return check


def _fast_errors(validator: Any, rule: Mapping[str, Any], instance: Any, schema: Any) -> Iterator[Any]:
    if not rule["check"](instance):
        yield from validator.descend(instance, rule["schema"])


def _wrap(schema: Any) -> Any:
    """`schema` with itself and each of its subschemas replaced by the fast keyword over the original."""
    if not isinstance(schema, dict):
        return schema
    # Without "$schema": jsonschema would descend with the plain validator of that dialect, which skips the keyword.
    original = {key: value for key, value in schema.items() if key != "$schema"}
    for keyword in _SUBSCHEMAS:
        if keyword in original:
            original[keyword] = _wrap(original[keyword])
    if isinstance(original.get("properties"), dict):
        original["properties"] = {name: _wrap(sub) for name, sub in original["properties"].items()}
    if isinstance(original.get("allOf"), list):
        original["allOf"] = [_wrap(sub) for sub in original["allOf"]]
    return {FAST_KEYWORD: {"check": compile_check(schema), "schema": original}}


def inline(node: Any, definitions: Mapping[str, Any]) -> Any:
    """`node` with every local `$ref` replaced by a copy of its target (the pack schema has no recursive ones)."""
    if isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#/$defs/"):
            target = inline(definitions[reference.removeprefix("#/$defs/")], definitions)
            rest = {key: inline(value, definitions) for key, value in node.items() if key != "$ref"}
            return {"allOf": [target, rest]} if rest else copy.deepcopy(target)
        return {key: inline(value, definitions) for key, value in node.items() if key != "$defs"}
    if isinstance(node, list):
        return [inline(value, definitions) for value in node]
    return node


def strict_integer(checker: Any, instance: Any) -> bool:
    """ "integer" as privacycheck reads it: JSON Schema lets 3.0 pass, and `1 << (3.0 - 1)` then fails in scoring."""
    return type(instance) is int


def ecma(pattern: str) -> str:
    """A schema pattern for Python's `re`: JSON Schema patterns are ECMA-262, where a final `$` is the end of the
    string; in Python it also matches before a final newline, which let "org.evil\\n" pass as a pack id."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + r"\Z"
    return pattern


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(ecma(pattern))


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError

    if validator.is_type(instance, "string") and not _compiled(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def validator_class() -> Any:
    """Draft 2020-12 as privacycheck reads every schema: integers without a fraction, patterns anchored as in
    ECMA-262. For packs, update indexes and managed configurations alike."""
    from jsonschema import Draft202012Validator, validators

    types = Draft202012Validator.TYPE_CHECKER.redefine("integer", strict_integer)
    return validators.extend(  # type: ignore[no-untyped-call]
        Draft202012Validator, {"pattern": _pattern}, type_checker=types
    )


def fast_validator(schema_file: Path) -> Any:
    """A jsonschema validator with the same verdicts and errors as the schema in `schema_file`, built for speed."""
    from jsonschema import validators

    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    Fast = validators.extend(validator_class(), {FAST_KEYWORD: _fast_errors})  # type: ignore[no-untyped-call]
    return Fast(_wrap(inline(schema, schema.get("$defs", {}))))
