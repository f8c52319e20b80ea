"""The command line (``xianfeng``, ``python -m xianfeng``): inputs, formats, order, errors."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from xianfeng import __version__, merge_pages, parse_article
from xianfeng.cli import _command, _formats, _output, _work, main

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "portal-article-page.txt"
FIXTURES = ROOT / "tests" / "fixtures"
SEED_HTML = FIXTURES / "html-seed-table-gb2312" / "page.html"
SEED_URL = "http://www.hrbxfw.gov.cn/a/ncdj/2022/0430/71234.html"


def run(*argv: str | Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "xianfeng", *map(str, argv)],
        input=stdin,
        capture_output=True,
        check=False,
        cwd=ROOT,
    )


def records(out: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(out)
    return data


# --- the README's commands and the record shape -----------------------------------------------


def test_readme_command_prints_one_record_in_a_json_array() -> None:
    done = run(EXAMPLE)
    assert done.returncode == 0
    text = done.stdout.decode("utf-8")
    assert '"column": "乡村振兴"' in text  # Chinese as characters, not \\u escapes
    (record,) = json.loads(text)
    assert list(record) == ["file", "url", "article"]
    assert record["file"] == str(EXAMPLE)
    assert record["url"] is None
    assert record["article"]["published"] == "2022-04-30T07:53:00+08:00"
    assert record["article"]["footer"]["icp"] == "黑ICP备12002421号-3"
    assert done.stderr.decode("utf-8") == "1 page: 1 parsed, 0 failed\n"


def test_readme_url_command() -> None:
    done = run("--url", SEED_URL, "examples/portal-article-page.html")
    assert done.returncode == 0
    (record,) = json.loads(done.stdout)
    assert record["url"] == SEED_URL
    assert record["article"]["navigation"][0]["url"].startswith("http://www.hrbxfw.gov.cn/")
    assert record["article"]["article_id"] == 71234


def test_several_pages_give_one_record_each_and_failures_set_the_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.html"
    status = main(["--jobs", "1", str(EXAMPLE), str(empty), str(missing)])
    out, err = capsys.readouterr()
    entries = records(out)
    assert status == 1
    assert [list(e) for e in entries] == [
        ["file", "url", "article"],
        *[["file", "url", "error"]] * 2,
    ]
    assert [e["file"] for e in entries] == [str(EXAMPLE), str(empty), str(missing)]
    assert entries[0]["article"]["source"] == "哈尔滨党员之家"
    assert entries[1]["error"] == {
        "type": "NotAnArticleError",
        "message": "expected an article page, got no text at all",
    }
    assert entries[2]["error"]["type"] == "FileNotFoundError"
    assert err.splitlines() == [
        f"{empty}: NotAnArticleError: expected an article page, got no text at all",
        f"{missing}: FileNotFoundError: [Errno 2] No such file or directory: '{missing}'",
        "3 pages: 1 parsed, 2 failed",
    ]


def test_the_json_array_is_what_json_dumps_writes(capsys: pytest.CaptureFixture[str]) -> None:
    pages = [str(EXAMPLE), str(SEED_HTML)]
    assert main(["--jobs", "1", *pages]) == 0
    out = capsys.readouterr().out
    expected = [
        {"file": page, "url": None, "article": parse_article(Path(page).read_bytes()).to_dict()}
        for page in pages
    ]
    assert out == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def test_no_page_at_all_is_an_empty_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out == "[]\n"
    assert err == "0 pages: 0 parsed, 0 failed\n"


def test_standard_input() -> None:
    done = run(stdin=EXAMPLE.read_bytes())
    assert done.returncode == 0
    (record,) = json.loads(done.stdout)
    assert record["file"] == "-"
    assert record["article"]["column"] == "乡村振兴"
    done = run("-", "--url", SEED_URL, stdin=SEED_HTML.read_bytes())
    assert json.loads(done.stdout)[0]["article"]["article_id"] == 71234


def test_empty_standard_input_fails() -> None:
    done = run()
    assert done.returncode == 1
    assert done.stderr.decode("utf-8").splitlines() == [
        "-: NotAnArticleError: expected an article page, got no text at all",
        "1 page: 0 parsed, 1 failed",
    ]
    assert json.loads(done.stdout)[0]["error"]["type"] == "NotAnArticleError"


# --- finding pages: folders, globs ------------------------------------------------------------


def test_tests_folder_as_jsonl_prints_one_line_per_page_and_a_summary() -> None:
    """The acceptance check: ``xianfeng tests/ --format jsonl``."""
    pages = sorted(ROOT.glob("tests/**/page.*"))
    done = run("tests/", "--format", "jsonl")
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(pages) > 40
    entries = [json.loads(line) for line in lines]
    assert [e["file"] for e in entries] == [str(p.relative_to(ROOT)) for p in pages]
    assert all(list(e) in (["file", "url", "article"], ["file", "url", "error"]) for e in entries)
    failed = sum("error" in e for e in entries)
    summary = done.stderr.decode("utf-8").splitlines()[-1]
    assert summary == f"{len(pages)} pages: {len(pages) - failed} parsed, {failed} failed"
    assert done.returncode == (1 if failed else 0)


def _mirror(tmp_path: Path) -> Path:
    """A small site mirror: two pages, a hidden file, a stylesheet, nested folders."""
    mirror = tmp_path / "mirror"
    (mirror / "a" / "ncdj" / "2022" / "0430").mkdir(parents=True)
    (mirror / "a" / "dygl").mkdir(parents=True)
    shutil.copy(SEED_HTML, mirror / "a" / "ncdj" / "2022" / "0430" / "71234.html")
    shutil.copy(FIXTURES / "html-media-gb2312" / "page.html", mirror / "a" / "dygl" / "74890.htm")
    shutil.copy(EXAMPLE, mirror / "seed.txt")
    (mirror / ".hidden.html").write_bytes(b"")
    (mirror / "style.css").write_bytes(b"body {}")
    return mirror


def test_a_folder_is_searched_recursively_in_name_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mirror = _mirror(tmp_path)
    assert main(["-j", "1", "-f", "jsonl", str(mirror)]) == 0
    files = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()]
    assert files == [
        str(mirror / "seed.txt"),  # a folder's own pages first, then its sub-folders
        str(mirror / "a" / "dygl" / "74890.htm"),
        str(mirror / "a" / "ncdj" / "2022" / "0430" / "71234.html"),
    ]


def test_base_url_maps_a_mirror_folder_to_urls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mirror = _mirror(tmp_path)
    main(["-j", "1", "-f", "jsonl", "--base-url", "http://www.hrbxfw.gov.cn", str(mirror)])
    entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [e["url"] for e in entries] == [
        "http://www.hrbxfw.gov.cn/seed.txt",
        "http://www.hrbxfw.gov.cn/a/dygl/74890.htm",
        SEED_URL,
    ]
    assert entries[2]["article"]["article_id"] == 71234
    assert entries[2]["article"]["navigation"][0]["url"] == "http://www.hrbxfw.gov.cn/a/gbgz/"


def test_base_url_with_a_glob_maps_below_its_fixed_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mirror = _mirror(tmp_path)
    pattern = f"{mirror}/a/**/*.htm*"
    main(["-j", "1", "-f", "jsonl", "--base-url", "http://www.hrbxfw.gov.cn/a/", pattern])
    urls = [json.loads(line)["url"] for line in capsys.readouterr().out.splitlines()]
    assert urls == [
        "http://www.hrbxfw.gov.cn/a/dygl/74890.htm",
        SEED_URL,
    ]


def test_base_url_with_files_maps_their_paths_below_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(_mirror(tmp_path))
    main(["-j", "1", "-f", "jsonl", "--base-url", "http://www.hrbxfw.gov.cn/", "a/dygl/74890.htm"])
    (entry,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert entry["url"] == "http://www.hrbxfw.gov.cn/a/dygl/74890.htm"


def test_a_glob_pattern_is_expanded_in_name_order(capsys: pytest.CaptureFixture[str]) -> None:
    main(["-j", "1", "-f", "jsonl", f"{FIXTURES}/html-*/page.html"])
    files = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()]
    assert files == [str(p) for p in sorted(FIXTURES.glob("html-*/page.html"))]
    assert len(files) >= 5


def test_a_pattern_that_matches_nothing_is_a_missing_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([f"{FIXTURES}/nothing-*.html"]) == 1
    (entry,) = records(capsys.readouterr().out)
    assert entry["error"]["type"] == "FileNotFoundError"


# --- options ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--url", SEED_URL, str(EXAMPLE), str(SEED_HTML)],
        ["--url", SEED_URL, str(FIXTURES)],
        ["--url", SEED_URL, f"{FIXTURES}/*/page.html"],
        ["--url", SEED_URL, "--base-url", "http://x/", str(EXAMPLE)],
        ["--jobs", "0", str(EXAMPLE)],
    ],
)
def test_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"xianfeng {__version__}\n"


def test_strict_fails_a_page_with_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "clicks.txt"
    page.write_text("标题\n时间:2022-04-30 来源:本站 点击:很多\n正文一段。", "utf-8")
    assert main([str(page)]) == 0
    assert main(["--strict", str(page)]) == 1
    out = capsys.readouterr().out
    assert out.count('"type": "StrictModeError"') == 1


def test_jobs_give_the_same_output_in_the_same_order() -> None:
    one = run("tests/", "-f", "jsonl", "--jobs", "1")
    two = run("tests/", "-f", "jsonl", "--jobs", "2")
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert one.stdout.count(b"\n") == len(list(ROOT.glob("tests/**/page.*")))


def test_results_are_written_as_they_come(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each record is out before the next page is parsed: constant memory, live output."""
    events: list[str] = []
    parse = _work.run

    def logged(*arguments: Any) -> Any:
        events.append("parse")
        return parse(*arguments)

    class Out(io.BytesIO):
        def write(self, data: Any) -> int:
            events.append("write")
            return super().write(data)

    out = Out()
    monkeypatch.setattr(_work, "run", logged)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out))
    assert main(["-j", "1", str(EXAMPLE), str(SEED_HTML), str(EXAMPLE)]) == 0
    assert events == ["write", "parse", "write", "parse", "write", "parse", "write", "write"]


