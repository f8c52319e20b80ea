"""Benchmark the command line over a folder of many pages: pages per second and peak memory.

Not part of the test suite and never run in CI: timings need a quiet machine and a person
reading them. Run it from the repository root::

    python benchmarks/cli_bench.py                       # 10,000 pages, --jobs 1, 2, 4
    python benchmarks/cli_bench.py --pages 2000 --jobs 1 2 --format markdown

It copies the test fixtures (``tests/fixtures/*/page.*``) round-robin into a temporary folder
of ``--pages`` pages, 1,000 per sub-folder, like a site mirror; then, for each ``--jobs``
value, runs ``python -m xianfeng FOLDER --format FORMAT --jobs N`` with standard output to
``/dev/null``, ``--repeat`` times, and reports:

- **pages/s**: pages over the wall-clock time of the whole command (start-up, listing,
  parsing, rendering, writing), best of the repeats;
- **peak RSS**: the largest resident set of any one process of the run — the command or one
  of its workers — read from ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` in a fresh
  wrapper process per run, so that runs do not see each other's peaks;
- **CPU s**: the CPU time of all its processes (user and system), which, unlike the wall
  time, other load on the machine does not change much;
- the same at a tenth of the pages with ``--jobs 1``, to show that memory does not grow with
  the number of pages.

The load average at the start is printed: with other work running, ``--jobs`` cannot gain.

The command runs this checkout's ``src/`` (``PYTHONPATH``), whatever is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PER_FOLDER = 1000

# Runs one command and prints its wall time and its descendants' peak RSS (KiB on Linux).
_WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
summary = done.stderr.decode("utf-8").strip().splitlines()[-1]
print(json.dumps({"seconds": seconds, "peak_kib": usage.ru_maxrss, "status": done.returncode,
                  "cpu": usage.ru_utime + usage.ru_stime, "summary": summary}))
"""


def make_folder(target: Path, pages: int) -> None:
    """``pages`` copies of the fixture pages below ``target``, 1,000 per sub-folder."""
    sources = sorted(FIXTURES.glob("*/page.*"))
    for index in range(pages):
        source = sources[index % len(sources)]
        folder = target / f"{index // PER_FOLDER:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, folder / f"{index:05d}{source.suffix}")


def run(folder: Path, fmt: str, jobs: int) -> dict[str, object]:
    command = [sys.executable, "-m", "xianfeng", str(folder), "--format", fmt, "--jobs", str(jobs)]
    env = os.environ | {"PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--format", default="jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    print(
        f"# {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    )
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big", Path(tmp) / "small"
        make_folder(big, args.pages)
        make_folder(small, max(args.pages // 10, 1))
        size = sum(p.stat().st_size for p in big.rglob("*")) / 2**20
        print(
            f"# {args.pages:,} pages ({size:.1f} MiB), --format {args.format}, best of "
            f"{args.repeat}; load average {os.getloadavg()[0]:.2f} at the start\n"
        )
        print("| pages | --jobs | seconds | pages/s | CPU s | peak RSS of one process | summary |")
        print("|---:|---:|---:|---:|---:|---:|---|")
        rows = [(args.pages, big, jobs) for jobs in args.jobs]
        rows.append((max(args.pages // 10, 1), small, 1))
        for pages, folder, jobs in rows:
            best = min(
                (run(folder, args.format, jobs) for _ in range(args.repeat)),
                key=lambda result: float(result["seconds"]),  # type: ignore[arg-type]
            )
            seconds = float(best["seconds"])  # type: ignore[arg-type]
            peak = int(best["peak_kib"])  # type: ignore[call-overload]
            cpu = float(best["cpu"])  # type: ignore[arg-type]
            print(
                f"| {pages:,} | {jobs} | {seconds:.2f} | {pages / seconds:,.0f} | {cpu:.2f} | "
                f"{peak / 1024:.1f} MiB | {best['summary']} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
