"""The shared phrase index: one scan finds every lexicon phrase the components look up."""

from __future__ import annotations

import re

import pytest

from extract.nlp import build_nlp
from extract.nlp.phrase_index import (
    PhraseIndex,
    phrase_hits,
    phrase_index,
    phrase_key,
    read_sources,
)
from tests.update_digests import corpus_articles

KINDS = (
    "position", "qualifier", "honorific", "appointment", "org_head", "department", "board",
    "unit_type", "unit_word", "directive_verb", "modal", "reported", "quantity_unit",
)  # fmt: skip


def surface_regex(phrases) -> re.Pattern[str]:
    """The documented matching, written as a plain regex: leftmost, longest first."""

    def one(p: str) -> str:
        words = [re.escape(w) for w in p.split(" ")]
        body = r"[ \t]+".join(words).replace(r"[ \t]+\-[ \t]+", r"[ \t]*[-–][ \t]*")
        start = r"(?<!\w)" if p[0].isalnum() else ""
        return start + body + (r"(?!\w)" if p[-1].isalnum() else "")

    return re.compile("|".join(one(p) for p in sorted(phrases, key=len, reverse=True)))


def test_every_source_of_the_toml_gives_phrases():
    phrases = read_sources()
    found = {kind for kinds in phrases.values() for kind in kinds}
    assert found == set(KINDS)
    assert phrases["UBND"] == ("org_head",)
    # unit_words.tsv's "any" rows are indexed in lower, Capitalised and UPPER case
    assert {"tỉnh", "Tỉnh", "TỈNH"} <= {p for p, k in phrases.items() if "unit_word" in k}


def test_spaces_and_dashes_are_flexible_and_offsets_point_into_the_text():
    text = "Ông Lê Văn A,  Chủ\ttịch UBND tỉnh, yêu   cầu Sở Kế hoạch –  Đầu tư và các xã."
    hits = phrase_index().scan(text)
    found = {(text[h.start : h.end], h.phrase) for h in hits}
    assert ("Chủ\ttịch", "Chủ tịch") in found
    assert ("yêu   cầu", "yêu cầu") in found
    assert ("Kế hoạch –  Đầu tư", "Kế hoạch - Đầu tư") in found
    assert ("xã", "xã") in found
    for h in hits:
        assert phrase_key(text[h.start : h.end]) == h.phrase


@pytest.mark.parametrize("written", ["Kế hoạch-Đầu tư", "Kế hoạch – Đầu tư", "Kế hoạch- Đầu tư"])
def test_a_dash_in_a_phrase_matches_either_dash_with_or_without_spaces(written):
    text = f"Giám đốc Sở {written} phát biểu."
    hits = [h for h in phrase_index().scan(text) if h.phrase == "Kế hoạch - Đầu tư"]
    assert [text[h.start : h.end] for h in hits] == [written]


def test_a_phrase_inside_a_longer_word_is_not_a_hit():
    hits = phrase_index().scan("UBNDX, xUBND và UBND.")
    assert [(h.start, h.end) for h in hits if h.phrase == "UBND"] == [(16, 20)]


def test_overlapping_phrases_are_all_reported_longest_first():
    hits = phrase_index().scan("Huyện cần phải làm.")
    assert [h.phrase for h in hits if "modal" in h.kinds] == ["cần phải", "cần", "phải"]


def test_an_empty_index_is_refused():
    with pytest.raises(ValueError, match="at least one phrase"):
        PhraseIndex({})


@pytest.mark.parametrize("kind", KINDS)
def test_on_the_corpora_the_index_finds_what_a_regex_alternation_finds(kind):
    phrases = [p for p, kinds in read_sources().items() if kind in kinds]
    regex, index = surface_regex(phrases), phrase_index()
    for key, text, _ in corpus_articles():
        hits = {(h.start, h.end) for h in index.scan(text) if kind in h.kinds}
        expected = {m.span() for m in regex.finditer(text)}
        assert expected <= hits, key
        # and each hit is a phrase of that kind as the regex reads it
        assert all(regex.fullmatch(text, s, e) for s, e in hits), key
        # what a component's own scan finds, the index gives without scanning again
        chosen = index_hits(text).longest(kind)
        assert [(h.start, h.end) for h in chosen] == [m.span() for m in regex.finditer(text)], key


def index_hits(text: str):
    from extract.nlp.phrase_index import PhraseHits

    return PhraseHits(phrase_index().scan(text))


def test_longest_pools_kinds_and_keeps_the_longest_phrase_at_each_start():
    hits = index_hits("Huyện cần phải làm, phải báo cáo.")
    assert [h.phrase for h in hits.longest("modal")] == ["cần phải", "phải"]
    text = "Phó Chủ tịch UBND tỉnh"
    both = index_hits(text).longest("position", "org_head")
    assert [text[h.start : h.end] for h in both] == ["Phó Chủ tịch", "UBND"]
    assert index_hits(text).longest() == []


def test_the_doc_keeps_its_hits_from_one_scan():
    nlp = build_nlp(())
    doc = nlp("Chủ tịch UBND tỉnh yêu cầu các sở.")
    first = phrase_hits(doc)
    assert phrase_hits(doc) is first and doc._.phrases is first
    assert [doc.text[h.start : h.end] for h in first.of("position")] == ["Chủ tịch"]
    other = nlp("Bí thư Huyện ủy.")
    assert [h.phrase for h in other._.phrases.of("position")] == ["Bí thư"]
