"""Plain-text renderings of a page (web-archive text dumps): lines → regions → pieces."""

from xianfeng._plaintext.parser import parse_text

__all__ = ["parse_text"]
