"""Does every word of the vocabulary change what the parser reads? A mutation check.

Run from the repository root::

    python benchmarks/mutate_vocabulary.py              # every mutant, on 2 processes
    python benchmarks/mutate_vocabulary.py -k 稿件来源   # the mutants whose name holds a text
    python benchmarks/mutate_vocabulary.py --list       # their names only

A mutant is a copy of ``src/xianfeng`` with one thing taken out: one entry of one table of
``xianfeng/vocabulary.py`` (every entry, found by reading the module's source), or one
alternative of the date, ICP and footer patterns (listed in ``PATTERN_MUTANTS`` below). The
behaviour tests (``tests/test_vocabulary_effects.py``, and ``tests/test_traditional.py`` for
the traditional forms of ``TRADITIONAL``) run against each mutant; a mutant they still pass
*survives*: the word it lacks changes nothing they check. The script prints the
score and the survivors by name, and exits non-zero unless every mutant is killed (and the
unmutated copy passes).

Each worker process imports the test dependencies once and forks a child per mutant, which
imports ``xianfeng`` afresh from the mutated copy (with no bytecode cache to go stale) and
runs ``pytest -x -q -p no:cacheprovider`` on the test modules. POSIX only (``os.fork``).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "xianfeng"
# The behaviour tests: one case per word (and per traditional form of a character).
TESTS = ("tests/test_vocabulary_effects.py", "tests/test_traditional.py")
VOCABULARY = "vocabulary.py"
DATES = "_fields/dates.py"
FOOTER = "_fields/footer.py"
# A mutant whose tests run longer than this hangs the parser: it counts as killed.
TIMEOUT = 120


Edit = tuple[str, str, str, str]
"""A pattern mutant: its name, a file under ``src/xianfeng``, a text that occurs once in that
file, and what replaces the text."""


def _replace(name: str, path: str, old: str, new: str) -> Edit:
    return (f"{Path(path).stem}: {name}", path, old, new)


def _cut(name: str, path: str, text: str) -> Edit:
    """The mutant without ``text``."""
    return _replace(name, path, text, "")


def _never(name: str, path: str, text: str) -> Edit:
    """The mutant in which the part of a pattern that starts with ``text`` never matches."""
    return _replace(name, path, text, "(?!)" + text)


def _without(path: str, text: str, *parts: str) -> list[Edit]:
    """A mutant per part (a member of a character class, an alternative): ``text`` without
    the part's first occurrence in it."""
    return [
        _replace(f"{text.strip()} without {part!r}", path, text, text.replace(part, "", 1))
        for part in parts
    ]


def _alternatives(path: str, group: str) -> list[Edit]:
    """A mutant per alternative of a group written ``(?:a|b|c)``: the group without it."""
    choices = group.removeprefix("(?:").removesuffix(")").split("|")
    return [
        _replace(
            f"{group} without {choice!r}",
            path,
            group,
            "(?:" + "|".join(other for other in choices if other != choice) + ")",
        )
        for choice in choices
    ]


def _words(path: str, literal: str) -> list[Edit]:
    """A mutant per word of a tuple of words written in the source: the tuple without it."""
    words = ast.literal_eval(literal)
    return [
        _replace(word, path, literal, repr(tuple(other for other in words if other != word)))
        for word in words
    ]


