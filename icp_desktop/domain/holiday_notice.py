"""Read the State Council's annual holiday notice into holidays and make-up working days.

Each autumn 国务院办公厅 publishes 关于XXXX年部分节假日安排的通知. The chinesecalendar package
lags behind it, so an operator pastes the notice and ``parse_holiday_notice`` turns it into the
``Overrides`` that ``WorkingCalendar`` takes. Every weekday the notice prints next to a date is
checked against the calendar, so a wrong year or a mistyped day is refused instead of silently
moving deadlines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from icp_desktop.domain.calendar import Overrides

# One character for one character, so offsets in the normalised text are offsets in the paste.
_NARROW = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {"：": ":", "（": "(", "）": ")", "，": ",", "；": ";", "\u3000": " ", "～": "~", "－": "-"}
)
_NAMES = "元旦|春节|清明节|清明|五一劳动节|国际劳动节|劳动节|端午节|端午|中秋节|中秋|国庆节|国庆"
# A festival line starts with a known name, or with any name after an ordinal (一、); the
# preamble lists the festivals too, but never with a colon after them.
_FESTIVAL = re.compile(
    r"(?<![\u4e00-\u9fff])(?:[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?P<any>[\u4e00-\u9fff、]{1,16}?)"
    rf"|(?P<known>(?:{_NAMES})(?:\s*[、和]\s*(?:{_NAMES}))*))\s*:"
)
_DATE = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[日号]\s*"
    r"(?:\((?P<note>[^()]*)\)\s*)?"
)
_NOTED_WEEKDAY = re.compile(r"(?:周|星期|礼拜)\s*([一二三四五六日天])")
_TO = re.compile(r"\s*(?:至|到|~|-|—|–)\s*")
_LIST_SEP = re.compile(r"\s*(?:、|和|及)\s*")
_DAYS_OFF = re.compile(r"\s*放假\s*(?:调休)?\s*(?:(?P<n>\d+)\s*天)?")
_TOTAL = re.compile(r"\s*共\s*(\d+)\s*天")
_AFTER_DATES = re.compile(r"\s*(上班|补休|放假)")
_TITLE_YEAR = re.compile(r"(?:关于|现将)\s*(\d{4})\s*年|(\d{4})\s*年\s*部分节假日")
# A year not followed by a month: "2026年元旦" names the year, "2025年11月4日" is a date.
_BARE_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年(?!\s*\d{1,2}\s*月)")
_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_ZH = "一二三四五六日"


class NoticeParseError(ValueError):
    """The pasted notice cannot be read, or contradicts itself.

    Attributes:
        line: the 1-based line of the pasted text at fault, or None when no line is.
        reason: what is wrong, in English.
        reason_zh: the same in Chinese, for the operator.
    """

    def __init__(self, reason: str, reason_zh: str, line: int | None = None) -> None:
        self.line = line
        self.reason = reason
        self.reason_zh = reason_zh
        super().__init__(f"line {line}: {reason}" if line is not None else reason)


@dataclass(frozen=True)
class Festival:
    """One line of the notice: its days off (the range, plus any 补休 day) and make-up days."""

    name: str
    days_off: tuple[date, ...]
    workdays: tuple[date, ...]


@dataclass(frozen=True)
class HolidayNotice:
    """The holiday arrangements of one year, as published."""

    year: int
    festivals: tuple[Festival, ...]

    @property
    def holidays(self) -> frozenset[date]:
        return frozenset(day for festival in self.festivals for day in festival.days_off)

    @property
    def workdays(self) -> frozenset[date]:
        return frozenset(day for festival in self.festivals for day in festival.workdays)

    def overrides(self) -> Overrides:
        """The notice as calendar overrides describing ``year`` completely."""
        return Overrides(
            years=frozenset({self.year}), holidays=self.holidays, workdays=self.workdays
        )

    def is_working_day(self, day: date) -> bool:
        """Whether ``day``, a day of ``year``, is a working day under this notice."""
        if day.year != self.year:
            raise ValueError(f"the notice covers {self.year}, not {day.isoformat()}")
        if day in self.workdays:
            return True
        return day not in self.holidays and day.weekday() < 5


@dataclass
class _RawDate:
    year: int | None
    month: int | None
    day: int
    note: str | None
    at: int


@dataclass
class _RawFestival:
    name: str
    at: int
    first: _RawDate
    last: _RawDate | None
    total: int | None
    total_at: int
    extra_off: list[_RawDate]
    workdays: list[_RawDate]


def parse_holiday_notice(text: str, year: int | None = None) -> HolidayNotice:
    """Read a pasted 部分节假日安排的通知; ``year`` is needed when the text does not name it.

    Raises:
        NoticeParseError: the year is missing or contradicts ``year``, no festival line is
            found, or a date, weekday, day count or make-up day does not add up.
    """
    norm = text.translate(_NARROW)
    starts = list(_FESTIVAL.finditer(norm))
    if not starts:
        raise NoticeParseError(
            "No festival line found (such as 春节：2月15日至23日放假调休，共9天。)",
            "未找到节日安排（例如“春节：2月15日至23日放假调休，共9天。”）",
        )
    ends = [m.start() for m in starts[1:]] + [len(norm)]
    raws = [_read_festival(norm, m, end) for m, end in zip(starts, ends, strict=True)]
    stated, stated_at = _stated_year(norm[: starts[0].start()])
    if year is not None and stated is not None and year != stated:
        raise _error(
            norm,
            stated_at,
            f"The notice is for {stated}, but {year} was asked for",
            f"通知是{stated}年的，但指定的年份是{year}年",
        )
    explicit = [d.year for r in raws for d in (r.first, r.last, *r.workdays) if d and d.year]
    if year is None:
        # Without a title, the latest year a festival line spells out: only a 元旦 range
        # crossing into the notice's year names the year before.
        year = stated if stated is not None else max(explicit, default=None)
    if year is None:
        raise NoticeParseError(
            "The notice's year is needed: the text does not name it "
            "(as in 关于2026年部分节假日安排的通知)",
            "需要指定通知的年份：文本中没有写明（如“关于2026年部分节假日安排的通知”）",
        )
    festivals = [_resolve(norm, raw, year) for raw in raws]
    _check_workdays(norm, raws, festivals)
    return HolidayNotice(year, tuple(festivals))


def _stated_year(preamble: str) -> tuple[int | None, int]:
    """The year the preamble names and where it first names it."""
    for pattern in (_TITLE_YEAR, _BARE_YEAR):
        found = [
            (int(next(g for g in m.groups() if g)), m.start()) for m in pattern.finditer(preamble)
        ]
        years = {y for y, _ in found}
        if len(years) > 1:
            listed = "、".join(str(y) for y in sorted(years))
            raise _error(
                preamble,
                found[0][1],
                f"The text names several years ({listed}); give the year",
                f"文本中出现了多个年份（{listed}），请指定年份",
            )
        if found:
            return found[0]
    return None, 0


def _read_festival(text: str, start: re.Match[str], end: int) -> _RawFestival:
    name = re.sub(r"\s+", "", start["any"] or start["known"])
    clauses = _clauses(text, start.end(), end)
    head_end = clauses[0][1] if clauses else end
    dates, pos = _date_list(text, start.end(), head_end, _TO)
    verb = _DAYS_OFF.match(text, pos, head_end) if 0 < len(dates) <= 2 else None
    if verb is None:
        raise _error(
            text,
            start.end(),
            f"{name}: expected its dates and 放假 after the colon",
            f"{name}：冒号后应为放假日期和“放假”",
        )
    raw = _RawFestival(
        name,
        start.start(),
        dates[0],
        dates[1] if len(dates) > 1 else None,
        int(verb["n"]) if verb["n"] else None,
        pos,
        [],
        [],
    )
    for begin, stop, new_sentence in clauses[1:]:
        if total := _TOTAL.match(text, begin, stop):
            raw.total, raw.total_at = int(total[1]), begin
            continue
        dates, pos = _date_list(text, begin, stop, _LIST_SEP)
        if not dates:
            if new_sentence:  # the closing paragraph, or the next sentence of prose
                break
            continue  # 不调休, 与周末连休 and the like
        kind = _AFTER_DATES.match(text, pos, stop)
        if kind is None:
            if len(dates) == 1 and dates[0].year and not text[pos:stop].strip():
                break  # the date under the signature, with no closing paragraph before it
            raise _error(
                text,
                begin,
                f"{name}: expected 上班 or 补休 after the dates",
                f"{name}：日期后应为“上班”或“补休”",
            )
        (raw.workdays if kind[1] == "上班" else raw.extra_off).extend(dates)
    return raw


def _clauses(text: str, begin: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, starts a sentence) of each clause, split outside brackets."""
    found, depth, start, new_sentence = [], 0, begin, True
    for i in range(begin, end):
        char = text[i]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and char in "。;,":
            found.append((start, i, new_sentence))
            start, new_sentence = i + 1, char != ","
    found.append((start, end, new_sentence))
    return [c for c in found if text[c[0] : c[1]].strip()]


