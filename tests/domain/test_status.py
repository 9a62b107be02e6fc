"""The change-access state machine of DESIGN §2: every allowed move, and nothing else."""

from __future__ import annotations

import itertools

import pytest

from icp_desktop.domain.status import (
    TRANSITIONS,
    Action,
    Actor,
    ChangeStatus,
    Role,
    allowed_actions,
    can_transition,
    find_transition,
)

S = ChangeStatus
A = Action

# DESIGN §2 written out as (action, from, to, who may do it); the module must match it exactly.
EXPECTED: set[tuple[Action, ChangeStatus, ChangeStatus, frozenset[Actor]]] = {
    (A.SUBMIT, S.DRAFT, S.PENDING_FIRST_REVIEW, frozenset({Actor.FILER})),
    (A.SUBMIT, S.FIRST_REVIEW_REJECTED, S.PENDING_FIRST_REVIEW, frozenset({Actor.FILER})),
    (A.SUBMIT, S.ADMINISTRATION_REJECTED, S.PENDING_FIRST_REVIEW, frozenset({Actor.FILER})),
    (A.WITHDRAW, S.DRAFT, S.WITHDRAWN, frozenset({Actor.FILER})),
    (A.WITHDRAW, S.PENDING_FIRST_REVIEW, S.WITHDRAWN, frozenset({Actor.FILER})),
    (A.WITHDRAW, S.FIRST_REVIEW_REJECTED, S.WITHDRAWN, frozenset({Actor.FILER})),
    (A.WITHDRAW, S.ADMINISTRATION_REJECTED, S.WITHDRAWN, frozenset({Actor.FILER})),
    (
        A.APPROVE_FIRST_REVIEW,
        S.PENDING_FIRST_REVIEW,
        S.PENDING_ADMINISTRATION_SUBMISSION,
        frozenset({Actor.REVIEWER}),
    ),
    (
        A.REJECT_FIRST_REVIEW,
        S.PENDING_FIRST_REVIEW,
        S.FIRST_REVIEW_REJECTED,
        frozenset({Actor.REVIEWER}),
    ),
    (
        A.SUBMIT_TO_ADMINISTRATION,
        S.PENDING_ADMINISTRATION_SUBMISSION,
        S.ADMINISTRATION_REVIEW,
        frozenset({Actor.SERVICE, Actor.OPERATOR}),
    ),
    (
        A.ADMINISTRATION_APPROVE,
        S.ADMINISTRATION_REVIEW,
        S.APPROVED,
        frozenset({Actor.ADMINISTRATION, Actor.OPERATOR}),
    ),
    (
        A.ADMINISTRATION_REJECT,
        S.ADMINISTRATION_REVIEW,
        S.ADMINISTRATION_REJECTED,
        frozenset({Actor.ADMINISTRATION, Actor.OPERATOR}),
    ),
}


def test_the_table_is_exactly_the_design() -> None:
    actual = {(t.action, t.source, t.target, t.actors) for t in TRANSITIONS}
    assert actual == EXPECTED
    assert len(TRANSITIONS) == len(EXPECTED)


@pytest.mark.parametrize(
    ("action", "source", "target", "actors"),
    sorted(EXPECTED, key=lambda row: (row[0].value, row[1].value)),  # type: ignore[index]
)
def test_each_row_is_allowed_for_its_actors_only(
    action: Action, source: ChangeStatus, target: ChangeStatus, actors: frozenset[Actor]
) -> None:
    for actor in Actor:
        assert can_transition(actor, source, target) is (actor in actors)
        assert (action in allowed_actions(actor, source)) is (actor in actors)
    row = find_transition(action, source)
    assert row is not None
    assert row.target is target


def test_every_move_not_in_the_table_is_forbidden() -> None:
    allowed = {(who, src, dst) for _a, src, dst, actors in EXPECTED for who in actors}
    for who, src, dst in itertools.product(Actor, S, S):
        assert can_transition(who, src, dst) is ((who, src, dst) in allowed), (who, src, dst)


