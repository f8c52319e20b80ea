"""Run the known faults of a batch run and of hostile pages; print what each one gives now.

The command's: overwritten inputs and outputs, Ctrl-C, SIGTERM and SIGKILL, a full disk,
folders named like pages, a terminal on standard input, the progress bar, the missing
options, two workers on two cores. The library's: codecs that are not text encodings, real
charset labels Python does not know, a page cut off in its body, characters that must not
reach a value. Not part of the test suite (each fault also has its tests): a check a person
runs, from the repository root, to see them all at once::

    python benchmarks/faults.py            # a Markdown table: fault, expected, got, holds
    python benchmarks/faults.py --only 3   # the rows of one item

The command's faults run ``python -m xianfeng`` in real processes, on copies of the test
pages in a temporary folder, each bounded in time; the library's call ``parse_article`` on
pages made hostile here. The script exits with 1 when a row does not hold.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import encodings
import encodings.aliases
import fcntl
import json
import os
import pkgutil
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import cli_bench  # noqa: E402 — the pages and the timed run of the command's benchmark

from xianfeng import ParseError, parse_article  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
SEED = FIXTURES / "html-seed-table-gb2312" / "page.html"  # GB2312 bytes, declared
UTF8 = FIXTURES / "html-div-utf8" / "page.html"
TEXT = ROOT / "examples" / "portal-article-page.txt"
DAOLI = ROOT / "tests" / "profile_pages" / "daoli-sister-site" / "page.html"
ENV = os.environ | {"PYTHONPATH": str(ROOT / "src")}
# Labels the WHATWG Encoding Standard knows and Python does not, seen on real pages; the
# `webencodings` package, when installed, adds the whole table.
WHATWG_LABELS = ("x-x-big5", "cn-big5", "csgb2312", "gb_2312", "unicode-1-1-utf-8", "x-gbk")


@dataclass
class Row:
    item: int
    fault: str
    expected: str
    got: str = ""
    holds: bool = False


FAULTS: list[tuple[int, str, str, Callable[[Path], tuple[str, bool]]]] = []


def fault(item: int, what: str, expected: str) -> Callable[..., object]:
    """Register a check: it gets a fresh folder and returns (what it got, whether it holds)."""

    def register(check: Callable[[Path], tuple[str, bool]]) -> Callable[[Path], tuple[str, bool]]:
        FAULTS.append((item, what, expected, check))
        return check

    return register


# --- running the command ----------------------------------------------------------------------


def xianfeng(
    *argv: str | Path,
    cwd: Path = ROOT,
    stdin: int | None = subprocess.DEVNULL,
    stdout: int | IO[bytes] = subprocess.PIPE,
    stderr: int = subprocess.PIPE,
) -> subprocess.CompletedProcess[bytes]:
    """One run of the command, to its end (two minutes at most)."""
    return subprocess.run(
        [sys.executable, "-m", "xianfeng", *map(str, argv)],
        cwd=cwd,
        env=ENV,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
        timeout=120,
        check=False,
    )


@contextlib.contextmanager
def started(*argv: str | Path, cwd: Path = ROOT) -> Iterator[subprocess.Popen[bytes]]:
    """The command, running in its own session, which is killed whatever happens."""
    process = subprocess.Popen(
        [sys.executable, "-m", "xianfeng", *map(str, argv)],
        cwd=cwd,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate(timeout=30)


def many(folder: Path, count: int = 3000) -> Path:
    """``count`` pages (links to the fixtures): seconds of work for a signal to interrupt."""
    folder.mkdir(parents=True)
    sources = sorted(FIXTURES.glob("*/page.*"))
    for index in range(count):
        source = sources[index % len(sources)]
        (folder / f"{index:05d}{source.suffix}").symlink_to(source)
    return folder


def first_records(process: subprocess.Popen[bytes], count: int = 2) -> bytes:
    assert process.stdout is not None
    out = b""
    deadline = time.monotonic() + 60
    while out.count(b'"file": ') < count and time.monotonic() < deadline:
        if select.select([process.stdout], [], [], 1)[0]:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            out += chunk
    return out


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            if int(stat.read_text().rpartition(")")[2].split()[1]) == pid:
                found.add(int(stat.parent.name))
    return found


def running(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        with contextlib.suppress(OSError):
            if Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z":
                alive.add(pid)
    return alive


def workers(process: subprocess.Popen[bytes]) -> set[int]:
    deadline = time.monotonic() + 30
    while len(found := running(children(process.pid))) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    return found


def left_after(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while running(pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return running(pids)


def last_line(err: bytes) -> str:
    lines = err.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else "(nothing)"


# --- the command: items 1 to 9 ----------------------------------------------------------------


@fault(1, "`xianfeng 001.html 002.html -f html -o .`", "inputs untouched, status 73")
def own_input(tmp: Path) -> tuple[str, bool]:
    for name in ("001.html", "002.html"):
        shutil.copy(SEED, tmp / name)
    statuses = [
        xianfeng("001.html", "002.html", "-f", "html", "-o", ".", *extra, cwd=tmp).returncode
        for extra in ([], ["--overwrite"])
    ]
    untouched = all((tmp / name).read_bytes() == SEED.read_bytes() for name in ("001.html",))
    got = f"status {statuses[0]} (and {statuses[1]} with --overwrite); inputs "
    return got + ("untouched" if untouched else "REPLACED"), untouched and statuses == [73, 73]


@fault(1, "a rerun with `-o DIR` over an earlier run's files", "files kept, status 73")
def rerun(tmp: Path) -> tuple[str, bool]:
    shutil.copy(SEED, tmp / "a.html")
    xianfeng("a.html", "-o", "out", cwd=tmp)
    (tmp / "out" / "a.json").write_text("mine", "utf-8")
    done = xianfeng("a.html", "-o", "out", cwd=tmp)
    kept = (tmp / "out" / "a.json").read_text("utf-8") == "mine"
    got = f"status {done.returncode}, file {'kept' if kept else 'OVERWRITTEN'}"
    return got, kept and done.returncode == 73


@fault(1, "`--skip-existing` after a stopped run", "only the missing page parsed")
def resume(tmp: Path) -> tuple[str, bool]:
    for name in ("a.html", "b.html", "c.html"):
        shutil.copy(SEED, tmp / name)
    xianfeng(".", "-o", "out", cwd=tmp)
    (tmp / "out" / "b.json").unlink()
    done = xianfeng(".", "-o", "out", "--skip-existing", cwd=tmp)
    summary = last_line(done.stderr)
    return f"{summary} (status {done.returncode})", summary.endswith(
        "1 parsed, 0 failed, 2 skipped"
    )


@fault(1, "SIGKILL during `-o DIR`", "no half-written file")
def killed_output(tmp: Path) -> tuple[str, bool]:
    pages, out = many(tmp / "pages"), tmp / "out"
    with started(pages, "-j", "2", "-o", out) as process:
        deadline = time.monotonic() + 60
        while len(list(out.rglob("*.json"))) < 50 and time.monotonic() < deadline:
            time.sleep(0.02)
        process.kill()
    written = list(out.rglob("*.json"))
    whole = sum(1 for path in written if "article" in json.loads(path.read_bytes() or b"{}"))
    return f"{whole} of {len(written)} files whole", bool(written) and whole == len(written)


@fault(2, "Ctrl-C during a `-f json` run", "valid JSON, summary, status 130")
def ctrl_c(tmp: Path) -> tuple[str, bool]:
    with started(many(tmp / "pages"), "-j", "2") as process:
        head = first_records(process)
        os.killpg(process.pid, signal.SIGINT)  # as a terminal does
        out, err = process.communicate(timeout=30)
    try:
        valid = f"{len(json.loads(head + out))} records, valid JSON"
    except ValueError:
        valid = "INVALID JSON"
    got = f"{valid}; `{last_line(err)}`; status {process.returncode}"
    return got, "valid" in valid and "interrupted" in last_line(err) and process.returncode == 130


@fault(2, "SIGTERM during a `-f jsonl` stream", "ends on a whole line, status 143")
def sigterm_stream(tmp: Path) -> tuple[str, bool]:
    with started(many(tmp / "pages"), "-j", "2", "-f", "jsonl") as process:
        head = first_records(process)
        process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=30)
    lines = (head + out).splitlines(keepends=True)
    whole = all(line.endswith(b"\n") and json.loads(line) for line in lines)
    got = f"{len(lines)} lines, {'all whole' if whole else 'CUT'}; status {process.returncode}"
    return got, whole and process.returncode == 143


@fault(3, "SIGTERM to the command with `-j 2`", "no worker left after 10 s")
def sigterm_workers(tmp: Path) -> tuple[str, bool]:
    with started(many(tmp / "pages"), "-j", "2", "-f", "jsonl") as process:
        first_records(process)
        pids = workers(process)
        process.send_signal(signal.SIGTERM)
        left = left_after(pids, 10)
    return f"{len(pids)} workers, {len(left)} left", bool(pids) and not left


@fault(3, "SIGKILL to the command with `-j 2`", "no worker left after 10 s")
def sigkill_workers(tmp: Path) -> tuple[str, bool]:
    with started(many(tmp / "pages"), "-j", "2", "-f", "jsonl") as process:
        first_records(process)
        pids = workers(process)
        process.kill()
        left = left_after(pids, 10)
    return f"{len(pids)} workers, {len(left)} left", bool(pids) and not left


@fault(4, "`xianfeng page > /dev/full`", "one line, status 74")
def full_disk(tmp: Path) -> tuple[str, bool]:
    if not Path("/dev/full").exists():
        return "no /dev/full here", True
    with open("/dev/full", "wb") as full:
        done = xianfeng(SEED, stdout=full, stderr=subprocess.PIPE)
    lines = done.stderr.decode("utf-8").strip().splitlines()
    got = f"{len(lines)} line(s): `{last_line(done.stderr)}`; status {done.returncode}"
    return got, len(lines) == 1 and "Traceback" not in lines[0] and done.returncode == 74


@fault(5, "a folder `x.html/` with no page in it", "a failed record, status 1")
def page_folder(tmp: Path) -> tuple[str, bool]:
    (tmp / "x.html").mkdir()
    done = xianfeng(".", "-f", "jsonl", cwd=tmp)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    errors = [record["error"]["type"] for record in records if "error" in record]
    return f"records {errors}; status {done.returncode}", errors == ["IsADirectoryError"]


@fault(6, "no argument, at a terminal", "the usage, status 2, at once")
def terminal(tmp: Path) -> tuple[str, bool]:
    import pty

    leader, follower = pty.openpty()
    try:
        done = xianfeng(stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except subprocess.TimeoutExpired:
        return "WAITED for standard input", False
    finally:
        os.close(leader)
        os.close(follower)
    usage = done.stderr.startswith(b"usage: xianfeng")
    got = f"{'the usage' if usage else 'no usage'}; status {done.returncode}"
    return got, usage and done.returncode == 2


@fault(7, "the progress bar, on a terminal", "the total and the time left")
def progress(tmp: Path) -> tuple[str, bool]:
    import pty

    try:
        import tqdm  # noqa: F401 — only whether the optional `cli` extra is there
    except ImportError:
        return "tqdm not installed: no bar (as documented)", True
    leader, follower = pty.openpty()
    # A terminal of 80 columns: a new pseudo-terminal has none, and the bar would fit in none.
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    try:
        xianfeng(SEED, SEED, SEED, "-j", "1", stdout=subprocess.DEVNULL, stderr=follower)
        shown = b""
        while select.select([leader], [], [], 0.5)[0]:
            shown += os.read(leader, 65536)
    finally:
        os.close(leader)
        os.close(follower)
    bar = re.search(rb"\| 3/3 \[[0-9:]+<[0-9:]+", shown)
    return (f"`{bar.group().decode()}…`" if bar else "no total or time left"), bar is not None


@fault(8, "`--profile daoli.json` on a sister site's page", "its source found")
def profile(tmp: Path) -> tuple[str, bool]:
    settings = {
        "labels": {"source": ["稿件来处"]},
        "end_markers": ["顶一下"],
        "body": ["#artibody"],
    }
    (tmp / "daoli.json").write_text(json.dumps(settings, ensure_ascii=False), "utf-8")
    done = xianfeng("--profile", tmp / "daoli.json", DAOLI)
    source = json.loads(done.stdout)[0]["article"]["source"] if done.returncode == 0 else None
    return f"source {source!r}; status {done.returncode}", source == "道里区委组织部"


@fault(8, "`-i LIST`, `-q`, `-v`", "the listed pages; silence; a line per page")
def flags(tmp: Path) -> tuple[str, bool]:
    (tmp / "list.txt").write_text(f"{SEED}\n\n{TEXT}\n", "utf-8")
    listed = xianfeng("-i", tmp / "list.txt", "-f", "jsonl", "-j", "1")
    (tmp / "empty.txt").write_bytes(b"")
    quiet = xianfeng("-q", tmp / "empty.txt")
    verbose = xianfeng("-v", "-j", "1", SEED, TEXT)
    counts = (
        len(listed.stdout.splitlines()),
        len(quiet.stderr),
        len(verbose.stderr.splitlines()),
    )
    got = f"{counts[0]} records; {counts[1]} bytes on stderr with -q; {counts[2]} lines with -v"
    return got, counts == (2, 0, 3)


@fault(9, "`-j 2` against `-j 1`, 600 pages", "faster, or other load on the cores")
def jobs(tmp: Path) -> tuple[str, bool]:
    cli_bench.make_folder(tmp / "pages", 600, "fixtures")
    one, two = (cli_bench.run(tmp / "pages", "jsonl", n, ROOT / "src") for n in (1, 2))
    gain = one["seconds"] / two["seconds"]
    others = two["others"]
    busy = others is not None and others > 0.5
    load = "?" if others is None else f"{others:.2f}"
    return f"{gain:.2f}x; other processes kept {load} cores busy", gain > 1.1 or busy


# --- the library: items 10 to 13 --------------------------------------------------------------


def _outcome(page: str | bytes, *, encoding: str | None = None) -> str:
    """What ``parse_article`` gives: an Article, a ParseError, or another exception."""
    try:
        parse_article(page, encoding=encoding)
    except ParseError as exc:
        return f"ParseError ({type(exc).__name__})"
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return "Article"


def _declared(label: str) -> bytes:
    return re.sub(rb"charset=gb2312", b"charset=" + label.encode(), SEED.read_bytes())


def _labels() -> list[str]:
    names = set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values())
    names |= {module.name for module in pkgutil.iter_modules(encodings.__path__)}
    names |= set(WHATWG_LABELS)
    with contextlib.suppress(ImportError):
        import webencodings

        names |= set(webencodings.LABELS)
    return sorted(name for name in names if name.isascii() and name.isprintable() and name)


def _allowed(outcome: str, *, argument: bool) -> bool:
    """An Article or a ParseError; for a bad ``encoding=``, a ValueError naming it too."""
    named = outcome.startswith("ValueError") and "encoding" in outcome
    return outcome == "Article" or outcome.startswith("ParseError") or (argument and named)


@fault(
    10,
    "`<meta charset=zlib>` (base64, rot13, hex, uu, bz2, quopri, zip; undefined)",
    "an Article or a ParseError",
)
def meta_codecs(tmp: Path) -> tuple[str, bool]:
    labels = ["zlib", "base64", "rot13", "hex", "uu", "bz2", "quopri", "zip", "undefined"]
    outcomes = {label: _outcome(_declared(label)) for label in labels}
    bad = {label: o for label, o in outcomes.items() if not _allowed(o, argument=False)}
    if not bad:
        return "none escapes", True
    return f"{len(bad)} of {len(labels)} escape, e.g. {next(iter(bad.values()))}", False


@fault(
    10,
    '`encoding="zlib"`, `encoding="\\x00"`',
    "an Article, a ParseError, or a ValueError naming `encoding`",
)
def argument_codecs(tmp: Path) -> tuple[str, bool]:
    page = SEED.read_bytes()
    got = {label: _outcome(page, encoding=label) for label in ("zlib", "\x00")}
    holds = all(_allowed(o, argument=True) for o in got.values())
    return "; ".join(f"{label!r}: {o}" for label, o in got.items()), holds


@fault(
    10,
    "every codec name and alias Python knows, and WHATWG labels, as `<meta charset>` "
    "and as `encoding=`",
    "no other exception",
)
def sweep(tmp: Path) -> tuple[str, bool]:
    escaped: dict[str, int] = {}
    labels = _labels()
    page = SEED.read_bytes()
    for label in labels:
        for outcome, argument in (
            (_outcome(_declared(label)), False),
            (_outcome(page, encoding=label), True),
        ):
            if not _allowed(outcome, argument=argument):
                kind = outcome.split(":")[0]
                escaped[kind] = escaped.get(kind, 0) + 1
    got = ", ".join(f"{count} {kind}" for kind, count in sorted(escaped.items())) or "none"
    return f"{len(labels)} labels, twice each; escaped: {got}", not escaped


def _big5(label: str | None) -> bytes:
    page = UTF8.read_text("utf-8")
    page = page.replace('<meta charset="utf-8">', f'<meta charset="{label}">' if label else "")
    return page.encode("big5", "xmlcharrefreplace")


@fault(11, "a Big5 page declared `x-x-big5`, `cn-big5`; and one undeclared", "parsed as Big5")
def big5(tmp: Path) -> tuple[str, bool]:
    got: dict[str, str] = {}
    for label in ("x-x-big5", "cn-big5", None):
        try:
            got[label or "undeclared"] = str(parse_article(_big5(label)).encoding)
        except Exception as exc:
            got[label or "undeclared"] = type(exc).__name__
    holds = all(_is_big5(encoding) for encoding in got.values())
    return "; ".join(f"{label}: {encoding}" for label, encoding in got.items()), holds


def _is_big5(encoding: str) -> bool:
    with contextlib.suppress(LookupError):
        return codecs.lookup(encoding).name in ("big5", "cp950", "big5hkscs")
    return False


@fault(12, "a page cut off mid-tag in its body", "a `*.truncated` warning")
def cut(tmp: Path) -> tuple[str, bool]:
    page = SEED.read_bytes()
    body = page.index(b"<body")
    third = [m.start() for m in re.finditer(rb"<p\b", page[body:])][2] + body
    try:
        codes = [w.code for w in parse_article(page[: third + 4]).warnings]
    except ParseError as exc:
        return f"{type(exc).__name__}: {exc}", False
    return f"warnings {codes}", any(code.endswith("truncated") for code in codes)


@fault(13, "a lone surrogate in `str` input", "none in the output, and a warning")
def surrogate(tmp: Path) -> tuple[str, bool]:
    text = TEXT.read_text("utf-8")
    article = parse_article(text)
    first = article.sections[0].paragraphs[0]
    spoilt = text.replace(first[:6], first[:3] + "\ud800" + first[3:6], 1)
    result = parse_article(spoilt)
    dumped = json.dumps(result.to_dict(), ensure_ascii=False)
    try:
        dumped.encode("utf-8")
        kept = False
    except UnicodeEncodeError:
        kept = True
    new = sorted({w.code for w in result.warnings} - {w.code for w in article.warnings})
    got = f"surrogate {'KEPT' if kept else 'gone'}; new warnings {new}"
    return got, not kept and bool(new)


@fault(13, "a soft hyphen (U+00AD) in a title", "not in `Article.title`")
def soft_hyphen(tmp: Path) -> tuple[str, bool]:
    text = TEXT.read_text("utf-8")
    title = parse_article(text).title
    assert title is not None
    spoilt = text.replace(title, title[:4] + "\u00ad" + title[4:])
    kept = "\u00ad" in (parse_article(spoilt).title or "")
    return f"U+00AD {'KEPT' if kept else 'gone'}", not kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", type=int, metavar="ITEM", help="the rows of one item")
    args = parser.parse_args()
    rows = []
    for item, what, expected, check in FAULTS:
        if args.only is not None and item != args.only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            row = Row(item, what, expected)
            try:
                row.got, row.holds = check(Path(tmp))
            except Exception as exc:  # a check that breaks is a row that does not hold
                row.got = f"the check failed: {type(exc).__name__}: {exc}"
        rows.append(row)
        print(f"{item:>2} {'holds' if row.holds else 'FAILS'}  {what}", file=sys.stderr)
    print("| item | fault | expected | got | holds |")
    print("|---:|---|---|---|---|")
    for row in rows:
        got = row.got.replace("|", "\\|")
        holds = "yes" if row.holds else "**no**"
        print(f"| {row.item} | {row.fault} | {row.expected} | {got} | {holds} |")
    return 0 if all(row.holds for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
