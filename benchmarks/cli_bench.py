"""Benchmark the command line over a folder of many pages: pages per second, CPU, memory.

Not part of the test suite and never run in CI: timings need a quiet machine and a person
reading them. Run it from the repository root::

    python benchmarks/cli_bench.py                       # 10,000 pages, --jobs 1, 2, 4
    python benchmarks/cli_bench.py --pages 2150 --jobs 1 2 --source corpus --rounds 5
    python benchmarks/cli_bench.py --pages 2150 --jobs 1 2 --busy 1   # one core kept busy
    python benchmarks/cli_bench.py --costs               # what one page costs, and where

It copies pages round-robin into a temporary folder of ``--pages`` pages, 1,000 per
sub-folder, like a site mirror: the test fixtures (``tests/fixtures/*/page.*``, every one an
article) or, with ``--source corpus``, the real pages of ``tests/corpus/`` (some of which are
not articles). Then, ``--rounds`` times, it runs ``xianfeng FOLDER --format FORMAT --jobs N``
for each ``--jobs`` value in turn (the values interleaved, so that a change of load on the
machine falls on all of them alike), with standard output to ``/dev/null``, and reports for
each value the run with the shortest wall time:

- **seconds** and **pages/s**: the wall time of the whole command, from the interpreter's
  start (imports, listing, parsing, rendering, writing);
- **CPU s**: the CPU time (user and system) of the command's main process and of its
  workers, which, unlike the wall time, other load on the machine does not change much;
- **cores**: the cores the command kept busy (its CPU time over its wall time), and
  **others**: the cores other processes kept busy meanwhile (from ``/proc/stat``, Linux
  only) — a run can use only the cores that others leave;
- **peak RSS**: the largest resident set of any one process of the run (the command or one
  of its workers);
- the same at a tenth of the pages with ``--jobs 1``, to show that memory does not grow with
  the number of pages.

``--busy N`` keeps N other processes spinning during the runs, as other work on a shared
machine would. ``--costs`` measures, in this process, what each step costs per page:
parsing and rendering (a worker's work) against listing, sending pages and results between
processes, and writing (the main process's), and the command's start-up.

The command runs this checkout's ``src/`` (``PYTHONPATH``), or the one ``--src`` names (to
compare the runs of two versions), whatever is installed.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import pickle
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {
    "fixtures": ROOT / "tests" / "fixtures",
    "corpus": ROOT / "tests" / "corpus",
}
PER_FOLDER = 1000

# Runs the command's main() in this fresh process, standard output to /dev/null, and prints
# the CPU time of this process (the command's main process) and of its children (the
# workers), the peak RSS of either (KiB on Linux), and the summary line.
_WRAPPER = """
import json, os, resource, sys, tempfile
null = os.open(os.devnull, os.O_WRONLY)
report = os.dup(1)
os.dup2(null, 1)
err = tempfile.TemporaryFile()
os.dup2(err.fileno(), 2)
from xianfeng.cli import main
try:
    status = main(sys.argv[1:])
except SystemExit as exc:
    status = exc.code
me = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.flush()
err.seek(0)
summary = err.read().decode("utf-8").strip().splitlines()[-1]
os.write(report, json.dumps({
    "main_cpu": me.ru_utime + me.ru_stime,
    "workers_cpu": workers.ru_utime + workers.ru_stime,
    "peak_kib": max(me.ru_maxrss, workers.ru_maxrss),
    "status": status,
    "summary": summary,
}).encode())
"""


def make_folder(target: Path, pages: int, source: str) -> None:
    """``pages`` copies of the source pages below ``target``, 1,000 per sub-folder."""
    sources = sorted(SOURCES[source].glob("*/page.*"))
    for index in range(pages):
        page = sources[index % len(sources)]
        folder = target / f"{index // PER_FOLDER:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, folder / f"{index:05d}{page.suffix}")


def _busy_cores() -> tuple[int, int] | None:
    """The machine's (busy, all) CPU ticks so far, from /proc/stat; None elsewhere."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    ticks = [int(field) for field in fields[:8]]  # user … steal; guest is counted in user
    idle = ticks[3] + ticks[4]  # idle, iowait
    return sum(ticks) - idle, sum(ticks)


def run(folder: Path, fmt: str, jobs: int, src: Path) -> dict[str, Any]:
    """One run of the command; its figures."""
    command = [sys.executable, "-c", _WRAPPER, str(folder), "--format", fmt, "--jobs", str(jobs)]
    env = os.environ | {"PYTHONPATH": str(src)}
    before = _busy_cores()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    after = _busy_cores()
    result: dict[str, Any] = json.loads(done.stdout)
    result["seconds"] = seconds
    cores = (result["main_cpu"] + result["workers_cpu"]) / seconds
    result["cores"] = cores
    result["others"] = None
    if before is not None and after is not None:
        busy, ticks = after[0] - before[0], after[1] - before[1]
        result["others"] = max(0.0, busy / ticks * (os.cpu_count() or 1) - cores)
    return result


def _spin() -> None:
    while True:
        pass


@contextmanager
def busy(count: int) -> Iterator[None]:
    """``count`` processes spinning on a core each, as other work on the machine would."""
    spinners = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(count)]
    for spinner in spinners:
        spinner.start()
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.terminate()
            spinner.join()


