"""Types from the caller's side: mypy refuses a call into the matching code without a lexicon."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

# mypy comes with the `[dev]` extra, which CI installs.
api = pytest.importorskip("mypy.api", reason="mypy is in the [dev] extra")

FILE = Path(__file__).parent / "typing" / "forgotten_lexicon.py"


def test_a_call_without_the_lexicon_is_a_type_error() -> None:
    marked = {
        number
        for number, line in enumerate(FILE.read_text(encoding="utf-8").splitlines(), 1)
        if line.endswith("# error")
    }
    assert len(marked) == 7
    out, _, status = api.run(
        ["--strict", "--no-incremental", "--hide-error-context", "--no-pretty", str(FILE)]
    )
    reported = {
        int(match.group(1))
        for match in re.finditer(r":(\d+): error: Missing named argument \"lex\"", out)
    }
    assert status == 1
    assert reported == marked, out
