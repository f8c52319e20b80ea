"""Government information-disclosure grids (政府信息公开), and the headline around them.

Each case parses a real page of ``tests/corpus`` (named by its number) and checks values
read off the page: the grid names the headline, gives the publication date (发布日期 before
成文日期), and its rows are neither headline, body nor heading.
"""

from __future__ import annotations

from pathlib import Path

from xianfeng import Article, Paragraph, parse_article

CORPUS = Path(__file__).parent / "corpus"


def corpus_page(name: str) -> Article:
    folder = CORPUS / name
    html = folder / "page.html"
    if html.exists():
        return parse_article(html.read_bytes(), form="html")
    return parse_article((folder / "page.txt").read_text(encoding="utf-8"), form="text")


def day(article: Article) -> str | None:
    """The day of publication, ISO."""
    return None if article.published is None else article.published.date().isoformat()


def text_of(article: Article) -> list[str]:
    """Headings and paragraphs, in order."""
    found: list[str] = []
    for section in article.sections:
        if section.heading is not None:
            found.append(section.heading)
        found += [block.text for block in section.blocks if isinstance(block, Paragraph)]
    return found


def test_a_letter_spaced_grid_without_colons_is_metadata() -> None:  # 038
    article = corpus_page("038")
    assert article.title == (
        "齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知"
    )
    # 上载日期 2019-12-02 is the publication; 发文日期 2019-11-29 the signature's date.
    assert day(article) == "2019-12-02"
    assert article.source == "市人民政府办公室"  # the 信息来源: line under the headline
    text = text_of(article)
    assert text[0] == "齐政办发〔2019〕29号"
    assert not any("上 载 日 期" in line or "发 布 机 构" in line for line in text)


def test_a_grid_with_readings_in_brackets_names_the_headline() -> None:  # 105
    article = corpus_page("105")
    assert article.title == "關于印發(fā)績溪縣防汛抗旱應急預案的通知"
    # The metadata line under the headline gives the time, the grid only the day.
    assert article.published is not None
    assert article.published.isoformat() == "2020-06-19T14:45:00+08:00"
    assert article.source == "績溪縣應急管理局"
    text = text_of(article)
    assert text[0] == "各鄉(xiāng)鎮(zhèn)人民政府,縣防指成員單位:"
    assert not any("發(fā)布機構" in line or "索引號" in line for line in text)


def test_the_grid_publication_date_goes_before_the_date_written() -> None:  # 121
    article = corpus_page("121")
    assert article.title == "反诈“小回执” 宣传“大作用”"  # not 梅州市五华县公安局政府信息公开
    assert day(article) == "2021-03-01"
    assert article.source is None  # 发布机构 is the issuer, no 来源
    assert not any(line.startswith(("名称:", "文号:", "发布日期:")) for line in text_of(article))


def test_a_grid_of_one_cell_per_block_and_a_headline_broken_over_lines() -> None:  # 060
    article = corpus_page("060")
    assert article.title == (
        "吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和迁入人口的通告"
    )
    assert day(article) == "2022-01-28"
    assert text_of(article)[0] == "吉政明电〔2022〕1号"


def test_a_headline_shown_whole_above_and_broken_over_the_text() -> None:  # 093
    article = corpus_page("093")
    assert article.title == "南县住房和城乡建设局2018年度整体支出 绩效评价报告"


def test_a_headline_shown_only_as_the_last_crumb() -> None:  # 096
    article = corpus_page("096")
    assert article.title == "土木系党支部开展共产党员奉献日活动"
    assert day(article) == "2020-06-16"
    assert [link.label for link in article.breadcrumb] == [
        "首页",
        "工作动态",
        "土木系党支部开展共产党员奉献日活动",
    ]
    assert text_of(article)[0].startswith("4月11日是我市第十个共产党员社区奉献日")


def test_a_grid_without_a_name_row_leaves_the_page_as_it_was() -> None:  # 031
    article = corpus_page("031")
    assert article.title is None
    assert day(article) == "2017-11-09"
    assert text_of(article)[0].startswith("为了给居民提供良好的生活环境")