# --- formats ----------------------------------------------------------------------------------


def test_markdown_html_and_text_write_each_rendering_with_a_separator(
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed, table = (parse_article(p.read_bytes()) for p in (EXAMPLE, SEED_HTML))
    for format, render, separator in [
        ("markdown", "to_markdown", "\n---\n\n"),
        ("html", "to_html", ""),
        ("text", "to_text", "\f\n"),
    ]:
        assert main(["-j", "1", "-f", format, str(EXAMPLE), str(SEED_HTML)]) == 0
        out = capsys.readouterr().out
        assert out == getattr(seed, render)() + separator + getattr(table, render)()


def test_a_failed_page_writes_no_rendering(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["-j", "1", "-f", "markdown", str(empty), str(EXAMPLE)]) == 1
    out, err = capsys.readouterr()
    assert out == parse_article(EXAMPLE.read_bytes()).to_markdown()
    assert "empty.txt: NotAnArticleError" in err


def test_csv_has_a_header_and_a_row_per_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["-j", "1", "-f", "csv", str(EXAMPLE), str(empty)]) == 1
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert list(rows[0]) == list(_formats.CSV_COLUMNS)
    seed = parse_article(EXAMPLE.read_bytes())
    assert rows[0]["title"] == seed.title
    assert rows[0]["key"] == seed.key
    assert rows[0]["published"] == "2022-04-30T07:53:00+08:00"
    assert rows[0]["text"] == seed.text
    assert rows[0]["error_type"] == ""
    assert rows[1]["error_type"] == "NotAnArticleError"
    assert rows[1]["title"] == ""


