"""Bytes → text, the first stage of the pipeline.

Precedence, first match wins:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. strict UTF-8, when the bytes are valid UTF-8 and not plain ASCII: GBK text is virtually
   never valid UTF-8, so this also overrides a wrong ``charset=gbk`` on a UTF-8 page;
3. damaged UTF-8: UTF-8 but for a few bad sequences (a download cut mid-character, a
   flipped byte), i.e. at least 20 good non-ASCII characters per bad one — GBK bytes read
   as UTF-8 give fewer good than bad — is read leniently as UTF-8 (see 6. for the warning);
4. the declared charsets, strictly, in this order: the one declared outside the page (the
   ``encoding=`` argument, e.g. an HTTP ``Content-Type`` header's charset), then the page's
   own (``<meta charset>``, ``http-equiv``, XML declaration). A label means what it means to
   a browser: the WHATWG Encoding Standard's label table (:mod:`xianfeng._whatwg`), and for
   a label the table lacks, Python's name for it (``cp936`` is Python's ``gbk``). Each
   encoding is read as browsers read it: GBK (gb2312, gbk …) as its superset GB18030, since
   pages declared gb2312 routinely contain characters outside it; Big5 as Big5-HKSCS,
   Shift_JIS as windows-31j, EUC-KR as windows-949. A label is ignored when it is unknown,
   names no text encoding (``zlib``, ``base64``), or names one a browser never reads a page
   in (UTF-32, ``replacement``); so is windows-1252 (and ISO-8859-1, ``ascii``: the same
   encoding to a browser), which decodes any bytes at all, so on a Chinese page the label is
   a leftover default, not proof; and so is UTF-16 declared inside a page, which could not
   be read as ASCII if it were true;
5. the undeclared guesses, strictly: GB18030, when its text reads as Chinese — GB18030
   decodes nearly any bytes, and Big5 bytes read as GB18030 give rare characters, so under
   a fifth of its Chinese characters are common ones (:func:`xianfeng._chars.uncommon`;
   judged on the first 4,096 characters, or on all when those hold too few Chinese ones) —
   else Big5 (Big5-HKSCS), when its text reads as Chinese;
6. lenient: of the candidates of 4. and 5. (Big5 only where GB18030 does not read as
   Chinese), the one that loses the fewest characters among those whose text reads as
   Chinese (among all, if none does; the first on a tie), with undecodable bytes replaced
   by U+FFFD, and a ``decode.replaced`` warning saying how many — unless so many are
   undecodable (over a tenth of the text) that the bytes are not text in that encoding at
   all: then :class:`~xianfeng.DecodeError`.

Never windows-1252: a Chinese page is never that. BOM and declaration sniffing are bs4's
(:class:`bs4.dammit.EncodingDetector`), not hand-written.
"""

from __future__ import annotations

import codecs

import attrs
from bs4.dammit import EncodingDetector

from xianfeng._chars import HANZI_RE, garbled, uncommon
from xianfeng._whatwg import ENCODINGS
from xianfeng.errors import DecodeError, WarningCode
from xianfeng.models import ParseWarning
from xianfeng.vocabulary import LIMITS

__all__ = ["Decoded", "declared_codec", "decode"]

