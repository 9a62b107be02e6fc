"""The stored-workflow checks themselves: each rule flags the breakage it is there for (so a
proof that finds nothing has looked)."""

from __future__ import annotations

import copy
from typing import Any

from tests.robustness.integrity import Watermark, violations

SINCE = Watermark(transition=0, audit=0, event=0)


def healthy() -> dict[str, list[dict[str, Any]]]:
    steps = [
        ("create", None, "draft", None),
        ("submit", "draft", "pending_first_review", 1),
        ("reject_first_review", "pending_first_review", "first_review_rejected", 9),
    ]
    return {
        "changes": [
            {
                "id": 1,
                "website_id": 5,
                "owner_id": 1,
                "status": "first_review_rejected",
                "round": 1,
                "proposed_ips": ["39.108.77.12"],
            }
        ],
        "transitions": [
            {
                "id": i,
                "change_id": 1,
                "actor_kind": "reviewer" if actor == 9 else "filer",
                "actor_id": actor or 1,
                "action": action,
                "from_status": src,
                "to_status": dst,
                "round": 1,
            }
            for i, (action, src, dst, actor) in enumerate(steps, 1)
        ],
        "audit": [
            {"id": i, "action": f"change.{action}", "object_id": "1", "after": {"status": dst}}
            for i, (action, _s, dst, _a) in enumerate(steps, 1)
        ],
        "websites": [{"id": 5, "open_change_id": 1, "open_change_status": "first_review_rejected"}],
        "ips": [],
        "events": [{"id": 1, "change_id": 1}],
        "outbox": [],
        "submissions": [],
    }


def broken(change: Any) -> list[str]:
    data = healthy()
    change(data)
    return violations(data, SINCE)


def test_a_healthy_history_passes() -> None:
    assert violations(healthy(), SINCE) == []


def test_each_breakage_is_flagged() -> None:
    def second_decision(d: dict[str, Any]) -> None:
        extra = copy.deepcopy(d["transitions"][2])
        extra.update(id=4, from_status="first_review_rejected")
        d["transitions"].append(extra)
        d["audit"].append(
            {
                "id": 4,
                "action": "change.reject_first_review",
                "object_id": "1",
                "after": {"status": "first_review_rejected"},
            }
        )

    cases = {
        "status beyond its timeline": lambda d: d["changes"][0].update(status="approved"),
        "a step from the wrong state": lambda d: d["transitions"][2].update(from_status="draft"),
        "self-review": lambda d: d["transitions"][2].update(actor_id=1),
        "decision by a filer": lambda d: d["transitions"][2].update(actor_kind="filer"),
        "unaudited step": lambda d: d["audit"].pop(),
        "two open changes": lambda d: d["changes"].append(dict(d["changes"][0], id=2)),
        "orphan event": lambda d: d["events"].append({"id": 2, "change_id": 99}),
        "double submission": lambda d: d["submissions"].extend([{"change_id": 1, "round": 1}] * 2),
        "website names no open change": lambda d: d["websites"][0].update(open_change_id=None),
        "two decisions in a round": second_decision,
    }
    missed = [name for name, change in cases.items() if not broken(change)]
    assert not missed, missed
