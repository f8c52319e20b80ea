"""What xianfeng knows about portal pages, as data: every word it looks for, and every limit.

This module is read, never called: each table below is the one place its words are written.
The parsers compile their regular expressions from these tables once, at import (and once per
:class:`~xianfeng.Profile`, which extends them for one site). To teach the parser a word
for every site, add it here; to teach it a word for one site, write a profile
(``docs/profiles.md``).

Words are matched width-insensitively: write them half-width (``图:``, not ``图：``); a page
writing either width matches. Every label must be followed by a colon on the page to count.

>>> META_LABELS["source"][:2]
('文章来源', '信息来源')
>>> "打印" in TOOL_WORDS, "相关文章" in END_MARKERS
(True, True)
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

import attrs

__all__ = [
    "BOX_LABELS",
    "BOX_TITLES",
    "BREADCRUMB_PREFIXES",
    "BYLINE_ROLES",
    "CAPTION_PREFIXES",
    "CLOSING_OPENINGS",
    "CONTACT_LABELS",
    "COPYRIGHT_MARKS",
    "COPYRIGHT_NOUNS",
    "CREDIT_ROLES",
    "DATELINE_ENDS",
    "END_MARKERS",
    "FOOTER_LABELS",
    "GRID_LABELS",
    "LIMITS",
    "LINE_ROLES",
    "LOADING_NOTES",
    "META_LABELS",
    "NONE_WORDS",
    "NOTE_PREFIXES",
    "NOT_TITLE_ENDINGS",
    "NO_NAMES",
    "ORIGINAL_TITLE_LABELS",
    "OWNER_MARKS",
    "PAGER_WORDS",
    "PREV_NEXT_LABELS",
    "RECORD_WORDS",
    "RIGHTS_NOTICES",
    "SUMMARY_LABELS",
    "TOOL_WORDS",
    "TRADITIONAL",
    "TRAILING_ROLES",
    "UNIT_SUFFIXES",
    "Limits",
]

META_LABELS: Final = MappingProxyType(
    {
        "published": ("发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期"),
        "source": ("文章来源", "信息来源", "稿件来源", "本文来源", "来源于", "来源", "稿源"),
        "author": ("作者", "发布人", "发布者"),
        "clicks": (
            "点击数", "点击次数", "点击量", "点击率", "点击", "浏览次数", "浏览量", "浏览",
            "阅读次数", "阅读量", "阅读数", "阅读", "访问量", "查看",
        ),
    }
)  # fmt: skip
"""Metadata-line labels by the Article field their value fills. The longest label wins where
one is a prefix of another (发布时间 before 时间)."""

GRID_LABELS: Final = MappingProxyType(
    {
        "title": ("名称", "标题"),
        "published": ("发布日期", "上载日期"),
        "written": ("成文日期", "发文日期", "生成日期"),
        "": (
            "索引号", "分类", "组配分类", "主题分类", "发布机构", "发文机关", "文号", "发文字号",
            "主题词",
        ),
    }
)  # fmt: skip
"""Labels of a government information-disclosure grid (政府信息公开: rows of ``索引号``,
``发布机构``, ``名称``, ``成文日期``, ``发布日期`` … over the document) by what their value
gives: ``title`` the headline, ``published`` the publication date, ``written`` the date the
document was signed (taken only when the grid gives no publication date); ``""`` labels give
nothing (an issuing office is no 来源) and only end the value before them. A row is two
labels or more, each with its colon, or letter-spaced without one (``发 布 机 构 市人民政府办公室
发 文 日 期 2019-11-29``); a label may carry each character's reading in brackets
(``發(fā)布機構:``)."""

NOT_TITLE_ENDINGS: Final = ("政府信息公开",)
"""Endings of a line that names a site's section, never a headline
(``梅州市五华县公安局政府信息公开`` over a disclosure grid)."""

SUMMARY_LABELS: Final = ("摘要",)
"""Labels of a summary box over the text, in square brackets (``[摘要]6月8日下午,…``,
``【摘要】``): the box repeats the lede and is no part of the text (an abstract opening with
``摘要：`` is text)."""

ORIGINAL_TITLE_LABELS: Final = ("原标题",)
"""Labels of the line giving the headline a reposted story first ran under
(``原标题：…``, ``（原标题：…）``): over the text it is no part of it."""

CREDIT_ROLES: Final = (
    "供稿单位", "供稿", "来稿", "责任编辑", "责编", "编辑", "审核", "审校", "审稿", "校对",
    "初审", "复审", "终审", "签发", "核发", "摄影", "图片", "摄像", "撰稿", "记者", "通讯员",
    "文字", "值班编辑", "统筹", "执笔人", "执笔", "特约记者", "图文", "供图", "图片作者",
    "特约摄影", "资料提供", "负责编辑", "文章录入",
)  # fmt: skip
"""Contributor roles (``供稿:…``, ``责任编辑：…``): each becomes a ``Credit`` with the role as
written. They count on the metadata line too."""

BYLINE_ROLES: Final = (
    "记者", "特约记者", "全媒体记者", "通讯员", "编辑", "责任编辑", "摄影", "线索提供",
    "专栏作者",
)  # fmt: skip
"""Credit roles a page also writes without a colon, a space before the names, on a line of
their own (``记者 刘涛``, ``▢ 全媒体记者 骆红婷``), maybe after the outlet
(``光明日报记者 王建宏 张文攀``, ``（松花江网编辑 孙桂芳）``), or after a paragraph's last
sentence (``…等7个主题展出。线索提供 王蕴杰``). In brackets, or after such a credit on its
line, every credit role may be written so (``(审核 王瑾)``, ``编辑 刘晓阳 校对 李铭``). Written
with the outlet after another role's colon or slash, one is who, not a name
(``文/观察者网专栏作者 王文``)."""

DATELINE_ENDS: Final = ("报道",)
"""Words that close the place a byline ends with (``新京报记者 彭冲 山东冠县报道``): the
place and the word are no name, and the rest of the line is read as a byline."""

TRAILING_ROLES: Final = ("摄", "供稿", "供图", "图/文")
"""Credit roles written after the names, without a colon, closing a credit line of their own
(``通讯员赵彦良摄``, ``（校友办公室 石林曌供稿）``, ``雍和  图/文``): the role, and the names
before it."""

LINE_ROLES: Final = ("文", "图", "摄")
"""One-character credit roles, a colon or a slash after them (``文/方爱宁  摄/周霄佳``,
``图：张三``): read only where a line, or a bracket, holds credits and nothing else, never in
running text nor as a metadata label (``原文：`` is no credit)."""

CONTACT_LABELS: Final = (
    "联系电话", "电话", "手机", "传真", "地址", "邮编", "电子邮箱", "邮箱", "QQ", "TEL", "Email",
    "E-mail",
)  # fmt: skip
"""Contact details (``电话：…``, ``QQ：…``): they end a credited name, and a line of them
closing an article is furniture, not text."""

CLOSING_OPENINGS: Final = (
    "转载请注明", "版权声明", "免责声明", "声明:", "凡本网", "凡本平台", "本站遵循行业规范",
    "本文为", "扫一扫", "微信扫",
    "二维码", "分享到", "图片来自", "图片均来自",
)  # fmt: skip
"""Openings of the furniture lines that close an article: reprint and disclaimer notices
(``本文为CSDN原创文章，未经允许不得转载``),
QR-code captions, print and share bars, a note on where the pictures come from naming no
one (``图片均来自网络``). Such lines at the end of a body, or after it, are
left out; inside the text they are kept."""

FOOTER_LABELS: Final = MappingProxyType(
    {
        "host": ("主办单位", "主办方", "主办"),
        "support": ("技术支持", "技术服务"),
        "": (
            "主管单位", "承办单位", "承办", "协办单位", "协办", "运行维护单位", "制作维护",
            "备案号", "备案序号", "ICP备案号", "公安备案号",
            *CONTACT_LABELS,
        ),
    }
)  # fmt: skip
"""Footer labels by the ``Footer`` field they fill; ``""`` labels fill none, they only end
the value before them (the line is kept in ``Footer.lines``). A line holding one of them,
unless it is a contact label (a text may close with ``电话：…``), is a footer line."""

COPYRIGHT_MARKS: Final = ("版权所有", "Copyright", "©")
"""Marks only a footer line holds, with or without a colon."""

COPYRIGHT_NOUNS: Final = ("版权所有者",)
"""Words that hold a copyright mark and are no mark: the noun in running text
(``要获得版权所有者或制作人的许可``), which makes no line a footer's."""

