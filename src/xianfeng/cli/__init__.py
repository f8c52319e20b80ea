"""The ``xianfeng`` command (also ``python -m xianfeng``): parse many pages, stream the results.

The package's only I/O, kept apart from the pure core. Four steps, one module each:

- :mod:`~xianfeng.cli._pages` finds the pages (files, folders, glob patterns, standard input,
  WARC archives), lazily;
- :mod:`~xianfeng.cli._work` hands each page's bytes to :func:`xianfeng.parse_article` — in
  worker processes with ``--jobs`` — and gives the results back in input order;
- :mod:`~xianfeng.cli._formats` renders one result in the chosen format, and
  :mod:`~xianfeng.cli._output` writes it, as soon as it is ready;
- :mod:`~xianfeng.cli._command` reads the arguments and runs the loop.

Memory stays flat however many pages there are: pages are listed lazily and only a few are
in flight at once. See ``docs/cli.md``.
"""

from xianfeng.cli._command import main

__all__ = ["main"]
