"""The ``xianfeng`` command (also ``python -m xianfeng``): parse many pages, stream the results.

The package's only I/O, kept apart from the pure core: it finds the pages (files, folders,
glob patterns, standard input, WARC archives), hands each page's bytes to
:func:`xianfeng.parse_article` — in worker processes with ``--jobs`` — and writes one result
per page, in input order, as soon as it is ready. Memory stays flat however many pages there
are: pages are listed lazily and only a few are in flight at once. See ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import csv
import glob
import io
import itertools
import json
import os
import re
import sys
import urllib.parse
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TypeAlias

import attrs

from xianfeng import __version__
from xianfeng._api import parse_article
from xianfeng._merge import merge_pages
from xianfeng.models import Article

__all__ = ["main"]

FORMATS = ("json", "jsonl", "markdown", "html", "text", "csv")
# What a page found in a folder is called; a file named on the command line may be called
# anything.
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".txt")
WARC_SUFFIXES = (".warc", ".warc.gz")
# The file written per page with --output-dir.
EXTENSIONS = {
    "json": ".json",
    "jsonl": ".json",
    "markdown": ".md",
    "html": ".html",
    "text": ".txt",
    "csv": ".csv",
}
# Between two pages on standard output (record formats need none).
SEPARATORS = {"markdown": b"\n---\n\n", "html": b"", "text": b"\f\n"}
CSV_COLUMNS = (
    "file",
    "url",
    "key",
    "title",
    "column",
    "published",
    "source",
    "author",
    "clicks",
    "article_id",
    "page",
    "page_count",
    "warnings",
    "text",
    "error_type",
    "error_message",
)
# WARC records that are parsed: HTML responses.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# DedeCMS's later pages of one article: 123_2.html, 123_3.html … beside 123.html.
_LATER_PAGE_RE = re.compile(
    r"^(?P<stem>.+)_(?P<number>[0-9]{1,4})(?P<suffix>\.(?:s?html?|xhtml))$", re.IGNORECASE
)
_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)
# Pages sent to a worker at once: fewer round trips, while results still come steadily.
_CHUNK = 8
# Chunks in flight per worker: enough to keep every worker busy, few enough for flat memory.
_IN_FLIGHT_PER_JOB = 2


@attrs.frozen(kw_only=True)
class Page:
    """One page to parse: where it comes from and what its result is called."""

    name: str
    """The ``file`` of its record: the path as found, ``-``, or ``archive.warc.gz#offset``."""
    output: str
    """Its path below ``--output-dir``, without the format's extension."""
    url: str | None = None
    path: str | None = None
    """Read by the worker; else ``data`` holds the bytes."""
    data: bytes | None = None
    encoding: str | None = None
    """The charset declared outside the page (a WARC record's HTTP header)."""
    problem: tuple[str, str] | None = None
    """An error found before parsing (an unreadable WARC archive): ``(type, message)``."""


Task: TypeAlias = tuple[Page, ...]
"""The pages of one result: one page, or the pages of one article with --merge-pages."""


@attrs.frozen(kw_only=True)
class Options:
    format: str
    strict: bool


@attrs.frozen(kw_only=True)
class Result:
    """One page's result, rendered for the chosen format by the worker."""

    name: str
    output: str
    rendered: str
    """The record or rendering to write; empty for a failed page in a non-record format."""
    error: tuple[str, str] | None = None


# --------------------------------------------------------------------------------------
# Finding the pages
# --------------------------------------------------------------------------------------


def _is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def _is_page(name: str) -> bool:
    return name.lower().endswith(PAGE_SUFFIXES) or _is_warc(name)


def _output_name(path: str) -> str:
    """``path`` below the current folder (absolute paths without their root), page suffix off."""
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(Path.cwd())
    except ValueError:
        relative = Path(*absolute.parts[1:])
    text = relative.as_posix()
    for suffix in PAGE_SUFFIXES:
        if text.lower().endswith(suffix):
            return text[: -len(suffix)]
    return text