def test_output_dir_writes_one_file_per_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    mirror = _mirror(tmp_path).relative_to(tmp_path)
    (mirror / "broken.html").write_bytes(b"<html></html>")
    (mirror / "seed.html").write_bytes(EXAMPLE.read_bytes())  # seed.txt's name twin
    out = tmp_path / "out"
    assert main(["-j", "1", "-f", "markdown", "-o", str(out), str(mirror)]) == 1
    assert capsys.readouterr().out == ""
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == [
        "mirror/a/dygl/74890.md",
        "mirror/a/ncdj/2022/0430/71234.md",
        "mirror/seed.md",
        "mirror/seed.txt.md",  # the second seed.* keeps its suffix
    ]
    seed = parse_article(EXAMPLE.read_bytes())
    assert (out / "mirror" / "seed.md").read_text("utf-8") == seed.to_markdown()
    assert main(["-j", "1", "-f", "json", "-o", str(out), str(mirror)]) == 1
    broken = json.loads((out / "mirror" / "broken.json").read_text("utf-8"))
    assert broken["error"]["type"] == "NotAnArticleError"
    record = json.loads((out / "mirror" / "a" / "dygl" / "74890.json").read_text("utf-8"))
    assert record["article"]["title"] == "南岗区召开2023年发展党员工作推进会"


