"""docs/scale.md, run as its readers run it: no fixed port taken, no file left open."""

from __future__ import annotations

import doctest
import gc
import warnings
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")
dask_distributed = pytest.importorskip("dask.distributed")

DOC = Path(__file__).parent.parent / "docs" / "scale.md"


def test_the_example_listens_on_loopback_only_and_closes_its_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    servers: list[tuple[str, int]] = []

    class Watched(distributed.LocalCluster):
        """The doc's cluster, noting where its HTTP servers listen before it closes."""

        def close(self, *args: Any, **kwargs: Any) -> Any:
            nodes = [self.scheduler, *self.workers.values()]
            servers.extend((node.http_server.address, node.http_server.port) for node in nodes)
            return super().close(*args, **kwargs)

    monkeypatch.setattr(dask_distributed, "LocalCluster", Watched)
    monkeypatch.chdir(DOC.parent.parent)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        failed, tried = doctest.testfile(str(DOC), module_relative=False, verbose=False)
        gc.collect()  # an unclosed file warns when it is collected
    assert (failed, tried > 0) == (0, True)
    assert servers
    assert all(address == "127.0.0.1" and port != 8787 for address, port in servers)
    unclosed = [w for w in caught if issubclass(w.category, ResourceWarning)]
    assert unclosed == [], [str(w.message) for w in unclosed]
