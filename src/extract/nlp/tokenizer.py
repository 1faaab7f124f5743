"""A syllable tokenizer for Vietnamese: white space, then punctuation split off.

spaCy's Vietnamese tokenizer without pyvi splits on white space only, which
leaves "Thắng," and "(91,5%);" as single tokens; entity spans need the
punctuation apart. Syllables stay whole: word segmentation is not needed by
our rule-based components and would cost more than everything else together.
"""

from __future__ import annotations

import re

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
        return Tokenizer(
            nlp.vocab,
            prefix_search=compile_prefix_regex(TOKENIZER_PREFIXES).search,
            suffix_search=compile_suffix_regex(TOKENIZER_SUFFIXES).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=re.compile(r"^\d+(?:[.,/]\d+)+%?$").match,
        )

    return make
