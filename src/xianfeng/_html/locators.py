"""What the HTML path knows about markup, as data: one row per tag role or template hint.

Regions are found by content (see :mod:`xianfeng._regions`); these tables only say how
markup becomes reading-order lines. A new template variant that needs special treatment is a
new row here, never a new branch in the parser.
"""

from __future__ import annotations

import re

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "html", "li", "main", "marquee", "nav", "ol", "p",
        "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
"""Elements that start and end a line of text."""

BREAK_TAGS = frozenset({"br"})
"""Elements that end a line inside a block (but not inside a heading)."""

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
"""Elements whose ``<br>`` only breaks the layout: a headline stays one line."""

DROP_TAGS = (
    "script", "style", "noscript", "template", "select", "textarea", "button", "iframe",
    "object", "embed", "head", "title", "meta", "link",
)  # fmt: skip
"""Elements whose content is never page text (their tail text is kept)."""

BOLD_TAGS = frozenset({"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6"})
"""Elements that make their text bold: a line all in bold is a heading candidate."""

HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
BOLD_STYLE_RE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)

ATTACHMENT_RE = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|wps|et|zip|rar|7z|txt|csv|ofd)(?:[?#].*)?$", re.IGNORECASE
)
"""Link targets that are downloadable files."""

COUNTER_SRC_RE = re.compile(r"count\.php\?[^\"']*aid=(?P<aid>\d{1,12})", re.IGNORECASE)
"""The click counter script DedeCMS fills the 点击 count with."""
