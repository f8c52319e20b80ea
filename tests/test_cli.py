"""``python -m xianfeng``: the README's main job, and its error reporting."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from xianfeng.__main__ import main

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "portal-article-page.txt"


def test_readme_command_prints_the_article_as_utf8_json() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "xianfeng", str(EXAMPLE)], capture_output=True, check=True
    )
    text = done.stdout.decode("utf-8")
    assert '"column": "乡村振兴"' in text  # Chinese as characters, not \\u escapes
    article = json.loads(text)
    assert article["published"] == "2022-04-30T07:53:00+08:00"
    assert article["footer"]["icp"] == "黑ICP备12002421号-3"


def test_several_pages_give_one_entry_each_and_failures_set_the_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.html"
    status = main([str(EXAMPLE), str(empty), str(missing)])
    out, err = capsys.readouterr()
    entries = json.loads(out)
    assert status == 1
    assert [sorted(e) for e in entries] == [["article", "file"], *[["error", "file"]] * 2]
    assert entries[0]["article"]["source"] == "哈尔滨党员之家"
    assert entries[1]["error"] == {
        "type": "NotAnArticleError",
        "message": "expected an article page, got no text at all",
    }
    assert entries[2]["error"]["type"] == "FileNotFoundError"
    assert f"{empty}: NotAnArticleError: expected an article page, got no text at all" in err


def test_a_reader_that_stops_early_is_no_error() -> None:
    done = subprocess.run(
        # Far more than a pipe buffer holds, so the writer meets the closed pipe.
        f"{sys.executable} -m xianfeng {f'{EXAMPLE} ' * 20} | head -c 10",
        shell=True,
        capture_output=True,
        check=True,
    )
    assert done.stdout == b"[\n  {\n    "
    assert b"BrokenPipeError" not in done.stderr
