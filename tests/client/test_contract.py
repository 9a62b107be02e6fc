"""The client's typed models hold to the service's published contract (``/openapi.json``).

Each model is paired with the schema it reads; every field of the model must be a property of
that schema with the same type (integer, number, string, boolean, date-time, date, list of,
object of, another paired schema, an enum of strings) and the same nullability. A model may
leave out properties it does not use (a newer service may add some); ``etag`` comes from the
``ETag`` header, not the body.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterator
from datetime import date, datetime
from enum import Enum
from typing import Any

import pytest

from icp_desktop.client import (
    administration_models,
    calendar_models,
    change_models,
    event_models,
    migration_models,
    models,
    precheck_models,
)
from icp_desktop.client.wire import JsonValue
from tests.helpers import http_client
from tests.helpers.live_server import LiveServer, start_live_server

PAIRS: dict[type, str] = {
    models.Account: "AccountOut",
    models.Login: "LoginOut",
    models.Health: "Health",
    models.ChangeRef: "OpenChangeRef",
    models.Website: "WebsiteOut",
    models.WebsitePage: "WebsitePage",
    models.ResourceIP: "ResourceIP",
    models.Resource: "ResourceOut",
    change_models.Reason: "Reason",
    change_models.TimelineActor: "ActorOut",
    change_models.TimelineEntry: "TimelineEntry",
    change_models.WebsiteSummary: "WebsiteSummary",
    change_models.Deadline: "Deadline",
    change_models.Change: "ChangeOut",
    change_models.ChangePage: "ChangePage",
    change_models.IPCheck: "IPCheck",
    change_models.ReviewQueueItem: "ReviewQueueItem",
    change_models.ReviewQueue: "ReviewQueue",
    event_models.Event: "EventOut",
    event_models.EventBatch: "EventBatch",
    event_models.OutboxMessage: "OutboxMessageOut",
    administration_models.SmsVerification: "SmsVerificationOut",
    administration_models.AdministrationWindow: "AdministrationWindowOut",
    administration_models.AuthorizedResource: "AuthorizedResourceOut",
    administration_models.Authorization: "AuthorizationOut",
    administration_models.AuthorizationCodeInfo: "AuthorizationCodeOut",
    administration_models.AuthorizedServer: "AuthorizedServerOut",
    administration_models.AuthorizationCodes: "AuthorizationCodeList",
    administration_models.IssuedCode: "AuthorizationCodeIssued",
    administration_models.ProvinceWindow: "ProvinceWindowOut",
    administration_models.QueueItem: "AdministrationQueueItem",
    administration_models.AdministrationQueue: "AdministrationQueue",
    administration_models.StageTimes: "StageTimes",
    administration_models.ReconciliationItem: "ReconciliationItemOut",
    administration_models.ReconciliationImport: "ReconciliationImportOut",
    calendar_models.CalendarYearSummary: "CalendarYearSummary",
    calendar_models.CalendarAttention: "CalendarAttention",
    calendar_models.CalendarSummary: "CalendarSummary",
    calendar_models.CalendarDay: "CalendarDayOut",
    calendar_models.CalendarYear: "CalendarYearOut",
    calendar_models.CalendarSaved: "CalendarSaved",
    precheck_models.PrecheckCheck: "PrecheckOut",
    precheck_models.PrecheckReport: "PrecheckReport",
    migration_models.MigrationItem: "MigrationItemOut",
    migration_models.Migration: "MigrationOut",
    migration_models.MigrationSummary: "MigrationSummary",
    migration_models.MigrationWaiting: "WaitingItem",
    migration_models.MigrationNextStep: "NextStepOut",
    migration_models.SkippedChange: "SkippedChange",
    migration_models.MigrationBatchDecision: "BatchReviewOut",
}
NOT_ON_THE_WIRE = {"etag"}  # from the ETag header


@pytest.fixture(scope="module")
def openapi(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    server: LiveServer = start_live_server(tmp_path_factory.mktemp("service"))
    try:
        yield http_client.get(f"{server.url}/openapi.json", timeout=10).json()
    finally:
        server.stop()


def _schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    schemas = doc["components"]["schemas"]
    for key in (name, f"{name}-Output"):  # an answer's schema, when inputs differ
        if key in schemas:
            return dict(schemas[key])
    raise AssertionError(f"no schema {name} in /openapi.json")


def _resolve(doc: dict[str, Any], node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """(the referenced schema's name, its body) of a ``$ref``, else (None, node)."""
    ref = node.get("$ref")
    if ref is None:
        return None, node
    name = ref.rsplit("/", 1)[-1]
    return name.removesuffix("-Output"), doc["components"]["schemas"][name]


def _nullable(node: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
    options = node.get("anyOf") or node.get("oneOf")
    if options:
        rest = [o for o in options if o.get("type") != "null"]
        if len(rest) == 1 and len(rest) < len(options):
            return True, rest[0]
    return False, node


def _problems(doc: dict[str, Any], hint: Any, node: dict[str, Any], where: str) -> list[str]:
    """Why the Python type ``hint`` does not read a value of the JSON schema ``node``."""
    wire_nullable, node = _nullable(node)
    args = typing.get_args(hint)
    model_nullable = (
        typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args
    )
    if model_nullable:
        rest = [a for a in args if a is not type(None)]
        hint = rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]  # noqa: UP007
    if model_nullable != wire_nullable:
        return [f"{where}: nullable {model_nullable} in the model, {wire_nullable} on the wire"]
    name, body = _resolve(doc, node)
    origin = typing.get_origin(hint)
    kind = body.get("type")
    if hint is JsonValue or hint is Any:
        return []
    if dataclasses.is_dataclass(hint):
        expected = PAIRS.get(hint)  # type: ignore[call-overload]
        if name != expected:
            return [f"{where}: {hint.__name__} reads {expected}, the wire has {name or kind}"]
        return []
    if origin is typing.Literal:
        values = set(body.get("enum") or ([body["const"]] if "const" in body else []))
        return [] if kind == "string" or values else [f"{where}: literal for {kind}"]
    if isinstance(hint, type) and issubclass(hint, Enum):
        values = set(body.get("enum") or [])
        missing = values - {m.value for m in hint}
        return [f"{where}: {hint.__name__} lacks {sorted(missing)}"] if missing else []
    if origin in (tuple, list):
        inner = typing.get_args(hint)[0]
        if kind != "array":
            return [f"{where}: a list in the model, {kind} on the wire"]
        return _problems(doc, inner, body.get("items") or {}, f"{where}[]")
    if origin is dict:
        if kind != "object":
            return [f"{where}: an object in the model, {kind} on the wire"]
        values = body.get("additionalProperties")
        if isinstance(values, dict) and values:
            return _problems(doc, typing.get_args(hint)[1], values, f"{where}{{}}")
        return []
    if typing.get_origin(hint) in (typing.Union, types.UnionType):  # str | SomeEnum …
        options = body.get("anyOf") or [body]
        return (
            []
            if all(o.get("type") == "string" or "$ref" in o for o in options)
            else [f"{where}: {hint} for {options}"]
        )
    expected_types = {
        int: {"integer"},
        float: {"number", "integer"},
        bool: {"boolean"},
        str: {"string"},
        datetime: {"string"},
        date: {"string"},
    }
    formats = {datetime: "date-time", date: "date"}
    if hint not in expected_types:
        return [f"{where}: the contract test does not know {hint}"]
    if hint is str and "anyOf" in body:  # one of several enums of strings (an action)
        options = [_resolve(doc, o)[1] for o in body["anyOf"]]
        return (
            []
            if all(o.get("type") == "string" for o in options)
            else [f"{where}: a str in the model for {options}"]
        )
    if kind not in expected_types[hint] and not (hint is str and body.get("enum")):
        return [f"{where}: {hint.__name__} in the model, {kind} on the wire"]
    if hint in formats and body.get("format") != formats[hint]:
        return [f"{where}: {formats[hint]} in the model, {body.get('format')} on the wire"]
    if hint is str and body.get("format") in ("date-time", "date"):
        return [f"{where}: a str in the model for a {body['format']}"]
    return []


@pytest.mark.parametrize("model", list(PAIRS), ids=lambda m: m.__name__)
def test_the_model_reads_its_schema(openapi: dict[str, Any], model: type) -> None:
    schema = _schema(openapi, PAIRS[model])
    properties = schema.get("properties") or {}
    hints = typing.get_type_hints(model)
    problems: list[str] = []
    for field in dataclasses.fields(model):
        if field.name in NOT_ON_THE_WIRE:
            continue
        if field.name not in properties:
            problems.append(f"{field.name}: not in {PAIRS[model]}")
            continue
        problems += _problems(openapi, hints[field.name], properties[field.name], field.name)
    assert not problems, f"{model.__name__} against {PAIRS[model]}:\n" + "\n".join(problems)


def test_every_schema_the_client_reads_is_paired() -> None:
    """A model nested in a paired model is paired itself (its fields are checked too)."""
    unpaired = set()
    for model in PAIRS:
        for hint in typing.get_type_hints(model).values():
            for part in [
                hint,
                *typing.get_args(hint),
                *(a for arg in typing.get_args(hint) for a in typing.get_args(arg)),
            ]:
                if dataclasses.is_dataclass(part) and part not in PAIRS:
                    unpaired.add(part.__name__)
    assert not unpaired
