"""The vocabulary compiled: the regular expressions and sets every stage matches with.

:data:`DEFAULT` is compiled from :mod:`xianfeng.vocabulary` once, at import; a
:class:`~xianfeng.Profile` compiles its own, once, when it is made. Stages take a
:class:`Lexicon` and never compile anything per page. All matching is on folded text
(:func:`xianfeng._chars.fold`), so every word is folded before it is compiled.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from lxml import etree

from xianfeng import vocabulary as v
from xianfeng._chars import HANZI_RE, fold, squeeze

__all__ = ["DEFAULT", "Lexicon", "alternation", "compile_lexicon"]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words that matches, where several start at one place,
    the longest first, so ``发布时间`` beats ``发布``, and shorter ones on backtracking.

    It is written as a trie (``发布(?:时间|日期)?``): at each character the regex engine tries
    the one branch that character opens, not every word — the searches of the vocabulary's
    words run many times faster so. Where two branches of one node differ only in case
    (which an ``IGNORECASE`` regex would both follow), the words are listed longest first
    instead, as the trie could not order them.
    """
    unique = set(words)
    trie: dict[str, Any] = {}
    for word in unique:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # the end of a word
    if _case_twins(trie):
        return "|".join(re.escape(word) for word in sorted(unique, key=len, reverse=True))
    pattern = _trie_pattern(trie)
    return f"(?:{pattern})?" if "" in trie and pattern else pattern


def _trie_pattern(node: dict[str, Any]) -> str:
    """The words below ``node`` (not the empty one), one branch per next character; a word
    that goes on past another's end makes the rest optional and greedy: longest first."""
    branches = []
    for char in sorted(key for key in node if key):
        child = node[char]
        rest = _trie_pattern(child)
        if rest and "" in child:
            rest = f"(?:{rest})?"
        branches.append(re.escape(char) + rest)
    if len(branches) <= 1:
        return "".join(branches)
    return "(?:" + "|".join(branches) + ")"


def _case_twins(node: dict[str, Any]) -> bool:
    """Whether two branches of a node anywhere in the trie differ only in case."""
    keys = [key.lower() for key in node if key]
    return len(keys) != len(set(keys)) or any(_case_twins(child) for child in node.values())


def _unless(words: Iterable[str]) -> str:
    """A lookahead that fails where one of ``words`` (folded) starts; empty for none."""
    folded = alternation(map(fold, words))
    return f"(?!{folded})" if folded else ""


# The pinyin reading some mirrors write in brackets after each character: 來(lái)源.
_READING = r"\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}\)"
_READING_RE = re.compile(_READING)


def _read_aloud(words: Iterable[str]) -> str:
    """:func:`alternation`, each hanzi of a word maybe followed by its pinyin reading."""
    return "|".join(
        "".join(
            f"{re.escape(char)}(?:{_READING})?" if HANZI_RE.match(char) else re.escape(char)
            for char in word
        )
        for word in sorted(set(words), key=len, reverse=True)
    )


_WIDEN = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}


def _traditional_forms() -> dict[str, tuple[str, ...]]:
    """Each simplified character of ``vocabulary.TRADITIONAL`` → its traditional forms."""
    forms: dict[str, list[str]] = {}
    for old, new in sorted(v.TRADITIONAL.items()):
        forms.setdefault(new, []).append(old)
    return {new: tuple(olds) for new, olds in forms.items()}


_TRADITIONAL_FORMS = _traditional_forms()
# The reading of a character in pinyin, in brackets after it (發(fā)布): a label may carry one.
_READING = r"(?:\([a-z\u00e0-\u00fc\u0101-\u01dc]{1,6}\))?"
# Brackets a marker may be wrapped in at the start of a line (【我要纠错】), both widths.
_OPENERS = frozenset("[【［")


def _upper(words: Iterable[str]) -> frozenset[str]:
    """Upper-case twins of the words' first letters (``More``), in both widths."""
    return _both_widths(word[0].upper() for word in words if word[0].isascii())


def _both_widths(chars: Iterable[str]) -> frozenset[str]:
    """Each character, its full-width twin (ASCII) and its traditional forms: what the raw
    line may show where the folded line shows the character (a test made before folding)."""
    found = set()
    for char in chars:
        found.add(char)
        found.add(char.translate(_WIDEN))
        found.update(_TRADITIONAL_FORMS.get(char, ()))
    return frozenset(found)


