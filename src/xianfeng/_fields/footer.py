"""The page footer: 主办单位, the copyright holder, the ICP licence number, 技术支持, the 公安备案
number."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from xianfeng._chars import fold, tidy
from xianfeng._fields._labels import strip_value
from xianfeng._lexicon import Lexicon
from xianfeng.errors import WarningCode
from xianfeng.models import Footer, ParseWarning
from xianfeng.vocabulary import LIMITS

__all__ = ["ICP_RE", "is_footer_line", "parse_footer"]

ICP_RE = re.compile(
    r"""
    (?: \( [\u4e00-\u9fff] \) | [\u4e00-\u9fff] )   # the province, or it in brackets: (晋)ICP备…
    \s{0,2} ICP \s{0,2} [备证]? \s{0,2} :? \s{0,2} \d{4,12}   # 京ICP00000008号
    (?: \s{0,2} - \s{0,2} \d{1,4} \s{0,2} 号          # 京ICP备05032222-1号
      | (?: \s{0,2} 号)? (?: \s{0,2} - \s{0,2} \d{1,4})? # 黑ICP备12002421号-3, 京ICP备13026484
    )
    | ICP (?:许可)? 证 号? \s{0,2} : \s{0,2}
      (?P<licence>[\u4e00-\u9fff] [A-Z] \d - \d{6,10} (?:-\d{1,3})?)
                                    # ICP证：桂B2-20040022-5, ICP许可证号：晋B2-20040032
    """,
    re.VERBOSE,
)
POLICE_RE = re.compile(r"[\u4e00-\u9fff]\s{0,2}公网安备\s{0,3}\d{6,20}\s{0,2}号?")
# Between two footer values (compared folded, so ，；｜ too).
_SEP = " |,;"
# What stands around a copyright holder's name and is no part of it: Copyright, ©, (c), @, a
# year or a span of years, All rights reserved.
_RIGHTS_CLUTTER_RE = re.compile(
    r"copyright|all\s?rights?\s?reserved|\(c\)|[©@]|(?<!\d)\d{4}(?:\s{0,2}-\s{0,2}\d{4})?(?!\d)",
    re.IGNORECASE,
)
# Where a holder's name written before the mark starts: after a separator, and where it
# stops when written after the mark (folded).
_OWNER_BOUNDARY_RE = re.compile(r"[|,;。]")
_OWNER_AFTER_STOP_RE = re.compile(r"[\s|,;。]")
# The edges of a holder's name: spaces, punctuation, a colon (folded).
_OWNER_EDGES = " |,;:.-—·"
# 所有内容均为 X 版权所有: the lead-in is no part of the name.
_CONTENT_LEAD_RE = re.compile(r"^.{0,6}?内容[均皆都]?为")


def is_footer_line(line: str, *, lex: Lexicon) -> bool:
    """Whether a line belongs to a site footer (a label, an ICP or 公网安备 number, ©)."""
    if lex.footer_first_re.search(line) is None or lex.footer_anchor_re.search(line) is None:
        return False  # most lines end here, unfolded
    folded = fold(line)
    return any(
        pattern.search(folded) is not None
        for pattern in (ICP_RE, POLICE_RE, lex.footer_label_re, lex.copyright_re)
    )


def parse_footer(
    lines: Iterable[str], *, lex: Lexicon, warnings: list[ParseWarning] | None = None
) -> Footer:
    """Read host, owner, ICP, support and police record from the footer lines.

    A copyright holder that is no name (``版权所有 不得转载``) is not returned; when no line
    names one, ``warnings`` (if given) gets a ``footer.owner.refused`` quoting what was refused.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> f = parse_footer(["主办单位:中共哈尔滨市委组织部 黑ICP备12002421号-3",
    ...                   "技术支持:哈尔滨新闻网"], lex=lex)
    >>> f.host, f.icp, f.support
    ('中共哈尔滨市委组织部', '黑ICP备12002421号-3', '哈尔滨新闻网')
    """
    kept: list[str] = []
    values: dict[str, str] = {}
    refused: list[str] = []
    for raw in lines:
        line = tidy(raw)
        if not line:
            continue
        kept.append(line)
        folded = fold(line)
        if "owner" not in values and (mark := lex.owner_re.search(folded)) is not None:
            owner = _owner(line, folded, mark, lex=lex)
            if owner is not None and _is_name(owner, lex=lex):
                values["owner"] = owner
            else:
                refused.append(line if owner is None else owner)
        labels = list(lex.footer_label_re.finditer(folded))
        stops = [m.start() for m in labels]
        for pattern, field in ((ICP_RE, "icp"), (POLICE_RE, "police_record")):
            match = pattern.search(folded)
            if match is not None:
                value = "licence" if match.groupdict().get("licence") else 0
                values.setdefault(field, line[match.start(value) : match.end(value)])
                stops.append(match.start())
        # A copyright mark ends a value before it: 主办：X © Y 版权所有.
        stops.extend(m.start() for m in lex.copyright_re.finditer(folded))
        stops.sort()
        for match in labels:
            field = lex.footer_field[match.group("label")]
            if not field or field in values:
                continue
            at = bisect_right(stops, match.start())
            stop = stops[at] if at < len(stops) else len(line)
            value = strip_value(line, folded, match.end(), stop, _SEP)
            if value:
                values[field] = value
        if "host" not in values and (after := lex.host_after_re.search(folded)) is not None:
            values["host"] = line[after.start("name") : after.end("name")]  # X主办, no colon
    if refused and "owner" not in values and warnings is not None:
        warnings.append(
            WarningCode.FOOTER_OWNER_REFUSED.warning(
                f"the footer names no copyright holder: {refused[0]!r} is no name"
            )
        )
    return Footer(
        host=values.get("host"),
        owner=values.get("owner"),
        icp=values.get("icp"),
        support=values.get("support"),
        police_record=values.get("police_record"),
        lines=tuple(kept),
    )


def _owner(line: str, folded: str, mark: re.Match[str], *, lex: Lexicon) -> str | None:
    """The copyright holder named before the mark (``网易公司版权所有``), else after it
    (``版权所有：广东省人民政府门户网站``, ``© 版权所有2000-2006，北京千龙…``); ``None`` when
    neither side names one, or the name after the mark runs on into a sentence."""
    start = 0
    # A host named before the holder ends before it: X主办 Y版权所有.
    for pattern in (_RIGHTS_CLUTTER_RE, _OWNER_BOUNDARY_RE, ICP_RE, POLICE_RE, lex.host_after_re):
        for found in pattern.finditer(folded, 0, mark.start()):
            start = max(start, found.end())
    end = start + len(folded[start : mark.start()].rstrip(_OWNER_EDGES))
    before = _CONTENT_LEAD_RE.sub("", folded[start:end].lstrip(_OWNER_EDGES))
    if before:
        return line[end - len(before) : end]
    at = mark.end()
    while at < len(folded):  # past the colon, the ©, the years and the commas
        clutter = _RIGHTS_CLUTTER_RE.match(folded, at)
        if clutter is not None:
            at = clutter.end()
        elif folded[at] in _OWNER_EDGES or folded[at].isspace():
            at += 1
        else:
            break
    stop = _OWNER_AFTER_STOP_RE.search(folded, at)
    end = len(folded) if stop is None else stop.start()
    for pattern in (_RIGHTS_CLUTTER_RE, ICP_RE, POLICE_RE, lex.footer_label_re):
        other = pattern.search(folded, at, end)
        if other is not None:
            end = other.start()
    after = folded[at:end].rstrip(_OWNER_EDGES)
    if not after or (stop is not None and folded[stop.start()] == "," and end == stop.start()):
        return None  # nothing, or a sentence: 版权所有.本站点信息来自互联网，若有侵权…
    return line[at : at + len(after)]


def _is_name(owner: str, *, lex: Lexicon) -> bool:
    """Whether a copyright holder's text can be a name: short, with a letter, no notice."""
    folded = fold(owner)
    return (
        len(owner) <= LIMITS.max_owner
        and any(char.isalpha() for char in folded)
        and lex.rights_notice_re.match(folded) is None
    )
