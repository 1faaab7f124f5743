"""Stage 2: one spaCy Doc per article, and the components that find facts in it.

Components run in this order and each may read what the earlier ones wrote:
admin units -> officials and organizations -> quantities -> directives.
Each writes record classes (`extract.record`) to a Doc extension, with
mentions as ``Mention("doc", start, end)`` character offsets into the Doc
text; the record stage maps them back to title, summary and text.

This package is also callable: ``extract.nlp()`` is ``build_nlp()``, a fresh
`Language` with our components, which you may extend and pass to
``extract.from_text(..., nlp=...)``:

    >>> import extract
    >>> nlp = extract.nlp()
    >>> nlp.pipe_names[0], nlp.pipe_names[-1]
    ('vn_admin_units', 'vn_directives')
    >>> nlp.add_pipe("my_component", last=True)   # yours, after ours

Why a callable package: ``extract.nlp`` must stay the subpackage (so that
``import extract.nlp.pipeline`` works, and Python itself binds the attribute
``extract.nlp`` to this module on such an import), yet ``extract.nlp()`` must
build a pipeline. A module cannot define ``__call__``, but its class can: the
package's module object is given a `types.ModuleType` subclass that has one.
Static type checkers do not know that; typed code can call
``extract.nlp.build_nlp()``, which is the same function.

spaCy loads only when one of these is first used: the record path
(`extract.nlp.components.read_facts`) runs the components without it.
"""

import importlib
import sys
import types
from typing import Any

__all__ = ["build_nlp", "doc_for_page", "shared_nlp"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("extract.nlp.pipeline"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _CallablePackage(types.ModuleType):
    """The class of this package's module object: calling it builds a pipeline."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """``extract.nlp(...)`` is ``build_nlp(...)``: a fresh spaCy `Language`.

        Args:
            components: factory names to add, in order (default: all of ours).

        Returns:
            The `Language`; add, remove or reconfigure components, then pass it
            as ``nlp=`` to `extract.from_text`.
        """
        from extract.nlp.pipeline import build_nlp

        return build_nlp(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