@pytest.mark.parametrize(
    ("actor", "source", "target"),
    [
        (Role.FILER, S.PENDING_FIRST_REVIEW, S.PENDING_ADMINISTRATION_SUBMISSION),  # self-approve
        (Role.FILER, S.PENDING_FIRST_REVIEW, S.FIRST_REVIEW_REJECTED),
        (Role.FILER, S.ADMINISTRATION_REVIEW, S.APPROVED),
        (Role.FILER, S.PENDING_ADMINISTRATION_SUBMISSION, S.WITHDRAWN),
        (Role.FILER, S.ADMINISTRATION_REVIEW, S.WITHDRAWN),  # read-only with the administration
        (Role.FILER, S.DRAFT, S.APPROVED),
        (Role.REVIEWER, S.DRAFT, S.PENDING_FIRST_REVIEW),  # reviewers never submit
        (Role.REVIEWER, S.FIRST_REVIEW_REJECTED, S.PENDING_FIRST_REVIEW),
        (Role.REVIEWER, S.PENDING_FIRST_REVIEW, S.WITHDRAWN),
        (Role.REVIEWER, S.ADMINISTRATION_REVIEW, S.APPROVED),
        (Role.REVIEWER, S.FIRST_REVIEW_REJECTED, S.PENDING_ADMINISTRATION_SUBMISSION),
        (Role.OPERATOR, S.PENDING_FIRST_REVIEW, S.PENDING_ADMINISTRATION_SUBMISSION),
        (Role.OPERATOR, S.DRAFT, S.PENDING_FIRST_REVIEW),
        (Actor.SERVICE, S.ADMINISTRATION_REVIEW, S.APPROVED),
        (Actor.ADMINISTRATION, S.PENDING_ADMINISTRATION_SUBMISSION, S.ADMINISTRATION_REVIEW),
        (Role.FILER, S.APPROVED, S.DRAFT),
        (Role.FILER, S.WITHDRAWN, S.DRAFT),
        (Role.OPERATOR, S.APPROVED, S.ADMINISTRATION_REVIEW),
    ],
)
def test_forbidden_moves(actor: Actor | Role, source: ChangeStatus, target: ChangeStatus) -> None:
    assert not can_transition(actor, source, target)


def test_roles_and_actors_agree() -> None:
    for role in Role:
        for src, dst in itertools.product(S, S):
            assert can_transition(role, src, dst) == can_transition(Actor(role.value), src, dst)


@pytest.mark.parametrize("final", [S.APPROVED, S.WITHDRAWN])
def test_final_statuses_have_no_moves(final: ChangeStatus) -> None:
    assert not final.is_open
    assert not final.is_editable
    for actor in Actor:
        assert allowed_actions(actor, final) == []
    for action in Action:
        assert find_transition(action, final) is None


@pytest.mark.parametrize(
    ("actor", "source", "actions"),
    [
        (Role.FILER, S.DRAFT, [A.SUBMIT, A.WITHDRAW]),
        (Role.FILER, S.PENDING_FIRST_REVIEW, [A.WITHDRAW]),
        (Role.FILER, S.FIRST_REVIEW_REJECTED, [A.SUBMIT, A.WITHDRAW]),
        (Role.FILER, S.PENDING_ADMINISTRATION_SUBMISSION, []),
        (Role.FILER, S.ADMINISTRATION_REVIEW, []),
        (Role.FILER, S.ADMINISTRATION_REJECTED, [A.SUBMIT, A.WITHDRAW]),
        (Role.REVIEWER, S.DRAFT, []),
        (Role.REVIEWER, S.PENDING_FIRST_REVIEW, [A.APPROVE_FIRST_REVIEW, A.REJECT_FIRST_REVIEW]),
        (Role.REVIEWER, S.FIRST_REVIEW_REJECTED, []),
        (Role.OPERATOR, S.PENDING_FIRST_REVIEW, []),
        (Role.OPERATOR, S.PENDING_ADMINISTRATION_SUBMISSION, [A.SUBMIT_TO_ADMINISTRATION]),
        (
            Role.OPERATOR,
            S.ADMINISTRATION_REVIEW,
            [A.ADMINISTRATION_APPROVE, A.ADMINISTRATION_REJECT],
        ),
        (Actor.SERVICE, S.PENDING_ADMINISTRATION_SUBMISSION, [A.SUBMIT_TO_ADMINISTRATION]),
        (Actor.SERVICE, S.ADMINISTRATION_REVIEW, []),
        (
            Actor.ADMINISTRATION,
            S.ADMINISTRATION_REVIEW,
            [A.ADMINISTRATION_APPROVE, A.ADMINISTRATION_REJECT],
        ),
    ],
)
def test_allowed_actions(actor: Actor | Role, source: ChangeStatus, actions: list[Action]) -> None:
    assert allowed_actions(actor, source) == actions


def test_find_transition_refuses_actions_out_of_place() -> None:
    assert find_transition(A.APPROVE_FIRST_REVIEW, S.DRAFT) is None
    assert find_transition(A.SUBMIT, S.PENDING_FIRST_REVIEW) is None
    assert find_transition(A.WITHDRAW, S.ADMINISTRATION_REVIEW) is None


def test_open_and_editable_statuses() -> None:
    assert {s for s in S if s.is_open} == set(S) - {S.APPROVED, S.WITHDRAWN}
    assert {s for s in S if s.is_editable} == {
        S.DRAFT,
        S.FIRST_REVIEW_REJECTED,
        S.ADMINISTRATION_REJECTED,
    }


def test_labels_are_the_designs() -> None:
    assert {s.value: s.label_zh for s in S} == {
        "draft": "草稿",
        "pending_first_review": "待初审",
        "first_review_rejected": "初审驳回",
        "pending_administration_submission": "初审通过，待提交管局",
        "administration_review": "管局审核中",
        "administration_rejected": "管局驳回",
        "approved": "已完成（已备案）",
        "withdrawn": "已撤销",
    }
    assert all(s.label_en for s in S)
