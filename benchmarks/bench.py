"""Benchmark ``parse_article`` against the bare lxml parse of the same page.

Not part of the test suite and never run in CI: timings need a quiet machine and a human
reading them. Run it from the repository root::

    python benchmarks/bench.py                  # HTML and text paths vs their floors
    python benchmarks/bench.py --peers          # + GNE, trafilatura, readability-lxml
    python benchmarks/bench.py --corpus         # + the real pages of tests/corpus/
    python benchmarks/bench.py --scale          # time per KiB at 1 … 5,000 body paragraphs
    python benchmarks/bench.py --memory         # peak memory per parse vs the floor's
    python benchmarks/bench.py --profile        # cProfile of parse_article, top 25
    python benchmarks/bench.py --stages         # µs per page in each stage of the pipeline
    python benchmarks/bench.py --json > out.json   # or --json out.json: tables and a file
    python benchmarks/bench.py --against 8bb5690   # + that commit's parse_article, same run

The peers come with the optional extra: ``pip install -e '.[bench]'``.

How it times (see docs/performance.md for what each number means):

- every contestant runs in this one process, interleaved: each round walks every page, and on
  each page calls every contestant, in an order that is reversed every other round, so drift
  (thermal, frequency, a neighbour's load) hits every contestant alike;
- ``--warmup`` untimed rounds first (imports, lxml's parser, first-call caches);
- before each timed call ``gc.collect()`` runs outside the timed region, and the collector is
  disabled inside it (``gc.disable()``; ``--keep-gc`` leaves it running), so no contestant
  pays for another's garbage; objects that survive warm-up are frozen (``gc.freeze()``) to
  keep those collections cheap. Freeing the result is not timed either, for any contestant;
- ``time.perf_counter_ns`` around exactly one call;
- every parse meets its page as new: the parser's memory of folded lines is emptied before
  each timed call, outside the timed region (a batch of one site's pages gains from it; a
  benchmark that repeats its pages would gain more than any real batch);
- ``--against REV`` adds the package as it was at a git commit, imported under another name
  from ``git archive``, as one more contestant of the same run: its ratio to the current
  package is the median over rounds of the two totals' ratio;
- the headline is the **ratio to the floor** per round (the contestant's time for all pages of
  the round over the floor's), reported as the median and p10-p90 over rounds.

``--memory`` measures one parse's peak RSS growth in a fresh interpreter per contestant and
page (VmHWM, the counter behind ``resource.getrusage``'s ``ru_maxrss``) and its peak Python
heap (``tracemalloc``, which does not see libxml2's allocations). ``--profile`` prints
cProfile's top entries for ``parse_article`` over every fixture.

The HTML floor is ``lxml.html.fromstring(page_bytes)``, the text floor
``unicodedata.normalize("NFKC", text).splitlines()``. ``parse_article`` and the HTML floor get
the page's bytes; the text path and the peers get ``str`` decoded before timing (with the
encoding ``parse_article`` detected), so the peers are not charged for decoding.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import datetime
import gc
import html
import importlib.metadata
import io
import itertools
import json
import os
import platform
import pstats
import re
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import tracemalloc
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter_ns
from typing import Any, Literal

import lxml.etree
import lxml.html

from xianfeng import Article, NotAnArticleError, Paragraph, _chars, parse_article

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = ROOT / "tests" / "corpus"
SCALE_SIZES = (1, 10, 100, 1_000, 5_000)
MEMORY_SIZES = (1_000, 5_000)
# Below this the floor's RSS growth is mostly malloc's bookkeeping, not the parse: no ratio.
RSS_MEASURABLE_KIB = 512
PEERS_HINT = "pip install -e '.[bench]' (with an old pip, one at a time: see docs/performance.md)"

Json = dict[str, Any]
Input = Literal["bytes", "str"]


# ---------------------------------------------------------------------------------------------
# Pages and contestants


@dataclass(frozen=True)
class Page:
    """One page in the forms the contestants take."""

    name: str
    data: bytes
    """The page as served: what ``parse_article`` and the HTML floor receive."""
    text: str
    """Decoded with the encoding ``parse_article`` detected: what the peers receive."""
    encoding: str


@dataclass(frozen=True)
class Contestant:
    name: str
    short: str
    """A column header."""
    fn: Callable[[Any], object]
    takes: Input
    floor: bool = False
    reset: Callable[[], None] | None = None
    """Run before each timed call, untimed: empties what the parser remembers of lines."""

    def arg(self, page: Page) -> bytes | str:
        return page.data if self.takes == "bytes" else page.text


def load_pages(fixtures: Path, pattern: str, *, articles_only: bool = False) -> list[Page]:
    """Every fixture matching ``pattern`` (globbed now: fixtures are added over time).

    ``articles_only`` leaves out the pages ``parse_article`` refuses (the corpus keeps a few
    non-articles to test the refusals; a refusal is not a parse to time).
    """
    pages = []
    for path in sorted(fixtures.glob(pattern)):
        data = path.read_bytes()
        try:
            article = parse_article(data)
        except NotAnArticleError:
            if articles_only:
                continue
            raise
        encoding = article.encoding or "utf-8"
        pages.append(Page(path.parent.name, data, data.decode(encoding), encoding))
    if not pages:
        raise SystemExit(f"bench: no fixtures match {fixtures / pattern}")
    return pages


def floor_reads(page: Page) -> bool:
    """Whether the floor reads the page: lxml given the bytes builds at least half the tree it
    builds from the decoded text (a wrong charset declaration stops it after the head)."""
    from_bytes = sum(1 for _ in lxml.html.fromstring(page.data).iter())
    from_text = sum(1 for _ in lxml.html.fromstring(page.text).iter())
    return 2 * from_bytes >= from_text


def _nfkc_lines(text: str) -> list[str]:
    return unicodedata.normalize("NFKC", text).splitlines()


HTML_FLOOR = Contestant(
    "lxml.html.fromstring (floor)", "floor", lxml.html.fromstring, "bytes", floor=True
)
HTML_XIANFENG = Contestant(
    "parse_article(bytes)", "xianfeng", parse_article, "bytes", reset=_chars._FOLDED.clear
)
TEXT_FLOOR = Contestant("NFKC + splitlines (floor)", "floor", _nfkc_lines, "str", floor=True)
TEXT_XIANFENG = Contestant(
    "parse_article(text)", "xianfeng", parse_article, "str", reset=_chars._FOLDED.clear
)


def load_revision(rev: str) -> tuple[Contestant, Contestant]:
    """The HTML and text contestants of ``parse_article`` as it was at git commit ``rev``:
    ``src/xianfeng`` of that commit, from ``git archive``, imported as a package of another
    name (its own imports renamed to match), so both versions run in this one process."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", f"{rev}^{{commit}}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    name = f"xianfeng_at_{commit}"
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "src/xianfeng"],
        capture_output=True,
        check=True,
    ).stdout
    where = Path(tempfile.mkdtemp(prefix="xianfeng-bench-"))
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(where, filter="data")
    package = where / name
    (where / "src" / "xianfeng").rename(package)
    imports = re.compile(r"^(\s*(?:from|import)\s+)xianfeng\b", re.MULTILINE)
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        source.write_text(imports.sub(rf"\g<1>{name}", text), encoding="utf-8")
    sys.path.insert(0, str(where))
    old = importlib.import_module(name)
    memory = getattr(importlib.import_module(f"{name}._chars"), "_FOLDED", None)
    reset = None if memory is None else memory.clear
    label = f"parse_article at {commit}"
    return (
        Contestant(f"{label} (bytes)", commit, old.parse_article, "bytes", reset=reset),
        Contestant(f"{label} (text)", commit, old.parse_article, "str", reset=reset),
    )


