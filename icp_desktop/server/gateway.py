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

from icp_desktop.domain.sms_verification import DEFAULT_WINDOW as DEFAULT_SMS_WINDOW

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


SmsMode = Literal["auto", "filer", "manual"]


class AdministrationGateway(Protocol):
    """Submits one round of one change to the administration (``now`` by the service's
    clock).

    Attributes:
        sms_window: how long the filing's responsible people have for the MIIT SMS
            verification once the administration accepted the submission.
        sms_mode: who ends that step besides the filer's "I have verified": ``auto`` (the
            simulated administration confirms it when it decides), ``filer`` (only the filer;
            the simulator decides after the verification), ``manual`` (an operator records
            what the administration reported).
        delay: seconds the administration takes to decide once verified (simulator).
    """

    name: str
    decides_itself: bool
    sms_window: timedelta
    sms_mode: SmsMode
    delay: float

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
        *,
        sms_window: timedelta = DEFAULT_SMS_WINDOW,
        sms_mode: Literal["auto", "filer"] = "auto",
    ) -> None:
        self.mode = mode
        self.delay = max(0.0, delay)
        self.approve_ratio = approve_ratio
        self.sms_window = sms_window
        self.sms_mode: SmsMode = sms_mode
        self._rng = rng or random.Random()  # noqa: S311 - a demo's coin, not a secret

    def submit(self, change_id: int, round_: int, license_number: str, now: datetime) -> Receipt:
        if self.mode == "random":
            decision: Decision = "approve" if self._rng.random() < self.approve_ratio else "reject"
        else:
            decision = self.mode
        # Waiting for the filer's verification: the delay starts when it is recorded.
        decide_at = None if self.sms_mode == "filer" else now + timedelta(seconds=self.delay)
        return Receipt(
            external_ref=_reference("SIM", change_id, round_),
            decide_at=decide_at,
            planned_decision=decision,
        )


class ManualGateway:
    """Hands the change over; an operator later records the administration's outcome."""

    name = "manual"
    decides_itself = False
    sms_mode: SmsMode = "manual"
    delay = 0.0

    def __init__(self, sms_window: timedelta = DEFAULT_SMS_WINDOW) -> None:
        self.sms_window = sms_window

    def submit(self, change_id: int, round_: int, license_number: str, now: datetime) -> Receipt:
        return Receipt(external_ref=_reference("ADM", change_id, round_))


def gateway_for(
    mode: str,
    delay: float,
    approve_ratio: float = 0.7,
    *,
    sms_window: timedelta = DEFAULT_SMS_WINDOW,
    sms_mode: str = "auto",
) -> AdministrationGateway:
    """The gateway the settings ask for (``off`` means manual recording)."""
    if mode in ("approve", "reject", "random"):
        return SimulatorGateway(
            mode,  # type: ignore[arg-type]
            delay,
            approve_ratio,
            sms_window=sms_window,
            sms_mode="filer" if sms_mode == "filer" else "auto",
        )
    return ManualGateway(sms_window)
