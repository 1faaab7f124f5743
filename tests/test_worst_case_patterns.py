"""Patterns rewritten so that a pathological page stays linear give what the plain
patterns give: runs of spaces, dots or brackets no longer cost quadratic time
(bench/bench_worst.py measures that), and every answer is the same."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.punctuation import TOKENIZER_SUFFIXES
from spacy.util import compile_suffix_regex

from extract.nlp import directives
from extract.nlp.tokenizer import TailSearch
from extract.page import text as page_text


def pieces(*words):
    return st.lists(st.sampled_from(words), max_size=30).map("".join)


# the plain forms, as they were before the "(?<!\s)" guard
PLAIN_PAGE_PATTERNS = {
    "_PHOTO_CREDIT": re.compile(r"\s*[-–,]\s*ảnh\s*:.*$", re.IGNORECASE),
    "UNIT_SUFFIX": re.compile(r"\s+[-–]\s*[A-ZĐ]{2,6}$"),
    "_CLOSING_DOT": re.compile(r"\s*\./\.$|\.$"),
    "_UNIT_IN_BRACKETS": re.compile(r"\s*\([^)]{1,60}\)$"),
    "_UNIT_AFTER_SLASH": re.compile(r"\s*/.{2,30}$"),
    "_NAME_SEPARATOR": re.compile(r"\s+[-–]\s+|,\s+(?=\w)"),
    "_END_MARK": re.compile(r"\s*\./\.\s*$"),
}
BYLINE_PIECES = pieces(" ", "  ", "\t", "\u00a0", "./.", ".", "-", "–", ",", "Ảnh", "ảnh", ":",
                       "(", ")", "/", "BTG", "Lan", "x")


@settings(max_examples=400, deadline=None)
@given(BYLINE_PIECES)
def test_guarded_byline_patterns_match_as_the_plain_ones(line):
    for name, plain in PLAIN_PAGE_PATTERNS.items():
        guarded = getattr(page_text, name)
        assert guarded.sub("#", line) == plain.sub("#", line), (name, line)
        assert guarded.split(line) == plain.split(line), (name, line)


PLAIN_SENTENCE_END = re.compile(r"[.!?…](?:[.!?…]*[\"”)]*\s+|(?<=[a-zà-ỹđ]\.)(?=[A-ZĐÀ-Ỹ]))")


@settings(max_examples=400, deadline=None)
@given(pieces(".", "..", "!", "?", "…", '"', "”", ")", " ", "\n", "xã", "Tiếp", "A", "b"))
def test_sentence_ends_are_found_where_the_plain_pattern_finds_them(text):
    found = [m.span() for m in directives._SENTENCE_END.finditer(text)]
    assert found == [m.span() for m in PLAIN_SENTENCE_END.finditer(text)]


SUFFIXES = compile_suffix_regex(TOKENIZER_SUFFIXES)


@settings(max_examples=400, deadline=None)
@given(pieces("(", ")", ".", "....", "…", "km", "5", "%", "'s", "xã", '"', "”", "\n", "US$", "—"))
def test_the_suffix_search_over_the_tail_finds_what_the_whole_search_finds(chunk):
    tail = TailSearch(SUFFIXES)
    for text in (chunk, chunk * 3, "x" + "." * 40, "(" * 30 + chunk):
        ours, whole = tail.search(text), SUFFIXES.search(text)
        assert (ours and ours.span()) == (whole and whole.span()), text


def test_the_window_is_the_widest_bounded_suffix():
    # spaCy's widest bounded suffixes are five characters ("km/h", "US$"...); "\.\.+" is
    # unbounded and handled by searching again
    assert TailSearch(SUFFIXES).window == 6
    assert TailSearch(re.compile(r"ab$|\.\.+$")).window == 3
    assert TailSearch(re.compile(r"\.\.+$")).search("x" + "." * 50).span() == (1, 51)


def test_a_pipeline_saved_and_loaded_back_keeps_the_tail_search(tmp_path):
    import spacy

    import extract

    nlp = extract.nlp()
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert isinstance(loaded.tokenizer.suffix_search.__self__, TailSearch)
    text = "Chủ tịch UBND tỉnh yêu cầu (khẩn trương) hoàn thành 17/17 xã..." + "(" * 50
    assert [t.text for t in loaded(text)] == [t.text for t in nlp(text)]
    assert loaded(text)._.officials == nlp(text)._.officials
