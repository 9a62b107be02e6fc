"""Schema fuzzing: every operation of the published OpenAPI, as each role and anonymous.

Requests are generated from ``/openapi.json`` by schemathesis (valid data, then data that breaks
the schema). Every answer must be free of 5xx, conform to the documented status codes, content
types and response schemas, and every error must be ``application/problem+json`` whose
``status`` is the HTTP status.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis import checks as st_checks

from tests.helpers.live_server import LiveServer, login_token
from tests.robustness.budget import budget, record

ROLES = {
    "anonymous": None,
    "filer": "demo",
    "other_filer": "demo2",
    "reviewer": "reviewer",
    "operator": "operator",
}
CHECKS = [
    st_checks.not_a_server_error,
    st_checks.status_code_conformance,
    st_checks.content_type_conformance,
    st_checks.response_schema_conformance,
]
LAST = "POST /v1/auth/logout"  # ends the role's session, so it runs after everything else


def problem_json_on_every_error(response: Any) -> str | None:
    """Why an error answer is not a proper problem document, or None when it is."""
    if response.status_code < 400:
        return None
    values = response.headers.get("content-type") or [""]
    media = values[0] if isinstance(values, list) else str(values)
    if not media.startswith("application/problem+json"):
        return f"error {response.status_code} sent as {media!r}"
    try:
        body = json.loads(response.content)
    except ValueError:
        return "error body is not JSON"
    if body.get("status") != response.status_code or not body.get("title"):
        return f"problem body does not match its status: {body}"
    if b"Traceback" in response.content:
        return "a stack trace in an error"
    return None


def fuzz_operation(
    url: str,
    headers: dict[str, str],
    operation: Any,
    mode: GenerationMode,
    examples: int,
    failures: dict[str, str],
    statuses: Counter[int],
) -> int:
    """Send ``examples`` generated requests to one operation; returns how many were sent."""
    sent = 0
    label = f"{operation.label} ({mode.value})"
    # Negative cases only have to be refused cleanly: the schema does not describe the body
    # of an answer to data it forbids.
    checks = CHECKS if mode is GenerationMode.POSITIVE else CHECKS[:1]

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def fuzz(case: Any) -> None:
        nonlocal sent
        sent += 1
        response = case.call(base_url=url, headers=headers, timeout=30)
        statuses[response.status_code] += 1
        problem = problem_json_on_every_error(response)
        if problem is not None:
            failures.setdefault(label, problem)
            return
        try:
            case.validate_response(response, checks=checks)
        except (AssertionError, BaseExceptionGroup) as exc:
            failures.setdefault(label, str(exc)[:800])

    try:
        fuzz()
    except Unsatisfiable:
        # An operation without parameters or body has nothing that could break its schema.
        if mode is GenerationMode.POSITIVE:
            raise
    return sent


@pytest.mark.parametrize("role", list(ROLES))
def test_every_operation_as_each_role_conforms(backend_server: LiveServer, role: str) -> None:
    schema = schemathesis.openapi.from_url(f"{backend_server.url}/openapi.json")
    # An operation the schema cannot describe is itself a failure: ``ok()`` raises for it.
    operations = sorted(
        (r.ok() for r in schema.get_all_operations()),  # type: ignore[union-attr]
        key=lambda op: op.label == LAST,
    )
    username = ROLES[role]
    headers = {}
    if username is not None:
        headers["Authorization"] = f"Bearer {login_token(backend_server.url, username)}"
    failures: dict[str, str] = {}
    statuses: Counter[int] = Counter()
    cases = 0
    for operation in operations:
        for mode, examples in (
            (GenerationMode.POSITIVE, budget(5, 150)),
            (GenerationMode.NEGATIVE, budget(2, 75)),
        ):
            cases += fuzz_operation(
                backend_server.url, headers, operation, mode, examples, failures, statuses
            )
    record(
        f"schema fuzzing ({backend_server.backend})",
        role=role,  # type: ignore[attr-defined]
        operations=len(operations),
        cases=cases,
        statuses=dict(sorted(statuses.items())),
        failures=len(failures),
    )
    assert len(operations) >= 20
    assert not failures, "\n\n".join(f"{k}: {v}" for k, v in failures.items())
    assert not any(code >= 500 for code in statuses)
