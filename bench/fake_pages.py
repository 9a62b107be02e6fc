"""Pages of websites shaped like the service's ``WebsitePage`` JSON, made locally."""

from __future__ import annotations

from typing import Any

_BRANDS = [
    ("云栈", "yunzhan"),
    ("青禾", "qinghe"),
    ("星河", "xinghe"),
    ("北辰", "beichen"),
    ("蓝海", "lanhai"),
    ("锦程", "jincheng"),
    ("华章", "huazhang"),
    ("松果", "songguo"),
]
_KINDS = ["官网", "商城", "博客", "文档", "社区", "招聘", "客服", "教育"]
_STATUSES = [
    "draft",
    "pending_first_review",
    "first_review_rejected",
    "pending_administration_submission",
    "administration_review",
    "administration_rejected",
]


def website(i: int) -> dict[str, Any]:
    brand = _BRANDS[(i // 5) % len(_BRANDS)]
    license_no = f"京ICP备{30000000 + i // 5:08d}号"
    open_change = (
        {"id": 500_000 + i, "status": _STATUSES[(i // 10) % len(_STATUSES)]}
        if i % 10 == 3
        else None
    )
    return {
        "id": i + 1,
        "subject_id": i // 5 + 1,
        "subject_name": f"{brand[0]}科技{i // 5}有限公司",
        "subject_license_number": license_no,
        "license_number": f"{license_no}-{i % 5 + 1}",
        "name": f"{brand[0]}{_KINDS[i % len(_KINDS)]}{i}",
        "domain": f"{brand[1]}-{i}.cn",
        "service_content": _KINDS[i % len(_KINDS)],
        "ips": [f"47.{100 + (i >> 16)}.{(i >> 8) & 255}.{(i & 255) or 1}"],
        "version": 1,
        "open_change": open_change,
        "updated_at": "2026-11-20T08:00:00Z",
    }


def page(start: int, size: int, total: int) -> dict[str, Any]:
    end = min(total, start + size)
    return {
        "items": [website(i) for i in range(start, end)],
        "next_cursor": f"c{end}" if end < total else None,
        "total": total if start == 0 else None,
    }