def load_peers() -> list[Contestant]:
    """The peer extractors that are installed; a note on stderr for each one that is not."""
    peers: list[Contestant] = []
    try:
        from gne import GeneralNewsExtractor  # type: ignore[import-untyped]
    except ImportError:
        _note(f"GeneralNewsExtractor (gne) is not installed; skipped. {PEERS_HINT}")
    else:

        def gne(page: str) -> object:
            return GeneralNewsExtractor().extract(page)

        peers.append(Contestant("GNE extract", "gne", gne, "str"))
    try:
        from trafilatura import bare_extraction
    except ImportError:
        _note(f"trafilatura is not installed; skipped. {PEERS_HINT}")
    else:

        def trafilatura(page: str) -> object:
            return bare_extraction(page, with_metadata=True)

        peers.append(Contestant("trafilatura bare_extraction", "trafilatura", trafilatura, "str"))
    try:
        from readability import Document  # type: ignore[import-untyped]
    except ImportError:
        _note(f"readability-lxml is not installed; skipped. {PEERS_HINT}")
    else:

        def readability(page: str) -> object:
            return Document(page).summary()

        peers.append(Contestant("readability-lxml summary", "readability", readability, "str"))
    return peers


def _note(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# Timing


@dataclass(frozen=True)
class Samples:
    """``ns[c][r][p]``: nanoseconds of contestant ``c`` on page ``p`` in round ``r``."""

    contestants: tuple[Contestant, ...]
    pages: tuple[Page, ...]
    ns: tuple[tuple[tuple[int, ...], ...], ...]


def smoke(contestants: Sequence[Contestant], pages: Sequence[Page]) -> list[Contestant]:
    """Contestants that run on every page; a peer that raises is dropped with a note."""
    kept = []
    for contestant in contestants:
        try:
            for page in pages:
                contestant.fn(contestant.arg(page))
        except Exception as exc:
            if contestant.floor or contestant.fn is parse_article:
                raise
            _note(f"{contestant.name} failed on {page.name} ({exc!r}); dropped")
            continue
        kept.append(contestant)
    return kept


def run_interleaved(
    contestants: Sequence[Contestant],
    pages: Sequence[Page],
    *,
    rounds: int,
    warmup: int,
    keep_gc: bool = False,
) -> Samples:
    """Time every contestant on every page, round-robin, alternating the contestants' order.

    ``keep_gc`` leaves the cyclic collector running inside the timed region, as in production.
    """
    args = [[c.arg(p) for p in pages] for c in contestants]
    order = list(range(len(contestants)))
    for _ in range(warmup):
        for p in range(len(pages)):
            for c in order:
                contestants[c].fn(args[c][p])
    ns = [[[0] * len(pages) for _ in range(rounds)] for _ in contestants]
    gc.collect()
    gc.freeze()
    try:
        for r in range(rounds):
            sequence = order if r % 2 == 0 else order[::-1]
            for p in range(len(pages)):
                for c in sequence:
                    fn, arg, reset = contestants[c].fn, args[c][p], contestants[c].reset
                    if reset is not None:
                        reset()
                    gc.collect()
                    if not keep_gc:
                        gc.disable()
                    start = perf_counter_ns()
                    result = fn(arg)
                    stop = perf_counter_ns()
                    gc.enable()
                    del result
                    ns[c][r][p] = stop - start
    finally:
        gc.enable()
        gc.unfreeze()
    return Samples(
        tuple(contestants),
        tuple(pages),
        tuple(tuple(tuple(row) for row in per_round) for per_round in ns),
    )


def _spread(values: Sequence[float]) -> tuple[float, float, float]:
    """Median, p10 and p90."""
    if len(values) < 2:
        return values[0], values[0], values[0]
    deciles = statistics.quantiles(values, n=10, method="inclusive")
    return statistics.median(values), deciles[0], deciles[-1]


def summarise(samples: Samples) -> Json:
    """Median µs/page and the per-round ratio to the floor, overall and per page."""
    floor = next(i for i, c in enumerate(samples.contestants) if c.floor)
    n_pages = len(samples.pages)
    totals = [[sum(row) for row in per_round] for per_round in samples.ns]
    contestants = []
    for c, contestant in enumerate(samples.contestants):
        ratio, p10, p90 = _spread([t / f for t, f in zip(totals[c], totals[floor], strict=True)])
        per_page = {}
        for p, page in enumerate(samples.pages):
            times = [per_round[p] for per_round in samples.ns[c]]
            floors = [per_round[p] for per_round in samples.ns[floor]]
            page_ratio, page_p10, page_p90 = _spread(
                [t / f for t, f in zip(times, floors, strict=True)]
            )
            per_page[page.name] = {
                "bytes": len(page.data),
                "us": statistics.median(times) / 1e3,
                "ratio": page_ratio,
                "ratio_p10": page_p10,
                "ratio_p90": page_p90,
            }
        contestants.append(
            {
                "name": contestant.name,
                "floor": contestant.floor,
                "us_per_page": statistics.median(totals[c]) / n_pages / 1e3,
                "ratio": ratio,
                "ratio_p10": p10,
                "ratio_p90": p90,
                "pages": per_page,
            }
        )
    summary: Json = {
        "pages": [page.name for page in samples.pages],
        "rounds": len(samples.ns[0]),
        "contestants": contestants,
    }
    # Against an older version (--against): the current package's totals over the old one's.
    ours = next((i for i, c in enumerate(samples.contestants) if c.short == "xianfeng"), None)
    for c, contestant in enumerate(samples.contestants):
        if ours is not None and contestant.name.startswith("parse_article at "):
            ratio, p10, p90 = _spread([t / o for t, o in zip(totals[ours], totals[c], strict=True)])
            summary["versus"] = {
                "against": contestant.short,
                "ratio": ratio,
                "p10": p10,
                "p90": p90,
            }
    return summary


# ---------------------------------------------------------------------------------------------
# Scaled pages

_P_OPEN_RE = re.compile(rb"<p\b", re.I)
# A <p> cannot contain a <p>, so non-greedy up to the next </p> is the whole paragraph. The
# bytes are ASCII-safe in UTF-8 and GB18030 alike: '<' is never a trailing byte in either.
_P_RE = re.compile(rb"<p\b[^>]*>.*?</p\s*>", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]*>")


def _squash(text: str) -> str:
    """Text for comparison only: NFKC, every whitespace character removed."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _body_text(article: Article) -> str:
    parts: list[str] = []
    for section in article.sections:
        parts.append(section.heading or "")
        parts.extend(b.text for b in section.blocks if isinstance(b, Paragraph))
    return _squash("".join(parts))


def scaled_pages(page: Page, sizes: Sequence[int]) -> list[Page]:
    """The page with its body paragraphs repeated to each size, the rest of it untouched.

    The body's ``<p>`` elements are the ones whose text ``parse_article`` returns as body
    paragraphs or headings. The run from the first to the last of them is cut into units (a
    paragraph and whatever follows it up to the next one: an image, a table) and the units are
    repeated in order, cycling, until there are ``n`` paragraphs.
    """
    article = parse_article(page.data)
    encoding = article.encoding or "utf-8"
    body = _body_text(article)
    spans = list(_P_RE.finditer(page.data))
    if len(spans) != len(_P_OPEN_RE.findall(page.data)):
        raise SystemExit(f"bench: {page.name} has a <p> without </p>; pick another --scale-page")
    in_body = []
    for span in spans:
        text = _squash(html.unescape(_TAG_RE.sub("", span.group().decode(encoding, "replace"))))
        if text and text in body:
            in_body.append(span)
    if not in_body:
        raise SystemExit(f"bench: found no body <p> in {page.name}; pick another --scale-page")
    starts = [span.start() for span in in_body]
    units = [page.data[a:b] for a, b in itertools.pairwise(starts)]
    units.append(in_body[-1].group() + b"\n")
    head, tail = page.data[: starts[0]], page.data[in_body[-1].end() :]
    out = []
    for n in sizes:
        data = head + b"".join(units[i % len(units)] for i in range(n)) + tail
        out.append(Page(f"{n:,} <p>", data, data.decode(encoding), encoding))
    return out


def _paragraphs(article: Article) -> int:
    return sum(isinstance(b, Paragraph) for s in article.sections for b in s.blocks)


def summarise_scale(samples: Samples, fixture: str) -> Json:
    """Time per KiB for each contestant at each size, and relative to the first size ≥10 KiB."""
    sizes = []
    reference: dict[str, float] = {}
    for p, page in enumerate(samples.pages):
        kib = len(page.data) / 1024
        row: Json = {
            "page": page.name,
            "bytes": len(page.data),
            "paragraphs_parsed": _paragraphs(parse_article(page.data)),
        }
        for c, contestant in enumerate(samples.contestants):
            us = statistics.median(per_round[p] for per_round in samples.ns[c]) / 1e3
            per_kib = us / kib
            if kib >= 10 or p == len(samples.pages) - 1:
                reference.setdefault(contestant.name, per_kib)
            row[contestant.name] = {"us": us, "us_per_kib": per_kib}
        sizes.append(row)
    for row in sizes:
        for name, ref in reference.items():
            row[name]["relative"] = row[name]["us_per_kib"] / ref
    floor = samples.contestants[0].name
    for row in sizes:
        for contestant in samples.contestants[1:]:
            row[contestant.name]["ratio"] = row[contestant.name]["us"] / row[floor]["us"]
    flat = {
        name: max(
            (abs(row[name]["relative"] - 1) for row in sizes if row["bytes"] >= 10 * 1024),
            default=None,
        )
        for name in reference
    }
    return {
        "fixture": fixture,
        "rounds": len(samples.ns[0]),
        "sizes": sizes,
        "max_deviation_from_10kib": flat,
    }


# ---------------------------------------------------------------------------------------------
# Memory


def _trim_heap() -> None:
    """``malloc_trim(0)`` where glibc has it: return freed heap pages to the OS."""
    name = ctypes.util.find_library("c")
    with contextlib.suppress(OSError, AttributeError):
        if name:
            ctypes.CDLL(name).malloc_trim(0)


def _reset_peak_rss() -> bool:
    """Start the peak-RSS counter again from the current RSS (Linux ≥ 4.0); False if not."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        return False
    return True


def _peak_rss_kib() -> int:
    """This process's peak RSS in KiB.

    ``VmHWM`` from ``/proc/self/status`` where there is one: it is the counter
    ``getrusage().ru_maxrss`` reads, but ``ru_maxrss`` also keeps the peak of the process image
    before ``exec`` (here, the benchmark that spawned the probe) and ``clear_refs`` does not
    reset that part. Elsewhere ``resource.getrusage`` (bytes on macOS).
    """
    with contextlib.suppress(OSError), open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def rss_peak_kib(
    contestant: Contestant, page: tuple[Path, str], warm: Sequence[tuple[Path, str]]
) -> int:
    """Peak RSS growth of one call, in KiB, measured in a fresh interpreter.

    A fresh process, so the heap holds no memory freed by earlier parses that the call could
    reuse unseen. There the contestant first parses the ``warm`` pages (the small fixtures),
    so the library code it runs is resident and its lazy set-up (data tables, caches) done;
    then freed heap goes back to the OS, the peak is reset and the measured call made. Where
    the peak cannot be reset, the first call is measured instead (an overestimate by that code
    and set-up).
    """
    probe: Json = {
        "contestant": contestant.short,
        "page": [str(page[0]), page[1]],
        "warm": [[str(path), encoding] for path, encoding in warm],
    }
    command = [sys.executable, __file__, "--rss-probe", json.dumps(probe)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"memory probe failed: {' '.join(command)}\n{done.stderr}")
    return int(done.stdout)


def _rss_probe(request: str) -> int:
    """The child side of :func:`rss_peak_kib`."""
    probe = json.loads(request)
    ours = [HTML_FLOOR, HTML_XIANFENG]
    contestants = ours if probe["contestant"] in {c.short for c in ours} else load_peers()
    contestant = next(c for c in contestants if c.short == probe["contestant"])

    def arg(path: str, encoding: str) -> bytes | str:
        data = Path(path).read_bytes()
        return data if contestant.takes == "bytes" else data.decode(encoding)

    target = arg(*probe["page"])
    if _reset_peak_rss():
        for path, encoding in probe["warm"]:
            contestant.fn(arg(path, encoding))
        gc.collect()
        _trim_heap()
        _reset_peak_rss()
    before = _peak_rss_kib()
    result = contestant.fn(target)
    delta = _peak_rss_kib() - before
    del result
    return delta


def python_peak_bytes(fn: Callable[[Any], object], arg: object) -> int:
    """Peak Python-heap growth of one call (tracemalloc: libxml2's own mallocs are invisible)."""
    gc.collect()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    result = fn(arg)
    peak = tracemalloc.get_traced_memory()[1] - base
    del result
    return peak


def measure_memory(
    contestants: Sequence[Contestant],
    pages: Sequence[Page],
    *,
    warm: Sequence[Page],
    repeats: int,
) -> Json:
    """Per page and contestant: tracemalloc peak, and RSS peak growth (median of ``repeats``).

    ``warm`` are parsed first, untimed and unmeasured, in every measuring process.
    """
    for contestant in contestants:  # warm up: first-call allocations are not per-parse cost
        for page in pages:
            contestant.fn(contestant.arg(page))
    floor = contestants[0].name
    rows = []
    tracemalloc.start()
    try:
        traced = {
            (c.name, p.name): python_peak_bytes(c.fn, c.arg(p)) for p in pages for c in contestants
        }
    finally:
        tracemalloc.stop()
    with tempfile.TemporaryDirectory(prefix="xianfeng-bench-") as tmp:
        paths = {}
        for i, page in enumerate([*pages, *warm]):
            paths[page.name] = Path(tmp, f"{i}.html"), page.encoding
            paths[page.name][0].write_bytes(page.data)
        rss = {
            (c.name, p.name): statistics.median(
                rss_peak_kib(c, paths[p.name], [paths[w.name] for w in warm])
                for _ in range(repeats)
            )
            for p in pages
            for c in contestants
        }
    for page in pages:
        row: Json = {"page": page.name, "bytes": len(page.data)}
        for c in contestants:
            row[c.name] = {
                "tracemalloc_kib": traced[c.name, page.name] / 1024,
                "rss_kib": rss[c.name, page.name],
            }
        for c in contestants[1:]:
            rss_floor = row[floor]["rss_kib"]
            measurable = rss_floor >= RSS_MEASURABLE_KIB
            row[c.name]["rss_ratio"] = row[c.name]["rss_kib"] / rss_floor if measurable else None
        rows.append(row)
    worst = {
        c.name: max(
            (row[c.name]["rss_ratio"] for row in rows if row[c.name]["rss_ratio"] is not None),
            default=None,
        )
        for c in contestants[1:]
    }
    return {"repeats": repeats, "pages": rows, "max_rss_ratio": worst}


# ---------------------------------------------------------------------------------------------
# Profile


def profile(
    pages: Sequence[Page], texts: Sequence[Page], *, rounds: int, limit: int, sort: str
) -> str:
    """cProfile over ``parse_article`` on every fixture, ``rounds`` times; the top ``limit``."""
    import cProfile

    args: list[bytes | str] = [p.data for p in pages] + [t.text for t in texts]
    for arg in args:  # warm-up outside the profile
        parse_article(arg)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        for arg in args:
            parse_article(arg)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(sort)
    print(
        f"parse_article over {len(pages)} HTML + {len(texts)} text fixtures x {rounds} rounds,"
        f" sorted by {sort}",
        file=out,
    )
    stats.print_stats(limit)
    return out.getvalue()


# Where the time of one parse goes: each stage is a function of the pipeline, timed where the
# pipeline looks it up. The rest (headline hints, footer, pager, breadcrumb, counter, checks)
# is what the total leaves.
STAGES = (
    ("xianfeng._api", "decode", "decode the bytes"),
    ("xianfeng._html.parser", "_parse", "lxml parse"),
    ("xianfeng._html.parser", "linearise", "walk the tree into lines"),
    ("xianfeng._html.parser", "locate", "locate the regions (and the container)"),
    ("xianfeng._html.parser", "split_header", "navigation and notices"),
    ("xianfeng._html.parser", "sections_from", "body blocks and sections"),
    ("xianfeng._api", "assemble", "assemble the Article"),
)


def stages(pages: Sequence[Page], *, rounds: int) -> Json:
    """Median µs per page spent in each stage of ``parse_article``, over ``rounds`` rounds
    (garbage collector off, as in the timing)."""
    import importlib

    per_round: dict[str, list[float]] = {label: [] for *_, label in STAGES}
    per_round["total"] = []
    spent = dict.fromkeys(per_round, 0)
    originals = []

    def timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = perf_counter_ns()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] += perf_counter_ns() - start

        return wrapper

    for module_name, name, label in STAGES:
        module = importlib.import_module(module_name)
        originals.append((module, name, getattr(module, name)))
        setattr(module, name, timed(label, getattr(module, name)))
    try:
        for page in pages:  # warm-up
            parse_article(page.data)
        for _ in range(rounds):
            spent.update(dict.fromkeys(per_round, 0))
            gc.collect()
            gc.disable()
            start = perf_counter_ns()
            for page in pages:
                parse_article(page.data)
            spent["total"] = perf_counter_ns() - start
            gc.enable()
            for label, ns in spent.items():
                per_round[label].append(ns / len(pages) / 1e3)
    finally:
        gc.enable()
        for module, name, function in originals:
            setattr(module, name, function)
    medians = {label: statistics.median(values) for label, values in per_round.items()}
    medians["everything else"] = medians["total"] - sum(medians[label] for *_, label in STAGES)
    return {"pages": len(pages), "rounds": rounds, "us_per_page": medians}