_GB18030 = "gb18030"
_BIG5 = "big5hkscs"
# The Python codec each WHATWG encoding is read with: the codec of that name, or the superset
# browsers read it as. None: no declaration of it is evidence — windows-1252 decodes any bytes
# — or Python has no codec for it (replacement, x-user-defined).
_CODECS: dict[str, str | None] = {
    "UTF-8": "utf-8",
    "IBM866": "cp866",
    "ISO-8859-2": "iso8859-2",
    "ISO-8859-3": "iso8859-3",
    "ISO-8859-4": "iso8859-4",
    "ISO-8859-5": "iso8859-5",
    "ISO-8859-6": "iso8859-6",
    "ISO-8859-7": "iso8859-7",
    "ISO-8859-8": "iso8859-8",
    "ISO-8859-8-I": "iso8859-8",  # the same characters, in logical order
    "ISO-8859-10": "iso8859-10",
    "ISO-8859-13": "iso8859-13",
    "ISO-8859-14": "iso8859-14",
    "ISO-8859-15": "iso8859-15",
    "ISO-8859-16": "iso8859-16",
    "KOI8-R": "koi8-r",
    "KOI8-U": "koi8-u",
    "macintosh": "mac-roman",
    "windows-874": "cp874",
    "windows-1250": "cp1250",
    "windows-1251": "cp1251",
    "windows-1252": None,
    "windows-1253": "cp1253",
    "windows-1254": "cp1254",
    "windows-1255": "cp1255",
    "windows-1256": "cp1256",
    "windows-1257": "cp1257",
    "windows-1258": "cp1258",
    "x-mac-cyrillic": "mac-cyrillic",
    "GBK": _GB18030,
    "gb18030": _GB18030,
    "Big5": _BIG5,
    "EUC-JP": "euc_jp",
    "ISO-2022-JP": "iso2022_jp",
    "Shift_JIS": "cp932",
    "EUC-KR": "cp949",
    "replacement": None,
    "UTF-16BE": "utf-16-be",
    "UTF-16LE": "utf-16-le",
    "x-user-defined": None,
}
_LABELS = {label: _CODECS[name] for name, labels in ENCODINGS.items() for label in labels}
_READ = frozenset(codec for codec in _CODECS.values() if codec is not None)
_UTF16 = frozenset({"utf-16-le", "utf-16-be"})
# WHATWG's "get an encoding" strips ASCII whitespace around a label.
_ASCII_WHITESPACE = "\t\n\f\r "
# The declaration sits in the <head>; a page whose first 4 KiB has none has none.
_SNIFF_BYTES = 4096
# Whether a decoding reads as Chinese shows in its first 4,096 characters when they hold
# this many Chinese characters: the test pages hold 50 to 1,300 there, but for one whose
# head is all script (5).
_SAMPLE_CHARS = 4096
_SAMPLE_HANZI = 48
# Some replaced bytes are a damaged page; this many (and a tenth of the text) is not a page.
_MAX_REPLACED = 16
# Damaged UTF-8 still decodes to this many good non-ASCII characters per bad sequence.
_UTF8_GOOD_PER_BAD = 20
# How many bytes from the first bad sequence show a page is not UTF-8 at all (GBK bytes are
# bad every other byte or so), before the whole page is decoded to count.
_UTF8_SAMPLE = 4096


