"""Small pieces shared by the reviewer's and operator's pages: colours, field names, reasons,
busy bar. Status and actor names are in :mod:`icp_desktop.ui.presenters.workflow`.

Deadlines are worded in :mod:`icp_desktop.ui.widgets.deadline`; times are converted to Beijing
time and labelled in :mod:`icp_desktop.ui.formatting`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QProgressBar, QWidget

from icp_desktop.ui.i18n import Retranslatable
from icp_desktop.ui.theme import is_dark

if TYPE_CHECKING:
    from icp_desktop.client.change_models import Reason

# Colours only ever accompany a text marker, never carry the meaning alone; (light, dark).
_COLORS = {
    "added": ("#1b7f2a", "#81c995"),
    "removed": ("#b3261e", "#f28b82"),
    "kept": ("#5f6368", "#9aa0a6"),
    "overdue": ("#b3261e", "#f28b82"),
}


def scheme_color(name: str) -> str:
    """The colour for ``added``/``removed``/``kept``/``overdue``, readable on the current
    light or dark palette."""
    light, dark = _COLORS.get(name, _COLORS["kept"])
    return dark if is_dark() else light


def ip_change_text(change: str) -> str:
    """The marker text of an IP in a change: added, removed or kept."""
    return {
        "added": QCoreApplication.translate("ReviewText", "+ Added"),
        "removed": QCoreApplication.translate("ReviewText", "− Removed"),
        "kept": QCoreApplication.translate("ReviewText", "= Kept"),
    }.get(change, change)


def check_name(check: str) -> str:
    """The name of one automatic IP check (IPCheck.check)."""
    return {
        "public": QCoreApplication.translate("ReviewText", "Public address"),
        "owned": QCoreApplication.translate("ReviewText", "Owned by the filer's resource"),
        "capacity": QCoreApplication.translate(
            "ReviewText", "Resource capacity (at most 5 websites)"
        ),
        "duplicate": QCoreApplication.translate("ReviewText", "Not a duplicate"),
    }.get(check, check)


# The website's filed facts a rejection reason may concern, besides its IPs.
FACT_FIELDS = ("website_name", "domain", "service_content", "license_number", "subject_name")


def field_label(field: str) -> str:
    """The name of a field a reason is attached to, in the interface language."""
    return {
        "proposed_ips": QCoreApplication.translate("ReviewText", "IP list"),
        "website_name": QCoreApplication.translate("ReviewText", "Website name"),
        "domain": QCoreApplication.translate("ReviewText", "Domain"),
        "service_content": QCoreApplication.translate("ReviewText", "Service content"),
        "license_number": QCoreApplication.translate("ReviewText", "License number"),
        "subject_name": QCoreApplication.translate("ReviewText", "Subject"),
    }.get(field, field)


def reason_line(reason: Reason) -> str:
    """One rejection reason as a line: "203.0.113.5: message", "IP list: message" or
    "Service content: message"."""
    from icp_desktop.ui.reason_text import reason_text

    target = reason.ip or field_label(reason.field or "proposed_ips")
    return f"{target}: {reason_text(reason)}"


def common_reasons() -> list[tuple[str, str, str]]:
    """The common rejection reasons as (code, text in the UI's language, text sent).

    The text sent carries both languages ("中文 / English", as the service's own demo reasons
    do): the filer reading it may not use the reviewer's language.
    """
    from icp_desktop.domain.reasons import COMMON_REJECTION_REASONS

    chinese = QLocale().language() == QLocale.Language.Chinese
    return [
        (code, zh if chinese else en, f"{zh} / {en}") for code, zh, en in COMMON_REJECTION_REASONS
    ]


class BusyBar(Retranslatable, QProgressBar):
    """A thin indeterminate progress bar shown while any of a page's calls is running."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending = 0
        self.setRange(0, 0)
        self.setMaximumHeight(4)
        self.setTextVisible(False)
        self.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("ReviewText", "Working…"))

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def begin(self) -> None:
        self._pending += 1
        self.setVisible(True)

    def end(self) -> None:
        self._pending = max(0, self._pending - 1)
        self.setVisible(self._pending > 0)
