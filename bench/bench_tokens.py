"""Tokens without a second pass? spaCy's tokenizer against one regex split.

    .venv/bin/python bench/bench_tokens.py [--rounds 20]

Issue 16 asks whether the syllable Doc is cheaper built straight from one
regex split, ``Doc(vocab, words=..., spaces=...)``, than by our spaCy
tokenizer (`extract.nlp.tokenizer`, prefix/suffix/infix rules). The split
here is exact by construction: the text is cut into runs of white space and
of other characters as spaCy cuts it, one space after a token becomes its
trailing space, and each other run is cut into pieces by the real tokenizer
once, then looked up in a dict (spaCy's tokenizer keeps a cache the same way).
Both must give the same Docs (checked on every article: words and spaces).

Reported, CPU time per article (best of the rounds) on the page-length
articles of bench_batch.py: the tokenizer, the split with its Doc, the regex
split alone, and ``Doc(words=..., spaces=...)`` alone with the words given.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_batch's article sets

from bench_batch import corpus_articles, page_length_articles  # noqa: E402
from extract.nlp.article import FIELD_SEPARATOR  # noqa: E402
from extract.nlp.pipeline import build_nlp  # noqa: E402
from extract.page import page_from_text  # noqa: E402

RUNS = re.compile(r"\S+|\s+")  # \s is str.isspace, as spaCy's tokenizer splits


class SplitTokenizer:
    """One regex split, pieces of each run cached, then ``Doc(words, spaces)``."""

    def __init__(self, nlp):
        self.vocab, self.tokenizer, self.pieces = nlp.vocab, nlp.tokenizer, {}

    def words(self, text: str) -> tuple[list[str], list[bool]]:
        words: list[str] = []
        spaces: list[bool] = []
        for run in RUNS.findall(text):
            if run[0] == " " and words:  # the space after a token is its trailing space
                spaces[-1] = True
                run = run[1:]
                if not run:
                    continue
            pieces = self.pieces.get(run)
            if pieces is None:
                pieces = self.pieces[run] = tuple(t.text for t in self.tokenizer(run))
            words += pieces
            spaces += [False] * len(pieces)
        return words, spaces

    def __call__(self, text: str) -> Doc:
        words, spaces = self.words(text)
        return Doc(self.vocab, words=words, spaces=spaces)


def best(function, inputs, rounds: int) -> float:
    """CPU seconds per input of ``function(input)``, the best of ``rounds`` passes."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        for item in inputs:
            function(item)
        times.append((time.process_time() - start) / len(inputs))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    texts = []
    for url, raw in page_length_articles(corpus_articles("dev") + corpus_articles("test")):
        page = page_from_text(raw, url)
        texts.append(FIELD_SEPARATOR.join(f for f in (page.title, page.summary, page.text) if f))
    nlp = build_nlp(())
    split = SplitTokenizer(nlp)
    same = all(
        [(t.text, t.whitespace_) for t in nlp.tokenizer(text)]
        == [(t.text, t.whitespace_) for t in split(text)]
        for text in texts
    )
    given = [split.words(text) for text in texts]
    rows = {
        "spaCy tokenizer (ours, cached)": best(nlp.tokenizer, texts, args.rounds),
        "regex split + Doc(words, spaces)": best(split, texts, args.rounds),
        "regex split alone (words, spaces)": best(split.words, texts, args.rounds),
        "Doc(words, spaces) alone, words given": best(
            lambda ws: Doc(nlp.vocab, words=ws[0], spaces=ws[1]), given, args.rounds
        ),
    }
    tokens = sum(len(w) for w, _ in given) / len(given)
    print(
        f"{len(texts)} articles, {tokens:.0f} tokens each on average; same Docs: {same};"
        f" CPU time, best of {args.rounds}.\n"
    )
    print("| way | µs / article | vs the tokenizer |")
    print("| --- | ---: | ---: |")
    reference = rows["spaCy tokenizer (ours, cached)"]
    for name, seconds in rows.items():
        print(f"| {name} | {seconds * 1e6:.0f} | {seconds / reference:.2f}× the time |")


if __name__ == "__main__":
    main()
