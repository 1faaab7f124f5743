"""A syllable tokenizer for Vietnamese: white space, then punctuation split off.

spaCy's Vietnamese tokenizer without pyvi splits on white space only, which
leaves "Thắng," and "(91,5%);" as single tokens; entity spans need the
punctuation apart. Syllables stay whole: word segmentation is not needed by
our rule-based components and would cost more than everything else together.
"""

from __future__ import annotations

import re
from re import _constants as re_constants
from re import _parser as re_parser

import spacy
from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex


@spacy.registry.tokenizers("vnextract.syllables.v1")
def create_syllable_tokenizer():
    """Registered tokenizer factory (``@tokenizers = "vnextract.syllables.v1"``)."""

    def make(nlp: Language) -> Tokenizer:
        infixes = list(TOKENIZER_INFIXES) + [
            r"(?<=\w)[;,)(](?=\S)",
            r"(?<=[a-zà-ỹ])\.(?=[A-ZĐÀ-Ỹ])",
        ]
        return SyllableTokenizer(
            nlp.vocab,
            prefix_search=compile_prefix_regex(TOKENIZER_PREFIXES).search,
            suffix_search=TailSearch(compile_suffix_regex(TOKENIZER_SUFFIXES)).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=re.compile(r"^\d+(?:[.,/]\d+)+%?$").match,
        )

    return make


class SyllableTokenizer(Tokenizer):
    """spaCy's Tokenizer, whose suffix search stays a `TailSearch` when the pipeline is
    loaded back (``spacy.load`` of a pipeline saved with ``nlp.to_disk``).

    spaCy saves the suffix rule as its pattern and loads it back as the plain
    ``re.Pattern.search``, which gives the same answers but is quadratic again on a
    chunk of thousands of brackets.
    """

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()) -> SyllableTokenizer:
        """What `Tokenizer.from_bytes` does (`from_disk` reads through it), keeping the
        tail search when the loaded suffix pattern is the one it searches.

        Args:
            bytes_data: the serialized tokenizer.
            exclude: names of serialization fields to leave as they are.

        Returns:
            The tokenizer itself.
        """
        tail = getattr(self.suffix_search, "__self__", None)
        super().from_bytes(bytes_data, exclude=exclude)
        loaded = getattr(self.suffix_search, "__self__", None)
        if isinstance(tail, TailSearch) and isinstance(loaded, re.Pattern) \
                and loaded.pattern == tail.pattern and loaded.flags == tail.regex.flags:
            self.suffix_search = tail.search
        return self


class TailSearch:
    """``regex.search`` for a pattern whose matches end the string ("...$"), reading
    only the last characters a match may span.

    spaCy asks for a chunk's suffix again after each affix it strips, searching the
    whole chunk each time: quadratic in the chunk's length (a chunk of 10,000
    brackets took 11 seconds). spaCy saves the pattern as ``search.__self__.pattern``.

    Exact for patterns whose branches are of bounded width or, like spaCy's
    "\\.\\.+", match every tail of their own matches: a match found right at the
    window's start may run on before it, and the whole string is searched then.
    """

    def __init__(self, regex: re.Pattern[str]):
        """Args: the suffix pattern (each branch anchored at the end, "...$")."""
        self.regex = regex
        self.pattern = regex.pattern
        self.window = _window(regex)

    def search(self, string: str) -> re.Match[str] | None:
        """What ``regex.search(string)`` gives."""
        pos = len(string) - self.window
        if pos <= 0:
            return self.regex.search(string)
        match = self.regex.search(string, pos)
        if match is not None and match.start() == pos:
            return self.regex.search(string)  # it may start further back ("..........")
        return match


def _window(regex: re.Pattern[str]) -> int:
    """How many characters to read so that a match of each top-level branch of the
    pattern is seen: the widest of the bounded branches, the shortest match of each
    unbounded one; one more, as "$" may stand before a final "\\n"."""
    parsed = re_parser.parse(regex.pattern, regex.flags)
    (op, value), *rest = parsed.data
    branches = value[1] if op is re_constants.BRANCH and not rest else [parsed]
    widths = [branch.getwidth() for branch in branches]
    return 1 + max(low if high >= re_constants.MAXREPEAT else high for low, high in widths)
