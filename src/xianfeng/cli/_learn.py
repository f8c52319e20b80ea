"""``xianfeng learn`` and ``--learn``: a site's profile learned from its pages."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from xianfeng.cli._pages import Finder
from xianfeng.learn import learn_profile
from xianfeng.profile import Profile

__all__ = ["DEFAULT_SAMPLE", "learn_main", "learned_profile", "sample"]

DEFAULT_SAMPLE = 500
"""How many pages of a batch ``--learn`` learns from, unless ``--learn-sample`` says."""


def sample(arguments: Sequence[str], limit: int | None) -> Iterator[bytes]:
    """The bytes of the first ``limit`` pages the arguments name (all with ``None``), in the
    order a run parses them; a page that cannot be read is passed over."""
    finder = Finder(arguments, url=None, base_url=None, merge=False, stdin=_no_stdin)
    given = 0
    for task in finder.tasks():
        for page in task:
            if limit is not None and given >= limit:
                return
            if page.problem is not None:
                continue
            try:
                data = page.data if page.data is not None else Path(str(page.path)).read_bytes()
            except OSError:
                continue
            given += 1
            yield data


def learned_profile(
    arguments: Sequence[str], limit: int | None, *, name: str | None, say: Callable[[str], None]
) -> Profile:
    """The profile learned from the pages, its evidence told to ``say``, one line each."""
    profile = learn_profile(sample(arguments, limit), name=name)
    read = profile.evidence[0].of if profile.evidence else None
    say(
        "learned nothing: no line recurs on most pages"
        if read is None
        else f"learned from {read} different pages:"
    )
    for item in profile.evidence:
        say(f"  {item.table}: on {item.pages} of {item.of} pages: {item.value}")
    return profile


def learn_main(argv: Sequence[str]) -> int:
    """``xianfeng learn PAGES… [-o site.json]``: write the profile, print its evidence."""
    parser = argparse.ArgumentParser(
        prog="xianfeng learn",
        description=(
            "Learn a site's profile from its pages (at least three): the template text its "
            "articles carry, the line its text ends at, the element that holds it, the site "
            "name its titles end in, the metadata labels the defaults lack and its date "
            "order. Writes the profile as JSON (to "
            "standard output, or -o FILE) and prints the evidence for each entry."
        ),
    )
    parser.add_argument("pages", nargs="+", metavar="PAGE", help="a file, a folder or a glob")
    parser.add_argument("-o", "--output", type=Path, help="write the profile to this file")
    parser.add_argument("--name", help="who the profile is for (kept in the profile)")
    parser.add_argument(
        "--overwrite", action="store_true", help="write over an existing --output file"
    )
    args = parser.parse_args(argv)
    if "-" in args.pages:
        parser.error("pages are read from files: standard input cannot be learned from")
    if args.output is not None and args.output.exists() and not args.overwrite:
        parser.error(f"--output {args.output} exists; give --overwrite to replace it")
    try:
        profile = learned_profile(args.pages, None, name=args.name, say=_to_stderr)
    except ValueError as exc:
        print(f"xianfeng learn: {exc}", file=sys.stderr)
        return 1
    text = json.dumps(profile.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        sys.stdout.write(text)
        return 0
    temporary = args.output.with_name(args.output.name + ".part")
    try:
        temporary.write_text(text, "utf-8")
        temporary.replace(args.output)  # whole or not at all
    except OSError as exc:
        print(f"xianfeng learn: {args.output}: {exc}", file=sys.stderr)
        return 74
    return 0


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr)


def _no_stdin() -> bytes:
    raise OSError("standard input is not read when learning")
