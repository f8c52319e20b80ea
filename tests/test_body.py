"""Body blocks on whole pages: links inside paragraphs, players, lazy-loaded images,
attachments, and what cannot be kept said in a warning instead of lost.

Each example is put into the body of two whole fixture pages — the older table template
(GBK bytes, ``charset=gb2312``) and the newer div template (UTF-8) — in place of a spacer
paragraph, so it is read with the doctype, scripts, styles, ``&nbsp;`` and ideographic spaces
of a real page around it. The examples themselves are invented for the edge case they show.
"""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from xianfeng import (
    Article,
    Attachment,
    Image,
    Link,
    Media,
    Paragraph,
    ParseWarning,
    StrictModeError,
    Table,
    parse_article,
)
from xianfeng.models import Block

SITE = "http://www.hrbxfw.gov.cn"
LAYOUTS = {
    "table-gbk": (
        (FIXTURES / "html-seed-table-gb2312" / "page.html").read_bytes().decode("gb18030"),
        "gb18030",
        f"{SITE}/a/ncdj/2022/0430/71234.html",
    ),
    "div-utf8": (
        (FIXTURES / "html-div-utf8" / "page.html").read_text("utf-8"),
        "utf-8",
        f"{SITE}/a/jdsq/2023/0612/75321.html",
    ),
}
# The body's first spacer paragraph: the examples go in its place.
SLOT = "<p>&nbsp;</p>"


def page_with(body: str, layout: str) -> bytes:
    html, encoding, _ = LAYOUTS[layout]
    assert SLOT in html
    return html.replace(SLOT, body, 1).encode(encoding)


def parse_with(body: str, layout: str, *, url: bool = True, head: str = "") -> Article:
    data = page_with(body, layout)
    if head:
        data = data.replace(b"</head>", head.encode("ascii") + b"</head>", 1)
    article = parse_article(data, url=LAYOUTS[layout][2] if url else None)
    original = parse_article(LAYOUTS[layout][0], url=LAYOUTS[layout][2] if url else None)
    # The rest of the page reads as before.
    assert (article.title, article.credits, article.footer) == (
        original.title,
        original.credits,
        original.footer,
    )
    return article


def blocks(article: Article) -> list[Block]:
    return [block for section in article.sections for block in section.blocks]


def new_blocks(article: Article, layout: str) -> list[Block]:
    """The blocks the example added: those the page without it does not have."""
    original = blocks(parse_article(LAYOUTS[layout][0], url=LAYOUTS[layout][2]))
    return [block for block in blocks(article) if block not in original]


both_layouts = pytest.mark.parametrize("layout", sorted(LAYOUTS))


# --- links inside paragraphs -----------------------------------------------------------


@both_layouts
def test_a_link_inside_a_paragraph_is_kept(layout: str) -> None:
    article = parse_with(
        '<p>　　会议印发了实施方案，详见<a href="/a/tzgg/2022/0428/71200.html" '
        'target="_blank">通知全文</a>。</p>',
        layout,
    )
    assert new_blocks(article, layout) == [
        Paragraph(
            text="会议印发了实施方案，详见通知全文。",
            links=(Link(label="通知全文", url=f"{SITE}/a/tzgg/2022/0428/71200.html"),),
        )
    ]
    assert article.links == (Link(label="通知全文", url=f"{SITE}/a/tzgg/2022/0428/71200.html"),)


@both_layouts
def test_without_url_a_link_keeps_its_target_as_written(layout: str) -> None:
    article = parse_with('<p>详见<a href="/a/tzgg/1.html">通知全文</a>。</p>', layout, url=False)
    assert article.links == (Link(label="通知全文", url="/a/tzgg/1.html"),)


@both_layouts
def test_a_base_element_resolves_paragraph_links(layout: str) -> None:
    article = parse_with(
        '<p>详见<a href="2022/0428/71200.html">通知全文</a>。</p>',
        layout,
        url=False,
        head='<base href="http://www.hrbxfw.gov.cn/a/tzgg/" />',
    )
    assert article.links == (Link(label="通知全文", url=f"{SITE}/a/tzgg/2022/0428/71200.html"),)


