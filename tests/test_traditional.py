"""Pages in traditional characters: the vocabulary's words written in traditional characters
are matched like their simplified twins, while values keep the page's characters.

Each traditional spelling below is one a page in traditional characters shows; the lines
around them are invented edge cases (real traditional-character pages are in the corpus).
Taking any form out of ``vocabulary.TRADITIONAL`` makes one of these cases fail, or one of
``tests/test_vocabulary_effects.py`` (``benchmarks/mutate_vocabulary.py`` checks it).
"""

from __future__ import annotations

import pytest

from xianfeng import Credit, parse_article
from xianfeng._fields.credits import parse_credits
from xianfeng._fields.footer import is_footer_line, parse_footer
from xianfeng._fields.metaline import parse_metaline
from xianfeng._lexicon import DEFAULT

META = {
    "published": ["發佈時間", "發布日期", "發表時間", "更新時間", "時間"],
    "source": ["文章來源", "信息來源", "稿件來源", "來源"],
    "author": ["發布人", "發佈人", "發布者"],
    "clicks": ["點擊數", "點擊次數", "點擊量", "點擊", "瀏覽次數", "瀏覽量", "瀏覽",
               "閱讀次數", "閱讀量", "閲讀", "訪問量"],
}  # fmt: skip
ROLES = [
    "供稿單位", "來稿", "責任編輯", "責編", "編輯", "審核", "審校", "審稿", "校對", "初審",
    "復審", "複審", "終審", "簽發", "籤發", "核發", "攝影", "圖片", "攝像", "記者", "通訊員",
    "值班編輯", "統籌",
]  # fmt: skip
FOOTER = {
    "host": ["主辦單位", "主辦"],
    "support": ["技術支持", "技術服務"],
    "": ["承辦單位", "協辦單位", "備案號", "聯繫電話", "電話", "手機", "傳真", "郵編", "郵箱"],
}
RECORDS = ["版權所有", "公網安備"]


@pytest.mark.parametrize(
    ("label", "field"), [(label, field) for field, labels in META.items() for label in labels]
)
def test_a_traditional_metadata_label(label: str, field: str) -> None:
    if field == "published":
        # After another field, so that only the label can end that field's value.
        meta = parse_metaline(f"作者：甲 {label}：2024-05-06 09:30", lex=DEFAULT)
        assert meta is not None
        assert (meta.get("author"), meta.get("published_raw")) == ("甲", "2024-05-06 09:30")
    else:
        value = "35" if field == "clicks" else "区委"
        meta = parse_metaline(f"时间：2024-05-06 {label}：{value}", lex=DEFAULT)
        assert meta is not None
        assert meta.get(field) == (35 if field == "clicks" else "区委")


@pytest.mark.parametrize("role", ROLES)
def test_a_traditional_credit_role_keeps_its_characters(role: str) -> None:
    assert parse_credits(f"{role}：张三", lex=DEFAULT) == (Credit(role=role, name="张三"),)


@pytest.mark.parametrize(
    ("label", "field"), [(label, field) for field, labels in FOOTER.items() for label in labels]
)
def test_a_traditional_footer_label(label: str, field: str) -> None:
    if field:
        footer = parse_footer([f"{label}：某某单位"], lex=DEFAULT)
        assert getattr(footer, field) == "某某单位"
    else:  # a label that only ends the value before it
        assert parse_footer([f"主办：某某单位 {label}：123"], lex=DEFAULT).host == "某某单位"


@pytest.mark.parametrize("word", RECORDS)
def test_a_traditional_footer_word_makes_a_footer_line(word: str) -> None:
    assert is_footer_line(f"京{word}11010502000001号", lex=DEFAULT)


def test_a_traditional_page_reads_like_a_simplified_one() -> None:
    page = "\n".join(
        [
            "首頁 黨建動態",
            "區委召開基層黨建工作推進會",
            "發佈時間：2024-05-06 09:30 來源：區委組織部 作者：張三 點擊：35",
            "會議強調，要把學習成果轉化為推動工作的實際成效。",
            "會議要求，各級黨組織要壓實責任，抓好落實。",
            "責任編輯：趙六",
            "主辦單位：中共某某區委組織部 京ICP備05011234號-1",
        ]
    )
    article = parse_article(page)
    assert (article.source, article.author, article.clicks) == ("區委組織部", "張三", 35)
    assert article.credits == (Credit(role="責任編輯", name="趙六"),)
    assert article.footer.host == "中共某某區委組織部"
    assert article.footer.icp == "京ICP備05011234號-1"
    assert article.warnings == ()


@pytest.mark.parametrize("label", ["名稱", "組配分類", "主題分類", "發(fā)布機構"])
def test_a_traditional_grid_label(label: str) -> None:
    # Real labels and values of page 105's disclosure grid, one label after the headline.
    title = "關于印發(fā)績溪縣防汛抗旱應急預案的通知"
    rows = [f"名稱: {title} {label}: 其他", "發(fā)布日期: 2020-06-19"]
    if label == "名稱":
        rows = ["索引號: 11341731003262671Y/202006-00018", f"{label}: {title}"]
    page = "\n".join(
        [
            *rows,
            "各鄉(xiāng)鎮(zhèn)人民政府,縣防指成員單位:",
            "《績溪縣防汛抗旱應急預案》已修訂,現(xiàn)印發(fā)給你們。",
        ]
    )
    assert parse_article(page, form="text").title == title
