"""Publication dates as Chinese portals write them → aware datetimes in China Standard Time.

A date is read in two steps, both on folded (half-width) text: :data:`DATE_RE` finds the date
and, after it, everything that looks like a time of day, readable or not; :data:`_TIME_RE`
then reads that time. A time that is shown but cannot be read leaves the date standing and
marks the reading *partial*, so the caller can say so instead of dropping it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo

import attrs
from dateutil import parser as _dateutil

from xianfeng._chars import fold

__all__ = [
    "CST",
    "DATE_CLUTTER",
    "DATE_RE",
    "DateReading",
    "parse_date",
    "read_date",
    "read_labelled_date",
]

CST = timezone(timedelta(hours=8))
"""China Standard Time, UTC+08:00, the zone every portal date is written in."""

DATE_CLUTTER = " []【】()|/:-·星期周一二三四五六日天"
"""What may stand around a date that is all a line says: brackets, separators, a weekday."""


@attrs.frozen(kw_only=True)
class DateReading:
    """What a date text says.

    ``value`` is ``None`` when the text has the shape of a date that does not exist
    (``2022-02-30``). ``raw`` is the date text as shown, in the page's characters: from the
    year to the end of the time, including a weekday between them, without surrounding words.
    ``unread`` is the time of day when it is shown but cannot be read (``下午三点半``); the
    reading is then *partial* and ``value`` is the date at 00:00.
    """

    value: datetime | None
    raw: str
    unread: str | None = None

    @property
    def partial(self) -> bool:
        """Whether the time of day is shown but could not be read."""
        return self.unread is not None


# Words for a part of the day, and how an hour on a 12-hour clock written after them becomes
# a 24-hour one: (written hours, hours added, days added). A written hour no row covers
# contradicts the word (上午15点) and makes the time unreadable. 上午/AM 12 is 00 (as
# software in a Chinese locale prints 00:30: 上午12:30); 晚上12点 is the midnight that ends
# that evening, so 00:00 of the next day.
_AM = ((range(12), 0, 0), (range(12, 13), -12, 0))
_PM = ((range(1, 12), 12, 0), (range(12, 24), 0, 0))
_NOON = ((range(11, 15), 0, 0), (range(1, 3), 12, 0))
_NIGHT = ((range(5, 12), 12, 0), (range(12, 13), -12, 1), (range(17, 24), 0, 0))
_PERIODS: dict[str, tuple[tuple[range, int, int], ...]] = {
    **dict.fromkeys(("凌晨", "上午", "早上", "早晨", "清晨", "am"), _AM),
    "中午": _NOON,
    **dict.fromkeys(("下午", "午后", "傍晚", "pm"), _PM),
    **dict.fromkeys(("晚上", "晚间", "夜里", "夜间"), _NIGHT),
}
_PERIOD = "|".join(word for word in _PERIODS if not word.isascii())
_WEEKDAY = r"(?:星期|周|礼拜)[一二三四五六日天]"
_CN_DIGITS = "零〇一二三四五六七八九十两"

# Every quantifier is bounded, so a hostile line cannot make these backtrack.
DATE_RE = re.compile(
    rf"""
    (?<!\d)
    (?P<year>(?:19|20)\d{{2}}) \s{{0,3}} [-/.年] \s{{0,3}}
    (?P<month>\d{{1,2}}) \s{{0,3}} [-/.月] \s{{0,3}}
    (?P<day>\d{{1,2}}) (?!\d) (?: \s{{0,3}} 日 )?
    (?:
        # a weekday may stand between the date and the time: 星期一, 周一, (周一), 【礼拜一】
        (?: [\s,]{{0,3}} [(\[【]? \s{{0,2}} {_WEEKDAY} \s{{0,2}} [)\]】]? )?
        [\sT,-]{{0,3}}          # - for Hanweb's 2017-03-28-00:00:00
        # everything that looks like a time of day, readable or not: it starts like one
        # (a part of the day, an hour and its unit) and runs on over time characters
        (?P<time>
            (?: {_PERIOD} | \d{{1,2}} \s{{0,2}} [:时点] | [{_CN_DIGITS}]{{1,3}} \s{{0,2}} [时点] )
            (?: {_PERIOD} | UTC | GMT | [AaPp]\.?[Mm]\.?
                | [\d:.,+\-Z\s时分秒点半刻整{_CN_DIGITS}] ){{0,30}}
        )
    )?
    """,
    re.VERBOSE,
)
"""A date, with the time of day that follows it as a ``time`` group (not yet read)."""

_TIME_RE = re.compile(
    rf"""
    (?: (?P<period>{_PERIOD}) \s{{0,2}} )?
    (?P<hour>\d{{1,2}}) \s{{0,2}}
    (?:
        : \s{{0,2}} (?P<minute>\d{{1,2}}) (?!\d)
        (?: \s{{0,2}} : \s{{0,2}} (?P<second>\d{{1,2}}) (?!\d) (?P<fraction>[.,]\d{{1,9}})? )?
        (?! \s{{0,2}} : )
      | [时点]
        (?: \s{{0,2}}
            (?: (?P<cn_minute>\d{{1,2}}) (?!\d) \s{{0,2}} 分?
                (?: \s{{0,2}} (?P<cn_second>\d{{1,2}}) (?!\d) \s{{0,2}} 秒 )?
              | (?P<half>半)
              | (?P<quarter>[一三])刻
            )
        )?
        (?: \s{{0,2}} 整 )?
    )
    (?: \s{{0,2}} (?P<ampm>[AaPp])\.?[Mm]\.? (?![A-Za-z]) )?
    (?: \s{{0,3}}
        (?P<zone>
            (?: Z | UTC | GMT ) (?: \s? [+-] \d{{1,2}} (?: :? \d{{2}} )? )?
          | [+-] \d{{2}} (?: :? \d{{2}} )?
        )
        (?! [\dA-Za-z] )
    )?
    """,
    re.VERBOSE,
)
_ZONE_RE = re.compile(
    r"(?:Z|UTC|GMT)?\s?(?:(?P<sign>[+-])(?P<hours>\d{1,2}):?(?P<minutes>\d{2})?)?"
)
# English dates go to dateutil; other text is refused, since dateutil would fill a lone
# number in with today's date.
_MONTH_NAME_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b.{0,20}\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
# dateutil reads GMT+8 the POSIX way, as UTC-08:00; a bare +8 it reads as UTC+08:00.
_NAMED_OFFSET_RE = re.compile(r"\b(?:UTC|GMT)\s?(?=[+-]\d)")


def parse_date(text: str) -> datetime | None:
    """Parse a date/time as portals write it; ``None`` when there is no valid date.

    Recognises ``2022-04-30 07:53``, ``2022年4月30日 下午3点半``, ``2022/4/30 星期六 15:30``,
    ``2022.04.30``, ISO 8601 with an offset (converted to China Standard Time), full- or
    half-width digits and English month names; see :func:`read_date`. A time of day that is
    shown but cannot be read gives the date at 00:00.

    >>> parse_date("2022年04月30日 07:53").isoformat()
    '2022-04-30T07:53:00+08:00'
    >>> parse_date("2023-06-12T15:30:00Z").isoformat()
    '2023-06-12T23:30:00+08:00'
    """
    reading = read_date(text)
    return None if reading is None else reading.value


def read_date(text: str) -> DateReading | None:
    """Read the first date in ``text``; ``None`` when there is none.

    >>> reading = read_date("时间:2023-06-12 下午3:30 来源:本站")
    >>> reading.value.isoformat(), reading.raw, reading.partial
    ('2023-06-12T15:30:00+08:00', '2023-06-12 下午3:30', False)
    >>> reading = read_date("2023年6月12日 下午三点半")
    >>> reading.value.isoformat(), reading.raw, reading.unread
    ('2023-06-12T00:00:00+08:00', '2023年6月12日 下午三点半', '下午三点半')
    """
    folded = fold(text)
    match = DATE_RE.search(folded)
    if match is None:
        return _read_english(text, folded)
    try:
        day: date | None = date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        day = None
    if match["time"] is None:
        raw = text[match.start() : match.end()].strip()
        return DateReading(value=_at(day, time(), 0, CST), raw=raw)
    start, end = match.span("time")
    timed = _TIME_RE.match(folded, start, end)
    if timed is not None:
        moment = None if day is None else _timed(day, timed)
        if moment is not None or day is None:
            return DateReading(value=moment, raw=text[match.start() : timed.end()].strip())
    # The time is shown but cannot be read: keep the date, and say what was not read.
    end = start + len(folded[start:end].rstrip(" ,"))
    raw = text[match.start() : end].strip()
    if day is None:
        return DateReading(value=None, raw=raw)
    return DateReading(value=_at(day, time(), 0, CST), raw=raw, unread=text[start:end])


# Dates in the other orders a label may give (never searched for in free text, where they
# would be any numbers): day-month-year (08.11.2019 10:05), a two-digit year (11年08月12日,
# 19-03-14), no year at all (05-21, 06-18 09:30). Every quantifier is bounded.
_OTHER_DATE_RE = re.compile(
    r"""
    (?<!\d)
    (?: (?P<d_day>\d{1,2}) [./-] (?P<d_month>\d{1,2}) [./-] (?P<d_year>(?:19|20)\d{2})
      | (?P<y_year>\d{2}) \s{0,2} [-/.年] \s{0,2} (?P<y_month>\d{1,2}) \s{0,2} [-/.月] \s{0,2}
        (?P<y_day>\d{1,2}) (?: \s{0,2} 日 )?
      | (?P<m_month>\d{1,2}) \s{0,2} [-/.月] \s{0,2} (?P<m_day>\d{1,2}) (?: \s{0,2} 日 )?
    )
    (?!\d)
    (?: \s{1,3} (?P<hour>\d{1,2}) : (?P<minute>\d{2}) (?: : (?P<second>\d{2}) )? (?!\d) )?
    """,
    re.VERBOSE,
)
# Two-digit years: 70–99 are the 1900s, 00–69 the 2000s (portals date from the 1990s).
_CENTURY_PIVOT = 70


def read_labelled_date(text: str, *, month_first: bool = False) -> tuple[DateReading, bool] | None:
    """Read a date that a label gives in another order than year-month-day: the reading,
    and whether it has no year. A date without a year has no ``value`` (a year is never
    made up); ``None`` when the text is no such date. A date with the year last gives the
    day first, unless ``month_first`` (a site that writes ``11/25/2019``).

    >>> reading, yearless = read_labelled_date("11年08月12日")
    >>> reading.value.isoformat(), yearless
    ('2011-08-12T00:00:00+08:00', False)
    >>> reading, yearless = read_labelled_date("06-18 09:30")
    >>> reading.value, reading.raw, yearless
    (None, '06-18 09:30', True)
    """
    folded = fold(text)
    match = _OTHER_DATE_RE.search(folded)
    if match is None or folded[: match.start()].strip(" []【】()|:"):
        return None
    raw = text[match.start() : match.end()].strip()
    if match["m_month"] is not None:
        return DateReading(value=None, raw=raw), True
    if match["d_year"] is not None:
        year, month, day = int(match["d_year"]), int(match["d_month"]), int(match["d_day"])
        if month_first:
            month, day = day, month
    else:
        short = int(match["y_year"])
        year = short + (1900 if short >= _CENTURY_PIVOT else 2000)
        month, day = int(match["y_month"]), int(match["y_day"])
    try:
        clock = time(int(match["hour"] or 0), int(match["minute"] or 0), int(match["second"] or 0))
        moment: datetime | None = datetime.combine(date(year, month, day), clock, tzinfo=CST)
    except ValueError:
        moment = None
    return DateReading(value=moment, raw=raw), False


def _timed(day: date, match: re.Match[str]) -> datetime | None:
    """The moment a date and a matched time of day give; ``None`` when they cannot."""
    hour, days = int(match["hour"]), 0
    if match["period"] and match["ampm"]:
        return None
    period = match["period"] or (match["ampm"] and match["ampm"].lower() + "m")
    if period:
        for hours, add_hours, add_days in _PERIODS[period]:
            if hour in hours:
                hour, days = hour + add_hours, add_days
                break
        else:
            return None
    minute = int(match["minute"] or match["cn_minute"] or 0)
    if match["half"]:
        minute = 30
    elif match["quarter"]:
        minute = 15 if match["quarter"] == "一" else 45
    second = int(match["second"] or match["cn_second"] or 0)
    micro = int((match["fraction"] or ".0")[1:7].ljust(6, "0"))
    zone = _zone(match["zone"]) if match["zone"] else CST
    if zone is None or hour > 23 or minute > 59 or second > 59:
        return None
    return _at(day, time(hour, minute, second, micro), days, zone)


def _zone(text: str) -> tzinfo | None:
    """``Z``, ``UTC``, ``+08:00``, ``+0800``, ``-05``, ``GMT+8`` → a fixed zone."""
    match = _ZONE_RE.fullmatch(text)
    if match is None:
        return None
    if match["sign"] is None:
        return timezone.utc
    hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
    if hours > 14 or minutes > 59:
        return None
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if match["sign"] == "-" else offset)


def _at(day: date | None, clock: time, days: int, zone: tzinfo) -> datetime | None:
    if day is None:
        return None
    moment = datetime.combine(day, clock, tzinfo=zone) + timedelta(days=days)
    return moment.astimezone(CST)


class _UnknownZoneError(ValueError):
    pass


def _english_zone(name: str | None, offset: int | None) -> tzinfo | None:
    if name is None:
        return None if offset is None else timezone(timedelta(seconds=offset))
    if name in ("UTC", "GMT"):  # dateutil hands a Z zone over as UTC
        return timezone.utc
    if name == "CST":  # as a server in China prints it: China Standard Time
        return CST
    raise _UnknownZoneError(name)


def _read_english(text: str, folded: str) -> DateReading | None:
    """Dates with English month names (``June 12, 2023 3:30 PM``), through dateutil."""
    folded = folded.strip()
    if len(folded) > 64 or not _MONTH_NAME_RE.search(folded):
        return None
    folded = _NAMED_OFFSET_RE.sub("", folded)
    raw = text.strip()
    try:
        parsed = _dateutil.parse(folded, tzinfos=_english_zone)
    except _UnknownZoneError as exc:  # a zone we cannot place: keep the date
        try:
            parsed = _dateutil.parse(folded, ignoretz=True)
        except (ValueError, OverflowError):
            return None
        day = datetime.combine(parsed.date(), time(), tzinfo=CST)
        return DateReading(value=day, raw=raw, unread=str(exc))
    except (ValueError, OverflowError):
        return None
    if parsed.tzinfo is None:
        return DateReading(value=parsed.replace(tzinfo=CST), raw=raw)
    return DateReading(value=parsed.astimezone(CST), raw=raw)
