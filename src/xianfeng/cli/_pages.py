"""Finding the pages: files, folders, glob patterns, standard input and WARC archives.

Pages are listed lazily, one folder (or one archive record) at a time, as tasks: one page
each, or the pages of one article with ``--merge-pages``.
"""

from __future__ import annotations

import glob
import itertools
import os
import re
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeAlias

import attrs

__all__ = ["PAGE_SUFFIXES", "Finder", "Page", "Task", "is_warc"]

# What a page found in a folder is called; a file named on the command line may be called
# anything.
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".txt")
WARC_SUFFIXES = (".warc", ".warc.gz")
# WARC records that are parsed: HTML responses.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# DedeCMS's later pages of one article: 123_2.html, 123_3.html … beside 123.html.
_LATER_PAGE_RE = re.compile(
    r"^(?P<stem>.+)_(?P<number>[0-9]{1,4})(?P<suffix>\.(?:s?html?|xhtml))$", re.IGNORECASE
)
_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class Page:
    """One page to parse: where it comes from and what its result is called."""

    name: str
    """The ``file`` of its record: the path as found, ``-``, or ``archive.warc.gz#offset``."""
    output: str
    """Its path below ``--output-dir``, without the format's extension."""
    target: str | None = None
    """The file its result is written to, with ``--output-dir``: set before it is parsed."""
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


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def _is_page(name: str) -> bool:
    return name.lower().endswith(PAGE_SUFFIXES) or is_warc(name)


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


def _fixed_folder(pattern: str) -> str:
    """The folder a pattern searches: its part before the first wildcard."""
    parts = Path(pattern).parts
    fixed = list(itertools.takewhile(lambda part: not glob.has_magic(part), parts))
    return str(Path(*fixed)) if fixed else os.curdir


def _url_below(base: str, path: str, root: str) -> str:
    """The URL of ``path`` in a mirror folder ``root`` whose address is ``base``."""
    try:
        relative = Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        relative = Path(path).name
    quoted = urllib.parse.quote(relative, safe="/:@!$&'()*+,;=~%?")
    return base.rstrip("/") + "/" + quoted


class Finder:
    """Turns the command line's PAGE arguments into tasks, lazily.

    ``leave_out`` is the output folder: a search never enters it (its files are results of
    an earlier run), unless the folder searched lies inside it.
    """

    def __init__(
        self,
        arguments: Sequence[str],
        *,
        url: str | None,
        base_url: str | None,
        merge: bool,
        stdin: Callable[[], bytes],
        leave_out: str | os.PathLike[str] | None = None,
        counting: bool = False,
    ) -> None:
        self.arguments = arguments
        self.url = url
        self.base_url = base_url
        self.merge = merge
        self.stdin = stdin
        self.leave_out = None if leave_out is None else os.path.abspath(leave_out)
        self._counting = counting
        """Only counting: read no page (nor standard input); an archive is uncountable."""
        self._inputs: tuple[frozenset[str], tuple[str, ...]] | None = None

    def tasks(self) -> Iterator[Task]:
        """Every page of the arguments, in order, one task per result."""
        files: list[str] = []  # consecutive file arguments: one batch, for --merge-pages
        for argument in self.arguments:
            if argument != "-" and not os.path.isdir(argument) and not self.is_pattern(argument):
                files.append(argument)
                continue
            yield from self._files(files, root=os.curdir)
            files = []
            if argument == "-":
                try:
                    data = self.stdin()
                except OSError as exc:
                    yield (self._problem("-", exc),)
                else:
                    yield (Page(name="-", output="stdin", url=self.url, data=data),)
            elif os.path.isdir(argument):
                yield from self._folder(argument, root=argument)
            else:
                yield from self._pattern(argument)
        yield from self._files(files, root=os.curdir)

    def count(self) -> int | None:
        """How many tasks :meth:`tasks` gives, or None when that needs reading pages: the
        records of a WARC archive. A second search of the folders, reading no page."""
        counter = Finder(
            self.arguments,
            url=None,
            base_url=None,
            merge=self.merge,
            stdin=bytes,
            leave_out=self.leave_out,
            counting=True,
        )
        try:
            return sum(1 for _ in counter.tasks())
        except _Uncountable:
            return None

    def reads(self, path: str) -> bool:
        """Whether the run reads ``path`` as a page, or may: a file named as an argument, or a
        file with a page's name below a folder (or a pattern's fixed folder) it searches."""
        if self._inputs is None:
            named, folders = set(), []
            for argument in self.arguments:
                if argument == "-":
                    continue
                if os.path.isdir(argument):
                    folders.append(argument)
                elif self.is_pattern(argument):
                    folders.append(_fixed_folder(argument))
                else:
                    named.add(os.path.abspath(argument))
            self._inputs = frozenset(named), tuple(folders)
        named_files, roots = self._inputs
        if os.path.abspath(path) in named_files:
            return True
        return _is_page(path) and any(
            _inside(path, root) and not self._left_out(path, root) for root in roots
        )

    @staticmethod
    def is_pattern(argument: str) -> bool:
        """Whether ``argument`` is a glob pattern (rather than a file with ``*`` in its name)."""
        return not os.path.exists(argument) and glob.has_magic(argument)

    def _left_out(self, path: str, root: str) -> bool:
        """Whether a search of ``root`` leaves ``path`` out: it lies in the output folder."""
        return (
            self.leave_out is not None
            and _inside(path, self.leave_out)
            and not _inside(root, self.leave_out)
        )

    def _pattern(self, pattern: str) -> Iterator[Task]:
        root = _fixed_folder(pattern)
        matches = sorted(glob.glob(pattern, recursive=True))
        if not matches:  # like a shell without nullglob: the pattern itself, which is missing
            yield from self._files([pattern], root=root)
            return
        matches = [match for match in matches if not self._left_out(match, root)]
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
        """Every page below ``folder``, one folder at a time, in name order; no hidden files.

        A folder named like a page (``x.html/``) is searched too (a site saved by wget may hold
        ``x.html/index.html``); when nothing is found below it, it is a failed page: it was
        probably meant to be one.
        """
        found = False
        for task in self._search(folder, root=root):
            found = True
            yield task
        if not found and _is_page(os.path.basename(os.path.normpath(folder))):
            problem = ("IsADirectoryError", "a folder named like a page, with no page below it")
            yield (Page(name=folder, output=_output_name(folder), problem=problem),)

    def _search(self, folder: str, *, root: str) -> Iterator[Task]:
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
            if entry.is_dir(follow_symlinks=False) and not self._left_out(entry.path, root):
                yield from self._folder(entry.path, root=root)

    def _files(self, paths: list[str], *, root: str) -> Iterator[Task]:
        pages: list[Page] = []
        for path in paths:
            if is_warc(path):
                if self._counting:
                    raise _Uncountable(path)
                yield from self._grouped(pages)
                pages = []
                yield from ((page,) for page in warc_pages(path))
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


class _Uncountable(Exception):
    """Counting the pages would mean reading this archive."""


def warc_pages(path: str) -> Iterator[Page]:
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
