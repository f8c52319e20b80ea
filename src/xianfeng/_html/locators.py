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

DROP_TAGS = ("script", "style", "noscript", "template", "head", "title", "meta", "link")
"""Elements removed with their content before the page is read (their tail text is kept)."""

FIELD_TAGS = frozenset({"select", "textarea", "button"})
"""Form controls: their content (options, a default text, a button's label) is never page
text. They stay in the tree, so a ``<form>`` can be judged by its fields."""

HIDDEN_INPUT_TYPES = frozenset({"hidden", "submit", "button", "reset", "image"})
"""``<input type>``s that hold nothing a reader fills in: a form with only these (an ASP.NET
page's ``__VIEWSTATE``, a search button) has no fields to lose."""

MEDIA_KINDS = {
    "video": "video",
    "audio": "audio",
    "embed": "embed",
    "object": "embed",
    "iframe": "iframe",
}
"""Players and frames, and the ``Media.kind`` each gives in the body. Like an image, each is
an object in its line; what is inside one (fallback text, ``<param>``s, ``<source>``s) is
never page text."""

UNKEPT_TAGS = frozenset({"canvas", "svg", "applet"})
"""Elements that carry content no block can hold. Their inside is never page text; in the
body each is reported (``body.dropped``) — an ``<svg>`` only when it holds text, since one
without is an icon."""

REPORTED_BLOCK_TAGS = frozenset({"form"})
"""Block elements whose text is read as usual but whose other content (input fields) no
block can hold: in the body each one with a field (a visible ``<input>``, a ``<select>``, a
``<textarea>``) is reported (``body.dropped``)."""

LAZY_SRC_ATTRS = (
    "data-original", "data-src", "data-actualsrc", "data-lazy-src", "data-echo",
    "data-lazyload", "data-url", "lazy-src", "original", "real_src", "file", "_src",
)  # fmt: skip
"""Attributes where lazy-loading scripts (jQuery lazyload, echo.js, lazysizes, Discuz,
UEditor, WordPress …) keep an image's real address while ``src`` shows a placeholder; the
first one that holds an address wins over ``src``. Players are read the same way."""

SRCSET_ATTRS = ("data-srcset", "srcset")
"""Responsive image candidates: the first address in one is used when nothing else is."""

PLACEHOLDER_SRC_RE = re.compile(
    r"""(?:^|/)(?:grey|gray|blank|spacer|space|pixel|transparent|placeholder|none|1x1
              |loading[\w-]{0,20}|lazy[\w-]{0,20})\.(?:gif|png|jpe?g|svg|webp)(?:[?#].*)?$
       |^about:""",
    re.IGNORECASE | re.VERBOSE,
)
"""Addresses that stand in for an image until a script loads the real one."""

MAX_PLACEHOLDER_DATA_URI = 512
"""A ``data:`` URI shorter than this is a placeholder (a blank or one-pixel picture); a longer
one is a real picture embedded in the page."""

BOLD_TAGS = frozenset({"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6"})
"""Elements that make their text bold: a line all in bold is a heading candidate."""

HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
BOLD_STYLE_RE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)

ATTACHMENT_RE = re.compile(
    r"""\.(?:pdf|ofd|docx?|xlsx?|pptx?|wps|et|dps|rtf|odt|ods|odp|txt|csv
            |zip|rar|7z|tar|gz|tgz|bz2|ceb|caj)(?:[?#].*)?$
       |(?:^|/)(?:download|downfile|down|attachment|attach)\.(?:php|aspx?|jsp|do)\?""",
    re.IGNORECASE | re.VERBOSE,
)
"""Link targets that are downloadable files: a file name with an office, PDF or archive
extension, or a CMS download script (DedeCMS ``plus/download.php?open=0&aid=12&cid=3``,
``downfile.jsp?…``, ``attachment.php?aid=…``)."""

COUNTER_SRC_RE = re.compile(r"count\.php\?[^\"']*aid=(?P<aid>\d{1,12})", re.IGNORECASE)
"""The click counter script DedeCMS fills the 点击 count with."""

HTML_ELEMENTS = frozenset(
    {
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b",
        "base", "basefont", "bdi", "bdo", "big", "blink", "blockquote", "body", "br", "button",
        "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist",
        "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1",
        "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe",
        "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark",
        "marquee", "menu", "meta", "meter", "nav", "nobr", "noframes", "noscript", "o:p",
        "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre",
        "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "section", "select",
        "small", "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg",
        "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title",
        "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
    }
)  # fmt: skip
"""Element names that make a page HTML: a start or end tag of one (``<p>``, ``<br/>``,
``<font color=red>``, ``</h1>``) near the start of the text. ``o:p`` is Word's paragraph
tag, left in pages pasted from Word."""

HTML_TAG_RE = re.compile(
    r"<!doctype|<!--|</?(?P<name>[a-z][a-z0-9]{0,9}(?::[a-z]{1,9})?)[\s/>]", re.IGNORECASE
)
"""A markup declaration, a comment, or a tag whose name is checked against ``HTML_ELEMENTS``."""
