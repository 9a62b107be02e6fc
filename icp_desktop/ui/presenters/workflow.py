"""The names of workflow terms as the interface shows them: change statuses, who acted, what
happened, account roles and cloud regions.

One table per term, translated through Qt (context ``Workflow``); the domain keeps the codes,
and its own Chinese and English status names (:data:`icp_desktop.domain.status.STATUS_LABELS`,
used by the service's emails) are the ones shown here (a test holds them equal).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale


def _t(text: str) -> str:
    return QCoreApplication.translate("Workflow", text)


_STATUS_CACHE: dict[tuple[str, bool], dict[str | None, str]] = {}


def _status_names(short: bool) -> dict[str | None, str]:
    # Tables ask for this per visible cell: translate the set once per language.
    marker = _t("No open change")
    names = _STATUS_CACHE.get((marker, short))
    if names is None:
        names = _STATUS_CACHE[(marker, short)] = {
            None: marker,
            "draft": _t("Draft"),
            "pending_first_review": _t("Pending first review"),
            "first_review_rejected": _t("First review rejected"),
            # a table cell has no room for the whole term; the English is shortened there
            "pending_administration_submission": _t("Approved, awaiting submission")
            if short
            else _t("Approved, awaiting submission to the administration"),
            "administration_review": _t("Under administration review"),
            "administration_rejected": _t("Rejected by the administration"),
            "approved": _t("Approved (filed)"),
            "withdrawn": _t("Withdrawn"),
        }
    return names


def status_label(code: str | None, *, short: bool = False) -> str:
    """The name of a change status code (DESIGN §2 terms); ``None``: no open change.
    ``short``: the form for a narrow table cell (the same words in Chinese)."""
    return _status_names(short).get(code, code or "")


def actor_label(kind: str, username: str | None = None) -> str:
    """Who did a step of a change: "Reviewer reviewer", "Communication administration"."""
    kinds = {
        "filer": _t("Filer"),
        "reviewer": _t("Reviewer"),
        "operator": _t("Operator"),
        "service": _t("Filing service"),
        "administration": _t("Communication administration"),
    }
    name = kinds.get(kind, kind)
    return f"{name} {username}" if username else name


def action_label(action: str) -> str:
    """What happened at a step of a change."""
    actions = {
        "create": _t("Draft created"),
        "edit": _t("Draft edited"),
        "submit": _t("Submitted for first review"),
        "withdraw": _t("Withdrawn"),
        "approve_first_review": _t("First review approved"),
        "reject_first_review": _t("First review rejected"),
        "submit_to_administration": _t("Submitted to the administration"),
        "administration_approve": _t("Approved by the administration"),
        "administration_reject": _t("Rejected by the administration"),
        "sms_verified": _t("SMS verification recorded"),
        "sms_failed_attempt": _t("SMS verification: a wrong try"),
    }
    return actions.get(action, action)


def role_label(role: str) -> str:
    """An account's role in lower case, as in "Signed in as 张伟 (filer)"."""
    roles = {"filer": _t("filer"), "reviewer": _t("reviewer"), "operator": _t("operator")}
    return roles.get(role, role)


def account_text(username: str, display_name: str | None = None) -> str:
    """ "张伟 (demo)": the display name with the username, or the username alone."""
    name = display_name or ""
    return f"{name} ({username})" if name and name != username else username


def region_label(code: str | None, name: str | None = None) -> str:
    """A cloud region in the interface language: ``华北2（北京）`` in Chinese, ``North China 2
    (Beijing)`` in English (the service names regions in Chinese only). A region this list
    does not know keeps the service's name, with its code beside it in English."""
    regions: Mapping[str | None, str] = {
        "cn-beijing": _t("North China 2 (Beijing)"),
        "cn-hangzhou": _t("East China 1 (Hangzhou)"),
        "cn-shanghai": _t("East China 2 (Shanghai)"),
        "cn-shenzhen": _t("South China 1 (Shenzhen)"),
        "cn-hongkong": _t("Hong Kong (China)"),
    }
    if code in regions:
        return regions[code]
    if name and code and QLocale().language() != QLocale.Language.Chinese:
        return f"{code} ({name})"
    return name or code or ""