def _inside(path: str, folder: str) -> bool:
    """Whether ``path`` is ``folder`` or below it."""
    path, folder = os.path.abspath(path), os.path.abspath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _url_below(base: str, path: str, root: str) -> str:
    """The URL of ``path`` in a mirror folder ``root`` whose address is ``base``."""
    try:
        relative = Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        relative = Path(path).name
    quoted = urllib.parse.quote(relative, safe="/:@!$&'()*+,;=~%?")
    return base.rstrip("/") + "/" + quoted


@attrs.frozen(kw_only=True)
class _Finder:
    """Turns the command line's PAGE arguments into tasks, lazily."""

    url: str | None
    base_url: str | None
    merge: bool
    stdin: Callable[[], bytes]

    def tasks(self, arguments: Sequence[str]) -> Iterator[Task]:
        files: list[str] = []  # consecutive file arguments: one batch, for --merge-pages
        for argument in arguments:
            if argument != "-" and not os.path.isdir(argument) and not self._is_pattern(argument):
                files.append(argument)
                continue
            yield from self._files(files, root=os.curdir)
            files = []
            if argument == "-":
                yield (Page(name="-", output="stdin", url=self.url, data=self.stdin()),)
            elif os.path.isdir(argument):
                yield from self._folder(argument, root=argument)
            else:
                yield from self._pattern(argument)
        yield from self._files(files, root=os.curdir)

    @staticmethod
    def _is_pattern(argument: str) -> bool:
        return not os.path.exists(argument) and glob.has_magic(argument)

    def _pattern(self, pattern: str) -> Iterator[Task]:
        # The folder a pattern searches is its part before the first wildcard.
        parts = Path(pattern).parts
        fixed = list(itertools.takewhile(lambda part: not glob.has_magic(part), parts))
        root = str(Path(*fixed)) if fixed else os.curdir
        matches = sorted(glob.glob(pattern, recursive=True))
        if not matches:  # like a shell without nullglob: the pattern itself, which is missing
            yield from self._files([pattern], root=root)
            return
        # A matched folder is searched like a folder argument, once: what lies inside it
        # (``mirror/**`` matches every folder and file below) comes from that search.
        folders: list[str] = []
        for match in filter(os.path.isdir, matches):
            if not any(_inside(match, folder) for folder in folders):
                folders.append(match)
        files = [
            match
            for match in matches
            if not os.path.isdir(match) and not any(_inside(match, f) for f in folders)
        ]
        yield from self._files(files, root=root)
        for folder in folders:
            yield from self._folder(folder, root=root)

    def _folder(self, folder: str, *, root: str) -> Iterator[Task]:
        """Every page below ``folder``, one folder at a time, in name order; no hidden files."""
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            yield (self._problem(folder, exc),)
            return
        visible = [entry for entry in entries if not entry.name.startswith(".")]
        pages = [
            entry.path
            for entry in visible
            if _is_page(entry.name) and not entry.is_dir(follow_symlinks=False)
        ]
        yield from self._files(pages, root=root)
        for entry in visible:
            if entry.is_dir(follow_symlinks=False):
                yield from self._folder(entry.path, root=root)

    def _files(self, paths: list[str], *, root: str) -> Iterator[Task]:
        pages: list[Page] = []
        for path in paths:
            if _is_warc(path):
                yield from self._grouped(pages)
                pages = []
                yield from ((page,) for page in _warc_pages(path))
                continue
            url = self.url
            if self.base_url is not None:
                url = _url_below(self.base_url, path, root)
            pages.append(Page(name=path, output=_output_name(path), url=url, path=path))
        yield from self._grouped(pages)

    def _grouped(self, pages: list[Page]) -> Iterator[Task]:
        """One task per page; with --merge-pages, ``123.html``, ``123_2.html`` … as one."""
        if not self.merge:
            yield from ((page,) for page in pages)
            return
        names = {page.name for page in pages}
        groups: dict[str, list[tuple[int, Page]]] = {}
        for page in pages:
            match = _LATER_PAGE_RE.match(os.path.basename(page.name))
            first = None
            if match is not None:
                head = os.path.join(os.path.dirname(page.name), match["stem"] + match["suffix"])
                first = head if head in names else None
            if first is None or match is None:
                groups.setdefault(page.name, []).insert(0, (1, page))
            else:
                groups.setdefault(first, []).append((int(match["number"]), page))
        for members in groups.values():
            yield tuple(page for _, page in sorted(members, key=lambda member: member[0]))

    @staticmethod
    def _problem(name: str, exc: OSError) -> Page:
        return Page(name=name, output=_output_name(name), problem=(type(exc).__name__, str(exc)))


