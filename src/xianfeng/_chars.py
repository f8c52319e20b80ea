"""Character-level helpers shared by every stage: tidying values and width-insensitive matching.

Two rules meet here. Values keep the page's own characters, so :func:`tidy` only touches
whitespace. Matching must not care whether the page wrote ``时间：`` or ``时间:``, so the field
parsers match on :func:`fold`, which maps each full-width character to its ASCII twin *one
character for one character*: an index into the folded string is an index into the original,
and a value is always sliced out of the original.
"""

from __future__ import annotations

import re

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
COLON_RE = re.compile(f"[:{_COLONS}]")
"""Any character :func:`fold` turns into ``:`` (a test made before folding)."""

# Whitespace a value may be wrapped in: ASCII space and controls, NBSP, ideographic space,
# the other Unicode spaces, zero-width characters and the BOM.
SPACE_CHARS = " " + _SPACES + "\u200b\u200c\u200d\ufeff"

_CJK = r"\u2e80-\u2fff\u3001-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_RUN = f"[ {_SPACES}]"
_INNER_SPACE = re.compile(
    rf"""
    (?P<wrap>(?<=[{_CJK}])[ \t\f\v\xa0]*[\r\n]{_SPACE_RUN}*(?=[{_CJK}]))
                                    # a line break between two CJK characters is source
                                    # wrapping, not a space the author typed: drop it
    | (?P<space>{_SPACE_RUN}+)      # any other whitespace run: one plain space
    """,
    re.VERBOSE,
)
# Zero-width characters are deleted before spaces are collapsed: left in place they would
# split one whitespace run in two ("a \u200b b" → "a  b"), and tidy would not be idempotent.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"))
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\ufeff]")
# Whitespace other than a plain space, and zero-width characters: tidy() rewrites them. One
# spelled-out character class: the "already tidy?" scan runs on every line, and a negated
# class (``[^\S ]``) is four times slower.
_ODD_SPACE_RE = re.compile(f"[{_SPACES}\u200b\u200c\u200d\ufeff]")


def fold(text: str) -> str:
    """Map full-width forms and odd spaces to ASCII, one character for one.

    >>> fold("时间：２０２２")
    '时间:2022'
    """
    return text.translate(_FOLD)


def _inner(match: re.Match[str]) -> str:
    return "" if match.lastgroup == "wrap" else " "


def tidy(text: str) -> str:
    """Normalise whitespace the one way used for every value.

    Strips outer whitespace (ASCII, ``\\xa0``, ideographic ``\\u3000`` indents, zero-width)
    and turns every inner whitespace run into one plain space — except a line break between
    two CJK characters, which is source wrapping and vanishes. Whitespace is layout, not
    content, so this is the only place characters are rewritten. Idempotent.

    >>> tidy("\\u3000\\u3000阿城区\\xa0\\xa0深入\\n贯彻 ")
    '阿城区 深入贯彻'
    """
    if (  # already tidy, the common case: no outer space, no double space, no odd space
        text.strip(SPACE_CHARS) == text and "  " not in text and _ODD_SPACE_RE.search(text) is None
    ):
        return text
    if _ZERO_WIDTH_RE.search(text) is not None:  # rare: skip the slow translate otherwise
        text = text.translate(_ZERO_WIDTH)
    return _INNER_SPACE.sub(_inner, text.strip(SPACE_CHARS))


def display_width(text: str) -> int:
    """Width in the CMS's byte-counting sense: ASCII counts 1, every other character 2.

    >>> display_width("2024年")
    6
    """
    return 2 * len(text) - len(text.encode("ascii", "ignore"))