def _spaced(word: str) -> str:
    """A regex for a folded ``word`` maybe letter-spaced (``索 引 号``), each character maybe
    followed by its reading (``發(fā)布``)."""
    return " ?".join(re.escape(char) + _READING for char in word)


def _forms_of(char: str) -> list[str]:
    return [char, *_TRADITIONAL_FORMS.get(char, ())]


def _any_forms(words: Iterable[str]) -> str:
    """A regex for the words written in simplified or traditional characters (``主办`` or
    ``主辦``): every spelling a literal of its own, which the regex engine searches for many
    times faster than character classes."""
    spellings = {
        "".join(chars)
        for word in words
        for chars in itertools.product(
            *([char, *_TRADITIONAL_FORMS.get(char, ())] for char in word)
        )
    }
    return alternation(spellings)


@attrs.frozen(kw_only=True)
class Lexicon:
    """Compiled vocabulary. Regexes match folded text; sets hold folded, space-free words."""

    meta_field: Mapping[str, str]
    """Folded metadata label → Article field (``credit`` for a credit role)."""
    clicks_said_re: re.Pattern[str]
    """A count of reads said in a passive clause that closes a line (``已被阅读178次)``),
    folded: the number is the page's clicks."""
    clicks_glued_re: re.Pattern[str]
    """A counter's label after a space with its number glued on, no colon (``点击数840``),
    folded: where the label ends, a metadata line reads as if a colon stood."""
    clicks_count_re: re.Pattern[str]
    """A count of reads in brackets after its label, a line of its own (``阅读数(15878）``),
    folded: the number is the page's clicks."""
    clicks_starts: frozenset[str]
    """Characters a click-count label can start with (a cheap first test, both widths)."""
    meta_bare_re: re.Pattern[str]
    """A metadata or credit label opening a field of a line whose labels have no colons
    (``来源CSDN``), folded."""
    clicks_before_re: re.Pattern[str]
    """A count of reads before its label, a field of its own (``1164次阅读``), folded."""
    meta_label_re: re.Pattern[str]
    """A metadata or credit label followed by a colon; each of its characters may be
    followed by its pinyin reading in brackets (``來(lái)源:``: :meth:`label` drops it)."""
    role_re: re.Pattern[str]
    """A credit role (or two joined by a slash: ``文/图``), its colon or slash and the spaces
    around it."""
    role_starts: frozenset[str]
    """Characters a credit role can start with (a cheap first test, both widths)."""
    role_start_re: re.Pattern[str]
    """Any role at all (credit, byline, trailing, line role), folded: matched where a line
    of credits would open."""
    byline_re: re.Pattern[str]
    """A word of a credit line written without colons: a byline role, maybe after the
    outlet's name (or two joined by a dot: ``中青报·中青网记者``) and maybe with the name
    glued on (``记者``, ``光明日报记者``, ``记者王志俭``),
    else a name of two to four hanzi."""
    role_word_re: re.Pattern[str]
    """A credit role alone as a word (``审核``), folded: a bracket of credits may write it
    without a colon (``(审核 王瑾)``)."""
    byline_role_re: re.Pattern[str]
    """A byline or trailing role anywhere in a raw line, in either script (a cheap first
    test)."""
    trailing_role_re: re.Pattern[str]
    """A credit line's last word: names, maybe after a byline role, then a trailing role,
    maybe slashed on (``赵彦良摄``, ``通讯员赵彦良摄``, ``石林曌供稿``, ``蔡雪婧/摄``), folded."""
    trailing_role_ends: frozenset[str]
    """Characters a trailing role ends with (a cheap first test, both widths)."""
    dateline_re: re.Pattern[str]
    """A byline's last word that names where it was written (``山东冠县报道``), folded."""
    empty_credits_re: re.Pattern[str]
    """A line of credit roles with no names after them (``审核:编辑:``), folded."""
    contact_re: re.Pattern[str]
    """A contact label and its colon (``QQ：``, ``电话：``): a credited name ends there."""
    original_title_re: re.Pattern[str]
    """The label of a reposted story's first headline and its colon, maybe in brackets
    (``（原标题：``), folded."""
    summary_re: re.Pattern[str]
    """The label of a summary box over the text, in square brackets (``[摘要]``, ``【摘要】``),
    folded."""
    closing_re: re.Pattern[str]
    """The opening of a line of closing furniture (``转载请注明出处``, ``电话：…``)."""
    closing_starts: frozenset[str]
    """Characters such a line can start with (a cheap first test, both widths)."""
    clutter_re: re.Pattern[str]
    """Where page tools start on a metadata line: a value ends there."""
    footer_field: Mapping[str, str]
    """Folded footer label → Footer field (``""`` for a label that only ends a value)."""
    footer_label_re: re.Pattern[str]
    footer_anchor_re: re.Pattern[str]
    """A word a footer line holds, matched on the raw line (both widths, any case)."""
    footer_first_re: re.Pattern[str]
    """A character a footer word starts with: a cheap first test (a search of one character
    class runs many times faster than a search of many words in any case)."""
    copyright_re: re.Pattern[str]
    owner_re: re.Pattern[str]
    """A mark that names the copyright holder next to it (``版权所有``), folded."""
    host_after_re: re.Pattern[str]
    """A host's name alone between separators with its label written after it and no colon
    (``保定市人民政府办公室主办``), folded: ``name`` is the host. A sentence (``本站由…主办``)
    holds no such name."""
    rights_notice_re: re.Pattern[str]
    """The opening of a reprint notice (``不得转载``): no holder's name, folded."""
    tool_re: re.Pattern[str]
    """A whole line of page tools."""
    tool_start: frozenset[str]
    """Characters a tool line can start with (a cheap first test)."""
    end_markers: frozenset[str]
    longest_end_marker: int
    box_titles: frozenset[str]
    box_labels: frozenset[str]
    """Box titles and the further box labels: never a headline."""
    longest_box_label: int
    box_starts: frozenset[str]
    """Characters a box label can start with (a cheap first test, both widths)."""
    end_starts: frozenset[str]
    """Characters a line that an end marker opens can start with (a bracket, or the
    marker's first character in either width)."""
    closer_starts: frozenset[str]
    """Characters a line that only ever follows a body can start with: a 上一篇/下一篇
    label, an end marker (bracketed too), a box title (a cheap first test)."""
    end_marker_re: re.Pattern[str]
    """An end marker opening a line (maybe twice, as a rendering repeats a tab's title:
    ``相关链接相关链接``) and what closes it: a bracket, a colon, a space, or the end of the
    line (``【我要纠错】``, ``相关阅读：``)."""
    caption_re: re.Pattern[str]
    not_heading_re: re.Pattern[str]
    prev_next_re: re.Pattern[str]
    prev_next_starts: frozenset[str]
    """Characters a 上一篇/下一篇 label can start with."""
    page_numbers_re: re.Pattern[str]
    """A pager of bracketed page numbers and maybe its links (``【1】【2】【3】``, as 人民网
    writes it; ``[1] [2]  下一页 尾页``), or of bare numbers and its links (``1 2 3 4下一页``),
    folded."""
    bare_prev_next_re: re.Pattern[str]
    """A 上一篇 label then a 下一篇 label, neither followed by a colon (``3 上一篇 下一篇 4``,
    ``[上一篇] [下一篇]``), folded."""
    unit_re: re.Pattern[str]
    """A name that ends as an issuing unit's does (``…网``, ``…组织部``), folded."""
    none_words: frozenset[str]
    no_names: frozenset[str]
    loading_notes: tuple[str, ...]
    """Folded words of a script box's placeholder text (``vocabulary.LOADING_NOTES``)."""
    """Folded source or author values that name no one."""
    breadcrumb_prefix_re: re.Pattern[str]
    grid_field: Mapping[str, str]
    """Folded disclosure-grid label → what its value gives (``vocabulary.GRID_LABELS``)."""
    grid_label_re: re.Pattern[str]
    """A grid label where a cell starts (at the line's start or after a space or a ``|``),
    maybe letter-spaced and with readings, and its colon if it has one, folded."""
    grid_starts: frozenset[str]
    """Characters a grid label can start with (a cheap first test, both widths)."""
    not_title_ends: tuple[str, ...]
    """Folded endings of a line that is never a headline."""
    site_suffix_re: re.Pattern[str] | None
    """A site name a headline ends in, with its separator (``…_哈尔滨先锋网``, ``…--中国年鉴``)."""
    body_paths: tuple[etree.XPath, ...]
    """Where the article body is, tried in order before the content anchors (HTML only)."""
    boilerplate: frozenset[str]
    """A site's template text, squeezed (:func:`xianfeng._chars.squeeze`): never body."""
    boilerplate_shapes: frozenset[str]
    """A site's template lines whose digits vary, squeezed, each run of digits as ``#``."""
    month_first: bool
    """Whether a date with the year last gives the month first (``11/25/2019``)."""

    def label(self, match: re.Match[str]) -> str:
        """The label a :attr:`meta_label_re` match found, without pinyin readings: a key of
        :attr:`meta_field`."""
        label = match.group("label")
        return _READING_RE.sub("", label) if "(" in label else label


