"""Character-level helpers shared by every stage: tidying values and width-insensitive matching.

Two rules meet here. Values keep the page's own characters, so :func:`tidy` only touches
whitespace. Matching must not care whether the page wrote ``时间：``, ``时间:`` or ``時間：``, so
the field parsers match on :func:`fold`, which maps each full-width character to its ASCII
twin, and the traditional form of each character the vocabulary's words use to its
simplified form (:data:`xianfeng.vocabulary.TRADITIONAL`), *one character for one
character*: an index into the folded string is an index into the original, and a value is
always sliced out of the original.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from xianfeng.vocabulary import TRADITIONAL

# Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space fold to ASCII; NBSP and
# the other Unicode spaces fold to a plain space. Length-preserving by construction.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
# Every Unicode space but the plain one: all that str.isspace() knows.
_SPACES = "\t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
_SPACES += "\u2028\u2029\u202f\u205f\u3000"
_FOLD.update(dict.fromkeys(map(ord, _SPACES), 0x20))
# Colon look-alikes seen in CMS templates: full-width, small and presentation-form colons.
_COLONS = "\uff1a\ufe55\ufe13\u2236"
_FOLD.update(dict.fromkeys(map(ord, _COLONS), ord(":")))
# Traditional forms of the words the parser looks for fold to their simplified twins.
_FOLD.update({ord(old): ord(new) for old, new in TRADITIONAL.items()})


def _fold_table(mapping: dict[int, int]) -> list[int]:
    """The mapping as a list indexed by code point: ``str.translate`` looks a list up about
    twice as fast as a dict, and every stage folds the lines it reads. A character past the
    list (outside the Basic Multilingual Plane) is left as it is, as the dict leaves it."""
    table = list(range(max(mapping) + 1))
    for code, folded in mapping.items():
        table[code] = folded
    return table


_FOLD_TABLE = _fold_table(_FOLD)
COLON_RE = re.compile(f"[:{_COLONS}]")
"""Any character :func:`fold` turns into ``:`` (a test made before folding)."""
COLON_CHARS = frozenset(":" + _COLONS)
"""The same characters, as a set: a one-character test."""

# Characters that take no room on screen: zero-width space, non-joiner and joiner, the word
# joiner, the BOM (a zero-width no-break space inside a text) and the soft hyphen (shown only
# where a line breaks, which Chinese text never does at it).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\xad"
# Whitespace a value may be wrapped in: ASCII space and controls, NBSP, ideographic space,
# the other Unicode spaces and the invisible characters.
SPACE_CHARS = " " + _SPACES + _INVISIBLE

_CJK = r"\u2e80-\u2fff\u3001-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_RUN = f"[ {_SPACES}]"
# A line break between two CJK characters is source wrapping, not a space the author typed.
_WRAP_RE = re.compile(rf"(?<=[{_CJK}])[ \t\f\v\xa0]*[\r\n]{_SPACE_RUN}*(?=[{_CJK}])")
# Invisible characters are deleted before spaces are collapsed: left in place they would
# split one whitespace run in two ("a \u200b b" → "a  b"), and tidy would not be idempotent.
# So are the characters of the private use area: an icon font's glyphs (a share button's
# logo, a counter's eye), drawn by the page's style sheet, are no text.
_ZERO_WIDTH_RE = re.compile(f"[{_INVISIBLE}\ue000-\uf8ff]")


# Folded lines, by line: the stages of one parse ask for the same line's folded form again
# and again, and a site's pages repeat their menus and footers, while a translate costs about
# 30 ns a character. Bounded: emptied when full; long texts are not kept.
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 1024
_FOLDED_LONGEST = 1000


def fold(text: str) -> str:
    """Map full-width forms and odd spaces to ASCII, and traditional forms of the
    vocabulary's characters to simplified ones, one character for one.

    >>> fold("时间：２０２２")
    '时间:2022'
    """
    folded = _FOLDED.get(text)
    if folded is None:
        folded = text.translate(_FOLD_TABLE)
        if len(text) <= _FOLDED_LONGEST:
            if len(_FOLDED) >= _FOLDED_MAX:
                _FOLDED.clear()
            _FOLDED[text] = folded
    return folded


def squeeze(text: str) -> str:
    """``text`` folded, without spaces, in lower case: how box titles and markers compare.

    >>> squeeze("通知公告 更多＞＞")
    '通知公告更多>>'
    """
    return fold(text).replace(" ", "").lower()


def tidy(text: str) -> str:
    """Normalise whitespace the one way used for every value.

    Strips outer whitespace (ASCII, ``\\xa0``, ideographic ``\\u3000`` indents, zero-width
    characters, soft hyphens), deletes the invisible ones inside and an icon font's glyphs
    (private-use characters, drawn by a style sheet: no text), and turns every inner
    whitespace run into one plain space — except a line break between two CJK characters,
    which is source wrapping and vanishes. Whitespace is layout, not content, so this is the
    only place characters are rewritten. Idempotent.

    >>> tidy("\\u3000\\u3000阿城区\\xa0\\xa0深入\\n贯彻 ")
    '阿城区 深入贯彻'
    """
    # Already tidy, the common case: every whitespace and invisible character but the plain
    # space is unprintable, so a printable text needs only its plain spaces checked.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    inner = text.strip(SPACE_CHARS)
    if inner.isprintable() and "  " not in inner:  # only outer whitespace, the next commonest
        return inner
    if _ZERO_WIDTH_RE.search(text) is not None:  # rare: skip the slow substitution otherwise
        text = _ZERO_WIDTH_RE.sub("", text)
    if "\n" in text or "\r" in text:
        text = _WRAP_RE.sub("", text)
    return " ".join(text.split())  # str.split() splits at exactly the characters of _SPACES


def display_width(text: str) -> int:
    """Width in the CMS's byte-counting sense: ASCII counts 1, every other character 2.

    >>> display_width("2024年")
    6
    """
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


# The 500 most frequent Chinese characters. Running Chinese text, simplified or traditional,
# has well over half its characters among them; UTF-8 read as GBK has almost none.
_COMMON_HANZI = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自"
    "二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
    "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
    "几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安"
    "场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连"
    "断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属"
    "圆包火住调满县局照参红细引听该铁价严龙飞"
)
SENTENCE_ENDS = frozenset("。！？!?；;…")
"""What a line ending a sentence ends with (both widths): such a line is no heading, no
byline and no credit's signature."""
HANZI_RE = re.compile("[\u4e00-\u9fff]")
"""A character of the CJK Unified Ideographs block, which holds all of running Chinese text."""
# Latin-1 letters and signs: what GBK or UTF-8 bytes read as Latin-1 turn into.
_LATIN1_RE = re.compile("[\xa1-\xff]")