# --- --merge-pages ----------------------------------------------------------------------------


def test_merge_pages_joins_a_paginated_articles_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "0520"
    folder.mkdir()
    shutil.copy(FIXTURES / "html-paged-2" / "page.html", folder / "71300_2.html")
    shutil.copy(FIXTURES / "html-paged-1" / "page.html", folder / "71300.html")
    shutil.copy(SEED_HTML, folder / "713000.html")  # sorts between 71300.html and 71300_2.html
    main(["-j", "1", "-f", "jsonl", str(folder)])
    assert len(capsys.readouterr().out.splitlines()) == 3
    main(["-j", "1", "-f", "jsonl", "--merge-pages", str(folder)])
    entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [e["file"] for e in entries] == [str(folder / "71300.html"), str(folder / "713000.html")]
    pages = [parse_article((folder / name).read_bytes()) for name in ("71300.html", "71300_2.html")]
    assert entries[0]["article"] == merge_pages(pages).to_dict()


def test_merge_pages_of_files_named_one_by_one(capsys: pytest.CaptureFixture[str]) -> None:
    # The fixtures' own names (page.html in two folders) are not 123.html, 123_2.html: no merge.
    one, two = (str(FIXTURES / f"html-paged-{n}" / "page.html") for n in (1, 2))
    main(["-j", "1", "-f", "jsonl", "--merge-pages", one, two])
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_merge_pages_reports_pages_that_are_not_one_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(FIXTURES / "html-paged-1" / "page.html", tmp_path / "5.html")
    shutil.copy(FIXTURES / "html-paged-1" / "page.html", tmp_path / "5_2.html")
    assert main(["-j", "1", "--merge-pages", str(tmp_path)]) == 1
    (entry,) = records(capsys.readouterr().out)
    assert entry["file"] == str(tmp_path / "5.html")
    assert entry["error"] == {
        "type": "ParseError",
        "message": "expected pages 1 to 2 of one article, got pages [1, 1]",
    }


# --- progress bar, pipes ----------------------------------------------------------------------


def test_a_progress_bar_on_a_terminal_for_several_pages(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    monkeypatch.setattr(_command, "_is_tty", lambda: True)
    main(["-j", "1", "-f", "jsonl", str(EXAMPLE), str(SEED_HTML), str(EXAMPLE)])
    err = capsys.readouterr().err
    # tqdm's bar on standard error, with the total, the time spent and the time left
    assert re.search(r"\| 3/3 \[[0-9:]+<[0-9:]+, ", err)
    assert err.endswith("3 pages: 3 parsed, 0 failed\n")
    main(["-j", "1", "-f", "jsonl", str(EXAMPLE)])  # one page: no bar
    assert capsys.readouterr().err == "1 page: 1 parsed, 0 failed\n"


def test_no_progress_bar_without_tqdm_or_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["-j", "1", "-f", "jsonl", str(EXAMPLE), str(SEED_HTML)])  # not a terminal
    assert capsys.readouterr().err == "2 pages: 2 parsed, 0 failed\n"
    monkeypatch.setattr(_command, "_is_tty", lambda: True)
    monkeypatch.setitem(sys.modules, "tqdm", None)  # the `cli` extra not installed
    main(["-j", "1", "-f", "jsonl", str(EXAMPLE), str(SEED_HTML)])
    assert capsys.readouterr().err == "2 pages: 2 parsed, 0 failed\n"


