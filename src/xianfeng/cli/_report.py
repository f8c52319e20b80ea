"""What the command tells on standard error, and its exit status.

A progress bar on a terminal, a line for each page that failed or was not written, and a
summary at the end; with ``-v`` a line for every page too, with ``-q`` only why a run
stopped before its end.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from xianfeng.cli._formats import Result
from xianfeng.cli._output import Held

__all__ = ["FAILED", "NOT_WRITTEN", "OUTPUT_ERROR", "Report"]

# Exit statuses besides 0 (every page parsed), 2 (a usage error, from argparse) and 128 plus
# a signal's number (interrupted). Those of an output come from sysexits.h.
FAILED = 1
NOT_WRITTEN = 73  # EX_CANTCREAT
OUTPUT_ERROR = 74  # EX_IOERR


class Report:
    """Counts the pages by outcome and tells about them on standard error."""

    def __init__(
        self,
        *,
        bar: bool,
        total: Callable[[], int | None] = lambda: None,
        quiet: bool = False,
        verbose: bool = False,
    ) -> None:
        """``bar``: show a progress bar, counting up to ``total()`` pages when that is known
        (asked only when a bar is shown)."""
        self.parsed = self.failed = self.skipped = self.not_written = 0
        self.quiet = quiet
        self.verbose = verbose
        self._bar = _bar(total) if bar and not quiet else None

    def result(self, result: Result) -> None:
        """A page parsed, or failed."""
        if result.error is None:
            self.parsed += 1
            if self.verbose:
                warned = f"; warnings: {' '.join(result.warnings)}" if result.warnings else ""
                self._say(f"{result.name}: parsed{warned}")
        else:
            self.failed += 1
            self._say(f"{result.name}: {result.error[0]}: {result.error[1]}")
        self._tick()

    def held(self, held: Held) -> None:
        """A page not parsed, because of its output file."""
        if held.why == "done":
            self.skipped += 1
            if self.verbose:
                self._say(f"{held.name}: skipped: {held.target} exists")
        else:
            self.not_written += 1
            if held.why == "input":
                self._say(f"{held.name}: not written: {held.target} is a page of this run")
            else:
                self._say(
                    f"{held.name}: not written: {held.target} exists "
                    "(--overwrite replaces it, --skip-existing keeps it)"
                )
        self._tick()

    def summary(self, ending: str = "", *, always: bool = False) -> None:
        """The last line: how many pages came to what, and why the run stopped early; with
        ``-q`` only when ``always``."""
        self.close()
        if self.quiet and not always:
            return
        total = self.parsed + self.failed + self.skipped + self.not_written
        counts = [f"{self.parsed} parsed", f"{self.failed} failed"]
        if self.skipped:
            counts.append(f"{self.skipped} skipped")
        if self.not_written:
            counts.append(f"{self.not_written} not written")
        line = f"{total} page{'' if total == 1 else 's'}: {', '.join(counts)}"
        _stderr(f"{line}; {ending}" if ending else line)

    def status(self) -> int:
        """The exit status of a run that went to its end."""
        if self.not_written:
            return NOT_WRITTEN
        return FAILED if self.failed else 0

    def close(self) -> None:
        """Take the progress bar off the terminal."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def _tick(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def _say(self, message: str) -> None:
        if self.quiet:
            return
        if self._bar is not None:
            self._bar.write(message, file=sys.stderr)  # above the bar
        else:
            _stderr(message)


def _bar(total: Callable[[], int | None]) -> Any:
    """A tqdm bar on standard error (with the time left when the total is known), or None
    without the optional `cli` extra."""
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total(), unit="page", file=sys.stderr, dynamic_ncols=True)


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