def _warc_pages(path: str) -> Iterator[Page]:
    """Every HTML response of a WARC archive, as a page with its URL and declared charset."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        message = "reading WARC archives needs warcio: pip install 'xianfeng[warc]'"
        yield Page(name=path, output=_output_name(path), problem=("ImportError", message))
        return
    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if record.format != "warc":  # warcio reads any text as an old ARC file
                    offset = records.get_record_offset()
                    raise ArchiveLoadFailed(f"not a WARC archive: no WARC record at {offset}")
                if record.rec_type == "response":
                    if record.http_headers is None:
                        continue
                    status = record.http_headers.get_statuscode() or ""
                    if not status.startswith("2"):
                        continue
                    content_type = record.http_headers.get_header("Content-Type") or ""
                elif record.rec_type == "resource":
                    content_type = record.rec_headers.get_header("Content-Type") or ""
                else:
                    continue
                if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
                    continue
                charset = _CHARSET_RE.search(content_type)
                data = record.content_stream().read()  # (before the offset, which skips it)
                offset = records.get_record_offset()
                yield Page(
                    name=f"{path}#{offset}",
                    output=f"{_output_name(path)}#{offset}",
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    data=data,
                    encoding=charset.group(1) if charset else None,
                )
    except Exception as exc:  # warcio raises its own and zlib's errors on a damaged archive
        yield Page(name=path, output=_output_name(path), problem=(type(exc).__name__, str(exc)))


# --------------------------------------------------------------------------------------
# Parsing and rendering one task (in a worker process with --jobs)
# --------------------------------------------------------------------------------------


def _parse(page: Page, options: Options) -> Article:
    if page.problem is not None:
        raise _Problem(*page.problem)
    data = page.data
    if data is None:
        assert page.path is not None
        data = Path(page.path).read_bytes()
    return parse_article(data, url=page.url, strict=options.strict, encoding=page.encoding)


class _Problem(Exception):
    """An error found while listing, reported under its own type name."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def run(task: Task, options: Options) -> Result:
    """Parse one task's pages (merged when several) and render the result."""
    first = task[0]
    article: Article | None = None
    error: tuple[str, str] | None = None
    try:
        articles = [_parse(page, options) for page in task]
        article = articles[0] if len(articles) == 1 else merge_pages(articles)
    except _Problem as exc:
        error = (exc.kind, str(exc))
    except Exception as exc:  # ParseError, OSError, or a bug: one page's failure, not the run's
        error = (type(exc).__name__, str(exc))
    return Result(
        name=first.name,
        output=first.output,
        rendered=_render(options.format, first, article, error),
        error=error,
    )


def _record(page: Page, article: Article | None, error: tuple[str, str] | None) -> dict[str, Any]:
    if article is not None:
        return {"file": page.name, "url": page.url, "article": article.to_dict()}
    assert error is not None
    return {"file": page.name, "url": page.url, "error": {"type": error[0], "message": error[1]}}


def _render(format: str, page: Page, article: Article | None, error: tuple[str, str] | None) -> str:
    if format == "json":
        return json.dumps(_record(page, article, error), ensure_ascii=False, indent=2)
    if format == "jsonl":
        return json.dumps(_record(page, article, error), ensure_ascii=False)
    if format == "csv":
        return _csv_row(page, article, error)
    if article is None:
        return ""
    if format == "markdown":
        return article.to_markdown()
    if format == "html":
        return article.to_html()
    return article.to_text()


