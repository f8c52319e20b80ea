"""Thread safety: parsing from many threads at once gives exactly the serial results."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from conftest import cases
from xianfeng import ParseError, parse_article

CASES = cases()
THREADS = 8
ROUNDS = 6


def inputs() -> list[tuple[str, bytes | str, str | None]]:
    """Every fixture as bytes and as text, plus pages that warn and pages that raise."""
    found: list[tuple[str, bytes | str, str | None]] = []
    for case in CASES:
        data = case.page.read_bytes()
        found.append((case.name, data, case.url))
        found.append((f"{case.name}/str", data.decode("gb18030", errors="replace"), case.url))
        found.append((f"{case.name}/truncated", data[: len(data) // 2], case.url))
    found.append(("deep", b"<html><body>" + b"<div>" * 3000 + b"x", None))
    found.append(("empty", b"", None))
    return found


def outcome(page: bytes | str, url: str | None) -> object:
    try:
        return parse_article(page, url=url)
    except ParseError as exc:
        return (type(exc).__name__, str(exc))


def test_parsing_from_8_threads_at_once_gives_the_serial_results() -> None:
    pages = inputs()
    serial = {name: outcome(page, url) for name, page, url in pages}
    start = threading.Barrier(THREADS)

    def work(offset: int) -> list[tuple[str, object]]:
        start.wait()  # every thread starts parsing at the same moment
        results = []
        for n in range(ROUNDS * len(pages)):
            name, page, url = pages[(n + offset) % len(pages)]
            results.append((name, outcome(page, url)))
        return results

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        runs = list(pool.map(work, range(0, THREADS * 7, 7)))
    assert len(runs) == THREADS
    for results in runs:
        assert len(results) == ROUNDS * len(pages)
        for name, result in results:
            assert result == serial[name], name
