"""``python -m xianfeng PAGE…``: parse pages and print them as UTF-8 JSON.

The only I/O in the package: it reads the files (or standard input for ``-`` or no file),
hands the raw bytes to :func:`xianfeng.parse_article`, and prints. One page prints its
article as one JSON object. Several pages print one JSON array with an entry per page, in
argument order: ``{"file": NAME, "article": {...}}`` or ``{"file": NAME, "error": {"type":
…, "message": …}}``. A page that cannot be read or parsed is also reported on standard error
as ``NAME: ErrorType: message``, and the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from xianfeng._api import parse_article
from xianfeng.errors import ParseError


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m xianfeng",
        description="Parse portal article pages (HTML or text) and print them as JSON.",
    )
    parser.add_argument("pages", nargs="*", default=["-"], help="files to parse; - is stdin")
    parser.add_argument("--url", help="the page's URL (makes its links absolute)")
    parser.add_argument("--strict", action="store_true", help="fail on any warning")
    args = parser.parse_args(argv)

    entries: list[dict[str, Any]] = []
    for name in args.pages:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            article = parse_article(data, url=args.url, strict=args.strict)
        except (OSError, ParseError) as exc:
            print(f"{name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            error = {"type": type(exc).__name__, "message": str(exc)}
            entries.append({"file": name, "error": error})
        else:
            entries.append({"file": name, "article": article.to_dict()})
    failed = any("error" in entry for entry in entries)
    if len(entries) == 1:
        if failed:
            return 1
        output: Any = entries[0]["article"]
    else:
        output = entries
    try:
        sys.stdout.buffer.write(json.dumps(output, ensure_ascii=False, indent=2).encode("utf-8"))
        sys.stdout.buffer.write(b"\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (``| head``): not an error of ours. Point stdout at
        # devnull so the interpreter's own flush at exit does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
