"""The service's refusal and rejection reasons in the language the user reads.

The service sends every refusal as ``{field, ip, code, message, params}`` (a ``FieldProblem``;
the client's ``FieldError``; the domain's ``IPProblem``) and every reviewer's rejection reason as
``{field, ip, code, message}``. When the code is one the domain knows, the text is rendered here
from the code and its params in the interface language, so a filer reading Chinese sees
Chinese even when the service answered in English. Anything else (an unknown code, params that
do not fill the template, a reason the reviewer wrote in their own words) shows the service's
message as it came.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import Any

from icp_desktop.domain import reasons

_COMMON = {code: (zh, en) for code, zh, en in reasons.COMMON_REJECTION_REASONS}


def _fields(problem: Any) -> tuple[str | None, str, dict[str, Any], str | None]:
    """``code, message, params, ip`` of a dict or of an object with those attributes."""
    if isinstance(problem, Mapping):
        get = problem.get
        code, message, params, ip = get("code"), get("message"), get("params"), get("ip")
    else:
        code = getattr(problem, "code", None)
        # FieldError/IPProblem carry .message; the domain's InvalidServiceIP carries .reason
        message = getattr(problem, "message", None) or getattr(problem, "reason", None)
        params = getattr(problem, "params", None)
        ip = getattr(problem, "ip", None)
    return (
        str(code) if code else None,
        str(message or ""),
        dict(params) if isinstance(params, Mapping) else {},
        str(ip) if ip else None,
    )


def _template_fits(template: str, code: str, params: Mapping[str, Any]) -> bool:
    names = {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}
    if code == "ambiguous" and "form" in params:
        names.discard("why")  # rendered from the form by the domain
    return names <= set(params)


def _language(lang: str | None) -> str:
    if lang:
        return lang
    from icp_desktop.ui.i18n import current_language

    return current_language()


def reason_text(problem: Mapping[str, Any] | Any, lang: str | None = None) -> str:
    """The text of one refusal or rejection reason in ``lang`` (default: the UI's language).

    Args:
        problem: a ``FieldProblem``/``Reason``/``IPCheck`` dict from the API, a client
            ``FieldError``, a domain ``IPProblem`` or ``InvalidServiceIP``.
        lang: ``zh_CN`` or ``en``; None for the language the interface is shown in.
    """
    code, message, params, _ip = _fields(problem)
    lang = _language(lang)
    chinese = reasons.is_chinese(lang)
    if code in reasons.MESSAGES:
        table = reasons.MESSAGES_ZH if chinese else reasons.MESSAGES
        template = table.get(code) or reasons.MESSAGES[code]
        if _template_fits(template, code, params):
            return reasons.render(code, params, lang)
    elif code in _COMMON:
        zh, en = _COMMON[code]
        # a common reason the reviewer picked unchanged; edited wording stays as written
        if not message or message.strip() in (zh, en):
            return zh if chinese else en
    return message or (code or "")


def reasons_by_ip(
    problems: Iterable[Mapping[str, Any] | Any], lang: str | None = None
) -> tuple[list[str], dict[str, list[str]]]:
    """Reason texts split as the IP editor shows them: about the whole list, and per IP."""
    on_list: list[str] = []
    by_ip: dict[str, list[str]] = {}
    for problem in problems:
        ip = _fields(problem)[3]
        text = reason_text(problem, lang)
        (by_ip.setdefault(ip, []) if ip else on_list).append(text)
    return on_list, by_ip