OWNER_MARKS: Final = ("版权所有",)
"""The mark a footer names the copyright holder by, after it (``云南日报报业集团 版权所有``) or
before it (``版权所有：广东省人民政府门户网站``): ``Footer.owner``."""

RIGHTS_NOTICES: Final = ("不得", "未经", "禁止")
"""Words that open a reprint notice, not a name: after an owner mark
(``版权所有 不得转载``) they leave ``Footer.owner`` empty."""

RECORD_WORDS: Final = ("ICP", "公网安备")
"""The words of the licence and police record numbers (``黑ICP备12002421号``); a footer
line holding one with its number is a footer line."""

TOOL_WORDS: Final = (
    "打印", "打印本页", "打印此文", "关闭", "关闭窗口", "关闭本页", "收藏", "加入收藏",
    "返回顶部", "顶部", "字体", "字号", "大", "中", "小", "分享到", "分享", "推荐", "纠错",
    "我要纠错", "文章纠错", "我要“揪”错", "我来说两句", "页面功能", "复制链接", "T", "PDF版",
    "展开全文", "举报", "图集", "放大", "缩小", "默认", "X",
)  # fmt: skip
"""Page-tool links (``【打印】【关闭】``, ``【字体：大 中 小】``, an e-paper's ``放大 缩小 默认``):
a line made only of these is never content, nor are they after a date alone on its line.
Those of two characters or more also end a metadata value they follow."""

