"""``python -m xianfeng PAGE…``: parse pages and print them as UTF-8 JSON.

The only I/O in the package: it reads the files (or standard input for ``-`` or no file),
hands the raw bytes to :func:`xianfeng.parse_article`, and prints. One page prints one JSON
object; several print a JSON array. A page that fails prints its error on standard error
and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
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

    results: list[dict[str, Any]] = []
    status = 0
    for name in args.pages:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        try:
            results.append(parse_article(data, url=args.url, strict=args.strict).to_dict())
        except ParseError as exc:
            print(f"{name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            status = 1
    output = results[0] if len(args.pages) == 1 and results else results
    if results or len(args.pages) > 1:
        sys.stdout.buffer.write(json.dumps(output, ensure_ascii=False, indent=2).encode("utf-8"))
        sys.stdout.buffer.write(b"\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
