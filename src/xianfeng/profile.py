"""Site profiles: what one site says differently from the defaults, as data.

A :class:`Profile` extends the vocabulary of :mod:`xianfeng.vocabulary` for the pages of one
site (or template) and is passed to :func:`xianfeng.parse_article`::

    parse_article(page, profile=Profile(labels={"source": ["稿件来处"]}))

Build one with keyword arguments, or from a plain mapping with :meth:`Profile.from_dict` —
a site's profile can live in a TOML or JSON file that the caller loads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final

import attrs
from lxml import etree

from xianfeng import vocabulary as v
from xianfeng._lexicon import Lexicon, compile_lexicon

__all__ = ["DATE_ORDERS", "FLAGSHIP", "LABEL_FIELDS", "Evidence", "Profile", "lexicon_of"]

LABEL_FIELDS: Final = ("published", "source", "author", "clicks", "host", "support")
"""The fields a profile may add labels for: the metadata line's and the footer's."""

_TABLES = ("tool_words", "end_markers", "credit_roles", "box_titles")
_REPLACEABLE = frozenset({*_TABLES, *(f"labels.{field}" for field in LABEL_FIELDS)})


_LISTS = (
    "credit_roles", "tool_words", "end_markers", "box_titles", "site_suffixes", "body",
    "boilerplate", "boilerplate_shapes",
)  # fmt: skip
DATE_ORDERS: Final = ("dmy", "mdy")
"""The orders a profile's ``date_order`` names, for dates written with the year last."""


@attrs.frozen(kw_only=True)
class Evidence:
    """Why a learned profile holds one entry: what :func:`xianfeng.learn_profile` saw.

    >>> Evidence(table="boilerplate", value="免责声明：本站转载…", pages=5, of=6)
    Evidence(table='boilerplate', value='免责声明：本站转载…', pages=5, of=6)
    """

    table: str
    """The profile table the entry is in (``"boilerplate"``, ``"boilerplate_shapes"``,
    ``"end_markers"``, ``"body"``, ``"site_suffixes"``, ``"labels.clicks"`` …,
    ``"date_order"``)."""
    value: str
    """The entry: the line as the pages show it, the body container's selector, the site
    name, the label word or the date order."""
    pages: int
    """On how many of the pages it was seen where it counts."""
    of: int
    """How many different pages were read."""


def _evidence(value: object) -> tuple[Evidence, ...]:
    if not isinstance(value, list | tuple):
        raise TypeError(f"profile key 'evidence': expected a list, got {value!r}")
    found = []
    for item in value:
        if isinstance(item, Evidence):
            found.append(item)
        elif isinstance(item, Mapping):
            try:
                found.append(Evidence(**dict(item)))
            except TypeError as exc:
                raise TypeError(f"profile key 'evidence': {item!r} is no evidence") from exc
        else:
            raise TypeError(f"profile key 'evidence': {item!r} is no evidence")
    return tuple(found)