@both_layouts
def test_links_keep_their_order_and_labels_as_shown(layout: str) -> None:
    article = parse_with(
        "<p>　　会议传达学习了<a href='http://www.gov.cn/zhengce/2022-01/01/content_1.htm'>"
        "《关于&nbsp;加强基层治理的意见》</a>和<a href='../../0401/70011.html'>"
        "<span style='color:#c00'>五年行动</span><b>方案</b></a>。</p>",
        layout,
    )
    base = LAYOUTS[layout][2].rsplit("/", 3)[0]
    assert article.links == (
        Link(
            label="《关于 加强基层治理的意见》",
            url="http://www.gov.cn/zhengce/2022-01/01/content_1.htm",
        ),
        Link(label="五年行动方案", url=f"{base}/0401/70011.html"),
    )
    (paragraph,) = new_blocks(article, layout)
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text == "会议传达学习了《关于 加强基层治理的意见》和五年行动方案。"


@both_layouts
def test_links_that_go_nowhere_are_not_kept(layout: str) -> None:
    article = parse_with(
        '<p>　　<a name="p1"></a>点击<a href="#">这里</a>、<a href="#top">顶部</a>、'
        '<a href="javascript:void(0);">播放</a>、<a href="JavaScript:showPic()">大图</a>、'
        '<a href="">空</a>或<a href="/uploads/allimg/220430/1.jpg"><img src="/uploads/'
        'allimg/220430/1-s.jpg" alt="" /></a>查看。</p>',
        layout,
    )
    assert article.links == ()
    paragraph = new_blocks(article, layout)[-1]
    assert paragraph == Paragraph(text="点击这里、顶部、播放、大图、空或查看。")


@both_layouts
def test_a_file_link_in_a_sentence_is_an_attachment_not_a_paragraph_link(layout: str) -> None:
    article = parse_with(
        '<p>　　请于5月10日前报送<a href="/uploads/soft/220430/1-2204301A1.xlsx">汇总表</a>，'
        '详见<a href="/a/tzgg/1.html">通知</a>。</p>',
        layout,
    )
    assert new_blocks(article, layout) == [
        Paragraph(
            text="请于5月10日前报送汇总表，详见通知。",
            links=(Link(label="通知", url=f"{SITE}/a/tzgg/1.html"),),
        ),
        Attachment(label="汇总表", url=f"{SITE}/uploads/soft/220430/1-2204301A1.xlsx"),
    ]


def test_article_links_run_across_sections_in_reading_order() -> None:
    html, encoding, url = LAYOUTS["table-gbk"]
    page = html.replace(
        "<p>&nbsp;</p>", '<p>见<a href="/a/1.html">甲</a>和<a href="/a/2.html">乙</a>。</p>', 1
    )
    page = page.replace(
        '<p>&nbsp;</p>\n<p style="text-indent:2em"><strong>整合',
        '<p>又见<a href="/a/3.html">丙</a>。</p>\n<p style="text-indent:2em"><strong>整合',
        1,
    )
    article = parse_article(page.encode(encoding), url=url)
    assert [link.label for link in article.links] == ["甲", "乙", "丙"]
    assert [
        s.heading
        for s in article.sections
        if any(p.links for p in s.blocks if isinstance(p, Paragraph))
    ] == [
        None,
        "统筹安排明确任务,谋划美丽乡村新篇章",
    ]


def test_a_text_rendering_has_no_paragraph_links(seed_text: str) -> None:
    article = parse_article(seed_text)
    assert article.links == ()
    assert all(p.links == () for p in blocks(article) if isinstance(p, Paragraph))


# --- players ---------------------------------------------------------------------------

