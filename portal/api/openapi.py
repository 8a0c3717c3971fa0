"""The OpenAPI document this API serves: the profile's own openapi.json, completed.

Completed with what the profile file leaves out and this API does: the /organizations paths,
the filters each list accepts here, JSON errors (400, 404, 429), and the ``lang`` extension
(one language per record, chosen with ``?lang=`` or ``Accept-Language``).
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path

from django.conf import settings

SCHEMA_DIR = Path(__file__).resolve().parent / "oruk_schema"
UPSTREAM = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"

LANG_EXTENSION = (
    "Sanctuary Portal extension: every record is in one language. By default that is the "
    "portal's source language; ask for another with `?lang=<code>` or the `Accept-Language` "
    "header. Records translated into that language are served translated; the others in the "
    "source language. Taxonomy labels are always translated. The response's `Content-Language` "
    "header names the language asked for."
)


@functools.cache
def profile_openapi() -> dict:
    return json.loads((SCHEMA_DIR / "openapi.json").read_text(encoding="utf-8"))


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/parameters/{name}"}


def _page_of(schema_path: str) -> dict:
    return {
        "properties": {"contents": {"type": "array", "items": {"$ref": UPSTREAM + schema_path}}},
        "allOf": [{"$ref": "#/components/schemas/Page"}],
    }


def _json(description: str, schema: dict) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi_document(*, server_url: str) -> dict:
    doc = copy.deepcopy(profile_openapi())
    languages = [code for code, _name in settings.LANGUAGES]
    doc["info"]["description"] += (
        f". Served by {settings.WAGTAIL_SITE_NAME}: read-only, no authentication, CORS open, "
        f"at most {settings.API_ORUK_RATE_LIMIT} requests a minute per client. " + LANG_EXTENSION
    )
    doc["servers"] = [{"url": server_url.rstrip("/")}]
    doc["x-lang"] = {
        "description": LANG_EXTENSION,
        "languages": languages,
        "default": settings.LANGUAGE_CODE,
    }
    params = doc["components"]["parameters"]
    params["lang"] = {
        "name": "lang",
        "in": "query",
        "required": False,
        "description": LANG_EXTENSION,
        "schema": {"type": "string", "enum": languages, "default": settings.LANGUAGE_CODE},
    }
    params["Accept-Language"] = {
        "name": "Accept-Language",
        "in": "header",
        "required": False,
        "description": "Used when `lang` is not given. " + LANG_EXTENSION,
        "schema": {"type": "string"},
    }
    params["modified_after"]["schema"] = {"type": "string", "format": "date-time"}
    params["start_time"]["schema"] = {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}
    params["end_time"]["schema"] = {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}
    params["day"]["schema"] = {"type": "string", "enum": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]}
    params["proximity"]["description"] += (
        " Only postcodes where this portal has published locations with coordinates can be "
        "measured from (it asks no postcode service); others are answered 400. Locations with a "
        "hidden address are matched on their postcode area only, never by distance."
    )
    doc["components"]["schemas"]["Error"] = {
        "type": "object",
        "required": ["error", "message"],
        "properties": {
            "error": {
                "type": "string",
                "description": "A code: bad_parameter, not_found, method_not_allowed, too_many_requests.",
            },
            "message": {
                "type": "string",
                "description": "What went wrong, in the language asked for.",
            },
            "parameter": {"type": "string", "description": "The query parameter at fault."},
            "retry_after": {"type": "integer", "description": "Seconds to wait (429 only)."},
        },
    }
    error = {"$ref": "#/components/schemas/Error"}
    doc["components"]["responses"] = {
        "BadRequest": _json("A query parameter has a bad value.", error),
        "NotFound": _json("No record has this id.", error),
        "TooManyRequests": {
            **_json("Too many requests from this client; see Retry-After.", error),
            "headers": {"Retry-After": {"schema": {"type": "integer"}}},
        },
    }

    paths = doc["paths"]
    # The profile file names the service schema for this path; what is served is a
    # service_at_location with its location and service nested.
    paths["/service_at_locations/{id}"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ] = {"$ref": UPSTREAM + "compiled/service_at_location.json"}
    paths["/organizations"] = {
        "get": {
            "description": "Paginated listing of the organisations that run public services.",
            "summary": "Paginated listing of organizations.",
            "operationId": "getPaginatedListOfOrganizations",
            "parameters": [_ref("search"), _ref("page"), _ref("per_page")],
            "responses": {
                "200": _json(
                    "A page of organizations.", _page_of("compiled/organization_list.json")
                )
            },
        }
    }
    paths["/organizations/{id}"] = {
        "parameters": [
            {
                "in": "path",
                "name": "id",
                "required": True,
                "description": "The organization's id.",
                "schema": {"type": "string"},
            }
        ],
        "get": {
            "description": "An organization with its public services fully nested.",
            "summary": "Retrieve an organization by id.",
            "operationId": "getOrganizationById",
            "responses": {
                "200": _json("The organization.", {"$ref": UPSTREAM + "compiled/organization.json"})
            },
        },
    }
    paths["/openapi.json"] = {
        "get": {
            "summary": "This document.",
            "operationId": "getOpenAPI",
            "responses": {"200": {"description": "This OpenAPI document."}},
        }
    }
    paths["/services"]["get"]["parameters"] += [
        _ref("modified_after"),
        _ref("organization_id"),
        _ref("postcode"),
        _ref("proximity"),
    ]
    paths["/service_at_locations"]["get"]["parameters"] += [
        _ref("modified_after"),
        _ref("organization_id"),
    ]
    paths["/taxonomy_terms"]["get"]["parameters"] += [_ref("search"), _ref("taxonomy_id")]
    for path, item in paths.items():
        operation = item["get"]
        operation.setdefault("parameters", [])
        operation["parameters"] += [_ref("lang"), _ref("Accept-Language")]
        responses = operation["responses"]
        responses["400"] = {"$ref": "#/components/responses/BadRequest"}
        responses["429"] = {"$ref": "#/components/responses/TooManyRequests"}
        if "{id}" in path:
            responses["404"] = {"$ref": "#/components/responses/NotFound"}
    return doc