def _csv_row(page: Page, article: Article | None, error: tuple[str, str] | None) -> str:
    row: dict[str, Any] = {"file": page.name, "url": page.url}
    if article is not None:
        row |= {
            "key": article.key,
            "title": article.title,
            "column": article.column,
            "published": article.published.isoformat() if article.published else None,
            "source": article.source,
            "author": article.author,
            "clicks": article.clicks,
            "article_id": article.article_id,
            "page": article.page,
            "page_count": article.page_count,
            "warnings": " ".join(warning.code for warning in article.warnings),
            "text": article.text,
        }
    if error is not None:
        row |= {"error_type": error[0], "error_message": error[1]}
    return _csv_line([row.get(column) for column in CSV_COLUMNS])


def _csv_line(cells: Sequence[Any]) -> str:
    out = io.StringIO()
    csv.writer(out).writerow(["" if cell is None else cell for cell in cells])
    return out.getvalue()


# --------------------------------------------------------------------------------------
# Running tasks in order, in this process or in workers
# --------------------------------------------------------------------------------------


def run_many(tasks: Sequence[Task], options: Options) -> list[Result]:
    """:func:`run` for a chunk of tasks: one round trip to a worker for several pages."""
    return [run(task, options) for task in tasks]


def _in_order(tasks: Iterator[Task], options: Options, jobs: int) -> Generator[Result, None, None]:
    """Results in task order; with ``jobs`` > 1 from worker processes, few tasks in flight."""
    if jobs <= 1:
        yield from (run(task, options) for task in tasks)
        return
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[concurrent.futures.Future[list[Result]]] = deque()
        try:
            while chunk := list(itertools.islice(tasks, _CHUNK)):
                pending.append(pool.submit(run_many, chunk, options))
                if len(pending) >= jobs * _IN_FLIGHT_PER_JOB:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:  # a reader that stopped early, or Ctrl-C: drop what has not started
            pool.shutdown(wait=True, cancel_futures=True)


def _peek(tasks: Iterator[Task], count: int) -> tuple[list[Task], Iterator[Task]]:
    head = list(itertools.islice(tasks, count))
    return head, itertools.chain(head, tasks)


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------


class _Writer:
    """Writes results to standard output (streamed) or one file per page (--output-dir)."""

    def __init__(self, out: IO[bytes], options: Options, output_dir: Path | None) -> None:
        self.out = out
        self.format = options.format
        self.output_dir = output_dir
        self.count = 0
        self._folder: Path | None = None
        self._names: set[str] = set()

    def start(self) -> None:
        if self.output_dir is not None:
            return
        if self.format == "json":
            self._write(b"[")
        elif self.format == "csv":
            self._write(_csv_line(CSV_COLUMNS).encode("utf-8"))

    def add(self, result: Result) -> None:
        if self.output_dir is not None:
            self._to_file(result)
            return
        if self.format == "json":
            item = "\n".join("  " + line for line in result.rendered.split("\n"))
            self._write((",\n" if self.count else "\n").encode("utf-8") + item.encode("utf-8"))
        elif self.format == "jsonl":
            self._write(result.rendered.encode("utf-8") + b"\n")
        elif self.format == "csv":
            self._write(result.rendered.encode("utf-8"))
        elif result.rendered:
            separator = SEPARATORS[self.format] if self.count else b""
            self._write(separator + result.rendered.encode("utf-8"))
        else:
            return
        self.count += 1

    def finish(self) -> None:
        if self.output_dir is None and self.format == "json":
            self._write(b"\n]\n" if self.count else b"]\n")

    def _write(self, data: bytes) -> None:
        self.out.write(data)
        self.out.flush()

    def _to_file(self, result: Result) -> None:
        if not result.rendered:
            return
        assert self.output_dir is not None
        target = self.output_dir / (result.output + EXTENSIONS[self.format])
        # Two pages of one folder that differ only in their suffix (a.html, a.txt) keep it.
        if target.parent != self._folder:
            self._folder, self._names = target.parent, set()
        if target.name in self._names:
            suffix = Path(result.name).suffix
            target = self.output_dir / (result.output + suffix + EXTENSIONS[self.format])
        self._names.add(target.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        data = result.rendered
        if self.format == "csv":
            data = _csv_line(CSV_COLUMNS) + data
        elif not data.endswith("\n"):
            data += "\n"
        target.write_bytes(data.encode("utf-8"))


# --------------------------------------------------------------------------------------
# The command
# --------------------------------------------------------------------------------------


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xianfeng",
        description=(
            "Parse portal article pages (HTML or text) and print them as JSON, Markdown, "
            "HTML, text or CSV. PAGE is a file, a folder (searched recursively for .html, "
            ".htm, .shtml, .xhtml, .txt, .warc and .warc.gz files), a glob pattern, or - "
            "for standard input (the default)."
        ),
    )
    parser.add_argument("pages", nargs="*", default=["-"], metavar="PAGE")
    parser.add_argument(
        "-f", "--format", choices=FORMATS, default="json", help="output format (default: json)"
    )
    parser.add_argument(
        "-o", "--output-dir", type=Path, help="write one file per page below this folder"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        help="worker processes (default: the number of CPUs; 1 parses in this process)",
    )
    parser.add_argument("--url", help="the page's URL (one page only): makes its links absolute")
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="the URL of the folder given (a site mirror): each file's URL is this URL "
        "followed by the file's path below the folder",
    )
    parser.add_argument(
        "--merge-pages",
        action="store_true",
        help="join a paginated article's 123.html, 123_2.html … into one article",
    )
    parser.add_argument("--strict", action="store_true", help="fail a page on any warning")
    parser.add_argument("--version", action="version", version=f"xianfeng {__version__}")
    return parser


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.url is not None:
        if args.base_url is not None:
            parser.error("--url and --base-url exclude each other")
        (single, *rest) = args.pages
        if rest or os.path.isdir(single) or _Finder._is_pattern(single) or _is_warc(single):
            parser.error(
                "--url takes exactly one page (a file or -); for a mirror folder use "
                "--base-url, and WARC records carry their own URLs"
            )
    if args.jobs is not None and args.jobs < 1:
        parser.error(f"--jobs must be at least 1, got {args.jobs}")


