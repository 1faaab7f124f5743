"""Build the spaCy `Language` and turn a `Page` into an analysed Doc.

The pipeline is a blank Vietnamese model with our syllable tokenizer and the
components below, in order. Users may add, remove or reconfigure components
on the `Language` that `build_nlp` returns.
"""

from __future__ import annotations

import importlib
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.nlp import (  # noqa: F401  (registers factories)
    deadlines,
    directives,
    officials,
    organizations,
    quantities,
    tokenizer,
    units,
)
from extract.nlp.extensions import ArticleContext, register_extensions, set_context
from extract.nlp.spans import RECORD_ONLY_KEY, TEXT_KEY
from extract.page import Page
from extract.urls import source_of

# Component factory names, in the order they run. Importing a component's
# module registers its factory. They read the Doc's text by character offsets,
# never its tokens: `doc_for_page(..., for_record=True)` skips tokenizing for them.
COMPONENTS: tuple[str, ...] = (
    "vn_admin_units",
    "vn_organizations",
    "vn_officials",
    "vn_quantities",
    "vn_directives",
    "vn_deadlines",
)
_OURS = frozenset(COMPONENTS)
FIELD_SEPARATOR = "\n\n"
# Optional bridges (``extras``): name -> the module that registers its factory.
# They run first, so our components and yours may read what they wrote.
EXTRAS = {"underthesea": "extract.integrations.underthesea"}


def build_nlp(components: tuple[str, ...] = COMPONENTS, extras: tuple[str, ...] = ()) -> Language:
    """A fresh pipeline with our tokenizer, extensions and ``components``.

    Args:
        components: factory names to add, in order (default: all of ours).
        extras: optional bridges to add before them, by name: "underthesea"
            (its words, POS tags and entities on the Doc; needs
            ``pip install 'vnextract[underthesea]'``). None by default.

    Returns:
        The `Language`; call it on text, or use `doc_for_page`.

    Raises:
        ValueError: for an unknown extra.
        ImportError: when an extra's package is not installed (the message
            gives the install command).
    """
    register_extensions()
    nlp = spacy.blank(
        "vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.syllables.v1"}}}
    )
    nlp.max_length = 50_000_000  # articles are short; a pathological page must not raise
    for extra in extras:
        if extra not in EXTRAS:
            raise ValueError(f"unknown extra {extra!r}; known: {', '.join(sorted(EXTRAS))}")
        importlib.import_module(EXTRAS[extra])
        nlp.add_pipe(extra)
    for name in components:
        nlp.add_pipe(name)
    return nlp


@cache
def shared_nlp() -> Language:
    """The default pipeline, built once per process."""
    return build_nlp()


def doc_for_page(page: Page, nlp: Language | None = None, for_record: bool = False) -> Doc:
    """Run the pipeline over a page's title, summary and text, joined as one Doc.

    Args:
        page: the page to analyse.
        nlp: a pipeline from `build_nlp` (default: `shared_nlp()`).
        for_record: True when only the facts are wanted, as `extract.from_page`
            wants them: our components then write no ``doc.ents``, and when every
            component is ours the text is not tokenized either (the Doc holds it
            as one token): they read it by character offsets, never by tokens.

    Returns:
        The Doc, with ``doc._.context`` describing where each field lies.
    """
    nlp = nlp or shared_nlp()
    pipeline = nlp.pipeline  # each read builds the list again (nlp.pipe_names: twice)
    tokens = not for_record or not {name for name, _ in pipeline} <= _OURS
    doc = article_doc(page, nlp, tokens=tokens)
    if for_record:
        doc.user_data[RECORD_ONLY_KEY] = True
    for _, component in pipeline:
        doc = component(doc)
    return doc


def article_doc(page: Page, nlp: Language, tokens: bool = True) -> Doc:
    """The Doc of a page, before any component: title, summary and text
    joined by blank lines, its text kept and ``doc._.context`` filled in.

    Args:
        page: the page to analyse.
        nlp: the pipeline whose tokenizer to use.
        tokens: False for one token holding the whole text, in a vocabulary of its
            own (the shared one would keep every article's text for good).

    Returns:
        The Doc (`doc_for_page` then runs the components over it).
    """
    parts, fields, offset = [], [], 0
    for name in ("title", "summary", "text"):
        value = getattr(page, name) or ""
        if not value:
            continue
        if parts:
            parts.append(FIELD_SEPARATOR)
            offset += len(FIELD_SEPARATOR)
        parts.append(value)
        fields.append((name, offset, offset + len(value)))
        offset += len(value)
    text = "".join(parts)
    doc = nlp.make_doc(text) if tokens or not text else Doc(Vocab(), words=[text], spaces=[False])
    doc.user_data[TEXT_KEY] = text  # spaCy would join the tokens again on every doc.text
    context = ArticleContext(
        url=page.url, source=source_of(page.url), published=page.published, fields=fields
    )
    set_context(doc, context)
    return doc
