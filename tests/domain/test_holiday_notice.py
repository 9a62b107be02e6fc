"""The State Council's holiday notice, pasted as text, read into holidays and make-up days."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest

from icp_desktop.domain.calendar import WorkingCalendar
from icp_desktop.domain.holiday_notice import (
    Festival,
    NoticeParseError,
    parse_holiday_notice,
)

D = date

# As published by Xinhua / gov.cn, title and document number included.
NOTICE_2025 = """国务院办公厅关于2025年部分节假日安排的通知
国办发明电〔2024〕12号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经党中央、国务院批准，根据2024年11月修订的《全国年节及纪念日放假办法》，自2025年1月1日起，全体公民放假的假日增加2天，其中春节、劳动节各增加1天。据此对放假调休原则作进一步优化完善，除个别特殊情形外，春节自农历除夕起放假调休8天，国庆节自10月1日起放假调休7天，劳动节放假调休5天，元旦、清明节、端午节、中秋节分别放假调休或连休3天（如逢周三则只在当日放假），国庆节放假如逢中秋节则合并放假8天。
按照上述原则，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。
国务院办公厅
2024年11月12日
"""

NOTICE_2026_LINES = """一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
"""

PREAMBLE_2026 = """国务院办公厅关于2026年部分节假日安排的通知
国办发明电〔2025〕7号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
"""

CLOSING_2026 = """\
鼓励单位和个人结合落实带薪年休假等制度，实际形成较长假期，推动错峰出行。节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。
国务院办公厅
2025年11月4日
"""

NOTICE_2026 = PREAMBLE_2026 + NOTICE_2026_LINES + CLOSING_2026

FULL_WIDTH_DIGITS = str.maketrans({str(i): chr(0xFF10 + i) for i in range(10)})


def days_of(year: int) -> list[date]:
    first = date(year, 1, 1)
    return [first + timedelta(days=i) for i in range((date(year + 1, 1, 1) - first).days)]


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def assert_matches_package(text: str, year: int) -> None:
    notice = parse_holiday_notice(text)
    assert notice.year == year
    differing = [
        d for d in days_of(year) if notice.is_working_day(d) != chinese_calendar.is_workday(d)
    ]
    assert differing == []


@pytest.mark.parametrize(("text", "year"), [(NOTICE_2025, 2025), (NOTICE_2026, 2026)])
def test_every_day_of_the_year_matches_the_published_calendar(text: str, year: int) -> None:
    assert_matches_package(text, year)


def test_the_2025_notice_reads_as_its_six_lines() -> None:
    notice = parse_holiday_notice(NOTICE_2025)

    assert [f.name for f in notice.festivals] == [
        "元旦",
        "春节",
        "清明节",
        "劳动节",
        "端午节",
        "国庆节、中秋节",
    ]
    assert notice.festivals[0] == Festival("元旦", (D(2025, 1, 1),), ())
    spring = notice.festivals[1]
    assert (spring.days_off[0], spring.days_off[-1], len(spring.days_off)) == (
        D(2025, 1, 28),
        D(2025, 2, 4),
        8,
    )
    assert spring.workdays == (D(2025, 1, 26), D(2025, 2, 8))
    assert notice.workdays == {
        D(2025, 1, 26),
        D(2025, 2, 8),
        D(2025, 4, 27),
        D(2025, 9, 28),
        D(2025, 10, 11),
    }
    assert D(2025, 6, 2) in notice.holidays  # 端午 crosses from May into June


def test_the_text_as_found_agrees_with_the_package_data() -> None:
    # The notices' own dates, so a wrong recollection of them in this file fails here.
    for year, text in ((2025, NOTICE_2025), (2026, NOTICE_2026)):
        notice = parse_holiday_notice(text)
        first, last = D(year, 1, 1), D(year, 12, 31)
        # include_weekends=False: the days the package lists as holidays, not every weekend.
        assert notice.holidays == set(chinese_calendar.get_holidays(first, last, False))
        assert notice.workdays == {
            d for d in chinese_calendar.get_workdays(first, last) if d.weekday() >= 5
        }


@pytest.mark.parametrize("joiner", ["", " ", "\u3000"])
def test_one_paragraph_reads_the_same(joiner: str) -> None:
    paragraph = joiner.join(NOTICE_2026.splitlines())

    assert "\n" not in paragraph
    assert parse_holiday_notice(paragraph) == parse_holiday_notice(NOTICE_2026)


def test_full_width_digits_read_the_same() -> None:
    text = NOTICE_2026.translate(FULL_WIDTH_DIGITS)

    assert "１月４日" in text
    assert parse_holiday_notice(text) == parse_holiday_notice(NOTICE_2026)


def test_half_width_punctuation_and_no_list_markers_read_the_same() -> None:
    plain = NOTICE_2026_LINES.translate(str.maketrans("：（），", ":(),"))
    plain = "\n".join(line.split("、", 1)[1] for line in plain.splitlines())

    assert plain.startswith("元旦:1月1日(周四)")
    assert parse_holiday_notice(plain, 2026) == parse_holiday_notice(NOTICE_2026)


def test_older_wording_with_星期_and_放假_without_调休() -> None:
    # From the 2020 notice (国办发明电〔2019〕16号).
    text = (
        "国务院办公厅关于2020年部分节假日安排的通知\n"
        "一、元旦：2020年1月1日放假，共1天。\n"
        "三、清明节：4月4日至6日放假，共3天。\n"
        "六、国庆节、中秋节：10月1日至8日放假调休，共8天。"
        "9月27日（星期日）、10月10日（星期六）上班。\n"
    )
    notice = parse_holiday_notice(text)

    assert notice.year == 2020
    assert notice.festivals[0].days_off == (D(2020, 1, 1),)
    assert notice.festivals[1].days_off == (D(2020, 4, 4), D(2020, 4, 5), D(2020, 4, 6))
    assert notice.festivals[2].workdays == (D(2020, 9, 27), D(2020, 10, 10))
    assert len(notice.festivals[2].days_off) == 8


def test_补休_days_are_days_off_too() -> None:
    notice = parse_holiday_notice("清明节：4月5日（星期日）放假，4月6日（星期一）补休。", 2015)

    assert notice.festivals[0].days_off == (D(2015, 4, 5), D(2015, 4, 6))
    assert not notice.is_working_day(D(2015, 4, 6))


def test_the_wrong_year_is_refused_by_the_first_weekday() -> None:
    with pytest.raises(NoticeParseError) as caught:
        parse_holiday_notice(NOTICE_2026_LINES, year=2027)

    error = caught.value
    assert error.line == 1
    assert error.reason == "1月1日 is a Friday in 2027, the notice says 周四 — is the year right?"
    assert error.reason_zh == "2027年1月1日是星期五，通知写的是周四——年份对吗？"
    assert str(error).startswith("line 1: 1月1日 is a Friday")


def test_a_mistyped_weekday_names_its_line() -> None:
    text = NOTICE_2026.replace("1月4日（周日）", "1月4日（星期一）")

    with pytest.raises(NoticeParseError) as caught:
        parse_holiday_notice(text)
    assert "1月4日 is a Sunday in 2026, the notice says 星期一" in caught.value.reason
    assert caught.value.line == line_of(NOTICE_2026, "一、元旦")


def test_a_year_argument_contradicting_the_title_is_refused() -> None:
    with pytest.raises(NoticeParseError, match="for 2026, but 2027 was asked for"):
        parse_holiday_notice(NOTICE_2026, year=2027)
    assert parse_holiday_notice(NOTICE_2026, year=2026).year == 2026


def test_without_any_year_the_year_is_asked_for() -> None:
    with pytest.raises(NoticeParseError, match="year is needed") as caught:
        parse_holiday_notice(NOTICE_2026_LINES)
    assert caught.value.line is None
    assert "年份" in caught.value.reason_zh


def test_the_year_comes_from_the_preamble_without_the_title() -> None:
    text = NOTICE_2026[NOTICE_2026.index("各省") :]

    assert parse_holiday_notice(text).year == 2026


def test_a_range_crossing_into_the_year_2023_style() -> None:
    line = "元旦：2022年12月31日至2023年1月2日放假调休，共3天。"
    for text in (line, "国务院办公厅关于2023年部分节假日安排的通知\n" + line):
        notice = parse_holiday_notice(text)

        assert notice.year == 2023
        assert notice.festivals[0].days_off == (D(2022, 12, 31), D(2023, 1, 1), D(2023, 1, 2))
        assert not notice.is_working_day(D(2023, 1, 2))
        assert notice.is_working_day(D(2023, 1, 3))


def test_a_day_count_that_does_not_match_the_range_is_refused() -> None:
    text = NOTICE_2026.replace("共9天", "共8天")

    with pytest.raises(NoticeParseError) as caught:
        parse_holiday_notice(text)
    assert caught.value.line == line_of(text, "二、春节")
    assert "which is 9 days, but the notice says 共8天" in caught.value.reason


def test_a_make_up_day_on_a_weekday_is_refused() -> None:
    text = NOTICE_2026.replace("5月9日（周六）上班", "5月8日上班")

    with pytest.raises(NoticeParseError) as caught:
        parse_holiday_notice(text)
    assert caught.value.line == line_of(text, "四、劳动节")
    assert caught.value.reason.startswith("5月8日 is a Friday: a make-up working day")


def test_a_make_up_day_inside_a_holiday_is_refused() -> None:
    text = NOTICE_2026.replace("1月4日（周日）上班", "1月3日（周六）上班")

    with pytest.raises(NoticeParseError, match="1月3日 is a day off of 元旦"):
        parse_holiday_notice(text)


def test_an_impossible_date_is_refused() -> None:
    text = NOTICE_2026.replace("2月28日（周六）", "2月30日")

    with pytest.raises(NoticeParseError) as caught:
        parse_holiday_notice(text)
    assert caught.value.line == line_of(text, "二、春节")
    assert caught.value.reason == "2月30日 does not exist in 2026"
    assert caught.value.reason_zh == "2026年没有2月30日"


def test_a_range_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(NoticeParseError, match="ends"):
        parse_holiday_notice("春节：2月15日至2月3日放假，共9天。", 2026)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n经国务院批准，现将2026年元旦、"
        "春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。",
        "国务院办公厅\n2025年11月4日",
    ],
)
def test_text_without_a_festival_line_is_refused(text: str) -> None:
    with pytest.raises(NoticeParseError, match="No festival line found"):
        parse_holiday_notice(text, 2026)


def test_a_festival_without_dates_is_refused() -> None:
    with pytest.raises(NoticeParseError, match="expected its dates and 放假") as caught:
        parse_holiday_notice("\n春节：放假调休，共9天。", 2026)
    assert caught.value.line == 2


def test_the_closing_date_is_neither_a_holiday_nor_the_year() -> None:
    signed = NOTICE_2026_LINES + "国务院办公厅\n2025年11月4日\n"
    bare_date = NOTICE_2026_LINES + "2025年11月4日"
    for text in (NOTICE_2026, signed, bare_date):
        notice = parse_holiday_notice(text, 2026)

        assert D(2025, 11, 4) not in notice.holidays | notice.workdays
        assert D(2026, 11, 4) not in notice.holidays | notice.workdays
        assert notice.festivals[-1].workdays == (D(2026, 9, 20), D(2026, 10, 10))
    assert parse_holiday_notice(NOTICE_2026).year == 2026


def test_text_pasted_after_the_notice_adds_nothing() -> None:
    # A news page's trailer pasted along: the notice ended at its closing paragraph.
    text = NOTICE_2026 + "相关阅读：2026年春节放假9天，2月14日上班，别忘了调休。\n"

    assert parse_holiday_notice(text) == parse_holiday_notice(NOTICE_2026)


def test_a_date_without_a_month_takes_the_one_before_it_in_the_list() -> None:
    line = "春节：2月15日至23日放假调休，共9天。2月14日（周六）、28日（周六）上班。"

    assert parse_holiday_notice(line, 2026).festivals[0].workdays == (
        D(2026, 2, 14),
        D(2026, 2, 28),
    )
    with pytest.raises(NoticeParseError, match="4日 has no month"):
        parse_holiday_notice("元旦：1月1日至3日放假调休，共3天。4日（周日）上班。", 2026)


def test_overrides_make_the_working_calendar_agree_with_the_package() -> None:
    notice = parse_holiday_notice(NOTICE_2026)
    overrides = notice.overrides()
    calendar = WorkingCalendar(overrides)

    assert overrides.years == {2026}
    assert [calendar.is_working_day(d) for d in days_of(2026)] == [
        chinese_calendar.is_workday(d) for d in days_of(2026)
    ]


def test_is_working_day_refuses_other_years() -> None:
    notice = parse_holiday_notice(NOTICE_2026)

    with pytest.raises(ValueError, match="covers 2026"):
        notice.is_working_day(D(2027, 1, 4))
