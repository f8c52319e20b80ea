"""Field accuracy over the real-page corpus (``tests/corpus/``), for xianfeng and its peers.

Run from the repository root::

    python benchmarks/accuracy.py            # the table and xianfeng's misses
    python benchmarks/accuracy.py --pages    # also every page's right/wrong fields
    python benchmarks/accuracy.py --json     # the figures as JSON
    python benchmarks/accuracy.py --sites    # the site groups, with and without a learned profile

The corpus is split by site into a tune half and a check half (``Page.half``, the rule is in
``tests/corpus/README.md``); the table is followed by each half's figures, since the check
half measures how the parser does on sites its rules were not fitted to.

Each corpus page carries what a person read off it (``expected.json``); a field is right when
the parser's value equals it (text compared without whitespace). GeneralNewsExtractor and
trafilatura (``pip install -e '.[bench]'``) are scored in the same run on the fields they
also return, on the HTML pages (they do not read text renderings): title, published,
author, the first and last paragraph, and the body snippets. Their dates are read with
xianfeng's date reader, and a date-only answer counts as right when the day is — more than
xianfeng is granted, which must give the time the page shows.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from corpus_scoring import FIELDS, HALVES, Page, field_right, pages, score, site_groups
from xianfeng import Profile, learn_profile
from xianfeng._decode import decode
from xianfeng._fields.dates import parse_date

# The kinds of site of tests/corpus/README.md, by the letter meta.json gives them.
GROUPS = {
    "a": "DedeCMS skins",
    "b": "government CMSs",
    "c": "schools and universities",
    "d": "news portals",
    "e": "text renderings",
}
PEER_FIELDS = (
    "title", "published", "author", "first_paragraph", "last_paragraph",
    "body_contains", "body_excludes",
)  # fmt: skip


def _peer_values(
    title: str | None, date: str | None, author: str | None, text: str
) -> dict[str, Any]:
    paragraphs = [line.strip() for line in (text or "").splitlines() if line.strip()]
    published = parse_date(date) if date else None
    return {
        "title": title or None,
        "published": None if published is None else published.isoformat(),
        "published_date_only": bool(date) and len(date.strip()) <= 10,
        "author": author or None,
        "first_paragraph": paragraphs[0] if paragraphs else None,
        "last_paragraph": paragraphs[-1] if paragraphs else None,
        "body_text": "\n".join(paragraphs),
    }


def _gne(page: Page) -> dict[str, Any]:
    from gne import GeneralNewsExtractor

    found = GeneralNewsExtractor().extract(_html(page))
    return _peer_values(
        found.get("title"), found.get("publish_time"), found.get("author"), found.get("content")
    )


def _trafilatura(page: Page) -> dict[str, Any]:
    import trafilatura

    found = trafilatura.bare_extraction(_html(page), with_metadata=True, url=page.meta.get("url"))
    if found is None:
        return _peer_values(None, None, None, "")
    data = found if isinstance(found, dict) else found.as_dict()
    return _peer_values(data.get("title"), data.get("date"), data.get("author"), data.get("text"))


def _html(page: Page) -> str:
    """The page as text, decoded as xianfeng decodes it (whether or not it parses)."""
    return decode(page.path.read_bytes()).text


def _peer_score(page: Page, extract: Callable[[Page], dict[str, Any]]) -> dict[str, bool]:
    try:
        actual = extract(page)
    except Exception:  # a peer's failure on a page is a miss on every field, not a crash
        return dict.fromkeys(PEER_FIELDS, False)
    result = {}
    for field in PEER_FIELDS:
        if field == "published" and actual["published_date_only"] and actual["published"]:
            want = page.expected["published"]
            result[field] = want is not None and want[:10] == actual["published"][:10]
        else:
            result[field] = field_right(page, field, actual)
    return result


def _share(scores: list[dict[str, Any]], field: str) -> tuple[int, int]:
    marks = [s[field] for s in scores if field in s]
    return sum(1 for m in marks if m is True), len(marks)


def _figures(
    inside: list[Page],
    ours: dict[str, dict[str, Any]],
    peers: dict[str, dict[str, dict[str, bool]]],
) -> dict[str, Any]:
    """Some pages' figures: xianfeng on every field, and everyone on the peers' fields."""
    html = [page.name for page in inside if page.kind == "html" and page.is_article]
    marks = [right for page in inside for right in ours[page.name].values()]
    on_peer = {"xianfeng (html)": _peer_share([ours[name] for name in html])}
    for peer, scored in peers.items():
        on_peer[peer] = _peer_share([scored[name] for name in html])
    return {
        "pages": len(inside),
        "sites": len({page.site for page in inside}),
        "xianfeng": (sum(1 for m in marks if m is True), len(marks)),
        "peer_fields": on_peer,
    }


def _print_table(title: str, table: dict[str, dict[str, Any]], columns: list[str]) -> None:
    print(f"{title}:")
    heads = ["pages", "sites", "xianfeng, all fields", *(f"{c}, peer fields" for c in columns)]
    print("| | " + " | ".join(heads) + " |")
    print("|---|" + "---|" * len(heads))
    for name, figures in table.items():
        cells = [str(figures["pages"]), str(figures["sites"]), _percent(figures["xianfeng"])]
        cells += [_percent(figures["peer_fields"][column]) for column in columns]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()


def _peer_share(scores: list[dict[str, Any]]) -> tuple[int, int]:
    marks = [s[field] for s in scores for field in PEER_FIELDS if field in s]
    return sum(1 for m in marks if m is True), len(marks)


def _percent(share: tuple[int, int]) -> str:
    right, count = share
    return f"{right}/{count} = {100 * right / count:.1f} %" if count else "–"


def _right(scores: list[dict[str, Any]]) -> tuple[int, int]:
    marks = [right for scored in scores for right in scored.values()]
    return sum(1 for m in marks if m is True), len(marks)


def _learned(profile: Profile) -> str:
    """How many entries a learned profile holds, table by table (``2 boilerplate, 1 body``)."""
    tables = Counter(item.table for item in profile.evidence)
    return ", ".join(f"{count} {table}" for table, count in sorted(tables.items())) or "nothing"


def _sites(with_peers: bool) -> None:
    """Each site group of ``tests/sites/``: xianfeng without and with the profile learned
    from the group's own pages, and the peers on their fields; and every field the learned
    profile makes worse (there should be none)."""
    print(
        "| site | pages | learned | xianfeng | xianfeng, learned | xianfeng (html), peer "
        "fields | learned, peer fields" + (" | GNE | trafilatura" if with_peers else "") + " |"
    )
    print("|---|---|---|---|---|---|---" + ("|---|---" if with_peers else "") + "|")
    totals: dict[str, list[dict[str, Any]]] = {"plain": [], "learned": []}
    worse = []
    for site, group in site_groups().items():
        learned = learn_profile([page.path.read_bytes() for page in group], name=site)
        plain = [score(page) for page in group]
        taught = [score(page, partial(Page.parse, profile=learned)) for page in group]
        totals["plain"] += plain
        totals["learned"] += taught
        for page, before, after in zip(group, plain, taught, strict=True):
            worse += [
                f"{site}/{page.name} {f}"
                for f in before
                if before[f] is True and after[f] is not True
            ]
        cells = [
            str(len(group)),
            _learned(learned),
            _percent(_right(plain)),
            _percent(_right(taught)),
            _percent(_peer_share(plain)),
            _percent(_peer_share(taught)),
        ]
        if with_peers:
            for extract in (_gne, _trafilatura):
                cells.append(_percent(_peer_share([_peer_score(p, extract) for p in group])))
        print(f"| {site} | " + " | ".join(cells) + " |")
    print()
    print(
        f"all sites: {_percent(_right(totals['plain']))} without a profile, "
        f"{_percent(_right(totals['learned']))} with the learned one"
    )
    print("fields worse with the learned profile: " + (", ".join(worse) or "none"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", action="store_true", help="list every page's fields")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-peers", action="store_true", help="score xianfeng only")
    parser.add_argument(
        "--sites", action="store_true", help="score the site groups, with a learned profile"
    )
    args = parser.parse_args()
    if args.sites:
        _sites(not args.no_peers)
        return

    corpus = pages()
    ours = {page.name: score(page) for page in corpus}
    html = [page for page in corpus if page.kind == "html" and page.is_article]
    peers: dict[str, dict[str, dict[str, bool]]] = {}
    if not args.no_peers:
        for name, extract in (("GNE", _gne), ("trafilatura", _trafilatura)):
            try:
                peers[name] = {page.name: _peer_score(page, extract) for page in html}
            except ImportError:
                print(f"{name} is not installed: pip install -e '.[bench]'", file=sys.stderr)

    rows = []
    for field in (*FIELDS, "refused"):
        row: dict[str, Any] = {"field": field}
        row["xianfeng"] = _share(list(ours.values()), field)
        row["xianfeng (html)"] = _share([ours[p.name] for p in html], field)
        for name, scored in peers.items():
            row[name] = _share(list(scored.values()), field) if field in PEER_FIELDS else None
        rows.append(row)
    total = [sum(r[c][i] for r in rows if r[c]) for c in ("xianfeng",) for i in (0, 1)]
    peer_fields = [r for r in rows if r["field"] in PEER_FIELDS]
    on_peer_fields = {
        name: tuple(sum(r[name][i] for r in peer_fields) for i in (0, 1))
        for name in ("xianfeng (html)", *peers)
    }
    misses = {
        name: [field for field, right in fields.items() if right is not True]
        for name, fields in ours.items()
    }
    halves = {half: _figures([p for p in corpus if p.half == half], ours, peers) for half in HALVES}
    groups = {
        f"{group}: {name}": _figures(
            [p for p in corpus if p.meta.get("group") == group], ours, peers
        )
        for group, name in GROUPS.items()
    }

    if args.json:
        json.dump(
            {
                "rows": rows,
                "total": total,
                "peer_fields": on_peer_fields,
                "halves": halves,
                "groups": groups,
                "misses": misses,
            },
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        print()
        return

    columns = ["xianfeng", "xianfeng (html)", *peers]
    print(
        f"{len(corpus)} pages ({sum(p.is_article for p in corpus)} articles, "
        f"{len(html)} of them HTML)\n"
    )
    print("| field | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for row in rows:
        cells = []
        for column in columns:
            value = row[column]
            cells.append("–" if not value else f"{value[0]}/{value[1]}")
        print(f"| {row['field']} | " + " | ".join(cells) + " |")
    print()
    print("On the fields all three return, HTML pages only:")
    for name, (right, count) in on_peer_fields.items():
        print(f"  {name}: {right}/{count} = {100 * right / count:.1f} %")
    print()
    if args.pages:
        for name, missed in misses.items():
            print(f"{name}: " + ("all right" if not missed else "misses " + ", ".join(missed)))
        print()
    for title, table in (("By half (split by site)", halves), ("By group", groups)):
        _print_table(title, table, ["xianfeng (html)", *peers])
    print("xianfeng misses:")
    for name, missed in misses.items():
        if missed:
            print(f"  {name}: {', '.join(missed)}")
    print()
    print(f"xianfeng: {total[0]}/{total[1]} fields right = {100 * total[0] / total[1]:.1f} %")


if __name__ == "__main__":
    main()
