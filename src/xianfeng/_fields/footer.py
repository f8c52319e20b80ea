"""The page footer: 主办单位, the ICP licence number, 技术支持, the 公安备案 number."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from xianfeng._chars import fold, tidy
from xianfeng._fields._labels import strip_value
from xianfeng._lexicon import Lexicon
from xianfeng.models import Footer

__all__ = ["ICP_RE", "is_footer_line", "parse_footer"]

ICP_RE = re.compile(
    r"""
    [\u4e00-\u9fff] \s{0,2} ICP \s{0,2} [备证]? \s{0,2} :? \s{0,2} \d{4,12}   # 京ICP00000008号
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


def is_footer_line(line: str, *, lex: Lexicon) -> bool:
    """Whether a line belongs to a site footer (a label, an ICP or 公网安备 number, ©)."""
    if lex.footer_first_re.search(line) is None or lex.footer_anchor_re.search(line) is None:
        return False  # most lines end here, unfolded
    folded = fold(line)
    return any(
        pattern.search(folded) is not None
        for pattern in (ICP_RE, POLICE_RE, lex.footer_label_re, lex.copyright_re)
    )


def parse_footer(lines: Iterable[str], *, lex: Lexicon) -> Footer:
    """Read host, ICP, support and police record from the footer lines.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> f = parse_footer(["主办单位:中共哈尔滨市委组织部 黑ICP备12002421号-3",
    ...                   "技术支持:哈尔滨新闻网"], lex=lex)
    >>> f.host, f.icp, f.support
    ('中共哈尔滨市委组织部', '黑ICP备12002421号-3', '哈尔滨新闻网')
    """
    kept: list[str] = []
    values: dict[str, str] = {}
    for raw in lines:
        line = tidy(raw)
        if not line:
            continue
        kept.append(line)
        folded = fold(line)
        labels = list(lex.footer_label_re.finditer(folded))
        stops = [m.start() for m in labels]
        for pattern, field in ((ICP_RE, "icp"), (POLICE_RE, "police_record")):
            match = pattern.search(folded)
            if match is not None:
                value = "licence" if match.groupdict().get("licence") else 0
                values.setdefault(field, line[match.start(value) : match.end(value)])
                stops.append(match.start())
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
    return Footer(
        host=values.get("host"),
        icp=values.get("icp"),
        support=values.get("support"),
        police_record=values.get("police_record"),
        lines=tuple(kept),
    )
