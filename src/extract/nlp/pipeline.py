"""Build the spaCy `Language` and turn a `Page` into an analysed Doc.

The pipeline is a blank Vietnamese model with our syllable tokenizer and our
components (`extract.nlp.components`), in order, registered here as spaCy
factories. Users may add, remove or reconfigure components on the `Language`
that `build_nlp` returns. The record path (`extract.from_text`) runs the same
components without spaCy (`extract.nlp.components.read_facts`).
"""

from __future__ import annotations

import importlib
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.nlp import (
    components,
    tokenizer,  # noqa: F401  (registers the tokenizer)
)
from extract.nlp.article import article_of
from extract.nlp.deadlines import DeadlineFinder
from extract.nlp.directives import DirectiveRecognizer
from extract.nlp.extensions import register_extensions
from extract.nlp.officials import OfficialRecognizer
from extract.nlp.organizations import OrganizationRecognizer
from extract.nlp.quantities import QuantityFinder
from extract.nlp.spans import RECORD_ONLY_KEY, TEXT_KEY
from extract.nlp.units import AdminUnitRecognizer
from extract.page import Page

# Component factory names, in the order they run. They read the Doc's text by
# character offsets, never its tokens: `doc_for_page(..., for_record=True)`
# skips tokenizing for them.
COMPONENTS: tuple[str, ...] = tuple(components.COMPONENTS)
_OURS = frozenset(COMPONENTS)


@Language.factory("vn_admin_units", default_config={})
def make_admin_units(nlp: Language, name: str) -> AdminUnitRecognizer:
    """spaCy factory: ``nlp.add_pipe("vn_admin_units")``."""
    return AdminUnitRecognizer(nlp, name)


@Language.factory("vn_organizations", default_config={})
def make_organizations(nlp: Language, name: str) -> OrganizationRecognizer:
    """spaCy factory: ``nlp.add_pipe("vn_organizations")``."""
    return OrganizationRecognizer(nlp, name)


@Language.factory("vn_officials", default_config={})
def make_officials(nlp: Language, name: str) -> OfficialRecognizer:
    """spaCy factory: ``nlp.add_pipe("vn_officials")`` (after ``vn_organizations``)."""
    return OfficialRecognizer(nlp, name)


@Language.factory("vn_quantities", default_config={"lexicon": None})
def make_quantity_finder(nlp: Language, name: str, lexicon: str | None) -> QuantityFinder:
    """spaCy factory: ``nlp.add_pipe("vn_quantities")``."""
    return QuantityFinder(nlp, name, lexicon)


@Language.factory("vn_directives", default_config={})
def make_directive_recognizer(nlp: Language, name: str) -> DirectiveRecognizer:
    """spaCy factory: ``nlp.add_pipe("vn_directives")`` (after ``vn_officials``)."""
    return DirectiveRecognizer(nlp, name)


@Language.factory("vn_deadlines", default_config={})
def make_deadline_finder(nlp: Language, name: str) -> DeadlineFinder:
    """spaCy factory: ``nlp.add_pipe("vn_deadlines")`` (after ``vn_directives``)."""
    return DeadlineFinder(nlp, name)


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
    article = article_of(page)
    text = article.text
    doc = nlp.make_doc(text) if tokens or not text else Doc(Vocab(), words=[text], spaces=[False])
    doc.user_data[TEXT_KEY] = text  # spaCy would join the tokens again on every doc.text
    doc.user_data.update(article.user_data)  # its context
    return doc
