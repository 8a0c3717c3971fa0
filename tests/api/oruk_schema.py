"""Validation against the Open Referral UK v3.0 schemas copied into portal/api/oruk_schema/."""

from __future__ import annotations

import json
import uuid
from functools import cache

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from portal.api.openapi import SCHEMA_DIR

PAGE_FIELDS = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}


@cache
def schema(name: str) -> dict:
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


@cache
def registry() -> Registry:
    resources = []
    for path in list(SCHEMA_DIR.glob("*.json")) + list(SCHEMA_DIR.glob("compiled/*.json")):
        name = str(path.relative_to(SCHEMA_DIR))
        resources.append(
            (name, Resource.from_contents(schema(name), default_specification=DRAFT202012))
        )
    return Registry().with_resources(resources)


def validate(instance, name: str) -> None:
    """Raise unless ``instance`` validates against schema ``name`` and uses only its fields."""
    Draft202012Validator(
        schema(name), registry=registry(), format_checker=FormatChecker()
    ).validate(instance)
    only_known_fields(instance, schema(name), where=name)


def _resolve(node: dict) -> dict:
    while "$ref" in node and "properties" not in node:
        node = schema(node["$ref"])
    return node


def only_known_fields(instance, node: dict, *, where: str) -> None:
    """Every key we send is one the schema names (HSDS 3.0 ``phones`` on a contact aside, which
    is checked against phone.json)."""
    node = _resolve(node)
    if isinstance(instance, list):
        for item in instance:
            only_known_fields(item, node.get("items", {}), where=where + "[]")
        return
    if not isinstance(instance, dict):
        return
    properties = node.get("properties", {})
    for key, value in instance.items():
        if key == "phones" and where.endswith("contacts[]"):
            for phone in value:
                validate(phone, "phone.json")
            continue
        assert key in properties, f"{where}.{key} is not a field of the ORUK schema"
        if key.endswith("id") and isinstance(value, str):
            uuid.UUID(value)  # every id is a UUID
        only_known_fields(value, properties[key], where=f"{where}.{key}")


def validate_page(body: dict, item_schema: str) -> None:
    """The profile's paging object (components/schemas/Page) around items of ``item_schema``."""
    page_schema = schema("openapi.json")["components"]["schemas"]["Page"]
    Draft202012Validator(page_schema).validate(body)
    assert set(body) == PAGE_FIELDS
    assert body["size"] == len(body["contents"])
    for item in body["contents"]:
        validate(item, item_schema)
