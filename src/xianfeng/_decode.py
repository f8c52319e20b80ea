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
   own (``<meta charset>``, ``http-equiv``, XML declaration); gb2312/gbk/cp936 are read as
   their superset GB18030, since pages declared gb2312 routinely contain characters outside
   it; a declared ISO-8859-1 or windows-1252 is ignored: those decode any bytes at all, so on
   a Chinese page the label is a leftover default, not proof; an unknown label is ignored;
5. strict GB18030;
6. lenient: the candidate of 4. and 5. that loses the fewest characters (the first on a
   tie), with undecodable bytes replaced by U+FFFD, and a ``decode.replaced`` warning saying
   how many — unless so many are undecodable (over a tenth of the text) that the bytes are
   not text in that encoding at all: then :class:`~xianfeng.DecodeError`.

Never windows-1252: a Chinese page is never that. BOM and declaration sniffing are bs4's
(:class:`bs4.dammit.EncodingDetector`), not hand-written.
"""

from __future__ import annotations

import codecs

import attrs
from bs4.dammit import EncodingDetector

from xianfeng.errors import DecodeError, WarningCode
from xianfeng.models import ParseWarning

__all__ = ["Decoded", "decode"]

_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030"}
# Labels browsers accept that Python's codec registry does not know.
_ALIASES = {"x-gbk": "gbk", "gb_2312-80": "gb2312", "x-gb2312": "gb2312", "x-euc-cn": "gb2312"}
# The declaration sits in the <head>; a page whose first 4 KiB has none has none.
_SNIFF_BYTES = 4096
# Some replaced bytes are a damaged page; this many (and a tenth of the text) is not a page.
_MAX_REPLACED = 16
# Western single-byte charsets that decode any bytes: declaring one is no evidence.
_NOT_EVIDENCE = frozenset({"iso8859-1", "cp1252"})
# Damaged UTF-8 still decodes to this many good non-ASCII characters per bad sequence.
_UTF8_GOOD_PER_BAD = 20


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
        encoding = _canonical(bom) or "utf-8"
        skipped = len(data) - len(body)
        return _lenient(body, encoding, (encoding,), "its byte-order mark", skipped=skipped)
    tried: list[str] = []
    if not body.isascii():
        tried.append("utf-8")
        try:
            return Decoded(text=body.decode("utf-8"), encoding="utf-8")
        except UnicodeDecodeError:
            damaged = body.decode("utf-8", errors="replace")
            if _mostly_utf8(damaged):
                return _lenient(body, "utf-8", tuple(tried), "damaged UTF-8", damaged)
    outside = _evidence(declared or "")
    inside = _evidence(
        EncodingDetector.find_declared_encoding(body[:_SNIFF_BYTES], is_html=True) or ""
    )
    candidates = list(dict.fromkeys(filter(None, (outside, inside, "gb18030"))))
    for encoding in candidates:
        tried.append(encoding)
        try:
            return Decoded(text=body.decode(encoding), encoding=encoding)
        except UnicodeDecodeError:
            continue
    everything = tuple(dict.fromkeys(tried))
    # Damaged bytes: the candidate that loses the fewest characters (the first on a tie), so
    # a server's wrong default header cannot turn a slightly damaged page into no page.
    decodings = [(body.decode(encoding, errors="replace"), encoding) for encoding in candidates]
    text, encoding = min(decodings, key=lambda decoding: decoding[0].count("\ufffd"))
    why = {outside: "declared outside the page", inside: "declared"}.get(encoding, "the fallback")
    return _lenient(body, encoding, everything, why, text)


def _evidence(label: str) -> str | None:
    """The codec a declared label names, unless the label proves nothing (or is unknown)."""
    codec = _canonical(label)
    return None if codec in _NOT_EVIDENCE else codec


def _mostly_utf8(text: str) -> bool:
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return good >= _UTF8_GOOD_PER_BAD * bad


def _canonical(name: str) -> str | None:
    """Python's name for an encoding label, with GB subsets widened; None if unknown."""
    try:
        label = name.strip().lower()
        codec = codecs.lookup(_ALIASES.get(label, label)).name
    except LookupError:
        return None
    return _SUPERSETS.get(codec, codec)


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
