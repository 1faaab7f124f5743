"""Which engine for the shared phrase index: one scan over every lexicon phrase.

    .venv/bin/python bench/bench_phrases.py [--rounds 20]

Every phrase of lexicons/phrase_index.toml (`extract.nlp.phrase_index.read_sources`)
is compiled into each engine, then each scans the normalised text of every
page-length article (bench_batch.py's `page_length_articles`: dev and test
articles brought to 1-4 kB) for all occurrences:

- ahocorasick-rs (Rust ``aho-corasick``), overlapping matches;
- pyahocorasick (C), overlapping matches;
- a regex alternation of the phrases, longest first, behind a lookahead on
  their first letters: it finds leftmost-longest matches only, so it is both
  less than the automata give and the yardstick they must beat;
- one such alternation per kind of phrase (the phrases of one lexicon), each
  scanning the whole text with the components' boundaries and flexible spaces
  and dashes: the plain form of the components' lookups, one lexicon at a
  time (the components spare part of it by trying their alternations only
  where a first word stands, `extract.nlp.spans.finditer_at`; their real
  time in ``re`` is in bench/profile_pipeline.py).

Reported per engine: compile time, microseconds per article (CPU time of this
process, best of the rounds), and the ratio to the regex alternation measured
in the same run. The automata are checked to agree hit for hit. Also reported:
the whole `PhraseIndex.scan` (dash spellings, word boundaries, the hits), and
one lookup a component makes today against the same answer read from the
index: the officials component's titles (``finditer_at`` over its positions
alternation) and ``PhraseHits.longest("position")``, checked equal.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_batch's article sets

from bench_batch import corpus_articles, page_length_articles  # noqa: E402
from extract.nlp.phrase_index import PhraseIndex, _single_spaced, read_sources  # noqa: E402


def best_time(function, texts, rounds: int) -> float:
    """CPU seconds per text of ``function(text)``, the best of ``rounds`` passes."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            function(text)
        best = min(best, (time.process_time() - start) / len(texts))
    return best


def engines(keys: list[str]) -> dict:
    """name -> (compile seconds, scan function returning a set of (start, end, key))."""
    import ahocorasick
    import ahocorasick_rs

    built = {}
    start = time.process_time()
    rs = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MATCHKIND_STANDARD)
    built["ahocorasick-rs"] = (
        time.process_time() - start,
        lambda text: {
            (s, e, keys[i]) for i, s, e in rs.find_matches_as_indexes(text, overlapping=True)
        },
    )
    start = time.process_time()
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    automaton.make_automaton()
    built["pyahocorasick"] = (
        time.process_time() - start,
        lambda text: {(e - len(k) + 1, e + 1, k) for e, k in automaton.iter(text)},
    )
    start = time.process_time()
    ordered = sorted(keys, key=len, reverse=True)
    letters = "".join(sorted({re.escape(k[0]) for k in keys}))
    alternation = re.compile(f"(?=[{letters}])(?:{'|'.join(map(re.escape, ordered))})")
    built["regex alternation"] = (
        time.process_time() - start,
        lambda text: {(m.start(), m.end(), m.group()) for m in alternation.finditer(text)},
    )
    return built


def surface_pattern(phrase: str) -> str:
    """A phrase as the components write it in a regex: spaces flexible, a dash with or
    without spaces, a word boundary at an end that is a letter or digit."""
    words = [re.escape(w) for w in phrase.split(" ")]
    body = r"[ \t]+".join(words).replace(r"[ \t]+\-[ \t]+", r"[ \t]*[-–][ \t]*")
    start = r"(?<!\w)" if phrase[0].isalnum() else ""
    return start + body + (r"(?!\w)" if phrase[-1].isalnum() else "")


