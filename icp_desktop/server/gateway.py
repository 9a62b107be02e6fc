"""The administration (通信管理局) gateway: how approved changes reach the administration.

One interface, two implementations (DESIGN §2): the simulator decides by itself after a delay,
for demos and tests; the manual gateway only hands a change over and waits for an operator to
record what the administration reported. A real integration would be a third implementation.

Gateways never keep state in memory: what they decide is returned to the caller and stored in
the ``administration_submissions`` table, so a restarted or second service process carries on.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, Protocol

Decision = Literal["approve", "reject"]

SIMULATED_REJECTION: dict[str, Any] = {
    "field": "proposed_ips",
    "ip": None,
    "code": "administration_verification_failed",
    "message": "管局核验未通过：接入信息与网站实际访问情况不一致，请核实后重新提交 / "
    "The administration could not verify that these IPs serve the website; check and "
    "submit again",
}


@dataclass(frozen=True, slots=True)
class Receipt:
    """What the administration answered to a submission.

    Attributes:
        external_ref: the administration's reference for this submission.
        decide_at: when the decision becomes known (simulator only).
        planned_decision: the decision that will be known then (simulator only).
    """

    external_ref: str
    decide_at: datetime | None = None
    planned_decision: Decision | None = None


class AdministrationGateway(Protocol):
    """Submits one round of one change to the administration (``now`` by the service's
    clock)."""

    name: str
    decides_itself: bool

    def submit(
        self, change_id: int, round_: int, license_number: str, now: datetime
    ) -> Receipt: ...


def _reference(prefix: str, change_id: int, round_: int) -> str:
    return f"{prefix}-{change_id}-{round_}-{secrets.token_hex(3).upper()}"


class SimulatorGateway:
    """Decides every submission by itself ``delay`` seconds later (approve, reject or random)."""

    name = "simulator"
    decides_itself = True

    def __init__(
        self,
        mode: Literal["approve", "reject", "random"],
        delay: float,
        approve_ratio: float = 0.7,
        rng: random.Random | None = None,
    ) -> None:
        self.mode = mode
        self.delay = max(0.0, delay)
        self.approve_ratio = approve_ratio
        self._rng = rng or random.Random()  # noqa: S311 - a demo's coin, not a secret

    def submit(
        self, change_id: int, round_: int, license_number: str, now: datetime
    ) -> Receipt:
        if self.mode == "random":
            decision: Decision = "approve" if self._rng.random() < self.approve_ratio else "reject"
        else:
            decision = self.mode
        return Receipt(
            external_ref=_reference("SIM", change_id, round_),
            decide_at=now + timedelta(seconds=self.delay),
            planned_decision=decision,
        )


class ManualGateway:
    """Hands the change over; an operator later records the administration's outcome."""

    name = "manual"
    decides_itself = False

    def submit(
        self, change_id: int, round_: int, license_number: str, now: datetime
    ) -> Receipt:
        return Receipt(external_ref=_reference("ADM", change_id, round_))


def gateway_for(mode: str, delay: float, approve_ratio: float = 0.7) -> AdministrationGateway:
    """The gateway the settings ask for (``off`` means manual recording)."""
    if mode in ("approve", "reject", "random"):
        return SimulatorGateway(mode, delay, approve_ratio)  # type: ignore[arg-type]
    return ManualGateway()