def _date_list(text: str, pos: int, end: int, sep: re.Pattern[str]) -> tuple[list[_RawDate], int]:
    dates: list[_RawDate] = []
    while pos < end and text[pos].isspace():
        pos += 1
    while match := _DATE.match(text, pos, end):
        y, m = match["y"], match["m"]
        dates.append(
            _RawDate(
                int(y) if y else None,
                int(m) if m else None,
                int(match["d"]),
                match["note"],
                match.start(),
            )
        )
        pos = match.end()
        joint = sep.match(text, pos, end)
        if joint is None or not _DATE.match(text, joint.end(), end):
            break
        pos = joint.end()
    return dates, pos


def _resolve(text: str, raw: _RawFestival, year: int) -> Festival:
    first = _to_date(text, raw.first, raw.first.year or year, raw.first.month)
    last = first
    if raw.last is not None:
        last = _to_date(text, raw.last, raw.last.year or first.year, raw.last.month or first.month)
    if last < first:
        raise _error(
            text,
            raw.last.at if raw.last else raw.at,
            f"{raw.name} ends ({_md(last)}) before it starts ({_md(first)})",
            f"{raw.name}的结束日期{_md(last)}早于开始日期{_md(first)}",
        )
    span = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    if raw.total is not None and raw.total != len(span):
        raise _error(
            text,
            raw.total_at,
            f"{raw.name} runs from {_md(first)} to {_md(last)}, which is {len(span)} "
            f"days, but the notice says 共{raw.total}天",
            f"{raw.name}从{_md(first)}到{_md(last)}共{len(span)}天，通知写的是共{raw.total}天",
        )
    extra = _to_dates(text, raw.extra_off, year)
    if all(day.year != year for day in span):
        raise _error(
            text,
            raw.at,
            f"{raw.name} falls in {first.year}, not in {year}",
            f"{raw.name}在{first.year}年，不在{year}年",
        )
    workdays = _to_dates(text, raw.workdays, year)
    return Festival(raw.name, tuple(sorted({*span, *extra})), tuple(workdays))


