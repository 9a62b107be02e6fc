"""Provinces of mainland China as ``Subject.province`` names them, and the administration's
review window each one publishes (up to 20 working days; 30 in Zhejiang)."""

from __future__ import annotations

DEFAULT_WINDOW_DAYS = 20
MIN_WINDOW_DAYS = 1
MAX_WINDOW_DAYS = 60

# The 31 provincial-level administrations (通信管理局) of mainland China.
PROVINCES: tuple[str, ...] = (
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
)

# What the migration seeds; the operator keeps the table from then on.
PUBLISHED_WINDOWS: dict[str, int] = {p: DEFAULT_WINDOW_DAYS for p in PROVINCES} | {"浙江": 30}


def day_in_window(window_days: int, working_days_left: int) -> int:
    """Which working day of its window a change at the administration is in (1 on the day
    it was submitted and the first working day after; beyond ``window_days`` when late)."""
    return max(1, window_days - working_days_left)
