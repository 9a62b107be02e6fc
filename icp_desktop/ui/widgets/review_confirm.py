"""The reviewer's confirmation before a decision is sent, naming the change (or the batch)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from icp_desktop.ui.widgets.dialogs import ask_with_actions


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewConfirm", text)


def change_name(change: dict[str, Any]) -> str:
    """"#12 · yunzhan-tech.cn (京ICP备20231234号-1)": how a change is named to a reviewer."""
    website = change.get("website") or {}
    return f"#{change.get('id')} · {website.get('domain', '')} " \
           f"({website.get('license_number', '')})"


class DecisionConfirmation:
    """"Approve change #12 · yunzhan-tech.cn?" with buttons named after the decision."""

    @classmethod
    def ask(cls, parent: QWidget | None, change: dict[str, Any], decision: str,
            reason_count: int) -> bool:
        name = change_name(change)
        ips = ", ".join(change.get("proposed_ips") or []) or "—"
        if decision == "approve":
            title = _tr("Approve change")
            text = _tr("Approve change {name}?\n\nProposed IPs: {ips}\n\nThe provider then "
                       "submits it to the communication administration within 1 working day."
                       ).format(name=name, ips=ips)
            act = _tr("Approve change #{id}").format(id=change.get("id"))
        else:
            title = _tr("Reject change")
            text = _tr("Reject change {name} with {n} reason(s)?\n\nThe filer is told the "
                       "reasons and can modify and submit it again.").format(
                name=name, n=reason_count)
            act = _tr("Reject change #{id}").format(id=change.get("id"))
        return ask_with_actions(parent, title, text, act, _tr("Keep reviewing"))


class BatchConfirmation:
    """"Approve all 3 websites of migration #4?" before a batch decision."""

    @classmethod
    def ask(cls, parent: QWidget | None, migration_id: int, decision: str,
            domains: list[str]) -> bool:
        count = len(domains)
        listed = "\n".join(f"• {d}" for d in domains)
        if decision == "approve":
            title = _tr("Approve the batch")
            text = _tr("Approve the first review of {n} website(s) of migration #{id}?\n\n"
                       "{sites}\n\nEach website's decision is recorded on its own.").format(
                n=count, id=migration_id, sites=listed)
            act = _tr("Approve {n} website(s)").format(n=count)
        else:
            title = _tr("Reject the batch")
            text = _tr("Reject the first review of {n} website(s) of migration #{id} with the "
                       "reason given?\n\n{sites}").format(n=count, id=migration_id, sites=listed)
            act = _tr("Reject {n} website(s)").format(n=count)
        return ask_with_actions(parent, title, text, act, _tr("Keep reviewing"))