@pytest.mark.parametrize(
    ("options", "start"),
    [([], b"[\n  {\n    "), (["-f", "jsonl", "-j", "2"], b'{"file": "')],
)
def test_a_reader_that_stops_early_is_no_error(options: list[str], start: bytes) -> None:
    done = subprocess.run(
        # Far more than a pipe buffer holds, so the writer meets the closed pipe.
        f"{sys.executable} -m xianfeng {' '.join(options)} {f'{EXAMPLE} ' * 40} | head -c 10",
        shell=True,
        capture_output=True,
        check=True,
    )
    assert done.stdout == start[:10]
    assert b"BrokenPipeError" not in done.stderr
    assert b"Traceback" not in done.stderr


def test_a_pattern_matching_folders_searches_each_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mirror = _mirror(tmp_path)
    main(["-j", "1", "-f", "jsonl", f"{mirror}/**"])
    files = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()]
    assert sorted(files) == sorted(
        str(p)
        for p in mirror.rglob("*")
        if p.suffix in (".html", ".htm", ".txt") and not p.name.startswith(".")
    )
    assert len(files) == len(set(files)) == 3


def test_an_unexpected_error_fails_its_page_not_the_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug that one page triggers is reported as that page's failure; the rest go on."""
    real = _work.parse_article

    def flaky(data: bytes, **options: Any) -> Any:
        if b"<html" in data[:200].lower():
            raise RuntimeError("a bug")
        return real(data, **options)

    monkeypatch.setattr(_work, "parse_article", flaky)
    assert main(["-j", "1", "-f", "jsonl", str(SEED_HTML), str(EXAMPLE)]) == 1
    entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert entries[0]["error"] == {"type": "RuntimeError", "message": "a bug"}
    assert "article" in entries[1]


# --- output errors ----------------------------------------------------------------------------

OUTPUT_ERROR = 74  # EX_IOERR of sysexits.h


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("options", [[], ["-f", "jsonl", "-j", "2"]])
def test_a_full_disk_is_one_line_and_its_own_status(options: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "xianfeng", *options, str(EXAMPLE), str(SEED_HTML)],
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            check=False,
            timeout=60,
        )
    assert done.stderr.decode("utf-8").splitlines() == [
        "0 pages: 0 parsed, 0 failed; stopped: cannot write standard output: "
        "No space left on device"
    ]
    assert done.returncode == OUTPUT_ERROR


def test_a_file_that_cannot_be_written_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "pages" / "a.txt")
    shutil.copy(EXAMPLE, tmp_path / "pages" / "b.txt")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "pages").write_bytes(b"")  # a file where a folder must go
    assert main(["-j", "1", "-o", "out", "pages"]) == OUTPUT_ERROR
    assert capsys.readouterr().err.splitlines() == [
        "0 pages: 0 parsed, 0 failed; stopped: cannot write out/pages/a.json: File exists"
    ]


def test_an_output_dir_that_is_a_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out").write_bytes(b"")
    with pytest.raises(SystemExit) as exited:
        main(["-o", str(tmp_path / "out"), str(EXAMPLE)])
    assert exited.value.code == 2
    assert f"--output-dir {tmp_path / 'out'} is not a folder" in capsys.readouterr().err


# --- output safety: never over an input, never over an output unless asked --------------------

NOT_WRITTEN = 73  # EX_CANTCREAT of sysexits.h


