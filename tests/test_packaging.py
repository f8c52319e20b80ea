"""Packaging: the version from a bare source tree, the licence, the docs' links."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import xianfeng

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_the_version_is_written_once_in_the_package() -> None:
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert "version" not in PYPROJECT["project"]
    path = ROOT / PYPROJECT["tool"]["hatch"]["version"]["path"]
    assert re.findall(r'__version__ = "([^"]+)"', path.read_text("utf-8")) == [xianfeng.__version__]
    assert re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+([ab]|rc)?[0-9]*", xianfeng.__version__)


def test_a_source_tree_that_was_never_installed_knows_its_version(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "src" / "xianfeng", tmp_path / "xianfeng")
    script = (
        "import importlib.metadata as metadata, sys\n"
        "def missing(name):\n"
        "    raise metadata.PackageNotFoundError(name)\n"
        "metadata.version = missing  # no distribution anywhere\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import xianfeng, xianfeng.cli\n"
        f"assert xianfeng.__file__.startswith({str(tmp_path)!r}), xianfeng.__file__\n"
        "print(xianfeng.__version__)\n"
        "xianfeng.cli.main(['--version'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert done.stdout == f"{xianfeng.__version__}\nxianfeng {xianfeng.__version__}\n"


def test_hatchling_reads_the_same_version() -> None:
    pytest.importorskip("hatchling")
    done = subprocess.run(
        [sys.executable, "-m", "hatchling", "version"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert done.stdout.strip() == xianfeng.__version__


def test_the_licence_is_mit() -> None:
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2026 xianfeng developers\n")
    assert PYPROJECT["project"]["license"] == "MIT"
    assert PYPROJECT["project"]["authors"] == [{"name": "xianfeng developers"}]


def test_the_core_depends_on_four_packages_only() -> None:
    names = [re.split(r"[<>=!~\[ ]", dep)[0] for dep in PYPROJECT["project"]["dependencies"]]
    assert sorted(names) == ["attrs", "beautifulsoup4", "lxml", "python-dateutil"]
    assert PYPROJECT["project"]["scripts"] == {"xianfeng": "xianfeng.cli:main"}


def test_the_readme_links_every_docs_page() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for page in sorted((ROOT / "docs").glob("*.md")):
        assert f"(docs/{page.name})" in readme, page.name


def test_every_relative_link_in_the_docs_resolves() -> None:
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = re.sub(r"``.*?``|`[^`]*`", "", page.read_text("utf-8"))  # not inside code
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
            assert (page.parent / target).exists(), f"{page.name}: {target}"


def test_the_docs_name_no_internal_tickets() -> None:
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        assert not re.search(r"\b(issue|ticket)\s*#?[0-9]+", page.read_text("utf-8"), re.I), (
            page.name
        )
