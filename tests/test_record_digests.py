"""Records stay byte-identical: every corpus article against its stored digest.

Speed work must not change a single byte of any record. When a change means
to alter records (an accuracy fix), renew the digests on purpose:

    PYTHONPATH=src .venv/bin/python -m tests.update_digests
"""

from __future__ import annotations

import pytest

from tests.update_digests import DIGESTS, corpus_articles, record_digest, stored_digests


def test_every_corpus_record_matches_its_stored_digest():
    stored = stored_digests()
    if not stored:
        pytest.skip(f"{DIGESTS} is missing: run python -m tests.update_digests")
    articles = corpus_articles()
    assert articles, "corpora/dev and corpora/test hold no articles"
    changed = [key for key, text, url in articles if record_digest(text, url) != stored.get(key)]
    assert not changed, (
        f"{len(changed)} of {len(articles)} records differ from tests/data/record_digests.json:"
        f" {', '.join(changed[:10])}. If that change is meant, renew them with"
        " `python -m tests.update_digests` and say why in the commit."
    )


def test_the_digest_sees_a_change_anywhere_in_the_record():
    _, text, url = corpus_articles()[0]
    # another URL: another id and source, the same facts
    assert record_digest(text, url) != record_digest(text, url + "?copy=1")
