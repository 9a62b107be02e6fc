"""Change request statuses, roles and the authoritative transition table (DESIGN §2)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What an account is allowed to do."""

    FILER = "filer"
    REVIEWER = "reviewer"
    OPERATOR = "operator"


class Actor(StrEnum):
    """Who moves a change: a person with a role, or the service itself."""

    FILER = "filer"
    REVIEWER = "reviewer"
    OPERATOR = "operator"
    SERVICE = "service"  # the automatic submission job
    ADMINISTRATION = "administration"  # the communication administration (通信管理局)


class ChangeStatus(StrEnum):
    """Where a Change Access (变更接入) stands."""

    DRAFT = "draft"
    PENDING_FIRST_REVIEW = "pending_first_review"
    FIRST_REVIEW_REJECTED = "first_review_rejected"
    PENDING_ADMINISTRATION_SUBMISSION = "pending_administration_submission"
    ADMINISTRATION_REVIEW = "administration_review"
    ADMINISTRATION_REJECTED = "administration_rejected"
    APPROVED = "approved"
    WITHDRAWN = "withdrawn"

    @property
    def label_zh(self) -> str:
        return STATUS_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return STATUS_LABELS[self][1]

    @property
    def is_open(self) -> bool:
        """True until the change is final (approved or withdrawn)."""
        return self not in FINAL_STATUSES

    @property
    def is_editable(self) -> bool:
        """The filer may change the proposed IPs only in these statuses."""
        return self in EDITABLE_STATUSES


STATUS_LABELS: dict[ChangeStatus, tuple[str, str]] = {
    ChangeStatus.DRAFT: ("草稿", "Draft"),
    ChangeStatus.PENDING_FIRST_REVIEW: ("待初审", "Pending first review"),
    ChangeStatus.FIRST_REVIEW_REJECTED: ("初审驳回", "First review rejected"),
    ChangeStatus.PENDING_ADMINISTRATION_SUBMISSION: (
        "初审通过，待提交管局",
        "Approved, awaiting submission to the administration",
    ),
    ChangeStatus.ADMINISTRATION_REVIEW: ("管局审核中", "Under administration review"),
    ChangeStatus.ADMINISTRATION_REJECTED: ("管局驳回", "Rejected by the administration"),
    ChangeStatus.APPROVED: ("已完成（已备案）", "Approved (filed)"),
    ChangeStatus.WITHDRAWN: ("已撤销", "Withdrawn"),
}

FINAL_STATUSES = frozenset({ChangeStatus.APPROVED, ChangeStatus.WITHDRAWN})
OPEN_STATUSES = frozenset(s for s in ChangeStatus if s not in FINAL_STATUSES)
EDITABLE_STATUSES = frozenset(
    {
        ChangeStatus.DRAFT,
        ChangeStatus.FIRST_REVIEW_REJECTED,
        ChangeStatus.ADMINISTRATION_REJECTED,
    }
)


class Action(StrEnum):
    """The named moves of the workflow; each is one row of the transition table."""

    SUBMIT = "submit"  # 提交 / 修改提交 (Modify and Submit after a rejection)
    WITHDRAW = "withdraw"  # 撤销
    APPROVE_FIRST_REVIEW = "approve_first_review"  # 初审通过
    REJECT_FIRST_REVIEW = "reject_first_review"  # 初审驳回
    SUBMIT_TO_ADMINISTRATION = "submit_to_administration"  # 提交管局
    ADMINISTRATION_APPROVE = "administration_approve"  # 管局审核通过
    ADMINISTRATION_REJECT = "administration_reject"  # 管局驳回


@dataclass(frozen=True, slots=True)
class Transition:
    """One allowed move: ``action`` by one of ``actors`` takes a change ``source`` -> ``target``."""

    action: Action
    source: ChangeStatus
    target: ChangeStatus
    actors: frozenset[Actor]


def _t(action: Action, source: ChangeStatus, target: ChangeStatus, *actors: Actor) -> Transition:
    return Transition(action, source, target, frozenset(actors))


S = ChangeStatus
TRANSITIONS: tuple[Transition, ...] = (
    _t(Action.SUBMIT, S.DRAFT, S.PENDING_FIRST_REVIEW, Actor.FILER),
    _t(Action.SUBMIT, S.FIRST_REVIEW_REJECTED, S.PENDING_FIRST_REVIEW, Actor.FILER),
    _t(Action.SUBMIT, S.ADMINISTRATION_REJECTED, S.PENDING_FIRST_REVIEW, Actor.FILER),
    _t(Action.WITHDRAW, S.DRAFT, S.WITHDRAWN, Actor.FILER),
    _t(Action.WITHDRAW, S.PENDING_FIRST_REVIEW, S.WITHDRAWN, Actor.FILER),
    _t(Action.WITHDRAW, S.FIRST_REVIEW_REJECTED, S.WITHDRAWN, Actor.FILER),
    _t(Action.WITHDRAW, S.ADMINISTRATION_REJECTED, S.WITHDRAWN, Actor.FILER),
    _t(
        Action.APPROVE_FIRST_REVIEW,
        S.PENDING_FIRST_REVIEW,
        S.PENDING_ADMINISTRATION_SUBMISSION,
        Actor.REVIEWER,
    ),
    _t(Action.REJECT_FIRST_REVIEW, S.PENDING_FIRST_REVIEW, S.FIRST_REVIEW_REJECTED, Actor.REVIEWER),
    _t(
        Action.SUBMIT_TO_ADMINISTRATION,
        S.PENDING_ADMINISTRATION_SUBMISSION,
        S.ADMINISTRATION_REVIEW,
        Actor.SERVICE,
        Actor.OPERATOR,
    ),
    _t(
        Action.ADMINISTRATION_APPROVE,
        S.ADMINISTRATION_REVIEW,
        S.APPROVED,
        Actor.ADMINISTRATION,
        Actor.OPERATOR,
    ),
    _t(
        Action.ADMINISTRATION_REJECT,
        S.ADMINISTRATION_REVIEW,
        S.ADMINISTRATION_REJECTED,
        Actor.ADMINISTRATION,
        Actor.OPERATOR,
    ),
)
del S


def find_transition(action: Action, source: ChangeStatus) -> Transition | None:
    """The row for ``action`` from ``source``, or None when the action is not allowed there."""
    for t in TRANSITIONS:
        if t.action is action and t.source is source:
            return t
    return None


def can_transition(actor: Actor | Role, source: ChangeStatus, target: ChangeStatus) -> bool:
    """Whether ``actor`` may move a change from ``source`` to ``target``."""
    who = Actor(actor.value)
    return any(t.source is source and t.target is target and who in t.actors for t in TRANSITIONS)


def allowed_actions(actor: Actor | Role, source: ChangeStatus) -> list[Action]:
    """The actions ``actor`` may take on a change in ``source``, in table order."""
    who = Actor(actor.value)
    return [t.action for t in TRANSITIONS if t.source is source and who in t.actors]