END_MARKERS: Final = (
    "相关文章", "相关阅读", "相关新闻", "相关链接", "推荐阅读", "延伸阅读", "热点文章",
    "热门文章", "最新文章", "最新要闻", "猜你喜欢", "为你推荐", "图片新闻", "重点推荐",
)  # fmt: skip
"""Box titles that only ever follow an article body (a line of its own, maybe with a colon):
the body has ended. Credit lines after one are still credits."""

BOX_TITLES: Final = ("通知公告", "通知通告", "最新公告", "公告栏", "重要通知")
"""Title bars of a notice box (通知公告). A line that is one of these (maybe with 更多>>)
starts a notice box, in the header or in a side column after the body."""

BOX_LABELS: Final = ("公告", "通知", "更多", "更多>>", "more")
"""Further labels of a notice box that are never a headline: 更多>> links, and the short
公告/通知 tabs (only in the header: in a body they may head a reproduced document)."""

CAPTION_PREFIXES: Final = ("图为", "图:", "图片:", "上图", "下图", "左图", "右图", "(图")
"""Openings of an image caption (``图为…``): a caption is never a section heading."""

NOTE_PREFIXES: Final = ("注:", "附件", "(完)", "(来源", "——")
"""Openings of a note or attribution line in a body (``——（宋）陆游``): never a section
heading."""

PREV_NEXT_LABELS: Final = MappingProxyType(
    {"previous": ("上一篇", "上一条", "上篇"), "next": ("下一篇", "下一条", "下篇")}
)
"""Labels of the previous/next-article links under a body."""

PAGER_WORDS: Final = ("下一页", "尾页")
"""Links of a pager beside its bracketed page numbers (``[1] [2]  下一页 尾页``): a line of
them and the numbers only ever follows a body."""

NONE_WORDS: Final = ("没有了", "没有了!", "没有了。", "无", "暂无", "暂无数据", "抱歉暂无数据")
"""What a 上一篇/下一篇 link says when there is no such article."""

LOADING_NOTES: Final = ("加载中", "请刷新")
"""Words of the text a script's box shows until it is drawn (``调查问题加载中，请稍候。``,
``若长时间无响应，请刷新本页面``): a short line holding one over the text is furniture."""

NO_NAMES: Final = ("转载文章",)
"""What a source or author label may show that names no one (``来源：转载文章``: the piece
is a repost). The field is then ``None``, with the warning ``meta.name.refused``, and a
line under the body that names it fills it."""

BREADCRUMB_PREFIXES: Final = (
    "当前位置",
    "您的位置",
    "您现在的位置",
    "您当前的位置",
    "您的当前位置",
    "你现在的位置",
    "你的位置",
    "所在位置",
    "位置",
)
"""Openings of a position bar (``当前位置：首页 > 栏目``)."""


UNIT_SUFFIXES: Final = (
    "网", "报", "社", "台", "委", "部", "局", "厅", "办", "院", "中心", "政府", "新闻",
)  # fmt: skip
"""Endings of the name of an issuing unit (光明网, 区委组织部, 市政府, 澎湃新闻): an unlabelled name
after a date (``2022-02-13 09:57 光明网``) that ends in one is the source; another short name
there (``admin``, ``张三``) is the author. Before a byline role it is the outlet, who and not
the role (``澎湃新闻记者 段彦超 廖艳``)."""