# A text that no longer occurs once in its file stops the run: the pattern changed, and so
# must this list. (Texts are the source as written: an f-string's braces are doubled.)
PATTERN_MUTANTS: list[Edit] = [
    # The date: year, separators, the day's 日.
    *_without(DATES, "(?P<year>(?:19|20)", "19|", "|20"),
    *_without(DATES, "[-/.年] \\s{{0,3}}", "-", "/", ".", "年"),
    *_without(DATES, "[-/.月] \\s{{0,3}}", "-", "/", ".", "月"),
    _cut("the day's 日", DATES, "(?: \\s{{0,3}} 日 )?"),
    # A weekday between the date and the time: 星期一, 周一, (周一), 【礼拜一】.
    *_without(DATES, "[\\s,]{{0,3}} [(\\[【]?", ",", "(", "\\[", "【"),
    *_without(DATES, "[)\\]】]?", ")", "\\]", "】"),
    *_alternatives(DATES, "(?:星期|周|礼拜)"),
    *_without(DATES, "[一二三四五六日天]", *"一二三四五六日天"),
    # What stands between the date and the time, and how a time starts.
    *_without(DATES, "[\\sT,-]{{0,3}}", "T", ",", "-"),
    _replace("a time that starts with a part of the day", DATES, "(?: {_PERIOD} | \\d", "(?: \\d"),
    *_without(DATES, "\\d{{1,2}} \\s{{0,2}} [:时点]", ":", "时", "点"),
    _cut("a time in Chinese numerals", DATES, " | [{_CN_DIGITS}]{{1,3}} \\s{{0,2}} [时点]"),
    *_without(DATES, "[{_CN_DIGITS}]{{1,3}} \\s{{0,2}} [时点]", "时", "点"),
    *_without(DATES, '_CN_DIGITS = "零〇一二三四五六七八九十两"', *"零〇一二三四五六七八九十两"),
    # What a time runs on over.
    *_without(
        DATES,
        "(?: {_PERIOD} | UTC | GMT | [AaPp]\\.?[Mm]\\.?",
        "{_PERIOD} | ",
        "| UTC",
        "| GMT",
        "| [AaPp]\\.?[Mm]\\.?",
    ),
    *_without(
        DATES,
        "[\\d:.,+\\-Z\\s时分秒点半刻整",
        *("\\d", ":", ".", ",", "+", "\\-", "Z", "\\s", *"时分秒点半刻整"),
    ),
    # The words for a part of the day.
    *_words(DATES, '("凌晨", "上午", "早上", "早晨", "清晨", "am")'),
    _cut("中午", DATES, '"中午": _NOON,'),
    *_words(DATES, '("下午", "午后", "傍晚", "pm")'),
    *_words(DATES, '("晚上", "晚间", "夜里", "夜间")'),
    # Reading the time: minutes and seconds, Chinese units, 12-hour clocks, zones.
    _never("hh:mm", DATES, ": \\s{{0,2}} (?P<minute>"),
    _never("seconds", DATES, ": \\s{{0,2}} (?P<second>"),
    *_without(DATES, "(?P<fraction>[.,]", ".", ","),
    *_without(DATES, "| [时点]\n", "时", "点"),
    _cut("分", DATES, " 分?"),
    _never("秒", DATES, "(?P<cn_second>"),
    _cut("半", DATES, "| (?P<half>半)"),
    *_without(DATES, "(?P<quarter>[一三])刻", "一", "三"),
    _cut("整", DATES, "(?: \\s{{0,2}} 整 )?"),
    _never("AM/PM", DATES, "(?P<ampm>"),
    *_without(DATES, "(?: Z | UTC | GMT ) (?: \\s? [+-]", "Z | ", "| UTC ", "| GMT "),
    _cut("a numeric zone", DATES, "| [+-] \\d{{2}} (?: :? \\d{{2}} )?"),
    *_alternatives(DATES, "(?:Z|UTC|GMT)"),
    # Dates in English, and their zones.
    *_alternatives(DATES, "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    *_without(DATES, "\\b(?:19|20)\\d{2}\\b", "19|", "|20"),
    *_alternatives(DATES, "(?:UTC|GMT)"),
    *_without(DATES, '("UTC", "GMT")', '"UTC", ', ', "GMT"'),
    _replace("CST", DATES, 'if name == "CST":', "if False:"),
    # Dates in the other orders a label gives: day-month-year, a two-digit year, no year.
    _never("a day-month-year date", DATES, "(?P<d_day>"),
    *_without(DATES, "(?P<d_day>\\d{1,2}) [./-]", ".", "/", "-"),
    *_without(DATES, "(?P<d_month>\\d{1,2}) [./-]", ".", "/", "-"),
    *_without(DATES, "(?P<d_year>(?:19|20)", "19|", "|20"),
    _never("a date with a two-digit year", DATES, "(?P<y_year>"),
    *_without(DATES, "(?P<y_year>\\d{2}) \\s{0,2} [-/.年]", "-", "/", ".", "年"),
    *_without(DATES, "(?P<y_month>\\d{1,2}) \\s{0,2} [-/.月]", "-", "/", ".", "月"),
    *_without(DATES, "(?P<y_day>\\d{1,2}) (?: \\s{0,2} 日 )?", " (?: \\s{0,2} 日 )?"),
    _never("a date without a year", DATES, "(?P<m_month>"),
    *_without(DATES, "(?P<m_month>\\d{1,2}) \\s{0,2} [-/.月]", "-", "/", ".", "月"),
    *_without(DATES, "(?P<m_day>\\d{1,2}) (?: \\s{0,2} 日 )?", " (?: \\s{0,2} 日 )?"),
    _never("the time after a date in another order", DATES, "(?P<hour>\\d{1,2}) :"),
    _never("its seconds", DATES, ": (?P<second>\\d{2}) )?"),
    # The ICP and police record numbers.
    *_without(FOOTER, "ICP \\s{0,2} [备证]?", "备", "证"),
    _replace("ICP without 备", FOOTER, "[备证]? \\s{0,2} :?", "[备证] \\s{0,2} :?"),
    _replace("the colon after ICP备", FOOTER, "[备证]? \\s{0,2} :?", "[备证]?"),
    _cut(
        "ICP 京ICP备05032222-1号",
        FOOTER,
        "\\s{0,2} - \\s{0,2} \\d{1,4} \\s{0,2} 号          # 京ICP备05032222-1号\n      |",
    ),
    _replace("ICP 号 before -3", FOOTER, "| (?: \\s{0,2} 号)?", "|"),
    _replace("ICP -3 after 号", FOOTER, " (?: \\s{0,2} - \\s{0,2} \\d{1,4})? #", " #"),
    _never("ICP证 licence", FOOTER, "ICP (?:许可)? 证"),
    _cut("ICP许可证", FOOTER, "(?:许可)?"),
    _replace("ICP证号", FOOTER, "证 号? \\s{0,2} :", "证 \\s{0,2} :"),
    _cut("ICP证 licence's -5", FOOTER, " (?:-\\d{1,3})?"),
    _cut("police record's 号", FOOTER, "\\s{0,2}号?"),
    *_without(FOOTER, '" |,;"', " ", "|", ",", ";"),  # _SEP
]


def table_mutants(source: str) -> list[tuple[str, str]]:
    """A mutant per entry of each table of ``vocabulary.py``: its name, and the module's
    source without that entry. Tables are the module's tuples of strings and its mappings
    (``MappingProxyType({...})``) of such tuples or of strings; a table named inside another
    (``*CONTACT_LABELS``) is mutated where it is written."""
    tree = ast.parse(source)
    mutants = []
    for statement in tree.body:
        if isinstance(statement, ast.AnnAssign) and statement.value is not None:
            target: ast.expr = statement.target
            value = statement.value
        elif isinstance(statement, ast.Assign):
            target, value = statement.targets[0], statement.value
        else:
            continue
        if not isinstance(target, ast.Name):
            continue
        for name, lists, at in _entries(target.id, value):
            nodes = [written.pop(at) for written in lists]
            mutants.append((name, ast.unparse(tree)))
            for written, node in zip(lists, nodes, strict=True):
                written.insert(at, node)
    return mutants


def _entries(table: str, value: ast.expr) -> Iterator[tuple[str, list[list[Any]], int]]:
    """Each string entry of a table: its name, the lists of nodes it is written in (a tuple's
    items; for a mapping of strings, the mapping's keys and values) and its index there."""
    if isinstance(value, ast.Tuple):
        for at, word in enumerate(value.elts):
            if isinstance(word, ast.Constant) and isinstance(word.value, str):
                yield f"{table} {word.value}", [value.elts], at
    elif isinstance(value, ast.Call) and value.args and isinstance(value.args[0], ast.Dict):
        mapping = value.args[0]
        for at, (key, words) in enumerate(zip(mapping.keys, mapping.values, strict=True)):
            if not isinstance(key, ast.Constant) or not isinstance(key.value, str):
                continue
            if isinstance(words, ast.Constant) and isinstance(words.value, str):
                yield f"{table} {key.value}", [mapping.keys, mapping.values], at
            else:
                yield from _entries(f"{table}[{key.value!r}]", words)


def mutants() -> list[tuple[str, str, str]]:
    """Every mutant: its name, the file it changes and that file's mutated source."""
    vocabulary = (PACKAGE / VOCABULARY).read_text("utf-8")
    found = [(name, VOCABULARY, text) for name, text in table_mutants(vocabulary)]
    for name, path, old, new in PATTERN_MUTANTS:
        source = (PACKAGE / path).read_text("utf-8")
        if source.count(old) != 1:
            raise SystemExit(
                f"mutant {name!r}: {old!r} occurs {source.count(old)} times in {path}, not "
                "once: the pattern changed, so must PATTERN_MUTANTS"
            )
        found.append((name, path, source.replace(old, new)))
    return found


# --------------------------------------------------------------------------------------
# Running: a worker process per core, a forked child per mutant
# --------------------------------------------------------------------------------------


def _run_child(copy: Path) -> int:
    """In a forked child: import xianfeng from ``copy`` and run the behaviour tests."""
    import pytest

    sys.dont_write_bytecode = True  # a cached mutant must never stand in for another
    sys.path.insert(0, str(copy))
    import xianfeng

    if Path(xianfeng.__file__).parent != copy / "xianfeng":
        return 99  # not the copy: the check itself is broken
    return int(pytest.main(["-x", "-q", "-p", "no:cacheprovider", *TESTS]))


def _outcome(copy: Path, *, quiet: bool) -> str:
    """Fork a child that runs the tests against ``copy``: "passed", "failed" or why not."""
    pid = os.fork()
    if pid == 0:  # the child never returns
        code = 98
        try:
            if quiet:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.dup2(devnull, 2)
            signal.alarm(TIMEOUT)
            code = _run_child(copy)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return "timeout" if os.WTERMSIG(status) == signal.SIGALRM else "crashed"
    code = os.WEXITSTATUS(status)
    return {0: "passed", 1: "failed", 99: "wrong package"}.get(code, f"error {code}")


def worker(copy: Path, names: list[str]) -> None:
    """Run the named mutants one by one against ``copy``; one JSON line per mutant."""
    import bs4  # noqa: F401  # the dependencies, imported once for every child
    import dateutil.parser  # noqa: F401
    import hypothesis  # noqa: F401
    import lxml.html  # noqa: F401
    import pytest  # noqa: F401

    os.chdir(ROOT)  # pytest reads its settings from pyproject.toml
    by_name = {name: (path, text) for name, path, text in mutants()}
    for name in names:
        path, text = by_name[name]
        target = copy / "xianfeng" / path
        original = target.read_bytes()
        target.write_text(text, "utf-8")
        try:
            outcome = _outcome(copy, quiet=True)
        finally:
            target.write_bytes(original)
        print(json.dumps({"name": name, "outcome": outcome}, ensure_ascii=False), flush=True)


def _copy(into: Path) -> Path:
    shutil.copytree(PACKAGE, into / "xianfeng", ignore=shutil.ignore_patterns("__pycache__"))
    return into


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-j", "--jobs", type=int, default=2, help="processes (default 2)")
    parser.add_argument("-k", dest="only", help="only the mutants whose name holds this text")
    parser.add_argument("--list", action="store_true", help="print the mutants' names")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(Path(args.worker[0]), args.worker[1:])
        return 0
    names = [name for name, _, _ in mutants() if not args.only or args.only in name]
    if args.list:
        print("\n".join(names))
        return 0
    if not names:
        print(f"no mutant's name holds {args.only!r}")
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="xianfeng-mutants-") as tmp:
        copies = [_copy(Path(tmp) / str(job)) for job in range(args.jobs)]
        os.chdir(ROOT)
        baseline = _outcome(copies[0], quiet=False)
        if baseline != "passed":
            print(f"the behaviour tests do not pass on the unmutated package: {baseline}")
            return 2
        outcomes = _run_workers(copies, names)
    # A test failure kills a mutant, and so does a hang; a mutant that cannot be run at all
    # (it does not import, the tests do not collect) is a mistake in the mutant, not a kill.
    killed = [name for name in names if outcomes.get(name) in ("failed", "timeout")]
    print(
        f"vocabulary mutants killed: {len(killed)}/{len(names)} "
        f"({100 * len(killed) / len(names):.1f} %) in {time.monotonic() - started:.0f} s"
    )
    for name in names:
        outcome = outcomes.get(name, "not run")
        if outcome == "passed":
            print(f"  survived: {name}")
        elif outcome == "timeout":
            print(f"  killed by the time-out ({TIMEOUT} s): {name}")
        elif outcome != "failed":
            print(f"  {outcome}: {name}")
    return 0 if len(killed) == len(names) else 1


def _run_workers(copies: list[Path], names: list[str]) -> dict[str, str]:
    """Split the mutants over one worker process per copy; each mutant's outcome."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, "--worker", str(copy), *names[job :: len(copies)]],
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        for job, copy in enumerate(copies)
    ]
    outcomes: dict[str, str] = {}
    for process in workers:
        out, _ = process.communicate()
        for line in out.splitlines():
            result = json.loads(line)
            outcomes[result["name"]] = result["outcome"]
    return outcomes


if __name__ == "__main__":
    sys.exit(main())
