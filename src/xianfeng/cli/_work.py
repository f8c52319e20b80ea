"""Running the tasks: parse and render each, in this process or in workers, in input order.

Also what stops a run: Ctrl-C and SIGTERM are caught by the main process, which ends the
output properly; workers leave both to it, and die with the main process, whatever ends it.
"""

from __future__ import annotations

import concurrent.futures
import ctypes
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, TypeAlias

import attrs

from xianfeng._api import parse_article
from xianfeng._merge import merge_pages
from xianfeng.cli._formats import Result, render
from xianfeng.cli._pages import Page, Task
from xianfeng.models import Article
from xianfeng.profile import Profile

__all__ = ["Options", "Runner", "Stop", "peek", "run"]

# Pages sent to a worker at once, at most: each round trip costs the main process about as
# much as writing ten results, and the main process shares the cores with the workers.
_CHUNK = 32
# Chunks in flight per worker: enough to keep every worker busy, few enough for flat memory.
_IN_FLIGHT_PER_JOB = 2
_Handler: TypeAlias = Callable[[int, FrameType | None], Any] | int | None
# <linux/prctl.h>: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1
# How often a worker looks whether its parent is still there, where prctl is missing.
_WATCH_SECONDS = 0.5


@attrs.frozen(kw_only=True)
class Options:
    """What every page is parsed and rendered with."""

    format: str
    strict: bool
    profile: Mapping[str, Any] | None = None
    """The ``--profile`` file's content. Each process builds its :class:`~xianfeng.Profile`
    from it once: a profile holds compiled patterns, which do not pickle."""

    def build_profile(self) -> Profile | None:
        """The profile to parse with."""
        return None if self.profile is None else Profile.from_dict(self.profile)


# In a worker process: the options and the profile every task of the run is parsed with.
_worker: tuple[Options, Profile | None] | None = None


def _parse(page: Page, options: Options, profile: Profile | None) -> Article:
    if page.problem is not None:
        raise _Problem(*page.problem)
    data = page.data
    if data is None:
        assert page.path is not None
        data = Path(page.path).read_bytes()
    return parse_article(
        data, url=page.url, strict=options.strict, encoding=page.encoding, profile=profile
    )


class _Problem(Exception):
    """An error found while listing, reported under its own type name."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def run(task: Task, options: Options, profile: Profile | None) -> Result:
    """Parse one task's pages (merged when several) and render the result."""
    first = task[0]
    article: Article | None = None
    error: tuple[str, str] | None = None
    try:
        articles = [_parse(page, options, profile) for page in task]
        article = articles[0] if len(articles) == 1 else merge_pages(articles)
    except _Problem as exc:
        error = (exc.kind, str(exc))
    except Exception as exc:  # ParseError, OSError, or a bug: one page's failure, not the run's
        error = (type(exc).__name__, str(exc))
    return Result(
        name=first.name,
        target=first.target,
        rendered=render(options.format, first, article, error).encode("utf-8"),
        error=error,
        warnings=() if article is None else tuple(warning.code for warning in article.warnings),
    )


def run_many(tasks: Sequence[Task]) -> list[Result]:
    """:func:`run` in a worker, for a chunk of tasks: one round trip for several pages."""
    assert _worker is not None
    options, profile = _worker
    return [run(task, options, profile) for task in tasks]


class Runner:
    """Runs tasks and gives their results back in task order: in this process with one job,
    else in worker processes, with few tasks in flight (flat memory)."""

    def __init__(self, options: Options, jobs: int) -> None:
        self.options = options
        self.jobs = jobs
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._others: set[multiprocessing.process.BaseProcess] = set()

    def results(self, tasks: Iterator[Task]) -> Iterator[Result]:
        """Each task's result, in order, as soon as it and those before it are ready."""
        if self.jobs <= 1:
            profile = self.options.build_profile()
            yield from (run(task, self.options, profile) for task in tasks)
            return
        self._others = set(multiprocessing.active_children())
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=self.jobs, initializer=_start_worker, initargs=(self.options,)
        )
        pending: deque[concurrent.futures.Future[list[Result]]] = deque()
        # One page at first, so that the first result comes soon and a short run is shared
        # among the workers; then twice as many each time, up to _CHUNK.
        size = 1
        while chunk := list(itertools.islice(tasks, size)):
            pending.append(self._pool.submit(run_many, chunk))
            size = min(2 * size, _CHUNK)
            if len(pending) >= self.jobs * _IN_FLIGHT_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    def close(self, *, at_once: bool = False) -> None:
        """Stop the workers: once the pages they hold are done, or ``at_once`` (needed when
        the pool is broken: the pool's own clean-up ends workers with SIGTERM, which they
        ignore, and waits for them)."""
        if self._pool is None:
            return
        if at_once:
            for worker in set(multiprocessing.active_children()) - self._others:
                worker.kill()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None


def _start_worker(options: Options) -> None:
    """A worker's first steps: leave Ctrl-C and SIGTERM to the main process, die with it,
    and build what every task is parsed with."""
    # A terminal's Ctrl-C, and a service manager's SIGTERM, reach the whole process group:
    # the main process stops the run, between two chunks. A worker killed while it hands
    # back its results leaves half a message in the pool's pipe, and the pool then waits
    # for the rest forever (CPython's ProcessPoolExecutor, 3.11).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    parent = os.getppid()
    if sys.platform == "linux":
        # Killed by the kernel the moment the parent ends, even by SIGKILL. Without this, a
        # worker waits for tasks forever: the queue it reads stays open in its siblings.
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    # Elsewhere, and should the parent end before prctl takes hold: watch for the parent to
    # go (an orphan is given a new parent).
    if os.name == "posix":
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    global _worker
    _worker = options, options.build_profile()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


class Stop:
    """Ctrl-C (SIGINT) and SIGTERM, caught while the run is on (in the main thread only).

    The first asks the run to stop after the pages in hand, so that the output is ended
    properly and the summary written: :attr:`signal` tells which came. A second stops it
    at once, by raising :class:`KeyboardInterrupt`.
    """

    def __init__(self) -> None:
        self.signal: int | None = None
        self._previous: dict[int, _Handler] = {}

    def __enter__(self) -> Stop:
        if threading.current_thread() is threading.main_thread():
            for number in (signal.SIGINT, signal.SIGTERM):
                self._previous[number] = signal.signal(number, self._caught)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)

    def _caught(self, number: int, frame: FrameType | None) -> None:
        if self.signal is not None:
            raise KeyboardInterrupt
        self.signal = number


def peek(tasks: Iterator[Task], count: int) -> tuple[list[Task], Iterator[Task]]:
    """The first ``count`` tasks, and an iterator over all of them."""
    head = list(itertools.islice(tasks, count))
    return head, itertools.chain(head, tasks)
