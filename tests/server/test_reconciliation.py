"""Reconciliation: the administration's results imported whole or not at all, matched, applied
only when the operator says so, disagreements listed until acknowledged."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from icp_desktop.domain.calendar import CHINA_TZ
from icp_desktop.server.models.audit import AuditEntry
from tests.server import admin_stage_support as stage
from tests.server.conftest import InProcess, in_process

pytestmark = pytest.mark.anyio

EDU = "浙ICP备21056789号-2"  # demo2's change at the administration (recorded by hand)
BBS = "浙ICP备21056789号-3"  # demo2's change the administration rejected
QINGHE = "浙ICP备21056789号-1"  # demo2's change approved, waiting for submission
NOTES = "沪ICP备19087654号-3"  # demo's change the administration approved
OFFICIAL = "京ICP备20231234号-1"  # demo's website without any change


async def statuses(app: InProcess) -> dict[str, str]:
    listed = await app.client.get(
        "/v1/change-requests", headers=await app.headers("operator"), params={"limit": 500}
    )
    return {c["website"]["license_number"]: c["status"] for c in listed.json()["items"]}


async def post_csv(app: InProcess, text: str, who: str = "operator") -> Any:
    return await app.client.post(
        "/v1/reconciliation/imports",
        headers=await app.headers(who),
        json={"csv_text": text, "filename": "results.csv"},
    )


async def test_a_csv_with_bad_rows_is_refused_whole_with_each_line(tmp_path: Path) -> None:
    async with in_process(tmp_path / "data", stage.fixed_clock()) as app:
        before = await statuses(app)
        text = "\n".join(
            [
                "备案号,审核结果,原因,日期",
                f"{EDU},通过,,2025-06-30",  # good
                "not-a-license,通过,,2025-06-30",  # line 3: license number
                f"{BBS},maybe,,2025-06-30",  # line 4: result
                "",
                f"{NOTES},驳回,,2025/06/30",  # line 6: a rejection without its reason
                f"{QINGHE},approved,,2199-01-01",  # line 7: a date in the future
                f"{OFFICIAL},approved,,2025-06-30,extra",  # line 8: five columns
                f"{OFFICIAL},approved,,yesterday",  # line 9: date
            ]
        )
        refused = await post_csv(app, text)
        assert refused.status_code == 422, refused.text
        found = [(e["params"]["line"], e["code"]) for e in refused.json()["errors"]]
        assert found == [
            (3, "csv_license_number"),
            (4, "csv_result"),
            (6, "csv_reason_required"),
            (7, "csv_date_future"),
            (8, "csv_columns"),
            (9, "csv_date"),
        ]
        assert all(
            e["field"] == "csv_text" and e["message"].startswith(f"Line {e['params']['line']}:")
            for e in refused.json()["errors"]
        )
        # Nothing was stored, nothing changed.
        listed = await app.client.get(
            "/v1/reconciliation/imports", headers=await app.headers("operator")
        )
        assert listed.json()["items"] == []
        assert await statuses(app) == before
        async with app.database.read_sessions() as session:
            actions = (await session.scalars(select(AuditEntry.action))).all()
        assert not [a for a in actions if a.startswith("reconciliation")]


async def test_results_are_matched_and_nothing_changes_until_applied(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        # Sixty days on, the demo's other change at the administration is beyond its window.
        clock.advance(timedelta(days=60))
        today = clock.now().astimezone(CHINA_TZ).date().isoformat()
        text = (
            "\ufeff"
            + "\n".join(
                [
                    f"{EDU},通过,,{today}",
                    f"{BBS},驳回,联系方式无法接通,{today}",
                    f"{NOTES},rejected,域名未解析,{today}",
                    f"京ICP备99999999号-1,approved,,{today}",
                    f"{OFFICIAL},approved,,{today}",
                    f"{QINGHE},注销,主体注销,{today}",
                    f"{EDU},驳回,重复,{today}",
                ]
            )
            + "\n"
        )
        before = await statuses(app)
        imported = await post_csv(app, text)
        assert imported.status_code == 201, imported.text
        body = imported.json()
        got = {(i["line"], i["match"], i["kind"]) for i in body["items"]}
        assert got == {
            (1, "to_record", None),
            (2, "agrees", None),
            (3, "disagreement", "contradicts"),
            (4, "disagreement", "unknown_license"),
            (5, "disagreement", "no_change_at_administration"),
            (6, "disagreement", "filing_cancelled"),
            (7, "disagreement", "duplicate_in_import"),
            (None, "disagreement", "beyond_window"),
        }
        beyond = next(i for i in body["items"] if i["kind"] == "beyond_window")
        assert beyond["license_number"] == "京ICP备20231234号-7"  # data.yunzhan-tech.cn
        assert body["counts"]["open_to_record"] == 1
        assert await statuses(app) == before  # nothing changed by the import
        # Applying records the result, as an audited administration decision.
        applied = await app.client.post(
            f"/v1/reconciliation/imports/{body['id']}/apply",
            headers=await app.headers("operator"),
            json={},
        )
        assert applied.status_code == 200, applied.text
        assert (applied.json()["applied"], applied.json()["skipped"]) == (1, 0)
        after = await statuses(app)
        assert after[EDU] == "approved"
        assert {k: v for k, v in after.items() if k != EDU} == {
            k: v for k, v in before.items() if k != EDU
        }
        edu_id = next(i["change_id"] for i in body["items"] if i["line"] == 1)
        edu = await stage.change(app, await app.headers("demo2"), edu_id)
        last = edu["timeline"][-1]
        assert (last["action"], last["actor"]["kind"]) == ("administration_approve", "operator")
        assert "reconciliation import" in last["comment"]
        async with app.database.read_sessions() as session:
            actions = (await session.scalars(select(AuditEntry.action))).all()
        assert actions.count("reconciliation.apply") == 1
        assert "reconciliation.import" in actions
        # Applying again records nothing twice.
        again = await app.client.post(
            f"/v1/reconciliation/imports/{body['id']}/apply",
            headers=await app.headers("operator"),
            json={},
        )
        assert (again.json()["applied"], again.json()["skipped"]) == (0, 0)


def today(clock: Any) -> str:
    return str(clock.now().astimezone(CHINA_TZ).date().isoformat())


async def test_disagreements_stay_listed_until_acknowledged(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        operator = await app.headers("operator")
        imported = await post_csv(
            app,
            f"京ICP备99999999号-1,approved,,{today(clock)}\n"
            f"{NOTES},rejected,域名未解析,{today(clock)}\n",
        )
        assert imported.status_code == 201, imported.text
        open_ = await app.client.get("/v1/reconciliation/disagreements", headers=operator)
        ids = [i["id"] for i in open_.json()["items"]]
        assert len(ids) == 2
        done = await app.client.post(
            f"/v1/reconciliation/items/{ids[0]}/acknowledge",
            headers=operator,
            json={"note": "核实：管局误报"},
        )
        assert done.status_code == 200, done.text
        assert (done.json()["status"], done.json()["note"]) == ("acknowledged", "核实：管局误报")
        assert done.json()["resolved_by"] == "operator"
        left = await app.client.get("/v1/reconciliation/disagreements", headers=operator)
        assert [i["id"] for i in left.json()["items"]] == ids[1:]
        again = await app.client.post(
            f"/v1/reconciliation/items/{ids[0]}/acknowledge", headers=operator, json={}
        )
        assert (again.status_code, again.json()["code"]) == (409, "not_open_disagreement")
        every = await app.client.get(
            "/v1/reconciliation/disagreements",
            headers=operator,
            params={"include_acknowledged": "true"},
        )
        assert len(every.json()["items"]) == 2


async def test_a_result_recorded_meanwhile_is_skipped_and_says_why(tmp_path: Path) -> None:
    clock = stage.fixed_clock()
    async with in_process(tmp_path / "data", clock) as app:
        operator = await app.headers("operator")
        imported = (await post_csv(app, f"{EDU},approved,,{today(clock)}\n")).json()
        item = imported["items"][0]
        assert item["match"] == "to_record"
        recorded = await app.client.post(
            f"/v1/change-requests/{item['change_id']}/administration-result",
            headers=operator,
            json={"decision": "reject", "reasons": [{"message": "材料不全"}]},
        )
        assert recorded.status_code == 200
        applied = await app.client.post(
            f"/v1/reconciliation/imports/{imported['id']}/apply", headers=operator, json={}
        )
        assert (applied.json()["applied"], applied.json()["skipped"]) == (0, 1)
        [skipped] = applied.json()["imported"]["items"]
        assert (skipped["status"], skipped["detail"]["skipped"]) == ("skipped", "moved_on")


async def test_only_an_operator_reconciles(inproc: InProcess) -> None:
    for who in ("demo", "reviewer"):
        assert (await post_csv(inproc, f"{EDU},approved,,2025-06-30", who)).status_code == 403
