"""What an article URL says (the CMS's article id), and links made absolute against it."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

__all__ = ["article_id_from_url", "resolver"]

# Links ``urljoin`` resolves by plain concatenation: with no dot segment, empty segment,
# parameters (``;``), whitespace, empty query or empty fragment — every part it would
# rewrite. A path from the root (or a whole http(s) URL) goes after the base's scheme and
# host; a relative path (no colon: it could be a scheme) after the base's folder, or after
# one of its parents for each leading ``../``.
_SEGMENTS = r"(?:[^/?#;\s\\]|/(?![/.]))*"
_TAIL = r"(?:\?[^#\s]+)?(?:#\S+)?"
_ROOTED_RE = re.compile(rf"(?P<host>https?://[^/?#;\s\\]+)?/(?![/.]){_SEGMENTS}{_TAIL}")
_RELATIVE_RE = re.compile(rf"(?P<up>(?:\.\./)*)(?![/.])(?:[^/?#;:\s\\]|/(?![/.]))+{_TAIL}")
_PLAIN_FOLDER_RE = re.compile(r"/(?:[^/;.][^/;]*/)*")

AID_RE = re.compile(r"(?:[?&]aid=|/)(?P<aid>\d{3,12})(?:_\d{1,4})?(?:\.s?html?|&|$)")
"""The article id in a DedeCMS URL: ``…/71234.html``, ``71234_2.html``, ``view.php?aid=71234``."""


def article_id_from_url(url: str | None) -> int | None:
    """The DedeCMS article id a URL names, if any.

    >>> article_id_from_url("http://www.hrbxfw.gov.cn/a/ncdj/2022/0430/71234_2.html")
    71234
    >>> article_id_from_url("http://www.hrbxfw.gov.cn/plus/view.php?aid=71234&pageno=2")
    71234
    """
    match = AID_RE.search(url or "")
    return int(match.group("aid")) if match is not None else None


def resolver(base: str | None) -> Callable[[str], str]:
    """A function that makes a link absolute against ``base``, as :func:`urllib.parse.urljoin`
    does; a link ``urljoin`` cannot read (``http://[x/``, a broken IPv6 host) is kept as
    written, and so is every link when there is no ``base``.

    A page has a hundred links and ``urljoin`` costs microseconds each, so the commonest
    forms are answered without it — with its exact result, as a test against ``urljoin``
    shows — and every answer is remembered for the page.

    >>> resolve = resolver("http://www.hrbxfw.gov.cn/a/ncdj/2022/0430/71234.html")
    >>> resolve("/a/ncdj/"), resolve("71234_2.html")
    ('http://www.hrbxfw.gov.cn/a/ncdj/', 'http://www.hrbxfw.gov.cn/a/ncdj/2022/0430/71234_2.html')
    """
    if not base:
        return str
    origin, folders = _origin(base)
    known: dict[str, str] = {}

    def resolve(href: str) -> str:
        found = known.get(href)
        if found is None:
            if origin is not None and (rooted := _ROOTED_RE.fullmatch(href)) is not None:
                found = href if rooted.group("host") else f"{origin}{href}"
            elif folders is not None and (relative := _RELATIVE_RE.fullmatch(href)) is not None:
                up = relative.end("up") // 3  # each leading ../ climbs one folder
                kept = folders[: max(len(folders) - up, 0)]
                found = f"{origin}/{''.join(f'{name}/' for name in kept)}{href[3 * up :]}"
            else:
                try:
                    found = urljoin(base, href)
                except ValueError:
                    found = href
            known[href] = found
        return found

    return resolve


def _origin(base: str) -> tuple[str | None, list[str] | None]:
    """``scheme://host`` of an http(s) base URL (``None`` for any other or an unreadable one),
    and the names of its folders from the root when they are plain (no dot or empty segment,
    no ``;``), else ``None``."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None, None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None, None
    folder = parts.path[: parts.path.rfind("/") + 1] or "/"
    plain = _PLAIN_FOLDER_RE.fullmatch(folder) is not None
    return f"{parts.scheme}://{parts.netloc}", folder.split("/")[1:-1] if plain else None
