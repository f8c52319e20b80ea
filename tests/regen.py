"""Write ``actual.*`` beside each fixture for a human to compare with ``expected.*``.

    python tests/regen.py                # every fixture
    python tests/regen.py seed-text      # one
    python tests/regen.py --fingerprint  # record the corpus gold's digests, after editing it

``actual.json`` is the parse, ``actual.md``, ``actual.html.golden`` and
``actual.txt.golden`` its renderings (Markdown, HTML, text). Never copy an ``actual`` file
over its ``expected`` one unread: the expected values are read off the page, field by field,
and an expected rendering is one a person has read against the page; this script only shows
where the library disagrees.

The corpus gold (``tests/corpus/*/expected.json``) is pinned by ``tests/corpus/FINGERPRINT.json``:
a test fails while the two disagree. ``--fingerprint`` writes the digests of the gold as it
stands: run it only after reading the changed pages again, and commit it with the change.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from corpus_scoring import FINGERPRINT, fingerprint
from xianfeng import ParseError, parse_article

FIXTURES = Path(__file__).parent / "fixtures"


def main(names: list[str]) -> None:
    for case in sorted(FIXTURES.iterdir()):
        if not case.is_dir() or (names and case.name not in names):
            continue
        page = next(case.glob("page.*"))
        meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
        try:
            article = parse_article(page.read_bytes(), url=meta.get("url"))
        except ParseError as exc:
            result = {"error": type(exc).__name__, "message": str(exc)}
            renderings = {}
        else:
            result = article.to_dict()
            renderings = {  # .golden: no page suffix, so the CLI never takes one for a page
                "md": article.to_markdown(),
                "html.golden": article.to_html(),
                "txt.golden": article.to_text(),
            }
        out = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
        (case / "actual.json").write_text(out, encoding="utf-8")
        expected = case / "expected.json"
        fields = {k: v for k, v in result.items() if k != "schema_version"}  # not a field
        same = expected.exists() and json.loads(expected.read_text(encoding="utf-8")) == fields
        report = [f"json {'same' if same else 'DIFFERS'}"]
        for suffix, rendering in renderings.items():
            (case / f"actual.{suffix}").write_bytes(rendering.encode("utf-8"))
            expected = case / f"expected.{suffix}"
            same = expected.exists() and expected.read_bytes() == rendering.encode("utf-8")
            report.append(f"{suffix} {'same' if same else 'DIFFERS'}")
        print(f"{case.name}: {', '.join(report)}")


def write_fingerprint() -> None:
    digests = fingerprint()
    FINGERPRINT.write_text(json.dumps(digests, indent=2) + "\n", encoding="utf-8")
    print(f"{FINGERPRINT}: {len(digests)} pages")


if __name__ == "__main__":
    if sys.argv[1:] == ["--fingerprint"]:
        write_fingerprint()
    else:
        main(sys.argv[1:])
