"""How ``learn_profile`` scales: its time beside parsing the same pages, and its peak memory
as the number of pages grows.

Run from the repository root (not in CI; it takes a minute or two)::

    python benchmarks/learn_bench.py                 # 10,000 pages
    python benchmarks/learn_bench.py --pages 2000    # fewer

The pages are the real pages of ``tests/corpus/`` and ``tests/sites/``, read from disk again
each time they come round (a generator: the stream is never held in memory), repeated up to
the count. Two streams are measured:

- **repeated**: the pages as they are. A page that comes round again is the same article, so
  ``learn_profile`` keeps nothing more for it: memory must stay flat.
- **distinct**: each page given one more body line, numbered, so that every page of the
  stream is a different article (the case of a real archive). Memory then grows with the
  digests of the distinct lines, never with the pages' text.

Time is the wall time of ``learn_profile`` over the stream against the wall time of
``parse_article`` over the same stream (run first, in the same process). Memory is the peak
Python heap (``tracemalloc``) at 1/10, 1/2 and all of the stream, in separate runs.
"""

from __future__ import annotations

import argparse
import contextlib
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from xianfeng import learn_profile, parse_article
from xianfeng.errors import ParseError

ROOT = Path(__file__).resolve().parents[1]
PATHS = sorted((ROOT / "tests" / "corpus").glob("*/page.*")) + sorted(
    (ROOT / "tests" / "sites").glob("*/*/page.*")
)


def stream(count: int, *, distinct: bool) -> Iterator[bytes]:
    """``count`` pages, read from disk as they come round."""
    for n in range(count):
        path = PATHS[n % len(PATHS)]
        data = path.read_bytes()
        line = f"Page {n} of the stream has this line of its own."  # ASCII: any encoding
        if distinct and path.suffix == ".txt":
            data += f"\n{line}\n".encode()
        elif distinct:
            data = data.replace(b"</body>", f"<p>{line}</p></body>".encode(), 1)
        yield data


def timed(count: int, *, distinct: bool) -> tuple[float, float]:
    started = time.perf_counter()
    for page in stream(count, distinct=distinct):
        with contextlib.suppress(ParseError):
            parse_article(page)
    parsing = time.perf_counter() - started
    started = time.perf_counter()
    learn_profile(stream(count, distinct=distinct))
    return parsing, time.perf_counter() - started


def peak(count: int, *, distinct: bool) -> int:
    tracemalloc.start()
    learn_profile(stream(count, distinct=distinct))
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000, help="pages in the stream")
    args = parser.parse_args()
    print(f"{len(PATHS)} real pages, streamed {args.pages} times in all\n")
    print("| stream | parse_article | learn_profile | ratio |")
    print("|---|---|---|---|")
    for distinct in (False, True):
        parsing, learning = timed(args.pages, distinct=distinct)
        name = "distinct" if distinct else "repeated"
        print(f"| {name} | {parsing:.1f} s | {learning:.1f} s | {learning / parsing:.2f}x |")
    print()
    counts = [args.pages // 10, args.pages // 2, args.pages]
    print("| stream | " + " | ".join(f"peak heap at {n} pages" for n in counts) + " |")
    print("|---|" + "---|" * len(counts))
    for distinct in (False, True):
        sizes = [peak(n, distinct=distinct) / 2**20 for n in counts]
        name = "distinct" if distinct else "repeated"
        print(f"| {name} | " + " | ".join(f"{size:.1f} MiB" for size in sizes) + " |")


if __name__ == "__main__":
    main()
