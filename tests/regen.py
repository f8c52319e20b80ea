"""Write ``actual.json`` beside each fixture for a human to compare with ``expected.json``.

    python tests/regen.py            # every fixture
    python tests/regen.py seed-text  # one

Never copy ``actual.json`` over ``expected.json`` unread: the expected values are read off
the page, field by field; this script only shows where the parser disagrees.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from xianfeng import ParseError, parse_article

FIXTURES = Path(__file__).parent / "fixtures"


def main(names: list[str]) -> None:
    for case in sorted(FIXTURES.iterdir()):
        if not case.is_dir() or (names and case.name not in names):
            continue
        page = next(case.glob("page.*"))
        meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
        try:
            result = parse_article(page.read_bytes(), url=meta.get("url")).to_dict()
        except ParseError as exc:
            result = {"error": type(exc).__name__, "message": str(exc)}
        out = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
        (case / "actual.json").write_text(out, encoding="utf-8")
        expected = case / "expected.json"
        same = expected.exists() and json.loads(expected.read_text(encoding="utf-8")) == result
        print(f"{case.name}: {'same as expected' if same else 'DIFFERS from expected'}")


if __name__ == "__main__":
    main(sys.argv[1:])