@attrs.frozen(kw_only=True, eq=True, hash=False)
class Profile:
    """What one site's pages say differently. Every table *extends* the defaults, unless its
    name is listed in ``replace``. Lists may be given as any sequence of strings; they are
    kept as tuples.

    >>> p = Profile(name="道里先锋网", labels={"source": ["稿件来处"]}, end_markers=["顶一下"])
    >>> p.labels["source"], p.end_markers
    (('稿件来处',), ('顶一下',))
    """

    name: str | None = None
    """Who the profile is for; only shown back to you."""
    labels: Mapping[str, Sequence[str]] = attrs.field(factory=dict)
    """Extra labels per field (``{"source": ["稿件来处"], "clicks": ["人气"]}``); the fields are
    those of :data:`LABEL_FIELDS`."""
    credit_roles: Sequence[str] = ()
    """Extra contributor roles (``监制``)."""
    tool_words: Sequence[str] = ()
    """Extra page-tool words: a line of only these is never content (``返回列表``)."""
    end_markers: Sequence[str] = ()
    """Extra lines that end the body (``顶一下``, ``我要评论``)."""
    box_titles: Sequence[str] = ()
    """Extra notice-box title bars (``党务公开``)."""
    site_suffixes: Sequence[str] = ()
    """Site names a headline may end in (``让先锋旗帜高高飘扬--中国年鉴``): dropped from the
    title."""
    body: Sequence[str] = ()
    """Where the article body is in an HTML page: XPath (``//div[@id='content']``) or CSS
    (``div#content``, ``.article .text``) selectors, tried in order before the parser looks
    for the body by its content. Text renderings ignore them."""
    replace: Sequence[str] = ()
    """Tables whose defaults this profile drops instead of extending (``"tool_words"``,
    ``"labels.source"`` …)."""
    boilerplate: Sequence[str] = ()
    """Template text: lines the site's template prints inside or beside the article (a
    promotional paragraph, a CMS's own warning, a disclaimer). Such a line is left out of the
    body wherever it stands; lines are compared folded, without spaces."""
    boilerplate_shapes: Sequence[str] = ()
    """Template lines whose digits change from page to page (a counter, a timestamp), each
    written with every run of digits as ``#``: a body line of that shape is left out."""
    date_order: str | None = None
    """How the site writes a date with the year last: ``"dmy"`` (``25.11.2019``, what the
    parser reads by default) or ``"mdy"`` (``11/25/2019``)."""
    evidence: Sequence[Evidence] = ()
    """For a learned profile (:func:`xianfeng.learn_profile`): why each entry is there."""
    _lexicon: Lexicon = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.name is not None and not isinstance(self.name, str):
            raise TypeError(f"profile key 'name': expected a string, got {self.name!r}")
        if not isinstance(self.labels, Mapping):
            raise TypeError(f"profile key 'labels': expected a mapping, got {self.labels!r}")
        labels = {}
        for field, words in self.labels.items():
            if field not in LABEL_FIELDS:
                raise ValueError(
                    f"profile key 'labels.{field}' is unknown; known: {', '.join(LABEL_FIELDS)}"
                )
            labels[field] = _strings(f"labels.{field}", words)
        object.__setattr__(self, "labels", MappingProxyType(labels))
        for key in (*_LISTS, "replace"):
            object.__setattr__(self, key, _strings(key, getattr(self, key)))
        object.__setattr__(self, "evidence", _evidence(self.evidence))
        if self.date_order is not None and self.date_order not in DATE_ORDERS:
            raise ValueError(
                f"profile key 'date_order': {self.date_order!r} is not one of "
                f"{', '.join(DATE_ORDERS)}"
            )
        for name in self.replace:
            if name not in _REPLACEABLE:
                raise ValueError(
                    f"profile key 'replace': {name!r} is not a table; "
                    f"known: {', '.join(sorted(_REPLACEABLE))}"
                )
        object.__setattr__(self, "_lexicon", self._compile())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Profile:
        """A profile from a plain mapping, as loaded from a TOML or JSON file.

        Raises :class:`ValueError` naming the key for an unknown key, and :class:`TypeError`
        naming it for a value of the wrong type.

        >>> Profile.from_dict({"labels": {"source": ["稿件来处"]}}).labels["source"]
        ('稿件来处',)
        >>> Profile.from_dict({"lables": {}})  # doctest: +ELLIPSIS
        Traceback (most recent call last):
          ...
        ValueError: profile key 'lables' is unknown; known: body, boilerplate, ...
        >>> Profile.from_dict({"tool_words": "返回列表"})
        Traceback (most recent call last):
          ...
        TypeError: profile key 'tool_words': expected a list of non-empty strings, got '返回列表'
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"a profile is a mapping, got {type(data).__name__}")
        known = sorted(field.alias for field in attrs.fields(cls) if field.init)
        for key in data:
            if key not in known:
                raise ValueError(f"profile key {key!r} is unknown; known: {', '.join(known)}")
        return cls(**dict(data))

    def to_dict(self) -> dict[str, Any]:
        """The profile as a plain, JSON-safe mapping: :meth:`from_dict` gives it back equal.

        >>> p = Profile(name="某某网", end_markers=["顶一下"])
        >>> Profile.from_dict(p.to_dict()) == p
        True
        """
        data: dict[str, Any] = {"name": self.name, "date_order": self.date_order}
        data["labels"] = {field: list(words) for field, words in self.labels.items()}
        for key in (*_LISTS, "replace"):
            data[key] = list(getattr(self, key))
        data["evidence"] = [attrs.asdict(item) for item in self.evidence]
        return data

    def _compile(self) -> Lexicon:
        def table(name: str, default: Iterable[str], extra: Iterable[str]) -> tuple[str, ...]:
            return (*(() if name in self.replace else default), *extra)

        meta = {
            field: table(f"labels.{field}", words, self.labels.get(field, ()))
            for field, words in v.META_LABELS.items()
        }
        footer = {
            field: table(f"labels.{field}", words, self.labels.get(field, ()) if field else ())
            for field, words in v.FOOTER_LABELS.items()
        }
        return compile_lexicon(
            meta_labels=meta,
            credit_roles=table("credit_roles", v.CREDIT_ROLES, self.credit_roles),
            footer_labels=footer,
            tool_words=table("tool_words", v.TOOL_WORDS, self.tool_words),
            end_markers=table("end_markers", v.END_MARKERS, self.end_markers),
            box_titles=table("box_titles", v.BOX_TITLES, self.box_titles),
            site_suffixes=self.site_suffixes,
            body_paths=tuple(_selector(selector) for selector in self.body),
            boilerplate=self.boilerplate,
            boilerplate_shapes=self.boilerplate_shapes,
            month_first=self.date_order == "mdy",
        )


def lexicon_of(profile: Profile) -> Lexicon:
    """The compiled vocabulary of a profile: the defaults with what the profile adds."""
    return profile._lexicon


def _strings(key: str, value: object) -> tuple[str, ...]:
    """``value`` as a tuple of non-empty strings; a TypeError naming ``key`` otherwise."""
    if isinstance(value, list | tuple) and all(isinstance(w, str) and w.strip() for w in value):
        return tuple(value)
    raise TypeError(f"profile key {key!r}: expected a list of non-empty strings, got {value!r}")


# One compound of a CSS selector: tag, #id, .class (in any order after the tag).
_COMPOUND_RE = re.compile(r"(?P<tag>[a-zA-Z][\w-]*|\*)?(?P<rest>(?:[#.][\w-]+)*)")
_PART_RE = re.compile(r"([#.])([\w-]+)")


def _selector(selector: str) -> etree.XPath:
    """A container hint compiled to XPath: XPath as given, or a CSS selector. The simple ones
    (tags, ``#id``, ``.class``, descendant and ``>`` child combinators, ``,`` alternatives)
    are read here; any other is read by ``lxml.cssselect`` when the ``cssselect`` package is
    installed (``pip install 'xianfeng[css]'``)."""
    text = selector.strip()
    if text.startswith(("/", "./", "(")):
        path = text
    else:
        try:
            path = _css_to_xpath(text)
        except ValueError as simple:
            path = _full_css(text, simple)
    try:
        return etree.XPath(path)
    except etree.XPathSyntaxError as exc:
        raise ValueError(f"profile key 'body': {selector!r} is not a valid XPath: {exc}") from exc


def _full_css(css: str, simple: ValueError) -> str:
    """A CSS selector beyond the simple ones, as XPath, through ``lxml.cssselect``."""
    try:
        from lxml.cssselect import CSSSelector, SelectorError
    except ImportError:  # lxml.cssselect needs the cssselect package
        raise ValueError(
            f"{simple}; full CSS (attributes, :nth-child, ~ …) needs the cssselect package: "
            "pip install 'xianfeng[css]'"
        ) from None
    try:
        return str(CSSSelector(css, translator="html").path)
    except SelectorError as exc:
        raise ValueError(f"profile key 'body': {css!r} is not a CSS selector: {exc}") from exc


def _css_to_xpath(css: str) -> str:
    alternatives = []
    for alternative in css.split(","):
        steps, axis = [], "//"
        for token in alternative.replace(">", " > ").split():
            if token == ">":
                axis = "/"
                continue
            match = _COMPOUND_RE.fullmatch(token)
            if match is None or not token:
                raise ValueError(
                    f"profile key 'body': {css!r} is not a selector this library reads "
                    "(tags, #id, .class, descendant and > combinators, or XPath)"
                )
            tests = []
            for kind, name in _PART_RE.findall(match.group("rest")):
                if kind == "#":
                    tests.append(f"@id='{name}'")
                else:
                    tests.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')")
            step = (match.group("tag") or "*").lower()
            steps.append(axis + step + "".join(f"[{test}]" for test in tests))
            axis = "//"
        if not steps:
            raise ValueError(f"profile key 'body': {css!r} has an empty selector")
        alternatives.append("".join(steps))
    return " | ".join(alternatives)


FLAGSHIP: Final = Profile.from_dict(
    {
        "name": "哈尔滨先锋网",
        "site_suffixes": ["哈尔滨先锋网"],
    }
)
"""The profile of 哈尔滨先锋网 (www.hrbxfw.gov.cn), the flagship portal. Its template is what
the defaults were written from, so it only names the site."""
