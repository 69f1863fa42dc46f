"""The pack schema, prepared for speed: references inlined and localised texts checked by one native keyword.

checklists/schema/pack.schema.json stays the reference that any JSON Schema tool can use. jsonschema spends most of
its time descending into the thousands of small {"en", "fr"} objects a pack holds, and in following `$ref`s. Here
the same rules run as one keyword per text, and every `$ref` is replaced by its target, so a load of all the
built-in packs fits its budget. tests/test_schema.py checks that both give the same verdict on generated packs.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

_LANGUAGE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
TEXT_KEYWORD = "privacycheckText"
STEPS_KEYWORD = "privacycheckSteps"
OPTION_KEYWORD = "privacycheckOption"


def _text_errors(validator: Any, rule: Mapping[str, Any], instance: Any, schema: Any) -> Iterator[Any]:
    """The rules of `$defs.text`: an object, "en" required, language keys, strings of the allowed lengths."""
    from jsonschema import ValidationError

    if not isinstance(instance, dict):
        yield ValidationError(f"{instance!r} is not of type 'object'")
        return
    for name in rule["required"]:
        if name not in instance:
            yield ValidationError(f"{name!r} is a required property")
    for key, value in instance.items():
        if not _LANGUAGE.search(key):
            yield ValidationError(f"{key!r} does not match {_LANGUAGE.pattern!r}")
        if not isinstance(value, str):
            yield ValidationError(f"{value!r} is not of type 'string'", path=[key], instance=value)
        elif len(value) < rule["minLength"]:
            yield ValidationError(f"{value!r} should be non-empty", path=[key], instance=value)
        elif len(value) > rule["maxLength"]:
            yield ValidationError(f"{value!r} is too long", path=[key], instance=value)


def _steps_errors(validator: Any, rule: Mapping[str, Any], instance: Any, schema: Any) -> Iterator[Any]:
    """The rules of `$defs.steps`: a list of texts, with a minimum and a maximum count."""
    from jsonschema import ValidationError

    if not isinstance(instance, list):
        yield ValidationError(f"{instance!r} is not of type 'array'")
        return
    if len(instance) < rule["minItems"]:
        yield ValidationError(f"{instance!r} should be non-empty")
    elif len(instance) > rule["maxItems"]:
        yield ValidationError(f"{instance!r} is too long")
    for index, step in enumerate(instance):
        for error in _text_errors(validator, rule["text"], step, schema):
            error.path.appendleft(index)
            yield error


def _option_errors(validator: Any, rule: Mapping[str, Any], instance: Any, schema: Any) -> Iterator[Any]:
    """The rules of `$defs.option`: exactly id, label and exposure, of their types and ranges."""
    from jsonschema import ValidationError

    if not isinstance(instance, dict):
        yield ValidationError(f"{instance!r} is not of type 'object'")
        return
    for name in ("id", "label", "exposure"):
        if name not in instance:
            yield ValidationError(f"{name!r} is a required property")
    extra = sorted(set(instance) - {"id", "label", "exposure"})
    if extra:
        listed = ", ".join(repr(name) for name in extra)
        verb = "were" if len(extra) > 1 else "was"
        yield ValidationError(f"Additional properties are not allowed ({listed} {verb} unexpected)")
    if "id" in instance:
        value = instance["id"]
        if not isinstance(value, str):
            yield ValidationError(f"{value!r} is not of type 'string'", path=["id"], instance=value)
        elif not rule["id"].search(value):
            yield ValidationError(f"{value!r} does not match {rule['id'].pattern!r}", path=["id"], instance=value)
    if "label" in instance:
        for error in _text_errors(validator, rule["text"], instance["label"], schema):
            error.path.appendleft("label")
            yield error
    if "exposure" in instance:
        value = instance["exposure"]
        if isinstance(value, bool) or not isinstance(value, int | float):
            yield ValidationError(f"{value!r} is not of type 'number'", path=["exposure"], instance=value)
        elif value < 0:
            yield ValidationError(f"{value!r} is less than the minimum of 0", path=["exposure"], instance=value)
        elif value > 1:
            yield ValidationError(f"{value!r} is greater than the maximum of 1", path=["exposure"], instance=value)


def _inline(node: Any, definitions: Mapping[str, Any], native: Mapping[str, Any]) -> Any:
    if isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith("#/$defs/"):
            name = reference.removeprefix("#/$defs/")
            target = native[name] if name in native else _inline(definitions[name], definitions, native)
            rest = {key: _inline(value, definitions, native) for key, value in node.items() if key != "$ref"}
            return {"allOf": [target, rest]} if rest else copy.deepcopy(target)
        return {key: _inline(value, definitions, native) for key, value in node.items() if key != "$defs"}
    if isinstance(node, list):
        return [_inline(value, definitions, native) for value in node]
    return node


def fast_validator(schema_file: Path) -> Any:
    """A jsonschema validator equivalent to the schema in `schema_file`, built for speed."""
    from jsonschema import Draft202012Validator, validators

    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    definitions = schema["$defs"]
    text = definitions["text"]
    rule = {
        "required": text["required"],
        "minLength": text["additionalProperties"]["minLength"],
        "maxLength": text["additionalProperties"]["maxLength"],
    }
    assert text["propertyNames"]["pattern"] == _LANGUAGE.pattern, "the schema's language pattern changed"
    steps = definitions["steps"]
    assert steps["items"] == {"$ref": "#/$defs/text"}, "the schema's steps changed"
    native = {
        "text": {TEXT_KEYWORD: rule},
        "steps": {STEPS_KEYWORD: {"minItems": steps["minItems"], "maxItems": steps["maxItems"], "text": rule}},
    }
    option = definitions["option"]
    assert option == {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "label", "exposure"],
        "properties": {
            "id": {"$ref": "#/$defs/option_id"},
            "label": {"$ref": "#/$defs/text"},
            "exposure": {"type": "number", "minimum": 0, "maximum": 1},
        },
    }, "the schema's option changed"
    native["option"] = {OPTION_KEYWORD: {"id": re.compile(definitions["option_id"]["pattern"]), "text": rule}}
    keywords = {TEXT_KEYWORD: _text_errors, STEPS_KEYWORD: _steps_errors, OPTION_KEYWORD: _option_errors}
    Fast = validators.extend(Draft202012Validator, keywords)  # type: ignore[no-untyped-call]
    return Fast(_inline(schema, definitions, native))
