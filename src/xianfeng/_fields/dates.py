"""Publication dates as Chinese portals write them → aware datetimes in China Standard Time."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from dateutil import parser as _dateutil

from xianfeng._chars import fold

__all__ = ["CST", "DATE_RE", "parse_date"]

CST = timezone(timedelta(hours=8))
"""China Standard Time, UTC+08:00, the zone every portal date is written in."""

# Matched on folded (half-width) text. Every quantifier is bounded, so a hostile line
# cannot make it backtrack.
DATE_RE = re.compile(
    r"""
    (?<!\d)
    (?P<year>(?:19|20)\d{2}) \s{0,3} [-/.年] \s{0,3}
    (?P<month>\d{1,2}) \s{0,3} [-/.月] \s{0,3}
    (?P<day>\d{1,2}) (?!\d) \s{0,3} 日?
    (?:
        [\sT]{0,3}
        (?P<hour>\d{1,2}) \s{0,3} [:时点] \s{0,3}
        (?P<minute>\d{1,2}) (?!\d) \s{0,3} 分?
        (?: \s{0,3} [:] \s{0,3} (?P<second>\d{1,2}) (?!\d) \s{0,3} 秒? )?
    )?
    """,
    re.VERBOSE,
)


def parse_date(text: str) -> datetime | None:
    """Parse a date/time as portals write it; ``None`` when it is not a valid date.

    Recognises ``2022-04-30 07:53``, ``2022-04-30 07:53:08``, ``2022年04月30日 07:53``,
    ``2022年4月30日``, ``2022/04/30``, ``2022.04.30`` with full- or half-width digits, and ISO
    8601 with an offset (``2022-04-30T07:53:00+08:00``) through dateutil. Naive times are
    taken as China Standard Time; times with an offset are converted to it.

    >>> parse_date("2022年04月30日 07:53").isoformat()
    '2022-04-30T07:53:00+08:00'
    """
    folded = fold(text).strip()
    match = DATE_RE.search(folded)
    if match is not None and not _has_offset(folded[match.end() :]):
        parts = match.groupdict()
        try:
            return datetime(
                int(parts["year"]),
                int(parts["month"]),
                int(parts["day"]),
                int(parts["hour"] or 0),
                int(parts["minute"] or 0),
                int(parts["second"] or 0),
                tzinfo=CST,
            )
        except ValueError:
            return None
    # Beyond the Chinese forms, dateutil reads ISO 8601 and English month names; other text
    # is refused, since dateutil would fill a lone number in with today's date.
    if len(folded) > 64 or not (_ISO_RE.match(folded) or _MONTH_NAME_RE.search(folded)):
        return None
    try:
        parsed = _dateutil.isoparse(folded) if _ISO_RE.match(folded) else _dateutil.parse(folded)
    except (ValueError, OverflowError):
        return None
    return parsed.astimezone(CST) if parsed.tzinfo is not None else parsed.replace(tzinfo=CST)


_ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_MONTH_NAME_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b.{0,20}\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_OFFSET_RE = re.compile(r"\s{0,3}(?:Z|[+-]\d{2}:?\d{2})")


def _has_offset(rest: str) -> bool:
    return _OFFSET_RE.match(rest) is not None
