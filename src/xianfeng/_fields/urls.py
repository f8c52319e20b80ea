"""What an article URL says: the CMS's article id."""

from __future__ import annotations

import re

__all__ = ["article_id_from_url"]

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
