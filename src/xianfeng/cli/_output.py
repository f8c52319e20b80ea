"""Writing the results: streamed to standard output, or one file per page (``--output-dir``).

With ``--output-dir``, each task's file is chosen before it is parsed, so that a page whose
file must not be written (a page of the run, or an earlier run's file) or need not be
(``--skip-existing``) is not parsed at all. A file is written under a temporary name beside
it and renamed into place: a run that is killed leaves no half-written file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Literal

import attrs

from xianfeng.cli._formats import CSV_COLUMNS, EXTENSIONS, SEPARATORS, Result, csv_line
from xianfeng.cli._pages import Task

__all__ = ["Existing", "Held", "OutputError", "Writer"]

Existing = Literal["refuse", "overwrite", "skip"]
"""What to do when a page's file exists: not write it, write over it, or skip the page."""


class OutputError(Exception):
    """The output cannot be written (a full disk, a file where a folder must go): the run
    stops, since what follows cannot be written either."""

    def __init__(self, where: str, error: OSError) -> None:
        super().__init__(f"cannot write {where}: {error.strerror or error}")
        self.where = where


@attrs.frozen(kw_only=True)
class Held:
    """A task that is not run, because of the file its result would go to."""

    name: str
    target: str
    why: Literal["input", "exists", "done"]
    """The file is a page of the run (never written over); or it exists (and may not be
    written over); or it exists and holds the page's result (``--skip-existing``)."""


class Writer:
    """Writes results to standard output (streamed) or one file per page (--output-dir)."""

    def __init__(
        self,
        out: IO[bytes],
        format: str,
        output_dir: Path | None,
        *,
        existing: Existing = "refuse",
        reads: Callable[[str], bool] = lambda path: False,
    ) -> None:
        self.out = out
        self.format = format
        self.output_dir = output_dir
        self.existing = existing
        self.reads = reads
        """Whether the run reads a path as a page: such a file is never written over."""
        self.count = 0
        self._folder: Path | None = None
        self._names: set[str] = set()

    def place(self, task: Task) -> Task | Held:
        """``task`` with the file its result goes to, or why it is not to be run."""
        if self.output_dir is None:
            return task
        first = task[0]
        target = self.output_dir / (first.output + EXTENSIONS[self.format])
        # Two pages of one folder that differ only in their suffix (a.html, a.txt) keep it.
        # The names are given in listing order, whatever the pages hold: a rerun finds the
        # same files (--skip-existing).
        if target.parent != self._folder:
            self._folder, self._names = target.parent, set()
        if target.name in self._names:
            suffix = Path(first.name).suffix
            target = self.output_dir / (first.output + suffix + EXTENSIONS[self.format])
        self._names.add(target.name)
        name = str(target)
        if os.path.lexists(target):
            if self.reads(name) or any(_same(target, page.path) for page in task):
                return Held(name=first.name, target=name, why="input")
            if self.existing != "overwrite":
                why: Literal["done", "exists"] = "done" if self.existing == "skip" else "exists"
                return Held(name=first.name, target=name, why=why)
        return (attrs.evolve(first, target=name), *task[1:])

    def start(self) -> None:
        """What comes before the first result: ``[`` of a JSON array, a CSV header."""
        if self.output_dir is not None:
            return
        if self.format == "json":
            self._write(b"[")
        elif self.format == "csv":
            self._write(csv_line(CSV_COLUMNS).encode("utf-8"))

    def add(self, result: Result) -> None:
        """Write one result, flushed at once."""
        if self.output_dir is not None:
            self._to_file(result)
            return
        if self.format == "json":
            # An item of the array, two spaces in (JSON text holds no raw newline in a string).
            item = b"  " + result.rendered.replace(b"\n", b"\n  ")
            self._write((b",\n" if self.count else b"\n") + item)
        elif self.format == "jsonl":
            self._write(result.rendered + b"\n")
        elif self.format == "csv":
            self._write(result.rendered)
        elif result.rendered:
            separator = SEPARATORS[self.format] if self.count else b""
            self._write(separator + result.rendered)
        else:
            return
        self.count += 1

    def finish(self) -> None:
        """What comes after the last result: the JSON array's ``]``."""
        if self.output_dir is None and self.format == "json":
            self._write(b"\n]\n" if self.count else b"]\n")

    def _write(self, data: bytes) -> None:
        try:
            self.out.write(data)
            self.out.flush()
        except BrokenPipeError:  # the reader left: not an error of the output
            raise
        except OSError as exc:
            raise OutputError("standard output", exc) from exc

    def _to_file(self, result: Result) -> None:
        if not result.rendered:
            return
        assert result.target is not None
        target = Path(result.target)
        data = result.rendered
        if self.format == "csv":
            data = csv_line(CSV_COLUMNS).encode("utf-8") + data
        elif not data.endswith(b"\n"):
            data += b"\n"
        # Hidden (a search leaves it out), and this process's own.
        temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(data)
            os.replace(temporary, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            raise OutputError(result.target, exc) from exc


def _same(target: Path, path: str | None) -> bool:
    """Whether ``target`` is the file ``path`` (under any name)."""
    try:
        return path is not None and os.path.samefile(target, path)
    except OSError:
        return False
