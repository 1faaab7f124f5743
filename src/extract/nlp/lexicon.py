"""Reading the lexicon files of ``nlp/lexicons/``: TSV, or one item a line.

Every component reads its word lists through `read_lexicon` and compiles them
once per process (each keeps its compiled tables behind ``functools.cache``).
"""

from __future__ import annotations

from pathlib import Path

from extract.normalize import normalize_text

LEXICONS = Path(__file__).parent / "lexicons"


def read_lexicon(name: str) -> list[list[str]]:
    """Rows of a lexicon file, comments (#) and blank lines skipped.

    Args:
        name: the file name under lexicons/ ("positions.tsv", "surnames.txt").

    Returns:
        Each row as a list of tab-separated cells, normalised and stripped.
    """
    rows = []
    for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([normalize_text(cell).strip() for cell in line.split("\t")])
    return rows