def _pages(folder: Path, *names: str) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(SEED_HTML if name.endswith(".html") else EXAMPLE, folder / name)
    return [str(folder / name) for name in names]


@pytest.mark.parametrize("overwrite", [[], ["--overwrite"]])
def test_output_dir_never_writes_over_its_input(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    overwrite: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path, "001.html", "002.html")
    before = SEED_HTML.read_bytes()
    assert main(["-j", "1", "-f", "html", "-o", ".", *overwrite, "001.html", "002.html"]) == 73
    assert (tmp_path / "001.html").read_bytes() == (tmp_path / "002.html").read_bytes() == before
    assert capsys.readouterr().err.splitlines() == [
        "001.html: not written: 001.html is a page of this run",
        "002.html: not written: 002.html is a page of this run",
        "2 pages: 0 parsed, 0 failed, 2 not written",
    ]


def test_output_dir_never_writes_over_another_page_of_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "pages", "x.html", "x.txt")
    before = (tmp_path / "pages" / "x.txt").read_bytes()
    # x.html's text would be pages/x.txt, which is the next page; x.txt's own is x.txt.txt.
    assert main(["-j", "1", "-f", "text", "-o", ".", "--overwrite", "pages"]) == 73
    assert (tmp_path / "pages" / "x.txt").read_bytes() == before
    assert (tmp_path / "pages" / "x.txt.txt").exists()
    assert capsys.readouterr().err.splitlines() == [
        "pages/x.html: not written: pages/x.txt is a page of this run",
        "2 pages: 1 parsed, 0 failed, 1 not written",
    ]


def test_a_rerun_writes_over_nothing_unless_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "pages", "a.txt", "b.html")
    assert main(["-j", "1", "-o", "out", "pages"]) == 0
    capsys.readouterr()
    (tmp_path / "out" / "pages" / "a.json").write_text("mine", "utf-8")
    assert main(["-j", "1", "-o", "out", "pages"]) == 73
    assert (tmp_path / "out" / "pages" / "a.json").read_text("utf-8") == "mine"
    assert capsys.readouterr().err.splitlines() == [
        "pages/a.txt: not written: out/pages/a.json exists "
        "(--overwrite replaces it, --skip-existing keeps it)",
        "pages/b.html: not written: out/pages/b.json exists "
        "(--overwrite replaces it, --skip-existing keeps it)",
        "2 pages: 0 parsed, 0 failed, 2 not written",
    ]
    assert main(["-j", "1", "-o", "out", "--overwrite", "pages"]) == 0
    assert json.loads((tmp_path / "out" / "pages" / "a.json").read_text("utf-8"))["article"]


@pytest.mark.parametrize("flag", ["--skip-existing", "--resume"])
def test_skip_existing_parses_only_the_pages_not_done(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    flag: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path, "a.txt", "b.html", "c.txt")
    assert main(["-j", "1", "-f", "markdown", "-o", "out", "."]) == 0
    capsys.readouterr()
    (tmp_path / "out" / "b.md").unlink()
    parsed: list[str] = []
    real = _work.parse_article

    def logged(data: bytes, **options: Any) -> Any:
        parsed.append(data[:20].decode("ascii", "replace"))
        return real(data, **options)

    monkeypatch.setattr(_work, "parse_article", logged)
    # The output folder lies in the folder searched: its files are not pages of the run.
    assert main(["-j", "1", "-f", "markdown", "-o", "out", flag, "."]) == 0
    assert len(parsed) == 1
    assert capsys.readouterr().err == "3 pages: 1 parsed, 0 failed, 2 skipped\n"
    assert (tmp_path / "out" / "b.md").read_text("utf-8").startswith("# ")


