"""Calls that leave out the lexicon: mypy must refuse every line marked ``# error``.

Checked by ``tests/test_typing.py``, never run. A stage handed no lexicon would silently
parse with the default vocabulary and drop the caller's profile; the lexicon is a required
keyword so that this is a type error instead.
"""

from xianfeng._assemble import assemble
from xianfeng._fields.credits import parse_credits
from xianfeng._fields.footer import parse_footer
from xianfeng._fields.metaline import parse_metaline
from xianfeng._html.parser import parse_html
from xianfeng._pieces import Pieces
from xianfeng._plaintext import parse_text
from xianfeng._regions import locate


def forgets_the_lexicon(pieces: Pieces) -> None:
    parse_metaline("来源：新华社")  # error
    parse_credits("责任编辑：赵六")  # error
    parse_footer(["主办单位：某某"])  # error
    locate(["标题", "时间：2024-05-06"])  # error
    parse_html("<p>正文</p>")  # error
    parse_text("正文")  # error
    assemble(pieces)  # error