def _progress(results: Iterable[Result], show: bool) -> tuple[Iterable[Result], Any]:
    """Wrap ``results`` in a tqdm bar on standard error when asked and tqdm is installed."""
    if not show:
        return results, None
    try:
        from tqdm import tqdm
    except ImportError:  # the optional `cli` extra is not installed: no bar
        return results, None
    bar = tqdm(results, unit="page", file=sys.stderr, dynamic_ncols=True)
    return bar, bar


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0, 1 when a page failed, 2 on usage)."""
    parser = _arguments()
    args = parser.parse_args(argv)
    _check(parser, args)
    options = Options(format=args.format, strict=args.strict)
    finder = _Finder(
        url=args.url,
        base_url=args.base_url,
        merge=args.merge_pages,
        stdin=sys.stdin.buffer.read,
    )
    head, tasks = _peek(finder.tasks(args.pages), 2)
    jobs = (args.jobs or os.cpu_count() or 1) if len(head) > 1 else 1
    writer = _Writer(sys.stdout.buffer, options, args.output_dir)
    ordered = _in_order(tasks, options, jobs)
    results, bar = _progress(ordered, len(head) > 1 and _is_tty())
    say: Callable[[str], None] = _stderr
    if bar is not None:
        say = lambda message: bar.write(message, file=sys.stderr)  # noqa: E731 — above the bar
    total = failed = 0
    try:
        writer.start()
        for result in results:
            total += 1
            if result.error is not None:
                failed += 1
                say(f"{result.name}: {result.error[0]}: {result.error[1]}")
            writer.add(result)
        writer.finish()
    except BrokenPipeError:
        # The reader stopped early (``| head``): not an error of ours. Point stdout at
        # devnull so the interpreter's own flush at exit does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1 if failed else 0
    finally:
        if bar is not None:
            bar.close()
        ordered.close()  # stops the workers when the loop ended early
    _stderr(f"{total} page{'' if total == 1 else 's'}: {total - failed} parsed, {failed} failed")
    return 1 if failed else 0


def _is_tty() -> bool:
    return sys.stderr.isatty()


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