def test_outputs_go_through_a_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A write cut short (here: its last step, the rename, fails) leaves no file behind."""
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "pages", "a.txt")

    def full(source: Any, target: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_output.os, "replace", full)
    assert main(["-j", "1", "-o", "out", "pages"]) == OUTPUT_ERROR
    assert list((tmp_path / "out").rglob("*")) == [tmp_path / "out" / "pages"]  # nothing in it
    assert capsys.readouterr().err == (
        "0 pages: 0 parsed, 0 failed; stopped: cannot write out/pages/a.json: "
        "No space left on device\n"
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["--skip-existing", str(EXAMPLE)],
        ["--overwrite", str(EXAMPLE)],
        ["--overwrite", "--skip-existing", "-o", "out", str(EXAMPLE)],
    ],
)
def test_overwrite_and_skip_existing_need_an_output_dir_and_exclude_each_other(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert "error:" in capsys.readouterr().err


# --- folders named like pages -----------------------------------------------------------------


def test_a_folder_named_like_a_page_with_no_page_in_it_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "site", "a.txt")
    (tmp_path / "site" / "empty.html").mkdir()  # a save gone wrong
    _pages(tmp_path / "site" / "x.html", "index.txt")  # wget's folder for x.html/…: searched
    message = "a folder named like a page, with no page below it"
    for argument in ["site", "site/empty.html", "site/*.html"]:
        assert main(["-j", "1", "-f", "jsonl", argument]) == 1
        out, err = capsys.readouterr()
        entries = [json.loads(line) for line in out.splitlines()]
        failed = [e for e in entries if "error" in e]
        assert failed == [
            {
                "file": "site/empty.html",
                "url": None,
                "error": {"type": "IsADirectoryError", "message": message},
            }
        ]
        assert f"site/empty.html: IsADirectoryError: {message}\n" in err
        if argument != "site/empty.html":
            assert "site/x.html/index.txt" in {e["file"] for e in entries}


# --- no PAGE at a terminal --------------------------------------------------------------------


def test_no_page_at_a_terminal_prints_the_usage() -> None:
    """The command does not sit waiting for a page to be typed in."""
    pty = pytest.importorskip("pty")
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "xianfeng"],
            stdin=follower,
            capture_output=True,
            cwd=ROOT,
            check=False,
            timeout=30,
        )
    finally:
        os.close(leader)
        os.close(follower)
    assert done.returncode == 2
    err = done.stderr.decode("utf-8")
    assert err.startswith("usage: xianfeng ")
    assert err.endswith(
        "xianfeng: error: no PAGE given, and standard input is a terminal "
        "(give - to type a page in)\n"
    )
    assert done.stdout == b""


def test_a_dash_at_a_terminal_reads_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal(io.BytesIO(EXAMPLE.read_bytes())))
    assert main(["-"]) == 0
    assert records(capsys.readouterr().out)[0]["file"] == "-"


def test_a_closed_standard_input_is_a_failed_page(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", None)  # what Python makes of `xianfeng <&-`
    assert main([]) == 1
    (entry,) = records(capsys.readouterr().out)
    assert entry["error"] == {"type": "OSError", "message": "[Errno 9] standard input is closed"}


# --- --profile --------------------------------------------------------------------------------

DAOLI = ROOT / "tests" / "profile_pages" / "daoli-sister-site" / "page.html"
DAOLI_PROFILE = {
    "name": "道里先锋网",
    "labels": {"source": ["稿件来处"]},
    "end_markers": ["顶一下"],
    "body": ["#artibody"],
}
DAOLI_TOML = """\
name = "道里先锋网"
end_markers = ["顶一下"]
body = ["#artibody"]

