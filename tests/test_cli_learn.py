"""``xianfeng learn`` and ``xianfeng --learn``, on a real site group (``tests/sites/``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xianfeng import Profile
from xianfeng.cli import main

# Six pages of one PHPCMS template: each article carries the template's promotional line
# 需要了解更多400电话办理相关问题… inside its text (tests/sites/corp400_phpcms/site.json).
SITE = Path(__file__).parent / "sites" / "corp400_phpcms"
PROMO = "需要了解更多400电话办理相关问题，请点击查看帮助中心相关文章。"


def test_learn_writes_the_profile_and_prints_its_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "site.json"
    assert main(["learn", str(SITE), "-o", str(saved), "--name", "400电话"]) == 0
    profile = Profile.from_dict(json.loads(saved.read_text("utf-8")))
    assert profile.name == "400电话"
    assert PROMO in profile.boilerplate
    err = capsys.readouterr().err
    assert "learned from 6 different pages:" in err
    assert f"boilerplate: on 6 of 6 pages: {PROMO}" in err


def test_learn_never_writes_over_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "site.json"
    saved.write_text("{}", "utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(["learn", str(SITE), "-o", str(saved)])
    assert stopped.value.code == 2
    assert saved.read_text("utf-8") == "{}"
    assert "exists" in capsys.readouterr().err


def test_learn_needs_three_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    two = [str(SITE / name / "page.html") for name in ("01", "02")]
    assert main(["learn", *two]) == 1
    assert "at least 3 pages" in capsys.readouterr().err


def test_learning_in_the_run_gives_what_learning_first_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "site.json"
    assert main(["learn", str(SITE), "-o", str(saved)]) == 0
    capsys.readouterr()
    assert main(["-q", "-j", "1", "-f", "jsonl", "--profile", str(saved), str(SITE)]) == 0
    with_file = capsys.readouterr().out
    assert main(["-q", "-j", "1", "-f", "jsonl", "--learn", str(SITE)]) == 0
    in_run = capsys.readouterr().out
    assert in_run == with_file
    texts = [json.loads(line)["article"] for line in in_run.splitlines()]
    assert len(texts) == 6
    assert not any(PROMO in json.dumps(text, ensure_ascii=False) for text in texts)


def test_learn_prints_the_site_suffix_and_the_template_shapes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A DedeCMS site: every <title> ends in _壹打工网-工作让生活更精彩, and every page shows
    # another number under its template's "模板调用标记：".
    site = Path(__file__).parent / "sites" / "yidagong_dedecms_fallback"
    assert main(["learn", str(site)]) == 0
    err = capsys.readouterr().err
    assert "site_suffixes: on 6 of 6 pages: 壹打工网-工作让生活更精彩" in err
    assert "boilerplate_shapes: on 6 of 6 pages: #" in err
