"""How a change is named to staff, and the confirmation before a batch decision is sent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from icp_desktop.ui.widgets.dialogs import ask_with_actions

if TYPE_CHECKING:
    from icp_desktop.client.change_models import Change


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewConfirm", text)


def change_name(change: Change) -> str:
    """ "#12 · yunzhan-tech.cn (京ICP备20231234号-1)": how a change is named to a reviewer."""
    return f"#{change.id} · {change.website.domain} ({change.website.license_number})"


class BatchConfirmation:
    """ "Approve all 3 websites of migration #4?" before a batch decision."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, migration_id: int, decision: str, domains: list[str]
    ) -> bool:
        count = len(domains)
        listed = "\n".join(f"• {d}" for d in domains)
        if decision == "approve":
            title = _tr("Approve the batch")
            text = _tr(
                "Approve the first review of {n} website(s) of migration #{id}?\n\n"
                "{sites}\n\nEach website's decision is recorded on its own."
            ).format(n=count, id=migration_id, sites=listed)
            act = _tr("Approve {n} website(s)").format(n=count)
        else:
            title = _tr("Reject the batch")
            text = _tr(
                "Reject the first review of {n} website(s) of migration #{id} with the "
                "reason given?\n\n{sites}"
            ).format(n=count, id=migration_id, sites=listed)
            act = _tr("Reject {n} website(s)").format(n=count)
        return ask_with_actions(parent, title, text, act, _tr("Keep reviewing"))
