"""vnextract: structured data from Vietnamese provincial news.

    >>> import extract
    >>> rec = extract.from_text(text, url="https://dongthap.gov.vn/...")
    >>> rec.officials, rec.locations, rec.ratios, rec.directives

Heavy modules (spaCy, the gazetteer) load on first use, so ``import extract``
and ``vnextract --help`` stay fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it
_API = {
    "from_text": "extract.api",
    "from_page": "extract.api",
    "from_html": "extract.api",
    "from_url": "extract.api",
    "process": "extract.api",
    "Record": "extract.record",
    "Page": "extract.page",
    "nlp": "extract.nlp",  # the subpackage itself: calling it builds a pipeline
    "to_frame": "extract.frames",
    "people": "extract.knowledge",
    "directive_register": "extract.knowledge",
    "unit_series": "extract.knowledge",
    "read_records": "extract.knowledge",
}


def __getattr__(name: str) -> Any:
    if name in _API:
        module = importlib.import_module(_API[name])
        # a subpackage named like the API entry (extract.nlp) is the entry itself
        return module if module.__name__ == f"{__name__}.{name}" else getattr(module, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])


__all__ = sorted(_API)
