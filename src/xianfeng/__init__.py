"""xianfeng: article pages of Chinese party-building portals → typed, immutable data.

>>> from xianfeng import parse_article
"""

from xianfeng._api import parse_article
from xianfeng._merge import merge_pages
from xianfeng._version import __version__ as __version__
from xianfeng.errors import (
    DecodeError,
    LayoutError,
    NotAnArticleError,
    ParseError,
    StrictModeError,
    WarningCode,
)
from xianfeng.learn import learn_profile
from xianfeng.models import (
    SCHEMA_VERSION,
    Article,
    Attachment,
    Block,
    Credit,
    Footer,
    Image,
    Link,
    Media,
    Notice,
    Paragraph,
    ParseWarning,
    Section,
    Table,
)
from xianfeng.profile import Evidence, Profile

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Attachment",
    "Block",
    "Credit",
    "DecodeError",
    "Evidence",
    "Footer",
    "Image",
    "LayoutError",
    "Link",
    "Media",
    "NotAnArticleError",
    "Notice",
    "Paragraph",
    "ParseError",
    "ParseWarning",
    "Profile",
    "Section",
    "StrictModeError",
    "Table",
    "WarningCode",
    "learn_profile",
    "merge_pages",
    "parse_article",
]