TRADITIONAL: Final = MappingProxyType(
    {
        "來": "来", "發": "发", "佈": "布", "時": "时", "間": "间", "點": "点", "擊": "击",
        "數": "数", "瀏": "浏", "覽": "览", "閱": "阅", "閲": "阅", "讀": "读", "訪": "访",
        "問": "问", "責": "责", "編": "编", "輯": "辑", "審": "审", "復": "复", "複": "复",
        "終": "终", "簽": "签", "籤": "签", "攝": "摄", "圖": "图", "記": "记", "訊": "讯",
        "員": "员", "統": "统", "籌": "筹", "對": "对", "辦": "办", "單": "单", "術": "术",
        "務": "务", "協": "协", "備": "备", "號": "号", "聯": "联", "電": "电", "話": "话",
        "機": "机", "傳": "传", "郵": "邮", "權": "权", "網": "网", "繫": "系", "構": "构",
        "題": "题", "類": "类", "稱": "称", "組": "组",
    }
)  # fmt: skip
"""Traditional forms of the characters the labels, credit roles and footer words above are
written with, each mapped to its simplified form: a page in traditional characters
(``來源：``, ``責任編輯：``, ``發佈時間：``, ``主辦單位：``) is matched as its simplified twin,
while its values keep the characters it shows."""


@attrs.frozen(kw_only=True)
class Limits:
    """Every size the parser judges a line by, with why it is that size."""

    max_nav_label: int = 8
    """A navigation entry is a category name of at most this many characters; a longer header
    link or line is a notice headline."""
    max_tool_line: int = 80
    """A page-tool line is short; a longer line is text that happens to hold a tool word."""
    max_meta_line: int = 300
    """A metadata line is shorter than this; a body paragraph with labels in it is longer."""
    max_field_line: int = 60
    """A metadata field given alone on a line (one field per block) is this short."""
    max_date_clutter: int = 4
    """A date alone on its line (a template without labels) may carry this much else."""
    max_meta_lines: int = 5
    """A metadata line given one field per line spans at most this many more lines."""
    min_title: int = 4
    max_title: int = 100
    """A headline found without a metadata line under it is this long (in characters)."""
    min_prose_line: int = 40
    """A line this long is running text, whatever its punctuation."""
    min_article_chars: int = 40
    """A page without metadata needs this much running text to be an article."""
    min_list_items: int = 3
    """A body of at least this many links, dates alone or cut summaries (…), making up half
    its lines, is a list page."""
    min_common_hanzi: float = 0.2
    """Running Chinese text has at least this share of its characters among the 500 most
    common (real pages: 0.5 to 0.85); text decoded with the wrong encoding has almost none."""
    title_reach: int = 3
    """How many lines above the metadata line the headline an HTML <title> names may sit."""
    min_headline: int = 6
    """How many characters a <title> and a line must share to name the same headline."""
    max_footer_line: int = 200
    """Footer lines are short; a longer line after a footer-looking one was body text."""
    max_pager_line: int = 60
    """A pager line (``共2页: 上一页 1 2 下一页``) is short."""
    max_breadcrumb: int = 120
    """A position bar is one short line."""
    max_credit_name: int = 40
    """A credited name is short and never a sentence (``记者：请问……？`` stays body text)."""
    max_owner: int = 40
    """A copyright holder's name is short (``北京千龙新闻网络传播有限责任公司`` is 16)."""
    min_learn_pages: int = 3
    """A site's template is learned from at least this many of its pages: with two, anything
    the two share would pass for template."""
    min_template_share: float = 0.6
    """A line on at least this share of a site's pages (and on three at least) is template
    text: most of them, so that a line a few articles share is not. On ``tests/sites``, 0.34
    to 0.6 learn the same; 0.67 misses a vote box that 4 of a site's 6 pages show. The same
    share makes a ``<title>``'s last part the site suffix, an unknown metadata label a
    label, and a year-last date the site's date form: what most pages show is the site's
    (the ``tests/sites`` groups whose titles name the site all do so on 6 of 6 pages)."""
    min_shape_digits: float = 0.5
    """A body line whose digits change from page to page is template (a counter, a
    timestamp the template prints) only when digits are at least this share of it
    (``1395716580``, ``阅读103次``): a sentence with a number in it, or a numbered closing
    line (``第3篇完。``), is the article's."""
    min_container_share: float = 0.75
    """A page's body container is the deepest element named by an id or class that holds at
    least this share of its body's text: template text around the article (a summary box,
    a share line) may hold the rest; below half, the container would be a side column."""
    max_heading_width: int = 60
    """A section heading is at most this wide (CJK counts 2), and does not end a sentence."""
    max_numbered_heading_width: int = 90
    """A numbered heading (一、 （一） 1.) may be a little wider, and end in punctuation."""
    max_caption: int = 80
    """An image caption is a short line; a longer centred line is a paragraph."""
    notice_cap_slack: int = 3
    """Notice headlines cut by the CMS end within this many columns of the box's width (a cut
    lands a byte short before a 2-byte character; a dump folds full-width marks)."""
    min_notice_cap: int = 24
    """Notice boxes cut narrower than this are not seen: equal short widths are chance."""


LIMITS: Final = Limits()
"""The limits in force (profiles do not change them)."""
