"""The metadata line under the title: ``时间:2022-04-30 07:53来源:哈尔滨党员之家 点击:``.

Fields come in any order, separated by spaces, ``|`` or nothing at all, with full- or
half-width colons. Each value runs from its label's colon to the next label.

:data:`META_FIELDS` is the one list of the line's fields: what reads each value and which
``Article`` attributes it fills. Everything else (the line's reading, the metadata found
under a body, the assembly of the Article, the command line's CSV columns) follows it. A new
field is a row here, its labels in :data:`xianfeng.vocabulary.META_LABELS` under the same
name, and its attribute on :class:`~xianfeng.Article`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any, Final

import attrs

from xianfeng._chars import COLON_RE, SPACE_CHARS, fold, tidy
from xianfeng._fields._labels import strip_value, value_ends
from xianfeng._fields.dates import DATE_CLUTTER, DATE_RE, read_date, read_labelled_date
from xianfeng._lexicon import Lexicon
from xianfeng.errors import WarningCode
from xianfeng.models import Credit, ParseWarning
from xianfeng.vocabulary import LIMITS

__all__ = [
    "META_FIELDS",
    "MetaField",
    "MetaLine",
    "is_field_line",
    "parse_dateline",
    "parse_metaline",
    "read_fields",
]

# What may sit between fields (compared folded, so ，；｜／ too).
_SEP = " |/·,;丨[]【】"
_DIGIT_RE = re.compile("[0-9０-９]")
_LETTER_RE = re.compile("[A-Za-z]")
_NUMBER_RE = re.compile("[0-9]+")
# A count of times alone at the end of a metadata line (… 11:04:07 103次): the reads.
_TIMES_CLOSING_RE = re.compile(r"(?<=[ |])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,12}) ?次$")
_CLICKS_RE = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,12})\s{0,3}(?:次|人次)?")
_NO_VALUE = {"", "次", "人次"}
# A value in square brackets right after its label: 来源：[ 人民网 ].
_BRACKETED_RE = re.compile(r"\s{0,3}[\[【]\s{0,3}[^\[\]【】:]{1,40}\s{0,3}[\]】]")
# A label the vocabulary does not know, after a space, maybe with each character's reading
# in brackets: it ends the value before it (发布人:肥西中学 发布部门:肥西中学 → 肥西中学;
# 作者:李明 人气:; 來源:績溪縣應急管理局 瀏覽次數(shù):).
_UNKNOWN_LABEL_RE = re.compile(
    r"[ |/](?:[\u4e00-\u9fffA-Za-z](?:\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}\))?){1,6}\s{0,2}:"
)
# An unlabelled name after a date: a unit's (hanzi, maybe with a dash or a dot between two
# names: 人民网-人民日报), a person's, or a user name.
# A label of any words, where a value ends: what may follow a stamped credit (关键字：).
_LABEL_AHEAD_RE = re.compile(r"[\u4e00-\u9fff]{1,6} ?:")
_UNIT_NAME_RE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·\-]{1,19}")
_PERSON_RE = re.compile(r"[\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z0-9_.\-]{1,19}")
# Who posted it before a date, maybe after the column's name, without labels (社会新闻 新华社
# 2022-06-09 11:44:04, 中国网 2019-11-25 10:37:31): a unit's name (tested apart), an account
# as much as a source, so it gives no field; the line is still a date line.
_LEAD_UNIT_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,8} )?(?P<unit>[\u4e00-\u9fff]{2,8}) ?")
# Who issued it after a date and a separator, a name neither a unit's nor a person's (an
# account: 2019-05-17 · 苏皖城市报道): it gives no field, and the line is still a date line.
_ISSUER_RE = re.compile(r"\s{0,3}[·|丨]\s{0,3}[\u4e00-\u9fffA-Za-z0-9]{2,10}\s{0,3}")
# Two or three names after a date, each a person's (the writers: 2020-06-05 20:35 叨叨姐
# 胡一刀 李小飞刀): unlabelled, they give no field, and the line is still a date line. Glued
# together, as the spans they stand in put them (叨叨姐胡一刀李小飞刀), they count only after
# a clock time, which no sentence opening with a date shows (2024年5月30日上午支部召开…).
_NAMES_RE = re.compile(r"\s{0,3}[\u4e00-\u9fff]{2,4}(?:\s{0,3}[\u4e00-\u9fff]{2,4}){1,2}\s{0,3}")
# A web address or a bare host name beside a date (the site's: http://www.qianlong.com/
# 2005-03-06 16:17:00, AUTO.SOHU.COM 2005年05月13日14:15): it takes up no room a date line
# has for other words. A host name ends in a top-level domain of letters only (not 1.8T).
_ADDRESS_RE = re.compile(
    r"(?:https?://|www\.)[\w.\-/?=&%#:~]{1,100}"
    r"|(?<![\w.])(?:[a-z0-9\-]{1,63}\.){1,5}[a-z]{2,6}(?![\w.])",
    re.ASCII | re.IGNORECASE,
)

_Reader = Callable[[str, list[ParseWarning], Lexicon], tuple[Any, str | None]]
"""A field's value parser: the value's text → the value, and the raw text kept beside it
(``None`` when the field keeps none). A value it cannot read is ``None``, with a warning."""


@attrs.frozen
class MetaField:
    """One field of the metadata line."""

    name: str
    """The ``Article`` attribute it fills, its key in ``META_LABELS`` and its CSV column."""
    read: _Reader
    raw: str | None = None
    """The ``Article`` attribute that keeps the text the value was read from."""
    dated: bool = False
    """The field takes a date the line shows without a label (``2022-04-30 来源:本站``)."""
    alone_under_body: bool = True
    """A line under the body that gives only this field is the article's metadata (a bare
    阅读/浏览 counter there is the page's widget, not the article's)."""


@attrs.frozen(kw_only=True)
class MetaLine:
    """What a metadata line says. Values keep the page's characters."""

    values: Mapping[str, Any] = MappingProxyType({})
    """``Article`` attribute → value, for the fields the line gives (:data:`META_FIELDS`)."""
    credits: tuple[Credit, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()

    def get(self, name: str) -> Any:
        """The value of the ``Article`` attribute ``name``; ``None`` when the line gives none."""
        return self.values.get(name)

    def fill(self, more: MetaLine) -> MetaLine:
        """This line with the fields it lacks taken from ``more`` (metadata shown twice)."""
        return MetaLine(
            values=MappingProxyType({**more.values, **self.values}),
            credits=(*self.credits, *(c for c in more.credits if c not in self.credits)),
            warnings=(*self.warnings, *(w for w in more.warnings if w not in self.warnings)),
        )


def _published(
    value: str, warnings: list[ParseWarning], lex: Lexicon
) -> tuple[datetime | None, str | None]:
    reading = read_date(value)
    if reading is None:
        other = read_labelled_date(value, month_first=lex.month_first)
        if other is not None and other[1]:
            warnings.append(
                WarningCode.META_PUBLISHED_NO_YEAR.warning(
                    f"the metadata line gives the date as {other[0].raw!r}, without a year"
                )
            )
            return None, other[0].raw
        reading = None if other is None else other[0]
    if reading is None or reading.value is None:
        warnings.append(
            WarningCode.META_PUBLISHED_UNPARSED.warning(
                f"the metadata line gives the time as {value!r}, which is not a date",
            )
        )
        return None, value if reading is None else reading.raw
    if reading.unread is not None:
        warnings.append(
            WarningCode.META_PUBLISHED_PARTIAL.warning(
                f"the metadata line gives the time as {reading.raw!r}: the date was "
                f"read, but not the time of day {reading.unread!r}",
            )
        )
    return reading.value, reading.raw


def _name(field: str) -> _Reader:
    """The reader of a name (a source, an author): refused when it is no name, but a count,
    runs on into a label the vocabulary does not know (``张三审定：李四``) or names no one
    (``转载文章``, :data:`xianfeng.vocabulary.NO_NAMES`)."""

    def read(value: str, warnings: list[ParseWarning], lex: Lexicon) -> tuple[str | None, None]:
        folded = fold(value)
        why = (
            "holds a label"
            if ":" in folded
            else "is a number"
            if _CLICKS_RE.fullmatch(folded.strip())
            else "names no one"
            if folded in lex.no_names
            else None
        )
        if why is None:
            return value, None
        warnings.append(
            WarningCode.META_NAME_REFUSED.warning(
                f"the metadata line gives the {field} as {value!r}, which {why}: not a name"
            )
        )
        return None, None

    return read


def _clicks(value: str, warnings: list[ParseWarning], _lex: Lexicon) -> tuple[int | None, None]:
    folded = fold(value).strip()
    if folded in _NO_VALUE:
        return None, None
    match = _CLICKS_RE.fullmatch(folded)
    if match is None:
        warnings.append(
            WarningCode.META_CLICKS_UNPARSED.warning(
                f"the metadata line gives the click count as {value!r}, not a number",
            )
        )
        return None, None
    return int(match.group("n").replace(",", "")), None


META_FIELDS: Final = (
    MetaField("published", _published, raw="published_raw", dated=True),
    MetaField("source", _name("source")),
    MetaField("author", _name("author")),
    MetaField("clicks", _clicks, alone_under_body=False),
)
"""The fields of the metadata line, in the order an Article lists them."""
_DATED: Final = next(field.name for field in META_FIELDS if field.dated)


def _read(
    texts: Mapping[str, str], warnings: list[ParseWarning], *, lex: Lexicon
) -> Mapping[str, Any]:
    """Each field's value read from its text (``{"source": "本站"}``); empty ones left out."""
    values: dict[str, Any] = {}
    for field in META_FIELDS:
        text = texts.get(field.name)
        if not text:
            continue
        value, raw = field.read(text, warnings, lex)
        if value is not None:
            values[field.name] = value
        if field.raw is not None and raw is not None:
            values[field.raw] = raw
    return MappingProxyType(values)


def read_fields(texts: Mapping[str, str], *, lex: Lexicon) -> MetaLine:
    """The metadata given as the text of each field (``{"published": "2021-03-01"}``), read
    as a metadata line's values are."""
    warnings: list[ParseWarning] = []
    return MetaLine(values=_read(texts, warnings, lex=lex), warnings=tuple(warnings))


def parse_metaline(line: str, *, lex: Lexicon, single: bool = False) -> MetaLine | None:
    """Parse a metadata line; ``None`` when the line is not one.

    A line is a metadata line when it has a labelled field (``label:``) and either a date
    or a second field. A date with no label in front of the first label counts as the
    publication time (``2022-04-30 07:53 来源:本站``). Credit labels alone make a credit
    line, not a metadata line, even with a date in it (``记者：请问2022年…？``), unless the
    last credit is a name stamped with a date and a time (``编辑：悄悄 2021-04-09 12:38:54``). With
    ``single``, one labelled field is enough (a ``来源：…`` line under the body).

    A value ends at the next label, at a label the vocabulary does not know (``作者：李明
    人气：``), at page tools, and at a date with no label of its own, which is the publication
    time when no label gives one (``来源：江苏福彩网 2018-12-03``). A count of times alone at
    the end of the line (``发布时间：2021-01-12 11:04:07 103次``) is the reads.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> m = parse_metaline("时间:2022-04-30 07:53来源:哈尔滨党员之家 点击:", lex=lex)
    >>> m.get("published").isoformat(), m.get("source"), m.get("clicks")
    ('2022-04-30T07:53:00+08:00', '哈尔滨党员之家', None)
    """
    barred = "|" in line or "｜" in line
    if not barred and COLON_RE.search(line) is None:  # every label has a colon: most end here
        return None
    text = tidy(line)
    if len(text) > LIMITS.max_meta_line:
        return None
    folded = fold(text)
    glued = lex.clicks_glued_re.search(folded)
    if glued is not None:  # 点击数840: read as if the colon stood (folded keeps the length)
        text = f"{text[: glued.end()]}:{text[glued.end() :]}"
        folded = f"{folded[: glued.end()]}:{folded[glued.end() :]}"
    labels = list(lex.meta_label_re.finditer(folded))
    if not labels:
        colons = _barred_fields(text, folded, lex=lex) if barred else None
        return None if colons is None else parse_metaline(colons, lex=lex, single=single)
    fields = {lex.meta_field[lex.label(m)] for m in labels}
    lead_date = DATE_RE.search(folded, 0, labels[0].start())
    if lead_date is None and fields == {"credit"} and not _stamped(folded, labels[-1].end()):
        return None
    if len(fields) < 2 and lead_date is None and not single and not DATE_RE.search(folded):
        return None

    values: dict[str, str] = {}
    credits: list[Credit] = []
    loose_date: str | None = None
    for match, stop in value_ends(labels, len(text)):
        field = lex.meta_field[lex.label(match)]
        tools_from = match.end()
        date = DATE_RE.search(folded, match.end(), stop)
        bracketed = _BRACKETED_RE.match(folded, match.end(), stop)
        if date is not None and field == _DATED:
            tools_from = date.end()  # brackets around the date are not page tools
        elif bracketed is not None:  # the value is what the brackets hold (来源：[ 人民网 ])
            stop = tools_from = bracketed.end()
        elif date is not None and (field != "credit" or _stamped(folded, match.end())):
            stop = date.start()
            loose_date = loose_date or text[date.start() : date.end()]
        clutter = lex.clutter_re.search(folded, tools_from, stop)
        if clutter is not None:
            stop = clutter.start()
        unknown = _UNKNOWN_LABEL_RE.search(folded, match.end(), stop)
        if unknown is not None:
            stop = unknown.start()
        value = strip_value(text, folded, match.end(), stop, _SEP)
        if field == "credit":
            if value:
                credits.append(Credit(role=lex.label(match), name=value))
        else:
            values.setdefault(field, value)
    if not values.get(_DATED):
        if lead_date is not None:
            values[_DATED] = text[lead_date.start() : lead_date.end()]
        elif loose_date is not None:
            values[_DATED] = loose_date
    if "clicks" not in values and (times := _TIMES_CLOSING_RE.search(folded)) is not None:
        values["clicks"] = times["n"]
    warnings: list[ParseWarning] = []
    return MetaLine(
        values=_read(values, warnings, lex=lex), credits=tuple(credits), warnings=tuple(warnings)
    )


def _barred_fields(text: str, folded: str, *, lex: Lexicon) -> str | None:
    """A line of fields between bars whose labels have no colons (``发表于2014-08-24 21:30|
    1164次阅读| 来源CSDN| 0 条评论| 作者魏星``), written with a colon after each label and a
    count before its label as the label and the count (``阅读:1164``); fields neither labelled
    nor dated (``0 条评论``) are left out. ``None`` unless a field is dated and two are
    labelled. ``text`` is the line tidied, ``folded`` the same folded."""
    fields: list[str] = []
    labelled = 0
    dated = False
    start = 0
    for end in (*(i for i, char in enumerate(folded) if char == "|"), len(folded)):
        part, part_folded = text[start:end].strip(), folded[start:end].strip()
        start = end + 1
        count = lex.clicks_before_re.fullmatch(part_folded)
        label = lex.meta_bare_re.match(part_folded)
        if count is not None:
            fields.append(f"{part[count.start('label') :]}:{count['n']}")
        elif label is not None:
            fields.append(f"{part[: label.end('label')]}:{part[label.end('label') :]}")
        elif DATE_RE.search(part_folded):
            dated = True
            fields.append(part)
            continue
        else:
            continue
        labelled += 1
    return " | ".join(fields) if dated and labelled >= 2 else None


def _stamped(folded: str, start: int) -> bool:
    """Whether the credit from ``start`` on is a name and then the time it was filed, date
    and time of day (``编辑：悄悄 2021-04-09 12:38:54``), as some templates stamp their one
    credit: not a sentence with a date in it (``记者：请问2022年5月1日…``)."""
    date = DATE_RE.search(folded, start)
    if date is None or date["time"] is None or folded[date.start() - 1] != " ":
        return False
    after = folded[date.end() :].strip()
    return _PERSON_RE.fullmatch(folded[start : date.start()].strip()) is not None and (
        not after or _LABEL_AHEAD_RE.match(after) is not None
    )


def _tools_only(text: str, *, lex: Lexicon) -> bool:
    """Whether ``text`` (folded) is page-tool links and nothing else."""
    return bool(text) and text[0] in lex.tool_start and lex.tool_re.fullmatch(text) is not None


def parse_dateline(line: str, *, lex: Lexicon) -> MetaLine | None:
    """A line that only gives the publication date (``2024.05.30``, ``[2021-7-8]``), as
    templates without labels show it under a title, maybe with who issued it after the date
    (``2022-02-13 09:57 光明网``: the source; ``2019-05-08 10:21:33 admin``: the author;
    a unit's name before the date, maybe after the column's: ``社会新闻 新华社 2022-06-09``,
    no field;
    ``2019-05-17 · 苏皖城市报道``: an account, no field) or the site's web address beside it;
    ``None`` when the line says more.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> parse_dateline("2024.05.30", lex=lex).get("published").isoformat()
    '2024-05-30T00:00:00+08:00'
    >>> parse_dateline("2022-02-13 09:57 光明网", lex=lex).get("source")
    '光明网'
    >>> parse_dateline("2024年5月30日上午，支部召开组织生活会", lex=lex) is None
    True
    """
    if len(line) > LIMITS.max_field_line * 2 or _DIGIT_RE.search(line) is None:
        return None  # no date without digits (either width): most lines end here
    text = tidy(line)
    if not text or len(text) > LIMITS.max_field_line:
        return None
    folded = fold(text)
    match = DATE_RE.search(folded)
    if match is None:
        return _english_dateline(text, lex=lex)
    texts = {_DATED: text[match.start() : match.end()]}
    after = folded[match.end() :]
    field = _byline_field(after.strip(DATE_CLUTTER), lex=lex)
    if field is not None:
        texts[field] = text[match.end() :].strip(DATE_CLUTTER + SPACE_CHARS)
        after = ""
    elif (
        _ISSUER_RE.fullmatch(after)
        or (_NAMES_RE.fullmatch(after) and (" " in after.strip() or ":" in match.group()))
        or _tools_only(after.lstrip(DATE_CLUTTER), lex=lex)
    ):
        after = ""  # an account, writers, page tools (2012年05月11日 星期五 放大 缩小 默认)
    before = folded[: match.start()]
    lead = _LEAD_UNIT_RE.fullmatch(before) if len(before) > LIMITS.max_date_clutter else None
    if lead is not None and lex.unit_re.search(lead["unit"]):
        before = ""  # who posted it, maybe after the column: no field, still a date line
    rest = _ADDRESS_RE.sub("", before + after)
    if len(rest.strip(DATE_CLUTTER)) > LIMITS.max_date_clutter:
        return None
    warnings: list[ParseWarning] = []
    values = _read(texts, warnings, lex=lex)
    if _DATED not in values:
        return None
    return MetaLine(values=values, warnings=tuple(warnings))


def _english_dateline(text: str, *, lex: Lexicon) -> MetaLine | None:
    """A line that is an English date and nothing else (``Saturday, September 10th, 2005
    10:56 am``, as blog software prints it over a post). It names the day: a month and a
    year alone (``April 2006``, an archive's link) is no date."""
    if not text.isascii() or not _LETTER_RE.search(text) or len(_NUMBER_RE.findall(text)) < 2:
        return None
    reading = read_date(text)
    if reading is None or reading.value is None:
        return None
    warnings: list[ParseWarning] = []
    values = _read({_DATED: text}, warnings, lex=lex)
    return MetaLine(values=values, warnings=tuple(warnings)) if _DATED in values else None


def _byline_field(folded: str, *, lex: Lexicon) -> str | None:
    """What an unlabelled name after a date gives: ``source`` for a unit's name, ``author``
    for a person's (two to four hanzi) or a user name (``admin``); ``None`` for anything
    else."""
    if _UNIT_NAME_RE.fullmatch(folded) and lex.unit_re.search(folded):
        return "source"
    if _PERSON_RE.fullmatch(folded):
        return "author"
    return None


def is_field_line(line: str, *, lex: Lexicon) -> bool:
    """Whether a line is one metadata field on its own (``来源：道里区委组织部``), as templates
    that give each field its own block show them; credit labels do not count.

    >>> from xianfeng._lexicon import DEFAULT as lex
    >>> [is_field_line(line, lex=lex) for line in ("来源：道里区委组织部", "记者：请问您怎么看？")]
    [True, False]
    """
    if COLON_RE.search(line) is None:
        return False
    text = tidy(line)
    if len(text) > LIMITS.max_field_line:
        return False
    match = lex.meta_label_re.match(fold(text))
    return match is not None and lex.meta_field[lex.label(match)] != "credit"
