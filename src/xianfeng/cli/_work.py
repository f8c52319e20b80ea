"""Running the tasks: parse and render each, in this process or in workers, in input order."""

from __future__ import annotations

import concurrent.futures
import itertools
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path

import attrs

from xianfeng._api import parse_article
from xianfeng._merge import merge_pages
from xianfeng.cli._formats import Result, render
from xianfeng.cli._pages import Page, Task
from xianfeng.models import Article

__all__ = ["Options", "in_order", "peek", "run"]

# Pages sent to a worker at once: fewer round trips, while results still come steadily.
_CHUNK = 8
# Chunks in flight per worker: enough to keep every worker busy, few enough for flat memory.
_IN_FLIGHT_PER_JOB = 2


@attrs.frozen(kw_only=True)
class Options:
    """What every page is parsed and rendered with."""

    format: str
    strict: bool


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
        rendered=render(options.format, first, article, error),
        error=error,
    )


def run_many(tasks: Sequence[Task], options: Options) -> list[Result]:
    """:func:`run` for a chunk of tasks: one round trip to a worker for several pages."""
    return [run(task, options) for task in tasks]


def in_order(tasks: Iterator[Task], options: Options, jobs: int) -> Generator[Result, None, None]:
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


def peek(tasks: Iterator[Task], count: int) -> tuple[list[Task], Iterator[Task]]:
    """The first ``count`` tasks, and an iterator over all of them."""
    head = list(itertools.islice(tasks, count))
    return head, itertools.chain(head, tasks)