def compile_lexicon(
    *,
    meta_labels: Mapping[str, Iterable[str]],
    credit_roles: Iterable[str],
    footer_labels: Mapping[str, Iterable[str]],
    tool_words: Iterable[str],
    end_markers: Iterable[str],
    box_titles: Iterable[str],
    site_suffixes: Iterable[str] = (),
    body_paths: Iterable[etree.XPath] = (),
    boilerplate: Iterable[str] = (),
    boilerplate_shapes: Iterable[str] = (),
    month_first: bool = False,
) -> Lexicon:
    """Compile vocabulary tables into a :class:`Lexicon`."""
    roles = [fold(role) for role in credit_roles]
    line_roles = [fold(role) for role in v.LINE_ROLES]
    any_role = f"(?:{alternation((*roles, *line_roles))})"
    meta_field = {fold(label): field for field, labels in meta_labels.items() for label in labels}
    meta_field.update(dict.fromkeys(roles, "credit"))
    footer_field = {
        fold(label): field for field, labels in footer_labels.items() for label in labels
    }
    footer_field.update(dict.fromkeys(map(fold, v.COPYRIGHT_MARKS), ""))
    anchors = [
        # Every footer label but a contact detail, which a text may close with too.
        *(
            label
            for labels in footer_labels.values()
            for label in labels
            if label not in v.CONTACT_LABELS
        ),
        *v.COPYRIGHT_MARKS,
        *v.RECORD_WORDS,
    ]
    anchors += [fold(word).translate(_WIDEN) for word in anchors]
    tools = [fold(word) for word in tool_words]
    # Single-character tools (大 中 小) would cut a value such as 中国 in two.
    clutter = [word for word in tools if len(word) > 1]
    contacts = alternation(map(fold, v.CONTACT_LABELS))
    titles = frozenset(map(squeeze, box_titles))
    markers = frozenset(map(squeeze, end_markers))
    labels = titles | frozenset(map(squeeze, v.BOX_LABELS))
    # • a list bullet: a rendering of <li>; × a close box (关闭×)
    marks = r"[\s\[\]【】|:/•×]*"
    box_starts = _both_widths(word[0] for word in labels) | _upper(labels)
    end_starts = _both_widths(word[0] for word in markers) | _upper(markers) | _OPENERS
    prev_next_starts = _both_widths(
        word[0] for words in v.PREV_NEXT_LABELS.values() for word in words
    )
    # An outlet before a byline role, maybe two joined by a dot (中青报·中青网记者).
    outlet = rf"[\u4e00-\u9fff]{{1,12}}?(?:{alternation(map(fold, v.UNIT_SUFFIXES))})"
    clicks = tuple(meta_labels.get("clicks", ()))
    clicks_starts = _both_widths(fold(label)[0] for label in clicks)
    grid_field = {fold(label): field for field, labels in v.GRID_LABELS.items() for label in labels}
    grid_labels = sorted(grid_field, key=len, reverse=True)
    return Lexicon(
        meta_field=meta_field,
        clicks_said_re=re.compile(
            rf"被\s{{0,2}}(?:{alternation(map(fold, clicks))})"
            r"\s{0,2}(?P<n>\d{1,12})\s{0,2}次\s{0,2}\)?$"
        ),
        clicks_glued_re=re.compile(
            rf"(?<=[ |])(?:{alternation(map(fold, meta_labels.get('clicks', ())))})(?=\d)"
        ),
        clicks_count_re=re.compile(
            rf"(?:{alternation(map(fold, clicks))})\s{{0,2}}\(\s{{0,2}}(?P<n>\d{{1,12}})\s{{0,2}}\)"
        ),
        clicks_starts=clicks_starts,
        meta_bare_re=re.compile(rf"(?P<label>{alternation(meta_field)})\s{{0,3}}(?=\S)"),
        clicks_before_re=re.compile(
            rf"(?P<n>\d{{1,12}})\s{{0,2}}(?:次|人次|人)?\s{{0,2}}"
            rf"(?P<label>{alternation(map(fold, clicks))})"
        ),
        meta_label_re=re.compile(rf"(?P<label>{_read_aloud(meta_field)})\s{{0,3}}:"),
        role_re=re.compile(rf"(?P<role>{any_role}(?:/{any_role})?)\s{{0,3}}[:/]\s{{0,3}}"),
        role_starts=_both_widths(role[0] for role in (*roles, *line_roles)) | _upper(roles),
        role_start_re=re.compile(
            alternation({*roles, *line_roles, *map(fold, (*v.BYLINE_ROLES, *v.TRAILING_ROLES))}),
            re.IGNORECASE,
        ),
        byline_re=re.compile(
            rf"(?:{outlet}(?:[·・]{outlet})?)?"
            rf"(?P<role>{alternation(map(fold, v.BYLINE_ROLES))})(?P<glued>[\u4e00-\u9fff]{{2,4}})?"
            r"|(?P<name>[\u4e00-\u9fff]{2,4})"
        ),
        role_word_re=re.compile(rf"(?P<role>{alternation(roles)})(?P<glued>)"),
        byline_role_re=re.compile(_any_forms((*v.BYLINE_ROLES, *v.TRAILING_ROLES))),
        trailing_role_re=re.compile(
            rf"(?P<byline>{alternation(map(fold, v.BYLINE_ROLES))})?"
            r"(?P<name>[\u4e00-\u9fff]{2,10})?(?P<slash>/)?"
            rf"(?P<role>{alternation(map(fold, v.TRAILING_ROLES))})"
        ),
        trailing_role_ends=_both_widths(role[-1] for role in map(fold, v.TRAILING_ROLES)),
        dateline_re=re.compile(
            rf"[\u4e00-\u9fff]{{2,10}}(?:{alternation(map(fold, v.DATELINE_ENDS))})"
        ),
        empty_credits_re=re.compile(rf"\s{{0,3}}(?:(?:{alternation(roles)})\s{{0,3}}:\s{{0,3}})+"),
        contact_re=re.compile(rf"(?:{contacts})\s{{0,3}}:", re.IGNORECASE),
        closing_starts=_both_widths(
            "[]【】() " + "".join(word[0] for word in (*v.CLOSING_OPENINGS, *v.CONTACT_LABELS))
        )
        | _upper((*v.CLOSING_OPENINGS, *v.CONTACT_LABELS))
        | _both_widths(word[0].lower() for word in (*v.CLOSING_OPENINGS, *v.CONTACT_LABELS)),
        original_title_re=re.compile(
            rf"[(\[【]?\s{{0,3}}(?:{alternation(map(fold, v.ORIGINAL_TITLE_LABELS))})\s{{0,3}}:"
        ),
        summary_re=re.compile(
            rf"[\[【]\s{{0,2}}(?:{alternation(map(fold, v.SUMMARY_LABELS))})\s{{0,2}}[\]】]"
        ),
        closing_re=re.compile(
            rf"[\s\[\]【】()]{{0,3}}(?:(?:{alternation(map(fold, v.CLOSING_OPENINGS))})"
            rf"|(?:{contacts})\s{{0,3}}:)",
            re.IGNORECASE,
        ),
        clutter_re=re.compile(rf"[【\[]|{alternation(clutter)}"),
        footer_field=footer_field,
        footer_label_re=re.compile(rf"(?P<label>{alternation(footer_field)})\s{{0,3}}:\s{{0,3}}"),
        footer_anchor_re=re.compile(_any_forms(anchors), re.IGNORECASE),
        footer_first_re=re.compile(
            f"[{re.escape(''.join(sorted(_both_widths(word[0] for word in anchors))))}]",
            re.IGNORECASE,
        ),
        copyright_re=re.compile(
            _unless(v.COPYRIGHT_NOUNS) + f"(?:{alternation(map(fold, v.COPYRIGHT_MARKS))})",
            re.IGNORECASE,
        ),
        owner_re=re.compile(alternation(map(fold, v.OWNER_MARKS))),
        host_after_re=re.compile(
            rf"(?:^|[\s|,;])(?P<name>[^\s|,;:由]{{2,{v.LIMITS.max_owner}}}?)"
            rf"(?:{alternation(map(fold, footer_labels.get('host', ())))})(?=[\s|,;]|$)"
        ),
        rights_notice_re=re.compile(alternation(map(fold, v.RIGHTS_NOTICES))),
        tool_re=re.compile(rf"(?:{marks}(?:{alternation(tools)}))+{marks}"),
        tool_start=frozenset("[]【】|/:：［］｜／ •×") | _both_widths(word[0] for word in tools),
        end_markers=frozenset(markers),
        longest_end_marker=max(map(len, markers), default=0),
        box_titles=titles,
        box_labels=labels,
        longest_box_label=max(map(len, labels)),
        box_starts=box_starts,
        end_starts=end_starts,
        closer_starts=frozenset(prev_next_starts | end_starts | box_starts | clicks_starts),
        end_marker_re=re.compile(
            rf"[\s\[【]{{0,3}}(?:{alternation(markers)}){{1,2}}(?:\s{{0,3}}[\]】:]|\s|$)",
            re.IGNORECASE,
        ),
        caption_re=re.compile(rf"^(?:{alternation(map(fold, v.CAPTION_PREFIXES))})"),
        not_heading_re=re.compile(
            rf"^(?:{alternation(map(fold, (*v.CAPTION_PREFIXES, *v.NOTE_PREFIXES)))})"
        ),
        prev_next_re=re.compile(
            "(?:"
            + "|".join(
                rf"(?P<{key}>{alternation(map(fold, words))})"
                for key, words in v.PREV_NEXT_LABELS.items()
            )
            + r")\s{0,3}:\s{0,3}"
        ),
        prev_next_starts=prev_next_starts,
        page_numbers_re=re.compile(
            rf"(?:[\[【]\s{{0,2}}\d{{1,3}}\s{{0,2}}[\]】]\s{{0,2}}){{2,30}}"
            rf"(?:(?:{alternation(map(fold, v.PAGER_WORDS))})\s{{0,2}}){{0,4}}"
            rf"|(?:\d{{1,3}}\s{{1,2}}){{1,29}}\d{{1,3}}\s{{0,2}}"
            rf"(?:(?:{alternation(map(fold, v.PAGER_WORDS))})\s{{0,2}}){{1,4}}"
        ),
        bare_prev_next_re=re.compile(
            rf"(?:{alternation(map(fold, v.PREV_NEXT_LABELS['previous']))})(?!\s{{0,3}}:)"
            rf"[^:。,;!?]*?(?:{alternation(map(fold, v.PREV_NEXT_LABELS['next']))})(?!\s{{0,3}}:)"
            r"[^:。,;!?]*$"
        ),
        unit_re=re.compile(rf"(?:{alternation(map(fold, v.UNIT_SUFFIXES))})$"),
        none_words=frozenset(map(fold, v.NONE_WORDS)),
        no_names=frozenset(map(fold, v.NO_NAMES)),
        loading_notes=tuple(map(fold, v.LOADING_NOTES)),
        breadcrumb_prefix_re=re.compile(
            rf"^\s{{0,3}}(?:{alternation(map(fold, v.BREADCRUMB_PREFIXES))})\s{{0,3}}:\s{{0,3}}"
        ),
        grid_field=grid_field,
        grid_label_re=re.compile(
            rf"(?:^|(?<=[ |]))(?P<label>{'|'.join(map(_spaced, grid_labels))})(?P<colon> ?:)?"
        ),
        grid_starts=_both_widths(label[0] for label in grid_labels),
        not_title_ends=tuple(map(fold, v.NOT_TITLE_ENDINGS)),
        site_suffix_re=_suffix_re(site_suffixes),
        boilerplate=frozenset(map(squeeze, boilerplate)),
        boilerplate_shapes=frozenset(map(squeeze, boilerplate_shapes)),
        month_first=month_first,
        body_paths=tuple(body_paths),
    )


def _suffix_re(names: Iterable[str]) -> re.Pattern[str] | None:
    folded = [fold(name) for name in names]
    if not folded:
        return None
    return re.compile(rf"\s{{0,3}}(?:[_|]|-{{1,2}}|—{{1,2}}|\s)\s{{0,3}}(?:{alternation(folded)})$")


DEFAULT = compile_lexicon(
    meta_labels=v.META_LABELS,
    credit_roles=v.CREDIT_ROLES,
    footer_labels=v.FOOTER_LABELS,
    tool_words=v.TOOL_WORDS,
    end_markers=v.END_MARKERS,
    box_titles=v.BOX_TITLES,
)
"""The vocabulary of :mod:`xianfeng.vocabulary`, compiled."""
