"""WARC input: each HTML response of an archive is a page, with its URL and header charset."""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from xianfeng import parse_article
from xianfeng.cli import _command, main

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "html-seed-table-gb2312"
DIV = FIXTURES / "html-div-utf8"
SEED_URL = "http://www.hrbxfw.gov.cn/a/ncdj/2022/0430/71234.html"
DIV_URL = "http://www.hrbxfw.gov.cn/a/jdsq/2023/0612/75321.html"
# The seed page with its <meta charset> taken out: only the HTTP header says GBK.
UNDECLARED = re.sub(rb"<meta[^>]*charset[^>]*>", b"", (SEED / "page.html").read_bytes())


def _response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=gbk",
    extra: tuple[tuple[str, str], ...] = (),
) -> None:
    headers = StatusAndHeaders(
        status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1"
    )
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


def write_archive(path: Path, *, compress: bool) -> None:
    """A small crawl: the seed (header charset only), a UTF-8 page gzip-encoded, and what a
    crawler also stores — a request, a 404 page, a redirect, an image."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = StatusAndHeaders(
            "GET /a/ncdj/2022/0430/71234.html HTTP/1.1", [], is_http_request=True
        )
        writer.write_record(
            writer.create_warc_record(
                SEED_URL, "request", payload=io.BytesIO(b""), http_headers=request
            )
        )
        _response(writer, SEED_URL, UNDECLARED)
        _response(
            writer,
            "http://www.hrbxfw.gov.cn/missing.html",
            b"<html>404</html>",
            status="404 Not Found",
        )
        _response(writer, "http://www.hrbxfw.gov.cn/a/", b"", status="301 Moved Permanently")
        _response(
            writer, "http://www.hrbxfw.gov.cn/logo.jpg", b"\xff\xd8\xff", content_type="image/jpeg"
        )
        _response(
            writer,
            DIV_URL,
            gzip.compress((DIV / "page.html").read_bytes()),
            content_type='text/html; charset="UTF-8"',
            extra=(("Content-Encoding", "gzip"),),
        )


def offsets(path: Path) -> list[int]:
    """The offsets of the archive's parsed records, read back with warcio."""
    found = []
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            ok = record.rec_type == "response" and record.http_headers.get_statuscode() == "200"
            if ok and record.http_headers.get_header("Content-Type").startswith("text/html"):
                found.append(records.get_record_offset())
    return found


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_each_html_response_is_a_page_with_its_url_and_header_charset(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / name
    write_archive(archive, compress=name.endswith(".gz"))
    assert main(["-j", "1", "-f", "jsonl", str(archive)]) == 0
    out, err = capsys.readouterr()
    entries = [json.loads(line) for line in out.splitlines()]
    assert [e["file"] for e in entries] == [f"{archive}#{offset}" for offset in offsets(archive)]
    assert [e["url"] for e in entries] == [SEED_URL, DIV_URL]
    seed = parse_article((SEED / "page.html").read_bytes(), url=SEED_URL)
    assert entries[0]["article"] == seed.to_dict()  # GBK known from the header alone
    div = parse_article((DIV / "page.html").read_bytes(), url=DIV_URL)
    assert entries[1]["article"] == div.to_dict()
    assert err == "2 pages: 2 parsed, 0 failed\n"


def test_without_the_header_charset_the_page_is_still_read_as_gb18030(tmp_path: Path) -> None:
    # The decoder's own guess agrees here; the header is what a Big5 or Shift_JIS page needs.
    assert parse_article(UNDECLARED, url=SEED_URL) == parse_article(
        UNDECLARED, url=SEED_URL, encoding="gbk"
    )


def test_an_archive_in_a_folder_and_jobs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_archive(tmp_path / "a.warc.gz", compress=True)
    (tmp_path / "b.html").write_bytes((DIV / "page.html").read_bytes())
    for jobs in ("1", "2"):
        assert main(["-j", jobs, "-f", "jsonl", str(tmp_path)]) == 0
        entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [e["url"] for e in entries] == [SEED_URL, DIV_URL, None]


def test_output_dir_names_a_record_by_its_archive_and_offset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    write_archive(tmp_path / "crawl.warc.gz", compress=True)
    main(["-j", "1", "-f", "markdown", "-o", "out", "crawl.warc.gz"])
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"crawl.warc.gz#{o}.md" for o in offsets(tmp_path / "crawl.warc.gz"))


def test_a_cut_archive_gives_what_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "cut.warc.gz"
    write_archive(archive, compress=True)
    whole = archive.read_bytes()
    archive.write_bytes(whole[: len(whole) - 2000])  # a download cut inside the last record
    main(["-j", "1", "-f", "jsonl", str(archive)])
    entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [e["url"] for e in entries] == [SEED_URL, DIV_URL]
    assert entries[0]["article"]["title"] == parse_article(UNDECLARED).title
    last = entries[1]  # the cut page: parsed as far as it goes, or refused, never a crash
    assert "article" in last or last["error"]["type"] == "NotAnArticleError"


def test_not_an_archive_at_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "text.warc"
    archive.write_bytes(b"this is not a WARC file\n" * 10)
    assert main(["-j", "1", str(archive)]) == 1
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["file"] == str(archive)
    assert entry["error"]["type"] == "ArchiveLoadFailed"


def test_without_warcio_an_archive_fails_saying_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_archive(tmp_path / "crawl.warc.gz", compress=True)
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    assert main(["-j", "1", str(tmp_path / "crawl.warc.gz")]) == 1
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["error"] == {
        "type": "ImportError",
        "message": "reading WARC archives needs warcio: pip install 'xianfeng[warc]'",
    }


def test_url_is_refused_with_an_archive(tmp_path: Path) -> None:
    write_archive(tmp_path / "crawl.warc.gz", compress=True)
    with pytest.raises(SystemExit):
        main(["--url", SEED_URL, str(tmp_path / "crawl.warc.gz")])


def test_the_progress_bar_has_no_total_with_an_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Counting an archive's pages would mean reading it twice: the bar counts up instead."""
    pytest.importorskip("tqdm")
    write_archive(tmp_path / "crawl.warc.gz", compress=True)
    monkeypatch.setattr(_command, "_is_tty", lambda: True)
    main(["-j", "1", "-f", "jsonl", str(tmp_path / "crawl.warc.gz")])
    err = capsys.readouterr().err
    assert "\r2page [" in err
    assert "2 pages: 2 parsed, 0 failed" in err
