"""Translatable display names of workflow terms (statuses, actors, actions).

The strings are literal so Qt's lupdate finds them; the domain keeps the codes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Workflow", text)


_STATUS_CACHE: dict[str, dict[str | None, str]] = {}


def status_label(code: str | None) -> str:
    """The display name of a change status code (``None``: no open change)."""
    # Tables ask for this per visible cell: translate the set once per language.
    marker = _t("No open change")
    labels = _STATUS_CACHE.get(marker)
    if labels is None:
        labels = _STATUS_CACHE[marker] = {
            None: marker,
            "draft": _t("Draft"),
            "pending_first_review": _t("Pending first review"),
            "first_review_rejected": _t("First review rejected"),
            "pending_administration_submission": _t("Approved, awaiting submission"),
            "administration_review": _t("Under administration review"),
            "administration_rejected": _t("Rejected by the administration"),
            "approved": _t("Approved (filed)"),
            "withdrawn": _t("Withdrawn"),
        }
    return labels.get(code, code or "")


def actor_label(kind: str, username: str | None = None) -> str:
    """Who acted, as shown in a timeline."""
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
    """What happened, as shown in a timeline."""
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


def region_label(code: str | None, name: str | None = None) -> str:
    """A cloud region in the interface language: ``华北2（北京）`` in Chinese, ``North China 2
    (Beijing)`` in English (the service names regions in Chinese only). A region this list
    does not know keeps the service's name, with its code beside it in English."""
    regions = {
        "cn-beijing": _t("North China 2 (Beijing)"),
        "cn-hangzhou": _t("East China 1 (Hangzhou)"),
        "cn-shanghai": _t("East China 2 (Shanghai)"),
        "cn-shenzhen": _t("South China 1 (Shenzhen)"),
        "cn-hongkong": _t("Hong Kong (China)"),
    }
    if code in regions:
        return regions[code]
    from PySide6.QtCore import QLocale

    if name and code and QLocale().language() != QLocale.Language.Chinese:
        return f"{code} ({name})"
    return name or code or ""