def render_stages(title: str, summary: Json) -> str:
    us = summary["us_per_page"]
    rows = [
        [label, f"{value:,.1f}", f"{value / us['total']:.0%}"]
        for label, value in us.items()
        if label != "total"
    ]
    rows.append(["total", f"{us['total']:,.1f}", "100%"])
    head = f"{title}: {summary['pages']} pages x {summary['rounds']} rounds, median µs/page"
    return "\n".join([head, table(["stage", "µs/page", "share"], rows)])


# ---------------------------------------------------------------------------------------------
# Report


def environment() -> Json:
    def version(dist: str) -> str | None:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            return None

    source = Path(sys.modules[parse_article.__module__].__file__ or ".").resolve().parent.parent
    commit = None
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        git = ["git", "-C", str(source)]
        commit = subprocess.run(
            [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        changed = subprocess.run(
            [*git, "status", "--porcelain", "--", "."], capture_output=True, text=True, check=True
        ).stdout.strip()
        commit += "+changes" if changed else ""
    cpu = None
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as f:
        cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), None)
    return {
        "date": datetime.date.today().isoformat(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "cpu": cpu or platform.processor() or None,
        "cpus": os.cpu_count(),
        "lxml": ".".join(map(str, lxml.etree.LXML_VERSION)),
        "libxml2": ".".join(map(str, lxml.etree.LIBXML_VERSION)),
        "xianfeng": version("xianfeng"),
        "xianfeng_source": str(source),
        "xianfeng_commit": commit,
        "gne": version("gne"),
        "trafilatura": version("trafilatura"),
        "readability-lxml": version("readability-lxml"),
    }


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain table: first column left-aligned, the others right-aligned."""
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=True)]
    lines = []
    for i, row in enumerate([headers, *rows]):
        cells = [
            str(cell).ljust(w) if j == 0 else str(cell).rjust(w)
            for j, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _x(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def render_timing(title: str, summary: Json, per_page: bool) -> str:
    rows = [
        [
            c["name"],
            f"{c['us_per_page']:,.1f}",
            _x(c["ratio"]),
            f"{c['ratio_p10']:.2f}-{c['ratio_p90']:.2f}",
        ]
        for c in summary["contestants"]
    ]
    out = [
        f"{title}: {len(summary['pages'])} pages x {summary['rounds']} rounds",
        table(["contestant", "median µs/page", "ratio", "p10-p90"], rows),
    ]
    versus = summary.get("versus")
    if versus is not None:
        out.append(
            f"parse_article now / at {versus['against']}: {_x(versus['ratio'])}"
            f" (p10-p90 {versus['p10']:.2f}-{versus['p90']:.2f})"
        )
    if per_page:
        for c in summary["contestants"]:
            if c["floor"]:
                continue
            page_rows = [
                [name, f"{v['bytes']:,}", f"{v['us']:,.1f}", _x(v["ratio"])]
                for name, v in c["pages"].items()
            ]
            out += ["", f"  {c['name']} per page:"]
            out.append(table(["page", "bytes", "median µs", "ratio"], page_rows))
    return "\n".join(out)


def render_scale(summary: Json, contestants: Sequence[Contestant]) -> str:
    headers = ["page", "KiB", "paragraphs parsed"]
    for c in contestants:
        headers += [f"{c.short} µs/KiB", "rel."]
    headers += [f"{c.short} ratio" for c in contestants[1:]]
    rows = []
    for row in summary["sizes"]:
        cells = [row["page"], f"{row['bytes'] / 1024:,.1f}", f"{row['paragraphs_parsed']:,}"]
        for c in contestants:
            cells += [f"{row[c.name]['us_per_kib']:,.2f}", f"{row[c.name]['relative']:.2f}"]
        cells += [_x(row[c.name]["ratio"]) for c in contestants[1:]]
        rows.append(cells)
    deviation = ", ".join(
        f"{c.short} n/a" if value is None else f"{c.short} {value:.0%}"
        for c in contestants
        for value in [summary["max_deviation_from_10kib"][c.name]]
    )
    return "\n".join(
        [
            f"Scaling: {summary['fixture']} with its body <p> repeated, {summary['rounds']} rounds;"
            " rel. = µs/KiB over µs/KiB at the first page of 10 KiB or more",
            table(headers, rows),
            f"largest |rel. - 1| over pages of 10 KiB or more: {deviation}",
        ]
    )


def render_memory(summary: Json, contestants: Sequence[Contestant]) -> str:
    rss_rows, py_rows = [], []
    for row in summary["pages"]:
        cells = [row["page"], f"{row['bytes'] / 1024:,.1f}"]
        for c in contestants:
            rss, ratio = row[c.name]["rss_kib"], row[c.name].get("rss_ratio")
            cell = "n/a" if rss is None else f"{rss:,.0f}"
            cells.append(cell if c.floor or ratio is None else f"{cell} ({_x(ratio)})")
        rss_rows.append(cells)
        py_rows.append(
            [row["page"], f"{row['bytes'] / 1024:,.1f}"]
            + [f"{row[c.name]['tracemalloc_kib']:,.0f}" for c in contestants]
        )
    headers = ["page", "KiB", *(c.short for c in contestants)]
    worst = ", ".join(f"{c.short} {_x(summary['max_rss_ratio'][c.name])}" for c in contestants[1:])
    worst = f"largest RSS ratio where the floor's growth is measurable: {worst}"
    return "\n".join(
        [
            f"Peak RSS growth per parse, KiB (ratio to the floor), median of {summary['repeats']};"
            f" no ratio where the floor's is under {RSS_MEASURABLE_KIB} KiB (malloc noise)",
            table(headers, rss_rows),
            worst,
            "",
            "Peak Python-heap growth per parse (tracemalloc), KiB; libxml2's memory is not in it",
            table(headers, py_rows),
        ]
    )


def _sizes(value: str) -> tuple[int, ...]:
    try:
        sizes = tuple(sorted({int(n.replace("_", "")) for n in value.split(",")}))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers like 1,10,100, got {value!r}") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError(f"expected positive numbers, got {value!r}")
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=30, help="timed rounds (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed rounds first (default 3)")
    parser.add_argument("--peers", action="store_true", help="add GNE, trafilatura, readability")
    parser.add_argument("--per-page", action="store_true", help="also show each page's ratio")
    parser.add_argument(
        "--corpus", action="store_true", help="also time the HTML articles of tests/corpus/"
    )
    parser.add_argument(
        "--keep-gc", action="store_true", help="leave the cyclic GC enabled while timing"
    )
    parser.add_argument("--scale", action="store_true", help="time per KiB as pages grow")
    parser.add_argument(
        "--scale-page",
        default=None,
        help="HTML fixture directory to grow for --scale and --memory (default: the first)",
    )
    parser.add_argument(
        "--scale-rounds", type=int, default=10, help="rounds for --scale (default 10)"
    )
    parser.add_argument(
        "--scale-sizes",
        type=_sizes,
        default=SCALE_SIZES,
        help="body paragraphs per page for --scale, comma-separated (default 1,10,100,1000,5000)",
    )
    parser.add_argument("--memory", action="store_true", help="peak memory per parse")
    parser.add_argument("--memory-repeats", type=int, default=3, help="default 3")
    parser.add_argument("--profile", action="store_true", help="cProfile parse_article")
    parser.add_argument(
        "--stages", action="store_true", help="where the time of a parse goes, stage by stage"
    )
    parser.add_argument(
        "--profile-sort", default="cumulative", choices=["cumulative", "tottime", "ncalls"]
    )
    parser.add_argument("--profile-limit", type=int, default=25)
    parser.add_argument(
        "--json",
        nargs="?",
        const="-",
        metavar="FILE",
        help="machine-readable output: to stdout instead of the tables, or to FILE beside them",
    )
    parser.add_argument(
        "--against",
        metavar="REV",
        help="also time parse_article as it was at git commit REV, in this same run",
    )
    parser.add_argument("--fixtures", type=Path, default=FIXTURES, help=argparse.SUPPRESS)
    parser.add_argument("--rss-probe", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rss_probe:
        print(_rss_probe(args.rss_probe))
        return 0
    if args.rounds < 1 or args.scale_rounds < 1 or args.memory_repeats < 1:
        parser.error("--rounds, --scale-rounds and --memory-repeats must be at least 1")

    pages = load_pages(args.fixtures, "*/page.html")
    texts = load_pages(args.fixtures, "*/page.txt")
    base = pages[0]
    if args.scale_page is not None:
        base = next((p for p in pages if p.name == args.scale_page), base)
        if base.name != args.scale_page:
            parser.error(f"--scale-page {args.scale_page}: no such HTML fixture")
    peers = smoke(load_peers(), pages) if args.peers else []
    report: Json = {"environment": environment(), "warmup": args.warmup, "keep_gc": args.keep_gc}
    out: list[str] = []
    env = report["environment"]
    out.append(
        f"xianfeng {env['xianfeng']} ({env['xianfeng_commit'] or env['xianfeng_source']})"
        f" · {env['date']} · {env['python']} · lxml {env['lxml']}"
        f" (libxml2 {env['libxml2']}) · {env['cpu']} x{env['cpus']}"
    )

    try:
        old = load_revision(args.against) if args.against else None
    except subprocess.CalledProcessError as error:
        parser.error(f"--against {args.against}: git could not give it ({error.stderr!r})")
    old_html = [] if old is None else [old[0]]
    old_text = [] if old is None else [old[1]]
    contestants = [HTML_FLOOR, HTML_XIANFENG, *old_html, *peers]
    timing = {"rounds": args.rounds, "warmup": args.warmup, "keep_gc": args.keep_gc}
    samples = run_interleaved(contestants, pages, **timing)
    report["html"] = summarise(samples)
    out += ["", render_timing("HTML path", report["html"], args.per_page)]
    if args.corpus:
        corpus = load_pages(CORPUS, "*/page.html", articles_only=True)
        unread = [page.name for page in corpus if not floor_reads(page)]
        if unread:
            # A page whose declared charset is wrong stops lxml after its head: no floor.
            _note(f"left out of the real pages: {', '.join(unread)} (lxml alone cannot read them)")
            corpus = [page for page in corpus if page.name not in unread]
        corpus_peers = smoke(peers, corpus)
        corpus_old = smoke(old_html, corpus)
        samples = run_interleaved(
            [HTML_FLOOR, HTML_XIANFENG, *corpus_old, *corpus_peers], corpus, **timing
        )
        report["corpus"] = summarise(samples)
        title = "Real pages (the HTML articles of tests/corpus/)"
        out += ["", render_timing(title, report["corpus"], args.per_page)]
    samples = run_interleaved([TEXT_FLOOR, TEXT_XIANFENG, *old_text], texts, **timing)
    report["text"] = summarise(samples)
    out += ["", render_timing("Text path", report["text"], args.per_page)]

    sizes = sorted({*args.scale_sizes, *MEMORY_SIZES}) if args.memory else args.scale_sizes
    grown = (
        dict(zip(sizes, scaled_pages(base, sizes), strict=True))
        if args.scale or args.memory
        else {}
    )
    if args.scale:
        pair = [HTML_FLOOR, HTML_XIANFENG]
        samples = run_interleaved(
            pair,
            [grown[n] for n in args.scale_sizes],
            rounds=args.scale_rounds,
            warmup=1,
            keep_gc=args.keep_gc,
        )
        report["scale"] = summarise_scale(samples, base.name)
        out += ["", render_scale(report["scale"], pair)]
    if args.memory:
        chosen = [HTML_FLOOR, HTML_XIANFENG, *peers]
        memory_pages = pages + [grown[n] for n in MEMORY_SIZES]
        report["memory"] = measure_memory(
            chosen, memory_pages, warm=pages, repeats=args.memory_repeats
        )
        out += ["", render_memory(report["memory"], chosen)]
    if args.stages:
        report["stages"] = stages(pages, rounds=args.rounds)
        out += ["", render_stages("Stages, HTML fixtures", report["stages"])]
        if args.corpus:
            report["corpus_stages"] = stages(corpus, rounds=args.rounds)
            out += ["", render_stages("Stages, real pages", report["corpus_stages"])]
    if args.profile:
        report["profile"] = profile(
            pages, texts, rounds=args.rounds, limit=args.profile_limit, sort=args.profile_sort
        )
        out += ["", report["profile"].rstrip()]

    if args.json is not None:
        text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
        if args.json == "-":
            sys.stdout.write(text)
            return 0
        Path(args.json).write_text(text, encoding="utf-8")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