def garbled(text: str, *, min_common: float) -> str | None:
    """Why ``text`` looks like mojibake (bytes decoded with the wrong encoding), or ``None``.

    ``min_common`` is the least share of common characters Chinese text has.

    >>> garbled("阿城区深入贯彻落实中央和省委部署", min_common=0.2) is None
    True
    >>> garbled("阿城区".encode("utf-8").decode("gb18030", errors="replace") * 20, min_common=0.2)
    '0 of its 80 Chinese characters are common ones'
    """
    hanzi = HANZI_RE.findall(text)
    if hanzi:
        return uncommon(hanzi, min_common=min_common)
    latin1 = len(_LATIN1_RE.findall(text))
    if latin1 * 10 > len(text):
        return f"it has no Chinese characters but {latin1} Latin-1 signs"
    return None


def uncommon(hanzi: Sequence[str], *, min_common: float) -> str | None:
    """Why Chinese characters (one per item) are not those of running text, or ``None``:
    under ``min_common`` of them are common ones.

    >>> uncommon(list("阿城区深入贯彻落实"), min_common=0.2) is None
    True
    >>> uncommon(list("闃垮煄鍖"), min_common=0.2)
    '0 of its 4 Chinese characters are common ones'
    """
    common = sum(1 for char in hanzi if char in _COMMON_HANZI)
    if common < min_common * len(hanzi):
        return f"{common} of its {len(hanzi)} Chinese characters are common ones"
    return None
