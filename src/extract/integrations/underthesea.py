"""underthesea on our Doc: its words, POS tags and named entities, for your own components.

    >>> nlp = extract.nlp(extras=["underthesea"])
    >>> doc = nlp("Chủ tịch UBND tỉnh Đồng Tháp Phạm Thiện Nghĩa làm việc tại huyện Cao Lãnh.")
    >>> [(t.text, t._.ut_word, t._.ut_pos) for t in doc[:3]]
    [('Chủ', 'B', 'N'), ('tịch', 'I', 'N'), ('UBND', 'B', 'Np')]
    >>> [(s.text, s.label_) for s in doc.spans["underthesea"]]

A bridge, not part of the default pipeline: on our corpora underthesea's NER
finds officials, places and bodies far less accurately than our components,
and at about 6 articles/s against our 300 (README, "How well it works"). It
is here for users who build their own components on its word segmentation
and tags. The Doc is ours (one token per syllable); each underthesea word
covers one or more of our tokens:

- ``token._.ut_word``: "B" on a word's first syllable, "I" on the others;
- ``token._.ut_pos``: the POS tag of the word the syllable belongs to;
- ``doc.spans["underthesea"]``: its named entities (labels PER, LOC, ORG, MISC).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.nlp.spans import TEXT_KEY

__all__ = ["SPANS_KEY", "UndertheseaTagger", "Word"]

SPANS_KEY = "underthesea"
INSTALL_HINT = "the underthesea bridge needs underthesea: pip install 'vnextract[underthesea]'"


@dataclass(frozen=True)
class Word:
    """One underthesea word, placed in the Doc text."""

    start: int
    end: int
    pos: str
    entity: str  # BIO label: "B-PER", "I-LOC", "O"


@Language.factory("underthesea", default_config={})
def make_underthesea(nlp: Language, name: str) -> UndertheseaTagger:
    """The spaCy factory of `UndertheseaTagger` (``nlp.add_pipe("underthesea")``)."""
    return UndertheseaTagger(name)


class UndertheseaTagger:
    """Runs ``underthesea.ner`` line by line and writes its words, tags and entities."""

    def __init__(self, name: str = "underthesea"):
        """Check that underthesea is installed (ImportError with the install command if not)."""
        try:
            from underthesea import ner
        except ImportError as error:
            raise ImportError(INSTALL_HINT) from error
        self.name = name
        self._ner = ner
        for attr in ("ut_word", "ut_pos"):
            if not Token.has_extension(attr):
                Token.set_extension(attr, default=None)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        words = self.match(doc)
        self.set_annotations(doc, words)
        return doc

    def match(self, doc: Doc) -> list[Word]:
        """underthesea's words over the Doc's text, one line at a time.

        Args:
            doc: a Doc from our pipeline (or any Doc).

        Returns:
            The words with their character offsets in the Doc text; a word the
            tagger rewrote beyond recognition is left out.
        """
        text = doc.user_data.get(TEXT_KEY) or doc.text
        words: list[Word] = []
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                words += self._line_words(line, offset)
            offset += len(line) + 1
        return words

    def _line_words(self, line: str, offset: int) -> list[Word]:
        found, cursor = [], 0
        for surface, pos, _chunk, label in self._ner(line):
            start = line.find(surface, cursor)
            if start < 0 or start - cursor > 40:  # rewritten by the tagger
                continue
            cursor = start + len(surface)
            found.append(Word(offset + start, offset + cursor, pos, label))
        return found

    def set_annotations(self, doc: Doc, words: list[Word]) -> None:
        """Write ``ut_word`` and ``ut_pos`` on tokens and the entities to ``doc.spans``.

        Args:
            doc: the Doc the words were found in.
            words: from `match`.
        """
        entities: list[Span] = []
        current: list | None = None  # [label, start_token, end_token]
        for word in words:
            span = doc.char_span(word.start, word.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            for i, token in enumerate(span):
                token._.ut_word = "I" if i else "B"
                token._.ut_pos = word.pos
            kind = word.entity[2:] if word.entity[:2] in ("B-", "I-") else None
            if kind and word.entity.startswith("I-") and current and current[0] == kind:
                current[2] = span.end
                continue
            if current:
                entities.append(Span(doc, current[1], current[2], label=current[0]))
            current = [kind, span.start, span.end] if kind else None
        if current:
            entities.append(Span(doc, current[1], current[2], label=current[0]))
        doc.spans[SPANS_KEY] = entities