def _to_dates(text: str, raws: list[_RawDate], year: int) -> list[date]:
    days: list[date] = []
    for raw in raws:
        month = raw.month or (days[-1].month if days else None)
        days.append(_to_date(text, raw, raw.year or year, month))
    return days


def _to_date(text: str, raw: _RawDate, year: int, month: int | None) -> date:
    if month is None:
        raise _error(text, raw.at, f"{raw.day}日 has no month", f"{raw.day}日缺少月份")
    try:
        day = date(year, month, raw.day)
    except ValueError:
        raise _error(
            text,
            raw.at,
            f"{month}月{raw.day}日 does not exist in {year}",
            f"{year}年没有{month}月{raw.day}日",
        ) from None
    noted = _NOTED_WEEKDAY.search(raw.note or "")
    if noted and "一二三四五六日天".index(noted[1]) % 7 != day.weekday():
        said, actual = noted[0], day.weekday()
        raise _error(
            text,
            raw.at,
            f"{_md(day)} is a {_WEEKDAY_EN[actual]} in {year}, the notice says {said} "
            "— is the year right?",
            f"{year}年{_md(day)}是星期{_WEEKDAY_ZH[actual]}，通知写的是{said}——年份对吗？",
        )
    return day


def _check_workdays(text: str, raws: list[_RawFestival], festivals: list[Festival]) -> None:
    days_off = {day: f.name for f in festivals for day in f.days_off}
    for raw, festival in zip(raws, festivals, strict=True):
        for at, day in zip((d.at for d in raw.workdays), festival.workdays, strict=True):
            if day.weekday() < 5:
                raise _error(
                    text,
                    at,
                    f"{_md(day)} is a {_WEEKDAY_EN[day.weekday()]}: a make-up working "
                    "day (上班) must be a Saturday or a Sunday",
                    f"{_md(day)}是星期{_WEEKDAY_ZH[day.weekday()]}：调休上班日应在周六或周日",
                )
            if day in days_off:
                raise _error(
                    text,
                    at,
                    f"{_md(day)} is a day off of {days_off[day]}, it cannot also be a "
                    "make-up working day",
                    f"{_md(day)}是{days_off[day]}的假日，不能同时是调休上班日",
                )


def _md(day: date) -> str:
    return f"{day.month}月{day.day}日"


def _error(text: str, at: int, reason: str, reason_zh: str) -> NoticeParseError:
    return NoticeParseError(reason, reason_zh, text.count("\n", 0, at) + 1)
