"""The command's arguments and its main loop: find, run, write, report."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from xianfeng import __version__
from xianfeng.cli._formats import FORMATS, Result
from xianfeng.cli._output import OutputError, Writer
from xianfeng.cli._pages import Finder, is_warc
from xianfeng.cli._work import Options, Runner, Stop, peek

__all__ = ["main"]

# Exit statuses besides 0 (every page parsed), 2 (a usage error, from argparse) and 128 plus
# a signal's number (interrupted). Those of an output come from sysexits.h.
FAILED = 1
OUTPUT_ERROR = 74  # EX_IOERR


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
        if rest or os.path.isdir(single) or Finder.is_pattern(single) or is_warc(single):
            parser.error(
                "--url takes exactly one page (a file or -); for a mirror folder use "
                "--base-url, and WARC records carry their own URLs"
            )
    if args.jobs is not None and args.jobs < 1:
        parser.error(f"--jobs must be at least 1, got {args.jobs}")
    if args.output_dir is not None and args.output_dir.exists() and not args.output_dir.is_dir():
        parser.error(f"--output-dir {args.output_dir} is not a folder")


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
    """Run the command line; returns the exit status (see ``docs/cli.md``)."""
    parser = _arguments()
    args = parser.parse_args(argv)
    _check(parser, args)
    options = Options(format=args.format, strict=args.strict)
    finder = Finder(
        url=args.url,
        base_url=args.base_url,
        merge=args.merge_pages,
        stdin=sys.stdin.buffer.read,
    )
    head, tasks = peek(finder.tasks(args.pages), 2)
    jobs = (args.jobs or os.cpu_count() or 1) if len(head) > 1 else 1
    writer = Writer(sys.stdout.buffer, options.format, args.output_dir)
    runner = Runner(options, jobs)
    results, bar = _progress(runner.results(tasks), len(head) > 1 and _is_tty())
    say: Callable[[str], None] = _stderr
    if bar is not None:
        say = lambda message: bar.write(message, file=sys.stderr)  # noqa: E731 — above the bar
    total = failed = 0
    at_once = False
    stopped = ""  # why the run stopped before its end, for the summary
    with Stop() as stop:
        try:
            writer.start()
            for result in results:
                writer.add(result)
                total += 1
                if result.error is not None:
                    failed += 1
                    say(f"{result.name}: {result.error[0]}: {result.error[1]}")
                if stop.signal is not None:
                    break
            writer.finish()
        except BrokenPipeError:  # the reader stopped early (``| head``): not an error of ours
            _drop_stdout()
            return FAILED if failed else 0
        except OutputError as exc:
            stopped = f"stopped: {exc}"
            if exc.where == "standard output":
                _drop_stdout()
        except KeyboardInterrupt:  # a second Ctrl-C: stop now, the output may end anywhere
            at_once = True
            _drop_stdout()
        finally:
            if bar is not None:
                bar.close()
            runner.close(at_once=at_once)
    summary = f"{total} page{'' if total == 1 else 's'}: {total - failed} parsed, {failed} failed"
    if stopped:
        _stderr(f"{summary}; {stopped}")
        return OUTPUT_ERROR
    if stop.signal is not None:
        _stderr(f"{summary}; {'stopped at once' if at_once else 'interrupted'}")
        return 128 + stop.signal
    _stderr(summary)
    return FAILED if failed else 0


def _drop_stdout() -> None:
    """Point standard output at devnull: what is still buffered for it cannot be written, and
    the interpreter's own flush at exit must not fail, or wait on a reader, again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _is_tty() -> bool:
    return sys.stderr.isatty()


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