PLAYERS = [
    pytest.param(
        '<p style="text-align:center"><video src="/uploads/media/220430/1.mp4" controls="controls"'
        ' width="600" title="会议现场视频">您的浏览器不支持视频播放，请升级浏览器。</video></p>',
        Media(kind="video", src=f"{SITE}/uploads/media/220430/1.mp4", title="会议现场视频"),
        id="video-src",
    ),
    pytest.param(
        '<p align="center"><video controls poster="/uploads/media/1.jpg">\n'
        '  <source src="/uploads/media/220430/1.webm" type="video/webm" />\n'
        '  <source src="/uploads/media/220430/1.mp4" type="video/mp4" />\n'
        "  您的浏览器不支持&nbsp;video&nbsp;标签。</video></p>",
        Media(kind="video", src=f"{SITE}/uploads/media/220430/1.webm"),
        id="video-source",
    ),
    pytest.param(
        '<p>　　<audio controls="controls"><source src="/uploads/media/220430/dangke.mp3" '
        'type="audio/mpeg">您的浏览器不支持音频播放。</audio></p>',
        Media(kind="audio", src=f"{SITE}/uploads/media/220430/dangke.mp3"),
        id="audio",
    ),
    pytest.param(
        '<div style="text-align:center"><iframe height="498" width="510" '
        'src="https://player.youku.com/embed/XNTg4MjU2NDY4OA==" frameborder="0" '
        'allowfullscreen title="微型党课">视频</iframe></div>',
        Media(
            kind="iframe", src="https://player.youku.com/embed/XNTg4MjU2NDY4OA==", title="微型党课"
        ),
        id="iframe",
    ),
    pytest.param(
        '<p><embed src="/uploads/flash/220430/1.swf" type="application/x-shockwave-flash" '
        'width="480" height="400" quality="high" /></p>',
        Media(kind="embed", src=f"{SITE}/uploads/flash/220430/1.swf"),
        id="embed",
    ),
    pytest.param(
        '<object type="application/x-shockwave-flash" data="/uploads/flash/220430/2.swf" '
        'width="480" height="400"><param name="quality" value="high" />'
        "请安装Flash播放器</object>",
        Media(kind="embed", src=f"{SITE}/uploads/flash/220430/2.swf"),
        id="object-data",
    ),
    pytest.param(
        '<p><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="480">'
        '<param name="movie" value="/uploads/flash/220430/3.swf" /><param name="wmode" '
        'value="transparent" /><embed src="/uploads/flash/220430/3.swf" width="480" />'
        "</object></p>",
        Media(kind="embed", src=f"{SITE}/uploads/flash/220430/3.swf"),
        id="object-param-movie",
    ),
    pytest.param(
        '<p><iframe data-src="//player.bilibili.com/player.html?bvid=BV1xx" src="about:blank">'
        "</iframe></p>",
        Media(kind="iframe", src="http://player.bilibili.com/player.html?bvid=BV1xx"),
        id="iframe-lazy",
    ),
]


@both_layouts
@pytest.mark.parametrize(("body", "media"), PLAYERS)
def test_a_player_in_the_body_is_a_media_block(body: str, media: Media, layout: str) -> None:
    article = parse_with(body, layout)
    assert new_blocks(article, layout) == [media]
    assert article.media == (media,)
    assert article.warnings == ()
    # Fallback text and <param>s are not page text.
    assert "不支持" not in article.text
    assert "Flash" not in article.text


@both_layouts
def test_players_keep_their_place_in_reading_order(layout: str) -> None:
    article = parse_with(
        "<p>　　会议首先观看了专题片。</p>\n"
        '<p align="center"><video src="/uploads/media/1.mp4"></video></p>\n'
        "<p>　　随后，与会人员收听了党课录音"
        '<audio src="/uploads/media/2.mp3"></audio>。</p>\n'
        '<p align="center"><iframe src="/a/zt/2022/vote.html"></iframe></p>',
        layout,
    )
    assert new_blocks(article, layout) == [
        Paragraph(text="会议首先观看了专题片。"),
        Media(kind="video", src=f"{SITE}/uploads/media/1.mp4"),
        # A player inside a paragraph comes before the paragraph, as an image does.
        Media(kind="audio", src=f"{SITE}/uploads/media/2.mp3"),
        Paragraph(text="随后，与会人员收听了党课录音。"),
        Media(kind="iframe", src=f"{SITE}/a/zt/2022/vote.html"),
    ]


