"""Writing the results: streamed to standard output, or one file per page (``--output-dir``)."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from xianfeng.cli._formats import CSV_COLUMNS, EXTENSIONS, SEPARATORS, Result, csv_line

__all__ = ["OutputError", "Writer"]


class OutputError(Exception):
    """The output cannot be written (a full disk, a file where a folder must go): the run
    stops, since what follows cannot be written either."""

    def __init__(self, where: str, error: OSError) -> None:
        super().__init__(f"cannot write {where}: {error.strerror or error}")
        self.where = where


class Writer:
    """Writes results to standard output (streamed) or one file per page (--output-dir)."""

    def __init__(self, out: IO[bytes], format: str, output_dir: Path | None) -> None:
        self.out = out
        self.format = format
        self.output_dir = output_dir
        self.count = 0
        self._folder: Path | None = None
        self._names: set[str] = set()

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
            item = "\n".join("  " + line for line in result.rendered.split("\n"))
            self._write((",\n" if self.count else "\n").encode("utf-8") + item.encode("utf-8"))
        elif self.format == "jsonl":
            self._write(result.rendered.encode("utf-8") + b"\n")
        elif self.format == "csv":
            self._write(result.rendered.encode("utf-8"))
        elif result.rendered:
            separator = SEPARATORS[self.format] if self.count else b""
            self._write(separator + result.rendered.encode("utf-8"))
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
        assert self.output_dir is not None
        target = self.output_dir / (result.output + EXTENSIONS[self.format])
        # Two pages of one folder that differ only in their suffix (a.html, a.txt) keep it.
        if target.parent != self._folder:
            self._folder, self._names = target.parent, set()
        if target.name in self._names:
            suffix = Path(result.name).suffix
            target = self.output_dir / (result.output + suffix + EXTENSIONS[self.format])
        self._names.add(target.name)
        data = result.rendered
        if self.format == "csv":
            data = csv_line(CSV_COLUMNS) + data
        elif not data.endswith("\n"):
            data += "\n"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data.encode("utf-8"))
        except OSError as exc:
            raise OutputError(str(target), exc) from exc
