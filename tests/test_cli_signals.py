"""The command under signals, in real processes: Ctrl-C and SIGTERM stop it cleanly, and no
worker outlives the main process, whatever signal it gets.

Every test is bounded in time and kills what it started (its own session) when it ends.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import signal
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="signals to a process group, and /proc to find workers"
)


@pytest.fixture(scope="module")
def many_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 pages (links to the fixture pages): seconds of work, so a signal finds it busy."""
    folder = tmp_path_factory.mktemp("many")
    sources = sorted(FIXTURES.glob("*/page.*"))
    for index in range(3000):
        source = sources[index % len(sources)]
        (folder / f"{index:05d}{source.suffix}").symlink_to(source)
    return folder


@pytest.fixture
def start() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Commands started by a test; each is killed with its whole session at the end."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate(timeout=10)


def command(started: list[subprocess.Popen[bytes]], *argv: str | Path) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "xianfeng", *map(str, argv)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,  # its own process group: a terminal's Ctrl-C, and the cleanup
    )
    started.append(process)
    return process


def read_until(process: subprocess.Popen[bytes], records: int, timeout: float = 30) -> bytes:
    """Standard output until it holds ``records`` records (the command is then parsing)."""
    assert process.stdout is not None
    out = b""
    deadline = time.monotonic() + timeout
    while out.count(b'"file": ') < records:
        remaining = deadline - time.monotonic()
        assert remaining > 0, f"no {records} records in {timeout} s: {out[-200:]!r}"
        ready, _, _ = select.select([process.stdout], [], [], remaining)
        if ready:
            chunk = os.read(process.stdout.fileno(), 65536)
            assert chunk, "the command ended before it was signalled"
            out += chunk
    return out


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid``."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:  # it ended meanwhile
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def workers_of(process: subprocess.Popen[bytes], count: int, timeout: float = 30) -> set[int]:
    deadline = time.monotonic() + timeout
    while len(found := {pid for pid in children(process.pid) if alive(pid)}) < count:
        assert time.monotonic() < deadline, f"fewer than {count} workers after {timeout} s"
        time.sleep(0.05)
    return found