def test_players_in_the_header_sidebar_and_footer_are_not_blocks() -> None:
    html, encoding, url = LAYOUTS["table-gbk"]
    page = html.replace(
        '<script language="javascript" type="text/javascript">showDate();</script>',
        '<embed src="/templets/hrbxfw/images/banner.swf" width="1000" height="150" />',
    )
    page = page.replace(
        '<marquee direction="up"',
        '<iframe src="/plus/weather.html" width="220" height="60">天气</iframe>'
        '<canvas width="220" height="20">滚动字幕</canvas><marquee direction="up"',
        1,
    )
    page = page.replace(
        "技术支持:哈尔滨新闻网",
        '技术支持:哈尔滨新闻网<br /><video src="/templets/hrbxfw/images/footer.mp4"></video>',
        1,
    )
    assert page.count("<embed") + page.count("<iframe") + page.count("<video") == 3
    article = parse_article(page.encode(encoding), url=url)
    assert article.media == ()
    assert article.warnings == ()
    assert article == parse_article(html.encode(encoding), url=url)


# --- lazy-loaded images ----------------------------------------------------------------

LAZY_ATTRIBUTES = [
    "data-original", "data-src", "data-echo", "data-lazy-src", "data-url", "file", "_src",
    "original", "data-actualsrc", "data-lazyload", "lazy-src", "real_src",
]  # fmt: skip
PLACEHOLDERS = [
    "/images/grey.gif",
    "/templets/default/images/loading.gif",
    "/static/img/blank.gif",
    "../skin/lazy-placeholder.png",
    "/images/spacer.gif?v=2",
    "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
    "",
]


@both_layouts
@pytest.mark.parametrize("attribute", LAZY_ATTRIBUTES)
def test_a_lazy_loaded_image_takes_its_real_address(attribute: str, layout: str) -> None:
    article = parse_with(
        f'<p style="text-align:center"><img class="lazy" src="/images/grey.gif" '
        f'{attribute}="/uploads/allimg/220430/1-220430094G90.jpg" alt="会议现场" '
        'style="width:600px;height:400px" /></p>\n<p style="text-align:center">图为会议现场。</p>',
        layout,
    )
    assert new_blocks(article, layout) == [
        Image(
            src=f"{SITE}/uploads/allimg/220430/1-220430094G90.jpg",
            alt="会议现场",
            caption="图为会议现场。",
        )
    ]


@both_layouts
@pytest.mark.parametrize("placeholder", PLACEHOLDERS)
def test_a_placeholder_src_never_wins(placeholder: str, layout: str) -> None:
    article = parse_with(
        f'<p><img src="{placeholder}" data-original="/uploads/allimg/220430/2.jpg" /></p>', layout
    )
    assert article.images[-1] == Image(src=f"{SITE}/uploads/allimg/220430/2.jpg")
    assert article.warnings == ()


@both_layouts
def test_an_image_with_srcset_only_takes_its_first_candidate(layout: str) -> None:
    article = parse_with(
        '<p><img srcset="/uploads/a-600.jpg 600w, /uploads/a-1200.jpg 1200w" alt="" /></p>',
        layout,
    )
    assert new_blocks(article, layout) == [Image(src=f"{SITE}/uploads/a-600.jpg")]


@both_layouts
def test_a_picture_embedded_as_a_long_data_uri_is_kept(layout: str) -> None:
    embedded = "data:image/png;base64," + "iVBORw0KGgo" * 100
    article = parse_with(f'<p><img src="{embedded}" alt="统计图" /></p>', layout)
    assert new_blocks(article, layout) == [Image(src=embedded, alt="统计图")]


# --- attachments -----------------------------------------------------------------------

