"""The JSON Schema of `rebond.report/1`: a base file plus optional domain fragments merged into it.

`app/resources/schema/report.schema.json` is the base (speech, language, STAR, tips). Each
`app/resources/schema/report.<domain>.schema.json` fragment holds `properties` (optional sections such as `eye_contact`)
and `$defs`, merged into the base at load time so that every domain owns its own part of the schema.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from app.core.errors import RebondError
from app.core.paths import resource

SCHEMA_ID = "rebond.report/1"


class ReportSchemaError(RebondError):
    """A report does not validate against the committed schema."""


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The merged schema (base + fragments)."""
    folder = resource("schema")
    schema = json.loads((folder / "report.schema.json").read_text(encoding="utf-8"))
    for fragment_path in sorted(folder.glob("report.*.schema.json")):
        fragment = json.loads(fragment_path.read_text(encoding="utf-8"))
        schema.setdefault("properties", {}).update(fragment.get("properties", {}))
        schema.setdefault("$defs", {}).update(fragment.get("$defs", {}))
    return schema


def validate_report(report: dict[str, Any]) -> None:
    """Raise `ReportSchemaError` naming the first problem if `report` does not validate."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema())
    errors = sorted(validator.iter_errors(report), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top level)"
        raise ReportSchemaError(f"Report does not match {SCHEMA_ID} at {where}: {first.message}")