@attrs.frozen(kw_only=True)
class Decoded:
    """Decoded page text, the encoding that produced it, and what was lost."""

    text: str
    encoding: str
    warnings: tuple[ParseWarning, ...] = ()


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode page bytes by the precedence above.

    ``declared`` is the charset declared outside the page (an HTTP header), if any: it comes
    before the page's own declaration, but after a BOM and the UTF-8 checks (bytes that are
    UTF-8 are UTF-8 whatever a server's default header says).

    Raises :class:`~xianfeng.DecodeError` when even lenient decoding leaves mostly damage.
    """
    body, bom = EncodingDetector.strip_byte_order_mark(data)
    if bom is not None:
        encoding = codecs.lookup(bom).name
        skipped = len(data) - len(body)
        return _lenient(body, encoding, (encoding,), "its byte-order mark", skipped=skipped)
    tried: list[str] = []
    if not body.isascii():
        tried.append("utf-8")
        try:
            return Decoded(text=body.decode("utf-8"), encoding="utf-8")
        except UnicodeDecodeError as error:
            if not _clearly_not_utf8(body, error.start):  # GBK pages: no whole decoding
                damaged = body.decode("utf-8", errors="replace")
                if _mostly_utf8(damaged):
                    return _lenient(body, "utf-8", tuple(tried), "damaged UTF-8", damaged)
    outside = declared_codec(declared or "")
    sniffed = EncodingDetector.find_declared_encoding(body[:_SNIFF_BYTES], is_html=True)
    inside = declared_codec(sniffed or "", in_page=True)
    candidates = list(dict.fromkeys(filter(None, (outside, inside, _GB18030))))
    for encoding in candidates:
        tried.append(encoding)
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding in (outside, inside) or _reads_as_chinese(text):
            return Decoded(text=text, encoding=encoding)
    decodings = {encoding: body.decode(encoding, errors="replace") for encoding in candidates}
    if _BIG5 not in decodings and not _reads_as_chinese(decodings[_GB18030]):
        # GB18030 decodes nearly any bytes, Big5's too, but into rare characters.
        tried.append(_BIG5)
        try:
            text = body.decode(_BIG5)
        except UnicodeDecodeError:
            text = body.decode(_BIG5, errors="replace")
        else:
            if _reads_as_chinese(text):
                return Decoded(text=text, encoding=_BIG5)
        decodings[_BIG5] = text
    everything = tuple(dict.fromkeys(tried))
    # Damaged bytes: the candidate that loses the fewest characters (the first on a tie), so
    # a server's wrong default header cannot turn a slightly damaged page into no page; but
    # one that reads as Chinese first, so a damaged Big5 page is not read as GB18030.
    readable = {e: text for e, text in decodings.items() if _reads_as_chinese(text)}
    encoding = min(readable or decodings, key=lambda e: decodings[e].count("\ufffd"))
    why = {outside: "declared outside the page", inside: "declared"}.get(encoding, "the fallback")
    return _lenient(body, encoding, everything, why, decodings[encoding])


def declared_codec(label: str, *, in_page: bool = False) -> str | None:
    """The codec a declared charset label has a page read with, or ``None`` to ignore it.

    ``in_page``: the label comes from the page's own bytes (where UTF-16 cannot be right).

    >>> declared_codec("x-x-big5"), declared_codec("GB_2312"), declared_codec("cp936")
    ('big5hkscs', 'gb18030', 'gb18030')
    >>> declared_codec("zlib"), declared_codec("latin1"), declared_codec("utf-16", in_page=True)
    (None, None, None)
    """
    key = label.strip(_ASCII_WHITESPACE).lower()
    if key in _LABELS:
        codec = _LABELS[key]
    elif not key:  # no label, the common case: spare it a failing lookup
        return None
    else:
        try:
            name = codecs.lookup(key).name  # Python's own name for it: cp936 is gbk
        except (LookupError, ValueError):  # ValueError: a NUL in the label
            return None
        codec = _LABELS.get(name, name if name in _READ else None)
    return None if in_page and codec in _UTF16 else codec


def _reads_as_chinese(text: str) -> bool:
    """Whether ``text`` reads as Chinese (or holds none), judged on the Chinese characters of
    its first 4,096 characters — the title, the description, the navigation — when they are
    enough to tell, else on all of them."""
    hanzi = HANZI_RE.findall(text, 0, _SAMPLE_CHARS)
    if len(hanzi) < _SAMPLE_HANZI:
        return garbled(text, min_common=LIMITS.min_common_hanzi) is None
    return uncommon(hanzi, min_common=LIMITS.min_common_hanzi) is None


def _clearly_not_utf8(body: bytes, first_bad: int) -> bool:
    """Whether the bytes from the first bad sequence on hold so many bad ones that the page
    cannot be mostly UTF-8 (:func:`_mostly_utf8`), judged on a sample: a good non-ASCII
    character takes two bytes or more, so the page holds at most ``len(body) // 2`` of them,
    and the page's bad ones are at least the sample's but one (its cut end may split one)."""
    sample = body[first_bad : first_bad + _UTF8_SAMPLE].decode("utf-8", errors="replace")
    bad = sample.count("\ufffd") - 1
    return 2 * _UTF8_GOOD_PER_BAD * bad > len(body)


def _mostly_utf8(text: str) -> bool:
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return good >= _UTF8_GOOD_PER_BAD * bad


def _lenient(
    data: bytes,
    encoding: str,
    tried: tuple[str, ...],
    why: str,
    text: str | None = None,
    *,
    skipped: int = 0,
) -> Decoded:
    """Decode replacing what cannot be decoded (``text``: that decoding, if already made).

    ``tried`` (the encodings tried so far), ``why`` (why ``encoding`` was chosen) and
    ``skipped`` (how many bytes, a byte-order mark, come before ``data``) go into the error
    when the bytes are not text at all.
    """
    if text is None:
        text = data.decode(encoding, errors="replace")
    replaced = text.count("\ufffd")
    if not replaced:
        return Decoded(text=text, encoding=encoding)
    if replaced > _MAX_REPLACED and replaced * 10 > len(text):
        position = _first_bad_byte(data, encoding)
        if position is not None:
            position += skipped
        at = "" if position is None else f", the first at byte {position}"
        raise DecodeError(
            f"expected text in {encoding} ({why}), but {replaced} of "
            f"{len(text)} characters could not be decoded{at} (tried {', '.join(tried)}): "
            "this is not a text page",
            tried=tried,
            position=position,
        )
    warning = WarningCode.DECODE_REPLACED.warning(
        f"{replaced} undecodable byte sequence(s) in {encoding} were replaced by U+FFFD"
    )
    return Decoded(text=text, encoding=encoding, warnings=(warning,))


def _first_bad_byte(data: bytes, encoding: str) -> int | None:
    """Where strict decoding in ``encoding`` fails (None if it does not: U+FFFD in the text)."""
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc.start
    return None
