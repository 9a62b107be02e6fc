"""Checks of a proposed IP list, and of its IPs against the filer's service resources."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from icp_desktop.domain.reasons import MESSAGES
from icp_desktop.domain.validation import (
    MAX_IPS_PER_WEBSITE,
    IPProblem,
    ResourceFacts,
    check_against_resources,
    check_proposed_ips,
)

TODAY = date(2026, 11, 27)


def codes(problems: list[IPProblem]) -> list[tuple[str, str | None]]:
    return [(p.code, p.ip) for p in problems]


def test_a_valid_new_list_has_no_problems() -> None:
    assert check_proposed_ips(["47.96.1.10", "2408:4003::1"], ["47.96.1.9"]) == []


def test_every_bad_entry_is_reported_at_its_position() -> None:
    problems = check_proposed_ips(["47.96.1.10", "10.0.0.1", "1.2.3", "fe80::1"], [])
    assert codes(problems) == [
        ("private", "10.0.0.1"),
        ("ambiguous", "1.2.3"),
        ("link_local", "fe80::1"),
    ]
    assert [p.params["index"] for p in problems] == [1, 2, 3]
    assert problems[0].message == "10.0.0.1 is a private address (10.0.0.0/8), not a public one"


def test_duplicates_are_found_after_normalisation() -> None:
    problems = check_proposed_ips(
        ["47.96.1.10", "４７．９６．１．１０", "2408:4003::1", "2408:4003:0:0::1"], []
    )
    assert codes(problems) == [("duplicate", "47.96.1.10"), ("duplicate", "2408:4003::1")]
    assert problems[0].params == {"ip": "47.96.1.10", "index": 1, "first_index": 0}
    assert problems[0].message == "47.96.1.10 is entered more than once"


@pytest.mark.parametrize("proposed", [[], [""], ["  ", "\u3000"]])
def test_at_least_one_ip_is_required(proposed: list[str]) -> None:
    assert codes(check_proposed_ips(proposed, ["47.96.1.9"])) == [("required", None)]


def test_blank_rows_are_ignored_beside_real_entries() -> None:
    assert check_proposed_ips(["47.96.1.10", "", " "], ["47.96.1.9"]) == []


def test_at_most_sixteen_ips() -> None:
    ips = [f"47.96.1.{n}" for n in range(1, MAX_IPS_PER_WEBSITE + 1)]
    assert check_proposed_ips(ips, []) == []
    problems = check_proposed_ips([*ips, "47.96.1.100"], [])
    assert codes(problems) == [("too_many", None)]
    assert problems[0].params == {"limit": 16, "count": 17}
    assert "at most 16" in problems[0].message


@pytest.mark.parametrize(
    ("proposed", "current"),
    [
        (["47.96.1.10"], ["47.96.1.10"]),
        (["47.96.1.11", "47.96.1.10"], ["47.96.1.10", "47.96.1.11"]),
        (["２４０８：４００３：：１"], ["2408:4003:0::1"]),
    ],
)
def test_a_list_that_changes_nothing_is_refused(proposed: list[str], current: list[str]) -> None:
    assert codes(check_proposed_ips(proposed, current)) == [("no_change", None)]


def test_removing_one_of_the_current_ips_is_a_change() -> None:
    assert check_proposed_ips(["47.96.1.10"], ["47.96.1.10", "47.96.1.11"]) == []


def resource(
    rid: int = 1,
    *,
    billing: str = "subscription",
    mainland: bool = True,
    expires: date | datetime | None = date(2027, 6, 30),
    addresses: tuple[str, ...] = ("47.96.1.10", "2408:4003:0:0::1"),
    websites: tuple[int, ...] = (),
) -> ResourceFacts:
    return ResourceFacts(
        resource_id=rid,
        instance_name=f"ecs-web-{rid:02d}",
        billing_type=billing,
        region_is_mainland=mainland,
        expires_at=expires,
        addresses=frozenset(addresses),
        websites_using=frozenset(websites),
    )


def test_ips_on_a_good_resource_pass() -> None:
    assert check_against_resources(["47.96.1.10", "2408:4003::1"], [resource()], 7, TODAY) == []


def test_an_ip_of_no_resource_of_the_account_is_not_owned() -> None:
    problems = check_against_resources(["47.96.1.10", "8.8.8.8"], [resource()], 7, TODAY)
    assert codes(problems) == [("not_owned", "8.8.8.8")]
    assert problems[0].message == "8.8.8.8 does not belong to any service resource of this account"


def test_pay_as_you_go_resource_cannot_serve_filed_sites() -> None:
    problems = check_against_resources(
        ["47.96.1.10"], [resource(billing="pay_as_you_go")], 7, TODAY
    )
    assert codes(problems) == [("not_subscription", "47.96.1.10")]
    assert "ecs-web-01" in problems[0].message
    assert "pay-as-you-go" in problems[0].message
    assert problems[0].params["resource_id"] == 1


def test_resource_outside_mainland_cannot_serve_filed_sites() -> None:
    problems = check_against_resources(["47.96.1.10"], [resource(mainland=False)], 7, TODAY)
    assert codes(problems) == [("not_mainland", "47.96.1.10")]
    assert "ecs-web-01" in problems[0].message


@pytest.mark.parametrize(
    ("expires", "expired"),
    [
        (date(2026, 11, 26), True),
        (date(2026, 11, 27), False),  # still serves on its last day
        (None, False),
        (datetime(2026, 11, 26, 16, 0, tzinfo=UTC), True),
    ],
)
def test_expired_resource(expires: date | datetime | None, expired: bool) -> None:
    problems = check_against_resources(["47.96.1.10"], [resource(expires=expires)], 7, TODAY)
    assert codes(problems) == ([("expired", "47.96.1.10")] if expired else [])
    if expired:
        assert "expired on 2026-11-26" in problems[0].message


def test_expiry_compared_to_the_moment_when_both_are_datetimes() -> None:
    expires = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    before = datetime(2026, 11, 27, 11, 59, tzinfo=UTC)
    after = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    facts = [resource(expires=expires)]
    assert check_against_resources(["47.96.1.10"], facts, 7, before) == []
    assert codes(check_against_resources(["47.96.1.10"], facts, 7, after)) == [
        ("expired", "47.96.1.10")
    ]


def test_a_resource_serves_at_most_five_websites_counting_this_one() -> None:
    four_others = resource(websites=(1, 2, 3, 4))
    five_others = resource(websites=(1, 2, 3, 4, 5))
    five_with_this = resource(websites=(1, 2, 3, 4, 7))
    assert check_against_resources(["47.96.1.10"], [four_others], 7, TODAY) == []
    assert check_against_resources(["47.96.1.10"], [five_with_this], 7, TODAY) == []
    problems = check_against_resources(["47.96.1.10"], [five_others], 7, TODAY)
    assert codes(problems) == [("capacity", "47.96.1.10")]
    assert problems[0].params["count"] == 6
    assert "at most 5" in problems[0].message


def test_all_problems_of_one_resource_are_reported_together() -> None:
    bad = resource(
        billing="pay_as_you_go", mainland=False, expires=date(2025, 1, 1), websites=(1, 2, 3, 4, 5)
    )
    problems = check_against_resources(["2408:4003::1"], [bad], 7, TODAY)
    assert [p.code for p in problems] == [
        "not_subscription",
        "not_mainland",
        "expired",
        "capacity",
    ]
    assert all(p.ip == "2408:4003::1" for p in problems)


def test_ip_is_matched_to_its_own_resource() -> None:
    good = resource(1, addresses=("47.96.1.10",))
    expired = resource(2, addresses=("47.96.2.20",), expires=date(2025, 1, 1))
    problems = check_against_resources(["47.96.1.10", "47.96.2.20"], [good, expired], 7, TODAY)
    assert codes(problems) == [("expired", "47.96.2.20")]
    assert "ecs-web-02" in problems[0].message


def test_every_problem_code_has_a_message_template() -> None:
    for code in (
        "required",
        "too_many",
        "duplicate",
        "no_change",
        "not_owned",
        "not_subscription",
        "not_mainland",
        "expired",
        "capacity",
    ):
        assert code in MESSAGES


def test_a_naive_expiry_time_is_taken_as_utc() -> None:
    facts = [resource(expires=datetime(2026, 11, 27, 12, 0))]
    now = datetime(2026, 11, 27, 12, 30, tzinfo=UTC)
    assert codes(check_against_resources(["47.96.1.10"], facts, 7, now)) == [
        ("expired", "47.96.1.10")
    ]