def wait_gone(pids: set[int], timeout: float) -> set[int]:
    """Those of ``pids`` still running after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while (left := {pid for pid in pids if alive(pid)}) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def _waiting(pipe: int) -> int:
    """The bytes waiting in ``pipe``."""
    return int.from_bytes(fcntl.ioctl(pipe, termios.FIONREAD, b"\0" * 4), sys.byteorder)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_ends_the_json_array_prints_the_summary_and_exits_130(
    many_pages: Path, start: list[subprocess.Popen[bytes]], jobs: str
) -> None:
    process = command(start, many_pages, "--jobs", jobs)
    head = read_until(process, 2)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: to the command and its workers
    out, err = process.communicate(timeout=15)
    records = json.loads(head + out)
    assert 2 <= len(records) < 3000
    lines = err.decode("utf-8").splitlines()
    assert lines[-1] == f"{len(records)} pages: {len(records)} parsed, 0 failed; interrupted"
    assert "Traceback" not in err.decode("utf-8")
    assert process.returncode == 130


def test_sigterm_stops_cleanly_and_leaves_no_worker(
    many_pages: Path, start: list[subprocess.Popen[bytes]]
) -> None:
    process = command(start, many_pages, "--jobs", "2", "--format", "jsonl")
    head = read_until(process, 2)
    workers = workers_of(process, 2)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=15)
    assert process.returncode == 128 + signal.SIGTERM
    lines = (head + out).decode("utf-8").splitlines()
    assert all(json.loads(line)["file"] for line in lines)  # every line whole
    assert err.decode("utf-8").endswith("; interrupted\n")
    assert wait_gone(workers, 10) == set()


def test_sigkill_of_the_command_takes_its_workers_with_it(
    many_pages: Path, start: list[subprocess.Popen[bytes]]
) -> None:
    process = command(start, many_pages, "--jobs", "2", "--format", "jsonl")
    read_until(process, 2)
    workers = workers_of(process, 2)
    process.kill()
    process.communicate(timeout=15)
    assert wait_gone(workers, 10) == set()


def test_a_second_ctrl_c_stops_at_once(
    many_pages: Path, start: list[subprocess.Popen[bytes]]
) -> None:
    """Blocked on a reader that reads nothing, the command still stops on a second Ctrl-C."""
    process = command(start, many_pages, "--jobs", "2", "--format", "jsonl")
    workers = workers_of(process, 2)
    assert process.stdout is not None
    pipe = process.stdout.fileno()
    deadline = time.monotonic() + 30
    before, full = -1, fcntl.fcntl(pipe, fcntl.F_GETPIPE_SZ) // 2
    # Until the pipe is (almost) full and stays so: the command waits in a write.
    while (waiting := _waiting(pipe)) < full or waiting != before:
        assert time.monotonic() < deadline, "the command never filled its pipe"
        before = waiting
        time.sleep(0.3)
    os.killpg(process.pid, signal.SIGINT)
    time.sleep(0.2)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=15)
    assert process.returncode == 130
    assert err.decode("utf-8").endswith("; stopped at once\n")
    assert "Traceback" not in err.decode("utf-8")
    assert wait_gone(workers, 10) == set()


def test_a_killed_run_leaves_no_half_written_file(
    many_pages: Path, start: list[subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    process = command(start, many_pages, "--jobs", "2", "--output-dir", out)
    deadline = time.monotonic() + 30
    while len(list(out.rglob("*.json"))) < 50:
        assert time.monotonic() < deadline, "fewer than 50 files written in 30 s"
        time.sleep(0.02)
    process.kill()
    process.communicate(timeout=15)
    written = list(out.rglob("*.json"))
    assert all(not path.name.startswith(".") for path in written)
    assert all("article" in json.loads(path.read_bytes()) for path in written)


def test_sigterm_to_the_process_group_stops_cleanly(
    many_pages: Path, start: list[subprocess.Popen[bytes]]
) -> None:
    """As a service manager stops a job: SIGTERM to the command and its workers at once."""
    process = command(start, many_pages, "--jobs", "2")
    head = read_until(process, 2)
    workers = workers_of(process, 2)
    os.killpg(process.pid, signal.SIGTERM)
    out, err = process.communicate(timeout=15)
    assert process.returncode == 128 + signal.SIGTERM
    assert 2 <= len(json.loads(head + out)) < 3000
    assert err.decode("utf-8").endswith("; interrupted\n")
    assert "Traceback" not in err.decode("utf-8")
    assert wait_gone(workers, 10) == set()


def test_a_worker_killed_from_outside_stops_the_run_saying_so(
    start: list[subprocess.Popen[bytes]],
) -> None:
    """As the out-of-memory killer would. The worker is killed while it waits for work (the
    command waits on standard input, its last page), not while it hands back results."""
    pages = [FIXTURES / "html-seed-table-gb2312" / "page.html"] * 3
    process = subprocess.Popen(
        [sys.executable, "-m", "xianfeng", "--jobs", "2", *map(str, pages), "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,
    )
    start.append(process)
    workers = workers_of(process, 2)
    deadline = time.monotonic() + 30
    while not all(idle(pid) for pid in workers):  # the three pages done
        assert time.monotonic() < deadline, "the workers never went idle"
        time.sleep(0.05)
    os.kill(min(workers), signal.SIGKILL)
    time.sleep(2)  # the pool sees a worker end at once; on a loaded machine, give it time
    out, err = process.communicate((ROOT / "examples" / "portal-article-page.txt").read_bytes(), 15)
    assert process.returncode == 1
    assert isinstance(json.loads(out), list)  # the array is still closed
    assert err.decode("utf-8").endswith("; stopped: a worker process ended unexpectedly\n")
    assert "Traceback" not in err.decode("utf-8")
    assert wait_gone(workers, 10) == set()


def idle(pid: int, seconds: float = 0.3) -> bool:
    """Whether ``pid`` used no CPU for ``seconds``."""

    def ticks() -> int:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        return int(fields[11]) + int(fields[12])  # utime, stime

    before = ticks()
    time.sleep(seconds)
    return ticks() == before
