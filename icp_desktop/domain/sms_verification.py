"""MIIT SMS verification (短信核验): the rules of the step at the start of administration review.

Once the administration accepts a submission, MIIT sends an SMS to the filing's responsible
people, who must verify on the MIIT site within 24 hours, with at most 5 wrong tries; otherwise
the application is returned (administration_rejected). Plain rules, shared by the service and the
desktop app: the window, the reminders and when each is due, and the states of the step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

DEFAULT_WINDOW = timedelta(hours=24)
MAX_FAILURES = 5


class SmsState(StrEnum):
    """Where the SMS verification of one round of a change stands."""

    AWAITING = "awaiting"  # the sub-state "awaiting SMS verification" of administration_review
    VERIFIED = "verified"
    EXPIRED = "expired"  # the window ran out: the application was returned
    FAILED = "failed"  # MAX_FAILURES wrong tries: the application was returned
    CLOSED = "closed"  # the change moved on before the step ended (e.g. rejected meanwhile)


class VerifiedBy(StrEnum):
    """Who recorded the verification."""

    FILER = "filer"  # "I have verified" in the app
    ADMINISTRATION = "administration"  # the administration's confirmation through the gateway
    OPERATOR = "operator"  # an operator recorded what the administration reported


# Reason codes of the rejection that ends a failed step (domain.reasons has their texts).
EXPIRED_REASON = "sms_verification_expired"
FAILED_REASON = "sms_verification_failed"


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder of the window: ``stage`` names it, ``left`` is the share of the window
    still left when it is due (1.0 at the start)."""

    stage: str
    left: float


# At the start, with 12 hours left and with 4 hours left of a 24-hour window (20 hours in);
# a shorter window (a demo) keeps the same proportions.
REMINDERS: tuple[Reminder, ...] = (
    Reminder("start", 1.0),
    Reminder("12h_left", 12 / 24),
    Reminder("4h_left", 4 / 24),
)


def reminder_due_at(started_at: datetime, expires_at: datetime, index: int) -> datetime:
    """When reminder ``index`` of :data:`REMINDERS` is due."""
    window = expires_at - started_at
    return expires_at - window * REMINDERS[index].left


def next_reminder_at(started_at: datetime, expires_at: datetime, sent: int) -> datetime | None:
    """When the next reminder is due after ``sent`` were sent (None: all were)."""
    if sent >= len(REMINDERS):
        return None
    return reminder_due_at(started_at, expires_at, sent)


def latest_due(started_at: datetime, expires_at: datetime, sent: int, now: datetime) -> int | None:
    """The latest reminder due at ``now`` that is not sent yet, or None.

    Reminders missed while no service ran are not sent late one after another: only the most
    recent one counts (a "12 hours left" long after it was true would mislead).
    """
    if now >= expires_at:
        return None
    due = [
        i for i in range(sent, len(REMINDERS)) if reminder_due_at(started_at, expires_at, i) <= now
    ]
    return due[-1] if due else None


def seconds_left(expires_at: datetime, now: datetime) -> int:
    """Whole seconds until the window ends (0 once it has)."""
    return max(0, int((expires_at - now).total_seconds()))