def runs(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big", Path(tmp) / "small"
        make_folder(big, args.pages, args.source)
        make_folder(small, max(args.pages // 10, 1), args.source)
        size = sum(p.stat().st_size for p in big.rglob("*")) / 2**20
        print(
            f"# {args.pages:,} pages of {args.source} ({size:.1f} MiB), --format {args.format}, "
            f"the best of {args.rounds} rounds; {args.busy} other processes spinning; load "
            f"average {os.getloadavg()[0]:.2f} at the start\n"
        )
        print(
            "| pages | --jobs | seconds | median s | pages/s | speed-up | CPU s: main + workers "
            "| cores | others | peak RSS of one process | summary |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        rows = [(args.pages, big, jobs) for jobs in args.jobs]
        rows.append((max(args.pages // 10, 1), small, 1))
        timed: dict[tuple[int, int], list[dict[str, Any]]] = {(p, j): [] for p, _, j in rows}
        with busy(args.busy):
            for _ in range(args.rounds):
                for pages, folder, jobs in rows:
                    timed[pages, jobs].append(run(folder, args.format, jobs, args.src))
        one = min(r["seconds"] for r in timed[args.pages, args.jobs[0]])
        for pages, _, jobs in rows:
            best = min(timed[pages, jobs], key=lambda result: float(result["seconds"]))
            median = statistics.median(r["seconds"] for r in timed[pages, jobs])
            seconds = best["seconds"]
            others = "n/a" if best["others"] is None else f"{best['others']:.2f}"
            speed = f"{one / seconds:.2f}x" if pages == args.pages else "—"
            print(
                f"| {pages:,} | {jobs} | {seconds:.2f} | {median:.2f} | {pages / seconds:,.0f} "
                f"| {speed} | {best['main_cpu']:.2f} + {best['workers_cpu']:.2f} "
                f"| {best['cores']:.2f} | {others} | {best['peak_kib'] / 1024:.1f} MiB "
                f"| {best['summary']} |",
                flush=True,
            )


def _best(call: Callable[[], object], repeat: int = 5) -> float:
    fastest = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def costs(args: argparse.Namespace) -> None:
    """What each step costs per page, measured in this process on the pages of one folder."""
    sys.path.insert(0, str(ROOT / "src"))  # this checkout's steps, whatever --src says
    from xianfeng.cli._output import Writer
    from xianfeng.cli._pages import Finder
    from xianfeng.cli._work import Options, run

    env = os.environ | {"PYTHONPATH": str(args.src)}
    version = [sys.executable, "-m", "xianfeng", "--version"]
    started = _best(lambda: subprocess.run(version, env=env, capture_output=True, check=True))
    bare = [sys.executable, "-c", "pass"]
    interpreter = _best(lambda: subprocess.run(bare, env=env, capture_output=True, check=True))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        make_folder(folder, args.pages, args.source)

        def finder() -> Finder:
            return Finder([str(folder)], url=None, base_url=None, merge=False, stdin=bytes)

        tasks = list(finder().tasks())
        count = len(tasks)
        options = Options(format=args.format, strict=False)
        start = time.perf_counter()
        results = [run(task, options, None) for task in tasks]
        parse = time.perf_counter() - start
        # As the workers get them: chunks of 32 pages (and results).
        chunks = [tasks[i : i + 32] for i in range(0, count, 32)]
        sent = [results[i : i + 32] for i in range(0, count, 32)]
        blobs = [pickle.dumps(chunk) for chunk in sent]

        def write() -> None:
            with open(os.devnull, "wb") as null:
                writer = Writer(null, args.format, None)
                writer.start()
                for result in results:
                    writer.add(result)
                writer.finish()

        micro = 1e6 / count
        steps = [
            ("a worker", "parse and render", parse * micro),
            ("a worker", "pickle the results", _best(lambda: [pickle.dumps(c) for c in sent])),
            ("main", "list the pages", _best(lambda: list(finder().tasks()))),
            ("main", "pickle the pages", _best(lambda: [pickle.dumps(c) for c in chunks])),
            ("main", "unpickle the results", _best(lambda: [pickle.loads(b) for b in blobs])),
            ("main", "write the results", _best(write)),
        ]
    print(f"# {count:,} pages of {args.source}, --format {args.format}\n")
    print("| process | step | µs per page |")
    print("|---|---|---:|")
    for process, step, seconds in steps:
        cost = seconds if step == "parse and render" else seconds * micro
        print(f"| {process} | {step} | {cost:,.1f} |")
    print(f"\nresults: {sum(map(len, blobs)) / count / 1024:.1f} KiB per page, pickled")
    print(
        f"start-up: `xianfeng --version` {started * 1000:.0f} ms, of which the interpreter "
        f"{interpreter * 1000:.0f} ms and the imports {(started - interpreter) * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--format", default="jsonl")
    parser.add_argument("--source", choices=sorted(SOURCES), default="fixtures")
    parser.add_argument("--rounds", "--repeat", type=int, default=3)
    parser.add_argument("--busy", type=int, default=0, metavar="N")
    parser.add_argument("--costs", action="store_true")
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    args = parser.parse_args()
    print(
        f"# {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; {args.src}"
    )
    if args.costs:
        costs(args)
    else:
        runs(args)


if __name__ == "__main__":
    main()