def per_kind_scans(phrases: dict[str, tuple[str, ...]]):
    """(compile seconds, scan function): one alternation per kind, each over the text."""
    start = time.process_time()
    patterns = []
    for kind in sorted({k for kinds in phrases.values() for k in kinds}):
        mine = sorted((p for p, kinds in phrases.items() if kind in kinds), key=len, reverse=True)
        letters = "".join(sorted({re.escape(p[0]) for p in mine}))
        alternatives = "|".join(map(surface_pattern, mine))
        patterns.append(re.compile(f"(?=[{letters}])(?:{alternatives})"))
    return time.process_time() - start, lambda text: [p.findall(text) for p in patterns]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    texts = [t for _, t in page_length_articles(corpus_articles("dev") + corpus_articles("test"))]
    normal = [_single_spaced(t)[0] for t in texts]
    phrases = read_sources()
    keys = list(phrases)
    built = engines(keys)
    found = {name: [scan(t) for t in normal] for name, (_, scan) in built.items()}
    agree = found["ahocorasick-rs"] == found["pyahocorasick"]
    pairs = zip(found["regex alternation"], found["ahocorasick-rs"], strict=True)
    covered = all(regex_hits <= automaton_hits for regex_hits, automaton_hits in pairs)
    times = {name: best_time(scan, normal, args.rounds) for name, (_, scan) in built.items()}
    kinds_compile, kinds_scan = per_kind_scans(phrases)
    kinds_time = best_time(kinds_scan, texts, args.rounds)
    kinds_hits = sum(len(m) for t in texts for m in kinds_scan(t)) / len(texts)
    start = time.process_time()
    index = PhraseIndex(phrases)
    index_compile = time.process_time() - start
    index_scan = best_time(index.scan, texts, args.rounds)
    reference = times["regex alternation"]
    size = sum(len(t.encode()) for t in texts) / len(texts) / 1000
    print(
        f"{len(keys)} phrases; {len(texts)} articles of {size:.1f} kB on average;"
        f" CPU time, best of {args.rounds}. Automata agree hit for hit: {agree};"
        f" every regex match is among their hits: {covered}.\n"
    )
    print("| engine | compile | hits / article | µs / article | vs regex alternation |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, (compile_s, _) in built.items():
        hits = sum(map(len, found[name])) / len(texts)
        print(
            f"| {name} | {compile_s * 1e3:.1f} ms | {hits:.0f} | {times[name] * 1e6:.0f}"
            f" | {reference / times[name]:.1f}× |"
        )
    index_hits = sum(len(index.scan(t)) for t in texts) / len(texts)
    print(
        f"| one alternation per kind ({len(set().union(*phrases.values()))} whole-text"
        f" scans) | {kinds_compile * 1e3:.1f} ms | {kinds_hits:.0f}"
        f" | {kinds_time * 1e6:.0f} | {reference / kinds_time:.1f}× |"
    )
    print(
        f"| `PhraseIndex.scan` (ahocorasick-rs, dash spellings, word boundaries, hits)"
        f" | {index_compile * 1e3:.1f} ms | {index_hits:.0f}"
        f" | {index_scan * 1e6:.0f} | {reference / index_scan:.1f}× |"
    )

    print()
    print(officials_titles(texts, index, args.rounds))


def officials_titles(texts: list[str], index: PhraseIndex, rounds: int) -> str:
    """The officials component's title lookup today against the index's answer."""
    from extract.nlp.phrase_index import PhraseHits

    try:
        from extract.nlp.officials import official_lexicon
        from extract.nlp.spans import finditer_at

        lex = official_lexicon()
        finder, candidates = lex.title_finder, lex.title_candidates
    except (ImportError, AttributeError) as error:  # the component has changed
        return f"officials' title lookup: not measured ({error})"

    def today(text):
        return [m.span() for m in finditer_at(finder, candidates, text)]

    def from_index(hits):
        return [(h.start, h.end) for h in hits.longest("position")]

    hits = [PhraseHits(index.scan(t)) for t in texts]
    same = all(today(t) == from_index(h) for t, h in zip(texts, hits, strict=True))
    own, read = best_time(today, texts, rounds), best_time(from_index, hits, rounds)
    return (
        f"Officials' titles: its own scan {own * 1e6:.0f} µs per article; read from the"
        f" index {read * 1e6:.0f} µs (after the shared scan); same spans: {same}."
    )


if __name__ == "__main__":
    main()
