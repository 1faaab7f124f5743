"""spans.finditer_at and search_at: an alternation tried only where it can start;
organizations.Table: an alternation split by first character."""

from __future__ import annotations

import re
import sys

import pytest

from extract.nlp.phrase_index import read_sources
from extract.nlp.spans import finditer_at, first_word_finder, first_word_starts
from tests.test_phrase_index import KINDS, surface_regex
from tests.update_digests import corpus_articles


@pytest.mark.parametrize("kind", KINDS)
def test_finditer_at_finds_what_the_whole_scan_finds_on_the_corpora(kind):
    phrases = [p for p, kinds in read_sources().items() if kind in kinds]
    pattern, candidates = surface_regex(phrases), first_word_finder(phrases)
    for key, text, _ in corpus_articles():
        found = [m.span() for m in finditer_at(pattern, candidates, text)]
        assert found == [m.span() for m in pattern.finditer(text)], key
        # the places it tries, from the automaton, are the candidate regex's matches
        starts = [m.start() for m in candidates.finditer(text)]
        assert first_word_starts(candidates, text) == starts, key


def test_the_shared_scan_answers_each_pattern_for_each_text_in_any_order():
    titles = first_word_finder(["Bí thư Tỉnh ủy", "Chủ tịch", "Phó Chủ tịch"])
    bodies = first_word_finder(["Ủy ban nhân dân", "Sở Nội vụ", "(Bí thư)", "Chủ tịch nước"])
    texts = ["Bí thư Tỉnh ủy và Phó Chủ tịch UBND", "Ủy ban nhân dân; Sở Nội vụ (Bí thư) xBí thư"]
    for text, pattern in [(0, titles), (1, titles), (1, bodies), (0, bodies), (0, titles)]:
        found = first_word_starts(pattern, texts[text])
        assert found == [m.start() for m in pattern.finditer(texts[text])], (text, pattern)
    late = first_word_finder(["Bí thư", "Thứ trưởng"])  # made after the scans above
    assert first_word_starts(late, texts[0]) == [0]
    assert first_word_starts(late, "Thứ trưởng Bộ") == [0]
    assert first_word_starts(titles, "Thứ trưởng Bộ") == []


def test_records_made_in_threads_at_once_are_those_made_one_by_one():
    # the shared scan keeps the last text: threads asking for other texts between
    # one component and the next must still each get their own text's places
    from concurrent.futures import ThreadPoolExecutor

    import extract

    articles = [(key, text) for key, text, _ in corpus_articles()[:24]]
    alone = [extract.from_text(text, url=f"https://baodongthap.vn/{key}").to_json()
             for key, text in articles]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns inside the components, not between articles
    try:
        with ThreadPoolExecutor(4) as pool:
            together = list(pool.map(
                lambda item: extract.from_text(item[1], url=f"https://baodongthap.vn/{item[0]}").to_json(),
                articles * 3,
            ))
    finally:
        sys.setswitchinterval(interval)
    assert together == alone * 3


def test_first_words_that_start_with_punctuation_need_no_word_boundary():
    surfaces = ["(Bí thư)", "Bí thư", "-UBND"]
    pattern = re.compile(r"\(Bí thư\)|(?<!\w)Bí thư(?!\w)|-UBND")
    candidates = first_word_finder(surfaces)
    text = "xBí thư, (Bí thư) và QĐ-UBND; Bí thư."
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in finditer_at(pattern, candidates, text)] == expected
    assert [text[s:e] for s, e in expected] == ["(Bí thư)", "-UBND", "Bí thư"]


def test_a_candidate_pattern_made_elsewhere_is_scanned_as_it_is():
    pattern = re.compile(r"xã \w+")
    candidates = re.compile(r"(?=xã )")
    text = "Các xã Mỹ Hiệp và xã Bình Hàng Tây"
    assert [m.group() for m in finditer_at(pattern, candidates, text)] == ["xã Mỹ", "xã Bình"]


def test_search_at_finds_what_search_finds_before_each_place_of_the_corpora():
    from extract.nlp.officials import _NAME_TAIL, _NAME_TAIL_STARTS, official_lexicon
    from extract.nlp.spans import search_at

    lex = official_lexicon()
    windows = [
        (lex.qualifier_before, lex.qualifier_starts, 10),
        (lex.honorific_before, lex.honorific_starts, 20),
        (lex.appointment_before, lex.appointment_starts, 40),
        (_NAME_TAIL, _NAME_TAIL_STARTS, 60),
    ]
    for key, text, _ in corpus_articles()[::4]:
        for end in range(0, len(text), 3):
            for pattern, starts, width in windows:
                found = search_at(pattern, starts, text, max(0, end - width), end)
                whole = pattern.search(text, max(0, end - width), end)
                assert (found and found.span()) == (whole and whole.span()), (key, end)


def test_a_split_alternation_matches_as_the_whole_one_at_each_place_of_the_corpora():
    from extract.nlp.officials import official_lexicon
    from extract.nlp.organizations import org_lexicon, surface_key

    org, officials = org_lexicon(), official_lexicon()
    tables = [org.heads, org.departments, org.unit_types, officials.positions, officials.honorifics]
    for key, text, _ in corpus_articles()[::4]:
        for pos in range(len(text)):
            for table in tables:
                whole = table.pattern.match(text, pos)
                value = table.values.get(surface_key(whole.group())) if whole else None
                expected = (value, whole.end()) if whole else None
                assert table.match(text, pos) == expected, (key, pos)
