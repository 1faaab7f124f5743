"""The stored record digests of tests/test_record_digests.py, and how to renew them.

Every article of corpora/dev, corpora/test and corpora/blind goes through `extract.from_text`
(with its URL from the split's urls.tsv) and the sha256 of ``record.to_json()``
is kept in tests/data/record_digests.json. A speed-up must leave every digest
as it is; a change that means to alter records renews them, on purpose:

    PYTHONPATH=src .venv/bin/python -m tests.update_digests

The command prints which articles changed, so the commit can say why.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ("dev", "test", "blind")
DIGESTS = Path(__file__).parent / "data" / "record_digests.json"


def corpus_articles() -> list[tuple[str, str, str | None]]:
    """``(key, text, url)`` of every article of the splits; key is "dev/<stem>"."""
    from extract.urls import corpus_urls

    articles = []
    for split in SPLITS:
        folder = ROOT / "corpora" / split
        urls = corpus_urls(folder)
        for path in sorted(folder.glob("*.txt")):
            articles.append((f"{split}/{path.stem}", path.read_text("utf-8"), urls.get(path.stem)))
    return articles


def record_digest(text: str, url: str | None) -> str:
    """sha256 (hex) of the JSON line `extract.from_text` gives for one article."""
    import extract

    line = extract.from_text(text, url=url).to_json()
    return hashlib.sha256(line.encode("utf-8")).hexdigest()


def current_digests() -> dict[str, str]:
    """Article key -> digest of its record, computed now with this checkout's code."""
    return {key: record_digest(text, url) for key, text, url in corpus_articles()}


def stored_digests() -> dict[str, str]:
    """The digests kept in tests/data/record_digests.json ({} when there is none)."""
    if not DIGESTS.exists():
        return {}
    return json.loads(DIGESTS.read_text("utf-8"))["records"]


def main() -> None:
    """Recompute every digest, write the file, and list what changed."""
    old, new = stored_digests(), current_digests()
    DIGESTS.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "about": "sha256 of extract.from_text(article, url).to_json() per corpus article;"
        " renew with: python -m tests.update_digests",
        "records": new,
    }
    DIGESTS.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    changed = sorted(k for k in new if old.get(k) != new[k])
    gone = sorted(set(old) - set(new))
    print(f"{len(new)} articles; {len(changed)} new or changed, {len(gone)} gone -> {DIGESTS}")
    for key in changed:
        print(f"  {'changed' if key in old else 'new'}  {key}")
    for key in gone:
        print(f"  gone     {key}")


if __name__ == "__main__":
    main()