ATTACHMENTS = [
    pytest.param(
        '<p>　　附件：<a href="/plus/download.php?open=0&amp;aid=12&amp;cid=3" target="_blank">'
        "2022年度党员发展计划表</a></p>",
        [
            Attachment(
                label="2022年度党员发展计划表", url=f"{SITE}/plus/download.php?open=0&aid=12&cid=3"
            )
        ],
        id="dedecms-download-php",
    ),
    pytest.param(
        '<p>附件下载：<a href="/plus/download.php?open=2&amp;id=15&amp;uhash=a3f" '
        'title="实施方案.docx"><img src="/images/download.gif" alt="" /></a></p>',
        [
            Image(src=f"{SITE}/images/download.gif"),
            Attachment(
                label="实施方案.docx", url=f"{SITE}/plus/download.php?open=2&id=15&uhash=a3f"
            ),
        ],
        id="download-php-image-link-with-title",
    ),
    pytest.param(
        '<p>附件1：<a href="/uploads/soft/220430/1-2204301A1.wps">汇总表.wps</a><br />'
        '附件2：<a href="/uploads/soft/220430/1-2204301A2.RAR">照片.rar</a><br />'
        '附件3：<a href="/uploads/soft/220430/1-2204301A3.ofd?t=1">批复.ofd</a><br />'
        '附件4：<a href="/uploads/soft/220430/1-2204301A4.rtf">说明.rtf</a></p>',
        [
            Attachment(label="汇总表.wps", url=f"{SITE}/uploads/soft/220430/1-2204301A1.wps"),
            Attachment(label="照片.rar", url=f"{SITE}/uploads/soft/220430/1-2204301A2.RAR"),
            Attachment(label="批复.ofd", url=f"{SITE}/uploads/soft/220430/1-2204301A3.ofd?t=1"),
            Attachment(label="说明.rtf", url=f"{SITE}/uploads/soft/220430/1-2204301A4.rtf"),
        ],
        id="office-and-archive-files",
    ),
    pytest.param(
        '<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=1.pdf"></a></p>'
        "<p>　　以上通知，请遵照执行。</p>",
        [
            Attachment(
                label="downfile.jsp?classid=0&filename=1.pdf",
                url=f"{SITE}/module/download/downfile.jsp?classid=0&filename=1.pdf",
            ),
            Paragraph(text="以上通知，请遵照执行。"),
        ],
        id="download-script-without-text",
    ),
]


@both_layouts
@pytest.mark.parametrize(("body", "expected"), ATTACHMENTS)
def test_file_links_are_attachments(body: str, expected: list[Block], layout: str) -> None:
    article = parse_with(body, layout)
    assert new_blocks(article, layout) == expected
    assert article.links == ()


@both_layouts
def test_a_page_link_named_download_is_not_an_attachment(layout: str) -> None:
    article = parse_with('<p>详见<a href="/a/xzzq/download.html">下载专区</a>。</p>', layout)
    assert article.attachments == ()
    assert article.links == (Link(label="下载专区", url=f"{SITE}/a/xzzq/download.html"),)


@both_layouts
def test_files_pictures_and_players_in_a_data_table_follow_it(layout: str) -> None:
    article = parse_with(
        '<table border="1" cellspacing="0" style="border-collapse:collapse">'
        "<tr><td><strong>名称</strong></td><td><strong>下载</strong></td></tr>"
        '<tr><td>实施方案</td><td><a href="/uploads/soft/1.docx">方案.docx</a></td></tr>'
        '<tr><td>现场照片</td><td><img src="/uploads/allimg/3.jpg" alt="照片" /></td></tr>'
        '<tr><td>视频</td><td><video src="/uploads/media/4.mp4"></video></td></tr>'
        "</table>",
        layout,
    )
    assert new_blocks(article, layout) == [
        Table(rows=(("名称", "下载"), ("实施方案", "方案.docx"), ("现场照片", ""), ("视频", ""))),
        Attachment(label="方案.docx", url=f"{SITE}/uploads/soft/1.docx"),
        Image(src=f"{SITE}/uploads/allimg/3.jpg", alt="照片"),
        Media(kind="video", src=f"{SITE}/uploads/media/4.mp4"),
    ]


# --- what no block can hold: said, not lost --------------------------------------------

