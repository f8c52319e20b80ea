"""Publication dates in every form portals write them (``xianfeng._fields.dates``).

Every expected value below is written out by hand as an aware datetime in UTC+08:00 (the zone
is built here, not taken from the library): a change in how a form is read shows up as a
failing row, never as a silently updated expectation. Rows carry the raw text too, which must
be the whole date as shown, in the page's own characters.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

from xianfeng import StrictModeError, parse_article
from xianfeng._fields.dates import DateReading, parse_date, read_date
from xianfeng._fields.metaline import parse_dateline, parse_metaline
from xianfeng._lexicon import DEFAULT
from xianfeng.models import ParseWarning

UTC8 = timezone(timedelta(hours=8))


def at(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    """A moment in UTC+08:00: ``at(2023, 6, 12, 15, 30)``."""
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC8)


# --------------------------------------------------------------------------------------
# Readable dates: (text, moment, raw)
# --------------------------------------------------------------------------------------

READABLE = [
    # ISO 8601 with T, Z and numeric offsets: converted to UTC+08:00, never dropped
    pytest.param(
        "时间：2023-06-12T15:30:00Z",
        at(2023, 6, 12, 23, 30),
        "2023-06-12T15:30:00Z",
        id="iso-Z-is-utc-eight-hours-behind",
    ),
    pytest.param(
        "2023-06-12T15:30:00+08:00",
        at(2023, 6, 12, 15, 30),
        "2023-06-12T15:30:00+08:00",
        id="iso-offset-+08:00",
    ),
    pytest.param(
        "2023-06-12T15:30:00+0800",
        at(2023, 6, 12, 15, 30),
        "2023-06-12T15:30:00+0800",
        id="iso-offset-+0800-no-colon",
    ),
    pytest.param(
        "2023-06-12 15:30:00 +0800",
        at(2023, 6, 12, 15, 30),
        "2023-06-12 15:30:00 +0800",
        id="offset-+0800-after-a-space",
    ),
    pytest.param(
        "2023-06-12T15:30:00-05:00",
        at(2023, 6, 13, 4, 30),
        "2023-06-12T15:30:00-05:00",
        id="iso-offset-minus-05:00-crosses-midnight",
    ),
    pytest.param(
        "2023-06-12T23:30:00Z",
        at(2023, 6, 13, 7, 30),
        "2023-06-12T23:30:00Z",
        id="iso-Z-late-evening-is-next-morning",
    ),
    pytest.param(
        "2023-06-12T00:30:00+09:00",
        at(2023, 6, 11, 23, 30),
        "2023-06-12T00:30:00+09:00",
        id="iso-offset-+09:00-is-the-day-before",
    ),
    pytest.param(
        "2023-06-12T15:30:00+05:30",
        at(2023, 6, 12, 18, 0),
        "2023-06-12T15:30:00+05:30",
        id="iso-offset-half-hour",
    ),
    pytest.param(
        "2023-06-12T15:30:00.250+08:00",
        datetime(2023, 6, 12, 15, 30, 0, 250_000, tzinfo=UTC8),
        "2023-06-12T15:30:00.250+08:00",
        id="iso-fraction-of-a-second",
    ),
    pytest.param(
        "2023-06-12T15:30", at(2023, 6, 12, 15, 30), "2023-06-12T15:30", id="iso-naive-is-cst"
    ),
    pytest.param(
        "2023-06-12 15:30 UTC", at(2023, 6, 12, 23, 30), "2023-06-12 15:30 UTC", id="named-UTC"
    ),
    pytest.param(
        "2023-06-12 15:30 GMT+8",
        at(2023, 6, 12, 15, 30),
        "2023-06-12 15:30 GMT+8",
        id="GMT+8-is-east-of-greenwich",
    ),
    # 上午/下午/中午/晚上/凌晨/早上/傍晚 with 12-hour times
    pytest.param(
        "时间：2023-06-12 下午3:30",
        at(2023, 6, 12, 15, 30),
        "2023-06-12 下午3:30",
        id="下午3:30-is-15:30",
    ),
    pytest.param(
        "2023-06-12 中午12:10", at(2023, 6, 12, 12, 10), "2023-06-12 中午12:10", id="中午12:10"
    ),
    pytest.param(
        "2023-06-12 中午1点", at(2023, 6, 12, 13, 0), "2023-06-12 中午1点", id="中午1点-is-13:00"
    ),
    pytest.param(
        "2023-06-12 晚上12点",
        at(2023, 6, 13, 0, 0),
        "2023-06-12 晚上12点",
        id="晚上12点-is-the-next-midnight",
    ),
    pytest.param(
        "2023-12-31 晚上12点",
        at(2024, 1, 1, 0, 0),
        "2023-12-31 晚上12点",
        id="晚上12点-on-new-years-eve",
    ),
    pytest.param(
        "2023-06-12 晚上8:15", at(2023, 6, 12, 20, 15), "2023-06-12 晚上8:15", id="晚上8:15"
    ),
    pytest.param(
        "2023-06-12 上午9:05", at(2023, 6, 12, 9, 5), "2023-06-12 上午9:05", id="上午9:05"
    ),
    pytest.param(
        "2023-06-12 上午12:30",
        at(2023, 6, 12, 0, 30),
        "2023-06-12 上午12:30",
        id="上午12:30-is-00:30-as-software-prints-it",
    ),
    pytest.param(
        "2023-06-12 下午12:30",
        at(2023, 6, 12, 12, 30),
        "2023-06-12 下午12:30",
        id="下午12:30-is-12:30",
    ),
    pytest.param("2023-06-12 凌晨3点", at(2023, 6, 12, 3, 0), "2023-06-12 凌晨3点", id="凌晨3点"),
    pytest.param(
        "2023-06-12 早上7点半", at(2023, 6, 12, 7, 30), "2023-06-12 早上7点半", id="早上7点半"
    ),
    pytest.param("2023-06-12 傍晚6点", at(2023, 6, 12, 18, 0), "2023-06-12 傍晚6点", id="傍晚6点"),
    pytest.param(
        "2023/6/12 下午 03:30:00",
        at(2023, 6, 12, 15, 30),
        "2023/6/12 下午 03:30:00",
        id="dotnet-zh-cn-下午-with-a-space",
    ),
    pytest.param(
        "2023/6/12 3:30:00 PM",
        at(2023, 6, 12, 15, 30),
        "2023/6/12 3:30:00 PM",
        id="english-PM-after-the-time",
    ),
    # 时/分/秒 and 点
    pytest.param(
        "2023-06-12 15时30分", at(2023, 6, 12, 15, 30), "2023-06-12 15时30分", id="15时30分"
    ),
    pytest.param(
        "2023-06-12 15点30分", at(2023, 6, 12, 15, 30), "2023-06-12 15点30分", id="15点30分"
    ),
    pytest.param("2023-06-12 3点半", at(2023, 6, 12, 3, 30), "2023-06-12 3点半", id="3点半"),
    pytest.param("2023-06-12 3点一刻", at(2023, 6, 12, 3, 15), "2023-06-12 3点一刻", id="3点一刻"),
    pytest.param("2023-06-12 15点", at(2023, 6, 12, 15, 0), "2023-06-12 15点", id="15点-alone"),
    pytest.param(
        "2023年6月12日15时30分45秒",
        at(2023, 6, 12, 15, 30, 45),
        "2023年6月12日15时30分45秒",
        id="年月日时分秒-no-spaces",
    ),
    pytest.param(
        "2023年6月12日 下午3时",
        at(2023, 6, 12, 15, 0),
        "2023年6月12日 下午3时",
        id="下午3时",
    ),
    # a weekday between the date and the time
    pytest.param(
        "2023年06月12日 星期一 15:30",
        at(2023, 6, 12, 15, 30),
        "2023年06月12日 星期一 15:30",
        id="星期一-between",
    ),
    pytest.param(
        "2023-06-12 周一 15:30", at(2023, 6, 12, 15, 30), "2023-06-12 周一 15:30", id="周一-between"
    ),
    pytest.param(
        "2023-06-12 礼拜一 15:30",
        at(2023, 6, 12, 15, 30),
        "2023-06-12 礼拜一 15:30",
        id="礼拜一-between",
    ),
    pytest.param(
        "2023-06-12(周一)15:30",
        at(2023, 6, 12, 15, 30),
        "2023-06-12(周一)15:30",
        id="(周一)-between",
    ),
    pytest.param(
        "2023-06-12（星期一） 15:30",
        at(2023, 6, 12, 15, 30),
        "2023-06-12（星期一） 15:30",
        id="full-width-parens-weekday-kept-in-raw",
    ),
    pytest.param(
        "2023-06-12 15:30 星期一",
        at(2023, 6, 12, 15, 30),
        "2023-06-12 15:30",
        id="weekday-after-the-time-left-out",
    ),
    pytest.param(
        "2023-06-12 星期一", at(2023, 6, 12, 0, 0), "2023-06-12", id="weekday-without-a-time"
    ),
    # dotted, slashed, full-width, bracketed
    pytest.param("2023.6.12", at(2023, 6, 12, 0, 0), "2023.6.12", id="dotted-unpadded"),
    pytest.param(
        "2023/06/12 15:30", at(2023, 6, 12, 15, 30), "2023/06/12 15:30", id="slashed-with-time"
    ),
    pytest.param(
        "２０２３－０６－１２",
        at(2023, 6, 12, 0, 0),
        "２０２３－０６－１２",
        id="full-width-digits",
    ),
    pytest.param(
        "２０２３－０６－１２　１５：３０",
        at(2023, 6, 12, 15, 30),
        "２０２３－０６－１２　１５：３０",
        id="full-width-digits-and-time",
    ),
    pytest.param("[2021-7-8]", at(2021, 7, 8, 0, 0), "2021-7-8", id="square-brackets"),
    pytest.param("【2021-07-08】", at(2021, 7, 8, 0, 0), "2021-07-08", id="lenticular-brackets"),
    pytest.param(
        "【2021-07-08 09:15】",
        at(2021, 7, 8, 9, 15),
        "2021-07-08 09:15",
        id="lenticular-brackets-with-time",
    ),
    # Hanweb's malformed form, and other odd ones
    pytest.param(
        "2017-03-28-00:00:00",
        at(2017, 3, 28, 0, 0),
        "2017-03-28-00:00:00",
        id="hanweb-dash-before-the-time",
    ),
    pytest.param(
        "发布时间：2023-06-12 15:30:08",
        at(2023, 6, 12, 15, 30, 8),
        "2023-06-12 15:30:08",
        id="label-left-out-of-raw",
    ),
    pytest.param("2024-02-29 08:00", at(2024, 2, 29, 8, 0), "2024-02-29 08:00", id="leap-day"),
    # English month names, through dateutil (raw: the whole text)
    pytest.param("June 12, 2023", at(2023, 6, 12, 0, 0), "June 12, 2023", id="english-date"),
    pytest.param(
        "June 12, 2023 3:30 PM",
        at(2023, 6, 12, 15, 30),
        "June 12, 2023 3:30 PM",
        id="english-date-PM",
    ),
    pytest.param(
        "12 June 2023 15:30 +0000",
        at(2023, 6, 12, 23, 30),
        "12 June 2023 15:30 +0000",
        id="english-date-utc-offset-converted",
    ),
    pytest.param(
        "June 12, 2023 15:30 GMT+8",
        at(2023, 6, 12, 15, 30),
        "June 12, 2023 15:30 GMT+8",
        id="english-GMT+8-not-read-the-POSIX-way",
    ),
    pytest.param(
        "Mon Jun 12 15:30:00 CST 2023",
        at(2023, 6, 12, 15, 30),
        "Mon Jun 12 15:30:00 CST 2023",
        id="java-date-tostring-CST-is-china",
    ),
]


@pytest.mark.parametrize(("text", "moment", "raw"), READABLE)
def test_readable_dates(text: str, moment: datetime, raw: str) -> None:
    reading = read_date(text)
    assert reading == DateReading(value=moment, raw=raw)
    assert reading.value is not None
    # equal instants are not enough: the value is written in UTC+08:00
    assert reading.value.isoformat() == moment.isoformat()
    assert parse_date(text) == moment


def test_the_table_is_large_enough() -> None:
    assert len(READABLE) >= 40


# --------------------------------------------------------------------------------------
# A time shown but not readable: the date stays, the reading is partial
# --------------------------------------------------------------------------------------

PARTIAL = [
    pytest.param(
        "2023-06-12 下午三点半",
        at(2023, 6, 12, 0, 0),
        "2023-06-12 下午三点半",
        "下午三点半",
        id="chinese-numeral-time",
    ),
    pytest.param(
        "2023年06月12日 星期一 下午三时 来源",
        at(2023, 6, 12, 0, 0),
        "2023年06月12日 星期一 下午三时",
        "下午三时",
        id="after-a-weekday-raw-runs-to-the-end-of-the-time",
    ),
    pytest.param(
        "2022-04-30 07:53:60",
        at(2022, 4, 30, 0, 0),
        "2022-04-30 07:53:60",
        "07:53:60",
        id="second-60",
    ),
    pytest.param(
        "2023-06-12 25:70", at(2023, 6, 12, 0, 0), "2023-06-12 25:70", "25:70", id="hour-25"
    ),
    pytest.param(
        "2023-06-12 上午15:30",
        at(2023, 6, 12, 0, 0),
        "2023-06-12 上午15:30",
        "上午15:30",
        id="上午-contradicts-15",
    ),
    pytest.param(
        "2023-06-12 晚上1点",
        at(2023, 6, 12, 0, 0),
        "2023-06-12 晚上1点",
        "晚上1点",
        id="晚上1点-is-ambiguous",
    ),
    pytest.param(
        "2023-06-12 下午", at(2023, 6, 12, 0, 0), "2023-06-12 下午", "下午", id="下午-no-hour"
    ),
    pytest.param(
        "２０２３－０６－１２　下午三点半，　来源",
        at(2023, 6, 12, 0, 0),
        "２０２３－０６－１２　下午三点半",
        "下午三点半",
        id="full-width-space-and-comma-after-it-left-out",
    ),
    pytest.param(
        "2023-06-12 15:30 +99:00",
        at(2023, 6, 12, 0, 0),
        "2023-06-12 15:30 +99:00",
        "15:30 +99:00",
        id="impossible-offset",
    ),
    pytest.param(
        "June 12, 2023 15:30 EST",
        at(2023, 6, 12, 0, 0),
        "June 12, 2023 15:30 EST",
        "EST",
        id="english-unknown-zone-name",
    ),
]


@pytest.mark.parametrize(("text", "day", "raw", "unread"), PARTIAL)
def test_partial_dates_keep_the_date(text: str, day: datetime, raw: str, unread: str) -> None:
    reading = read_date(text)
    assert reading == DateReading(value=day, raw=raw, unread=unread)
    assert reading.partial
    assert parse_date(text) == day


def test_an_impossible_date_has_no_value_but_keeps_its_raw_text() -> None:
    assert read_date("2022-02-30 07:53") == DateReading(value=None, raw="2022-02-30 07:53")
    assert parse_date("2022-02-30 07:53") is None


@pytest.mark.parametrize(
    "text", ["四月三十日", "2022-04-301", "20220430", "明天下午3点", "", "15:30"]
)
def test_no_date(text: str) -> None:
    assert read_date(text) is None
    assert parse_date(text) is None


# --------------------------------------------------------------------------------------
# Offsets, one moment written in every zone
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2023-06-12T07:30:00Z",
        "2023-06-12T07:30:00+00:00",
        "2023-06-12T15:30:00+08:00",
        "2023-06-12T15:30:00+0800",
        "2023-06-12T16:30:00+09:00",
        "2023-06-12T02:30:00-05:00",
        "2023-06-12T02:30:00-0500",
        "2023-06-12 07:30 GMT",
        "2023-06-12 15:30 UTC+8",
        "2023-06-12 15:30",
    ],
)
def test_offsets_are_converted_to_utc_plus_eight(text: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.isoformat() == "2023-06-12T15:30:00+08:00"


# --------------------------------------------------------------------------------------
# Through the metadata line and the whole parser
# --------------------------------------------------------------------------------------


def test_metaline_keeps_the_offset() -> None:
    meta = parse_metaline("时间：2023-06-12T15:30:00Z 来源：本站", lex=DEFAULT)
    assert meta is not None
    assert meta.get("published") == at(2023, 6, 12, 23, 30)
    assert meta.get("published_raw") == "2023-06-12T15:30:00Z"
    assert meta.warnings == ()


@pytest.mark.parametrize(
    ("line", "moment", "raw"),
    [
        ("时间：2023-06-12 下午3:30 来源：本站", at(2023, 6, 12, 15, 30), "2023-06-12 下午3:30"),
        (
            "时间：2023年06月12日 星期一 15:30 来源：本站",
            at(2023, 6, 12, 15, 30),
            "2023年06月12日 星期一 15:30",
        ),
        (
            "2023-06-12 下午3:30 来源：本站",
            at(2023, 6, 12, 15, 30),
            "2023-06-12 下午3:30",
        ),
        (
            "发布日期：2017-03-28-00:00:00 信息来源：嵊州市",
            at(2017, 3, 28, 0, 0),
            "2017-03-28-00:00:00",
        ),
    ],
)
def test_metaline_raw_is_the_whole_date(line: str, moment: datetime, raw: str) -> None:
    meta = parse_metaline(line, lex=DEFAULT)
    assert meta is not None
    assert (meta.get("published"), meta.get("published_raw"), meta.warnings) == (moment, raw, ())
    assert meta.get("published") is not None
    assert meta.get("published").isoformat() == moment.isoformat()


PARTIAL_WARNING = ParseWarning(
    code="meta.published.partial",
    message="the metadata line gives the time as '2023-06-12 下午三点半': the date was read, "
    "but not the time of day '下午三点半'",
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("时间：2023-06-12 下午三点半 来源：本站", id="labelled"),
        pytest.param("2023-06-12 下午三点半 来源：本站", id="unlabelled-leading-date"),
    ],
)
def test_metaline_partial_time_warns(line: str) -> None:
    meta = parse_metaline(line, lex=DEFAULT)
    assert meta is not None
    assert meta.get("published") == at(2023, 6, 12, 0, 0)
    assert meta.get("published_raw") == "2023-06-12 下午三点半"
    assert meta.get("source") == "本站"
    assert meta.warnings == (PARTIAL_WARNING,)


def test_metaline_partial_warning_comes_before_the_clicks_warning() -> None:
    meta = parse_metaline("时间：2023-06-12 下午三点半 来源：本站 点击：很多", lex=DEFAULT)
    assert meta is not None
    assert [w.code for w in meta.warnings] == ["meta.published.partial", "meta.clicks.unparsed"]


PAGE = "区委召开党建工作会议\n时间：2023-06-12 下午三点半 来源：本站\n会议强调，要抓好党建工作。"


def test_article_partial_time_warns() -> None:
    article = parse_article(PAGE)
    assert article.published == at(2023, 6, 12, 0, 0)
    assert article.published_raw == "2023-06-12 下午三点半"
    assert article.warnings == (PARTIAL_WARNING,)


def test_article_partial_time_raises_in_strict_mode() -> None:
    with pytest.raises(StrictModeError) as caught:
        parse_article(PAGE, strict=True)
    assert caught.value.warnings == (PARTIAL_WARNING,)


def test_article_readable_time_has_no_warning() -> None:
    article = parse_article(PAGE.replace("下午三点半", "下午3:30"))
    assert article.published == at(2023, 6, 12, 15, 30)
    assert article.published_raw == "2023-06-12 下午3:30"
    assert article.warnings == ()


def test_metaline_bracketed_date_after_its_label() -> None:
    """Page tools start with [ or 【 (【打印】); a bracketed date right after its label is
    still read (corpus page 033)."""
    meta = parse_metaline("来源:滨海日报 浏览次数:6144 发布时间:[2021-7-8]", lex=DEFAULT)
    assert meta is not None
    assert meta.get("published") == at(2021, 7, 8, 0, 0)
    assert meta.get("source") == "滨海日报"


def test_metaline_value_ends_at_an_unlabelled_date() -> None:
    """A date with no label after a value is the publication time (corpus pages 017, 023)."""
    meta = parse_metaline("来源：江苏福彩网 2018-12-03 14:01", lex=DEFAULT)
    assert meta is not None
    assert meta.get("source") == "江苏福彩网"
    assert meta.get("published") == at(2018, 12, 3, 14, 1)


# --------------------------------------------------------------------------------------
# Hang guard, for the time-of-day patterns (tests/test_fields.py guards the date ones)
# --------------------------------------------------------------------------------------

AIMED = {
    "colons": "2022-04-30 " + "1:" * 100_000,
    "periods": "2022-04-30 下午" * 18_000,
    "weekdays": "2022-04-30 (周一) " * 15_000,
    "numerals": "2022-04-30 " + "三点" * 100_000,
    "spaces": "2022-04-30" + " " * 200_000 + "1:",
    "dashes": "2022-04-30" + "-" * 200_000,
    "zones": "2022-04-30 07:53 " + "+08" * 60_000,
    "ampm": "2022-04-30 07:53 " + "a.m." * 50_000,
    "fraction": "2022-04-30 07:53:08." + "1" * 200_000,
}


@pytest.mark.parametrize("name", sorted(AIMED))
def test_read_date_does_not_hang(name: str) -> None:
    started = time.perf_counter()
    read_date(AIMED[name])
    parse_metaline("时间:" + AIMED[name][:250], lex=DEFAULT)
    assert time.perf_counter() - started < 2.0


# Dates a label gives in other orders. Invented lines, shaped as the check-half pages show
# them (page 134: 更新时间:11年08月12日; page 119: 日期:05-21).
@pytest.mark.parametrize(
    ("line", "published", "raw"),
    [
        ("更新时间:11年08月12日 点击数:536", at(2011, 8, 12, 0, 0), "11年08月12日"),
        ("时间：| 19-03-14 | 来源：本站", at(2019, 3, 14, 0, 0), "19-03-14"),
        ("发布时间：08.11.2019 10:05 来源：本站", at(2019, 11, 8, 10, 5), "08.11.2019 10:05"),
        ("日期：98年7月1日 来源：本站", at(1998, 7, 1, 0, 0), "98年7月1日"),
    ],
)
def test_a_labelled_date_in_another_order(line: str, published: datetime, raw: str) -> None:
    meta = parse_metaline(line, lex=DEFAULT)
    assert meta is not None
    assert (meta.get("published"), meta.get("published_raw"), meta.warnings) == (
        published,
        raw,
        (),
    )


@pytest.mark.parametrize("line", ["日期:05-21 来源:本站", "时间：06-18 09:30 作者：甲"])
def test_a_date_without_a_year_is_never_given_one(line: str) -> None:
    meta = parse_metaline(line, lex=DEFAULT)
    assert meta is not None
    raw = meta.get("published_raw")
    assert (meta.get("published"), raw in ("05-21", "06-18 09:30")) == (None, True)
    assert [w.code for w in meta.warnings] == ["meta.published.no_year"]


def test_numbers_in_free_text_are_no_date_in_another_order() -> None:
    assert parse_dateline("05-21", lex=DEFAULT) is None
