"""The command's arguments and its main loop: find, run, write, report."""

from __future__ import annotations

import argparse
import errno
import json
import os
import signal
import sys
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from xianfeng import __version__
from xianfeng.cli._formats import FORMATS
from xianfeng.cli._learn import DEFAULT_SAMPLE, learn_main, learned_profile
from xianfeng.cli._output import Held, OutputError, Writer
from xianfeng.cli._pages import Finder, Task, is_warc
from xianfeng.cli._report import FAILED, OUTPUT_ERROR, Report
from xianfeng.cli._work import Options, Runner, Stop, peek
from xianfeng.profile import Profile

__all__ = ["main"]


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
    parser.add_argument("pages", nargs="*", metavar="PAGE")
    parser.add_argument(
        "-i",
        "--input-file",
        action="append",
        default=[],
        metavar="LIST",
        help="a file listing more PAGEs, one per line (- for standard input); may be repeated",
    )
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
    existing = parser.add_mutually_exclusive_group()
    existing.add_argument(
        "--overwrite",
        action="store_true",
        help="with --output-dir: write over the files of an earlier run",
    )
    existing.add_argument(
        "--skip-existing",
        "--resume",
        action="store_true",
        help="with --output-dir: skip the pages whose file an earlier run wrote",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="a site profile (JSON, or TOML when its name ends in .toml): what the site's "
        "pages say differently, see docs/profiles.md",
    )
    parser.add_argument(
        "--learn",
        action="store_true",
        help="learn the site's profile from a sample of the pages first (docs/profiles.md), "
        "then parse them all with it; the pages are read twice",
    )
    parser.add_argument(
        "--learn-sample",
        type=int,
        default=DEFAULT_SAMPLE,
        metavar="N",
        help=f"with --learn: learn from the first N pages (default: {DEFAULT_SAMPLE})",
    )
    parser.add_argument("--strict", action="store_true", help="fail a page on any warning")
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar, no line per page, no summary: only why a run stopped early",
    )
    talk.add_argument(
        "-v", "--verbose", action="store_true", help="a line for every page, parsed or skipped"
    )
    parser.add_argument("--version", action="version", version=f"xianfeng {__version__}")
    return parser


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse what cannot run (a usage error, status 2); read the lists of ``-i``."""
    if "-" in args.input_file and "-" in args.pages:
        parser.error("standard input cannot be both a page and -i's list")
    if not args.pages and not args.input_file:
        if sys.stdin is not None and sys.stdin.isatty():  # rather than wait for a page typed in
            parser.error(
                "no PAGE given, and standard input is a terminal (give - to type a page in)"
            )
        args.pages = ["-"]
    args.pages += [page for name in args.input_file for page in _listed(parser, name)]
    if args.url is not None:
        if args.base_url is not None:
            parser.error("--url and --base-url exclude each other")
        (single, *rest) = args.pages or [""]
        if (
            args.input_file
            or rest
            or os.path.isdir(single)
            or Finder.is_pattern(single)
            or is_warc(single)
        ):
            parser.error(
                "--url takes exactly one page (a file or -); for a mirror folder use "
                "--base-url, and WARC records carry their own URLs"
            )
    if args.learn:
        if args.profile is not None:
            parser.error("--learn and --profile exclude each other")
        if "-" in args.pages:
            parser.error("--learn reads the pages twice: standard input cannot be one of them")
        if args.learn_sample < 3:
            parser.error(f"--learn-sample must be at least 3, got {args.learn_sample}")
    if args.jobs is not None and args.jobs < 1:
        parser.error(f"--jobs must be at least 1, got {args.jobs}")
    if args.output_dir is None:
        if args.overwrite or args.skip_existing:
            flag = "--overwrite" if args.overwrite else "--skip-existing"
            parser.error(f"{flag} is about the files of --output-dir, which is not given")
    elif args.output_dir.exists() and not args.output_dir.is_dir():
        parser.error(f"--output-dir {args.output_dir} is not a folder")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see ``docs/cli.md``)."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["learn"]:
        return learn_main(argv[1:])
    parser = _arguments()
    args = parser.parse_args(argv)
    _check(parser, args)
    profile = None if args.profile is None else _profile(parser, args.profile)
    if args.learn:
        say = (lambda line: None) if args.quiet else _say
        say(f"learning from the first {args.learn_sample} pages at most")
        try:
            learned = learned_profile(args.pages, args.learn_sample, name=None, say=say)
        except ValueError as exc:
            parser.error(f"--learn: {exc}")
        profile = learned.to_dict()
    options = Options(format=args.format, strict=args.strict, profile=profile)
    finder = Finder(
        args.pages,
        url=args.url,
        base_url=args.base_url,
        merge=args.merge_pages,
        stdin=_standard_input,
        leave_out=args.output_dir,
    )
    head, tasks = peek(finder.tasks(), 2)
    report = Report(
        bar=len(head) > 1 and _is_tty(),
        total=finder.count,
        quiet=args.quiet,
        verbose=args.verbose,
    )
    writer = Writer(
        sys.stdout.buffer,
        options.format,
        args.output_dir,
        existing="overwrite" if args.overwrite else "skip" if args.skip_existing else "refuse",
        reads=finder.reads,
    )
    runner = Runner(options, (args.jobs or os.cpu_count() or 1) if len(head) > 1 else 1)
    at_once = broken = False
    stopped, stopped_status = "", 0  # why the run stopped before its end, for the summary
    with Stop() as stop:
        try:
            writer.start()
            try:
                for result in runner.results(_placed(tasks, writer, report, stop)):
                    writer.add(result)
                    report.result(result)
                    if stop.signal is not None:
                        break
            except BrokenProcessPool:  # a worker was killed from outside
                broken = True
                stopped = "stopped: a worker process ended unexpectedly"
                stopped_status = FAILED
            writer.finish()  # what was written stays well-formed
        except BrokenPipeError:  # the reader stopped early (``| head``): not an error of ours
            _drop_stdout()
            report.close()
            return report.status()
        except OutputError as exc:
            stopped, stopped_status = f"stopped: {exc}", OUTPUT_ERROR
            if exc.where == "standard output":
                _drop_stdout()
        except KeyboardInterrupt:  # a second Ctrl-C: stop now, the output may end anywhere
            at_once = True
            _drop_stdout()
        finally:
            runner.close(at_once=at_once or broken)
    if stopped:
        report.summary(stopped, always=True)
        return stopped_status
    if stop.signal is not None or at_once:
        report.summary("stopped at once" if at_once else "interrupted")
        return 128 + (stop.signal or signal.SIGINT)
    report.summary()
    return report.status()


def _placed(tasks: Iterator[Task], writer: Writer, report: Report, stop: Stop) -> Iterator[Task]:
    """The tasks to run, each with its output file; those not to run are reported."""
    for task in tasks:
        if stop.signal is not None:
            return
        placed = writer.place(task)
        if isinstance(placed, Held):
            report.held(placed)
        else:
            yield placed


def _listed(parser: argparse.ArgumentParser, name: str) -> list[str]:
    """The inputs a list names: one per line, blank lines left out, spaces around trimmed."""
    try:
        data = _standard_input() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        parser.error(f"-i {name}: {exc}")
    # Bytes, as the file system's names are: a name need not be UTF-8.
    return [os.fsdecode(line.strip()) for line in data.splitlines() if line.strip()]


def _profile(parser: argparse.ArgumentParser, path: Path) -> Mapping[str, Any]:
    """The content of a profile file, checked: a usage error when it is not one."""
    try:
        text = path.read_bytes()
        if path.suffix.lower() == ".toml":
            if sys.version_info < (3, 11):
                parser.error(f"--profile {path}: TOML needs Python 3.11 or later; use JSON")
            else:
                import tomllib

                data = tomllib.loads(text.decode("utf-8"))
        else:
            data = json.loads(text)
        Profile.from_dict(data)
    except (OSError, ValueError, TypeError) as exc:  # a decode error is a ValueError
        parser.error(f"--profile {path}: {exc}")
    return data


def _standard_input() -> bytes:
    if sys.stdin is None:  # closed when the command started (``<&-``)
        raise OSError(errno.EBADF, "standard input is closed")
    return sys.stdin.buffer.read()


def _drop_stdout() -> None:
    """Point standard output at devnull: what is still buffered for it cannot be written, and
    the interpreter's own flush at exit must not fail, or wait on a reader, again."""
    try:
        descriptor = sys.stdout.fileno()
    except (OSError, ValueError):  # not a file (main() called with stdout replaced)
        return
    os.dup2(os.open(os.devnull, os.O_WRONLY), descriptor)


def _say(line: str) -> None:
    print(line, file=sys.stderr)


def _is_tty() -> bool:
    return sys.stderr.isatty()