DROPPED = [
    pytest.param(
        '<p align="center"><canvas id="chart" width="600" height="300">您的浏览器不支持canvas'
        "</canvas></p>",
        "a <canvas> (a picture drawn by a script)",
        id="canvas",
    ),
    pytest.param(
        '<p><svg width="300" height="40"><rect width="300" height="40" fill="#c00"/>'
        '<text x="10" y="25" fill="#fff">2022年完成率&nbsp;98%</text></svg></p>',
        "an <svg> drawing with the text '2022年完成率 98%'",
        id="svg-with-text",
    ),
    pytest.param(
        '<p><object classid="clsid:6BF52A52-394A-11d3-B153-00C04F79FAA6" width="400">'
        '<param name="autoStart" value="true" /></object></p>',
        "an <object> with no data",
        id="object-without-data",
    ),
    pytest.param(
        '<form action="/plus/feedback.php" method="post"><p>您的意见：<input type="text" '
        'name="msg" /></p><p><input type="submit" value="提交" /></p></form>',
        "a <form> sending to '/plus/feedback.php' with fields to fill in: its text is kept, "
        "its fields are not",
        id="form",
    ),
    pytest.param(
        '<p style="text-align:center"><img alt="会议现场" width="600" height="400" /></p>',
        "an <img> with no address (alt '会议现场')",
        id="img-without-address",
    ),
    pytest.param(
        '<p style="text-align:center"><img src="/images/grey.gif" class="lazy" /></p>',
        "an <img> whose only address is the placeholder '/images/grey.gif'",
        id="img-placeholder-only",
    ),
    pytest.param(
        '<p><iframe src="javascript:false" width="500"></iframe></p>',
        "an <iframe> with no address",
        id="iframe-without-address",
    ),
    pytest.param(
        "<p><video controls>您的浏览器不支持视频播放</video></p>",
        "a <video> with no address",
        id="video-without-source",
    ),
    pytest.param(
        '<p><applet code="Clock.class" width="200" height="50">时钟</applet></p>',
        "an <applet>",
        id="applet",
    ),
]


@both_layouts
@pytest.mark.parametrize(("body", "named"), DROPPED)
def test_what_no_block_can_hold_is_said_in_a_warning(body: str, named: str, layout: str) -> None:
    article = parse_with(body, layout)
    assert article.warnings == (
        ParseWarning(code="body.dropped", message=f"left out of the body: {named}"),
    )
    with pytest.raises(StrictModeError, match=r"body\.dropped"):
        parse_article(page_with(body, layout), url=LAYOUTS[layout][2], strict=True)


@both_layouts
def test_a_form_without_fields_to_fill_in_is_not_reported(layout: str) -> None:
    # An ASP.NET page's form around the article keeps its state in hidden inputs.
    article = parse_with(
        '<form method="post" action="./show.aspx?id=12" id="form1"><input type="hidden" '
        'name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg" /><p>　　会议强调。</p>'
        '<input type="submit" value="打印" /><button type="button">关闭</button></form>',
        layout,
    )
    assert new_blocks(article, layout) == [Paragraph(text="会议强调。")]
    assert article.warnings == ()


@both_layouts
@pytest.mark.parametrize(
    "field",
    [
        '<select name="q1"><option>满意</option><option>不满意</option></select>',
        "<textarea>请留言</textarea>",
        '<input type="radio" name="q1" value="1" />',
    ],
)
def test_a_form_with_a_field_is_reported_and_its_controls_are_not_text(
    field: str, layout: str
) -> None:
    article = parse_with(
        f'<form action="/plus/vote.php"><p>您对本文满意吗？{field}</p></form>', layout
    )
    assert new_blocks(article, layout) == [Paragraph(text="您对本文满意吗？")]
    assert [w.code for w in article.warnings] == ["body.dropped"]


@both_layouts
def test_an_svg_icon_without_text_is_left_out_silently(layout: str) -> None:
    article = parse_with(
        '<p><svg width="16" height="16"><path d="M0 0h16v16H0z" /></svg>　　会议强调。</p>', layout
    )
    assert new_blocks(article, layout) == [Paragraph(text="会议强调。")]
    assert article.warnings == ()


def test_body_warnings_follow_the_metadata_lines() -> None:
    html, encoding, url = LAYOUTS["div-utf8"]
    page = html.replace(SLOT, "<p><canvas></canvas></p>", 1).replace(
        "点击数：1,234", "点击数：很多"
    )
    codes = [w.code for w in parse_article(page.encode(encoding), url=url).warnings]
    assert codes == ["meta.clicks.unparsed", "body.dropped"]