[labels]
source = ["稿件来处"]
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_profile_from_a_json_file(tmp_path: Path, jobs: str) -> None:
    profile = tmp_path / "daoli.json"
    profile.write_text(json.dumps(DAOLI_PROFILE, ensure_ascii=False), "utf-8")
    assert [e["article"]["source"] for e in records(run(DAOLI, DAOLI).stdout)] == [None, None]
    done = run("-j", jobs, "--profile", profile, DAOLI, DAOLI)
    assert done.returncode == 0, done.stderr
    assert [e["article"]["source"] for e in records(done.stdout)] == ["道里区委组织部"] * 2


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is new in Python 3.11")
def test_profile_from_a_toml_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "daoli.toml"
    profile.write_text(DAOLI_TOML, "utf-8")
    assert main(["--profile", str(profile), str(DAOLI)]) == 0
    assert records(capsys.readouterr().out)[0]["article"]["source"] == "道里区委组织部"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"labels": {"sauce": ["稿件来处"]}}', "profile key 'labels.sauce' is unknown; known: "),
        ('{"end_markers": "顶一下"}', "profile key 'end_markers': expected a list of "),
        ("[1, 2]", "a profile is a mapping, got list"),
        ("{labels", "Expecting property name enclosed in double quotes: line 1 column 2"),
    ],
)
def test_a_bad_profile_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    profile = tmp_path / "bad.json"
    profile.write_text(text, "utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["--profile", str(profile), str(DAOLI)])
    assert exited.value.code == 2
    assert f"xianfeng: error: --profile {profile}: {message}" in capsys.readouterr().err


def test_a_missing_profile_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--profile", str(tmp_path / "none.json"), str(DAOLI)])
    assert exited.value.code == 2
    assert "No such file or directory" in capsys.readouterr().err


# --- -i: a list of inputs ---------------------------------------------------------------------


def test_input_file_lists_the_pages_one_per_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "site", "a.txt", "b.html")
    _pages(tmp_path / "more", "c.txt")
    _pages(tmp_path / "other", "d.txt", "e.html")
    (tmp_path / "list.txt").write_bytes(
        b"site/b.html\r\n\n  more  \nother/*.html\n"  # a file, a folder, a pattern; CRLF, blanks
    )
    assert main(["-j", "1", "-f", "jsonl", "site/a.txt", "-i", "list.txt"]) == 0
    files = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()]
    assert files == ["site/a.txt", "site/b.html", "more/c.txt", "other/e.html"]


def test_input_file_from_standard_input() -> None:
    listing = f"{EXAMPLE}\n{SEED_HTML}\n".encode()
    done = run("-f", "jsonl", "-i", "-", stdin=listing)
    assert done.returncode == 0
    files = [json.loads(line)["file"] for line in done.stdout.splitlines()]
    assert files == [str(EXAMPLE), str(SEED_HTML)]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-i", "missing.txt"], "-i missing.txt: [Errno 2] No such file or directory"),
        (["-i", "-", "-"], "standard input cannot be both a page and -i's list"),
        (["--url", SEED_URL, "-i", str(EXAMPLE)], "--url takes exactly one page"),
    ],
)
def test_input_file_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


# --- -q, -v -----------------------------------------------------------------------------------


def test_quiet_says_nothing_but_why_the_run_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(_command, "_is_tty", lambda: True)  # not even a bar
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["-q", "-j", "1", "-f", "jsonl", str(EXAMPLE), str(empty)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert err == ""
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path / "sub", "x.txt")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "sub").write_bytes(b"")  # a file where a folder must go
    assert main(["-q", "-o", "out", "sub/x.txt"]) == OUTPUT_ERROR
    assert capsys.readouterr().err == (
        "0 pages: 0 parsed, 0 failed; stopped: cannot write out/sub/x.json: File exists\n"
    )


def test_verbose_tells_every_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _pages(tmp_path, "a.txt", "b.html")
    clicks = "标题\n时间:2022-04-30 来源:本站 点击:很多\n正文。"
    (tmp_path / "clicks.txt").write_text(clicks, "utf-8")
    assert main(["-v", "-j", "1", "-f", "markdown", "-o", "out", "a.txt", "clicks.txt"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "a.txt: parsed",
        "clicks.txt: parsed; warnings: meta.clicks.unparsed",
        "2 pages: 2 parsed, 0 failed",
    ]
    assert main(["-v", "-j", "1", "-f", "markdown", "-o", "out", "--resume", "."]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "./a.txt: skipped: out/a.md exists",
        "./b.html: parsed",
        "./clicks.txt: skipped: out/clicks.md exists",
        "3 pages: 1 parsed, 0 failed, 2 skipped",
    ]


def test_quiet_and_verbose_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["-q", "-v", str(EXAMPLE)])
    assert exited.value.code == 2
