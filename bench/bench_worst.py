"""Worst-case pages: does text -> record stay linear in the page's length?

    .venv/bin/python bench/bench_worst.py [--sizes 5000,10000,20000,40000] [--json]

A batch over a real archive meets pages no editor meant: a table of contents
made of dots, a line of a hundred thousand spaces, a data URI of brackets and
base64, a page of twenty thousand one-word lines. One such page must not hold a
worker for minutes. For each shape below, `extract.from_text` runs on the shape
repeated to each of ``--sizes`` units (after a headline), once (a second run
would find spaCy's tokenizer cache warm for the page's odd chunks); the table
gives the seconds and the growth from the smallest size to the largest: about
the size ratio when the work is linear, its square when quadratic.

Run it on an older checkout (``PYTHONPATH=<old>/src``) to compare code.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import time
from collections.abc import Callable

import extract

WORDS = (
    "Ủy ban nhân dân tỉnh Đồng Tháp yêu cầu các sở ngành xã huyện thành phố Cao Lãnh "
    "Chủ tịch ông Nguyễn Văn A 17/17 xã đạt chuẩn 95,5% Bí thư Tỉnh ủy chỉ đạo"
).split()


def _words(n: int, rng: random.Random) -> list[str]:
    return [rng.choice(WORDS) for _ in range(n)]


SHAPES: dict[str, Callable[[int, random.Random], str]] = {
    "one line of words": lambda n, rng: " ".join(_words(n, rng)),
    "one word per line": lambda n, rng: "\n".join(_words(n, rng)),
    "paragraphs of 30 words": lambda n, rng: "\n".join(
        " ".join(_words(30, rng)) + "." for _ in range(n // 30)
    ),
    "a run of spaces": lambda n, rng: "Xã" + " " * n + "Tân Phú ./.",
    "a run of dots": lambda n, rng: "Xã Tân Phú" + "." * n,
    "nested brackets": lambda n, rng: "(" * (n // 2) + "ảnh: a" + ")" * (n // 2),
    "a base64 data URI": lambda n, rng: "Xem ảnh data:image/png;base64,"
    + base64.b64encode(rng.randbytes(n)).decode()
    + " tại đây.",
    "a list of communes": lambda n, rng: "các xã "
    + ", ".join(rng.choice(["Tân Phú", "Mỹ Hiệp", "Bình Thạnh"]) for _ in range(n // 10)),
    "capitalised words": lambda n, rng: " ".join(w.capitalize() for w in _words(n // 5, rng)),
}
HEADLINE = "Tiêu đề bài viết thử nghiệm ở đây\n"


def seconds(text: str) -> float:
    """The wall time of ``extract.from_text(text)``."""
    start = time.perf_counter()
    extract.from_text(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5000,10000,20000,40000",
                        help="units of each shape (comma-separated, smallest first)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    extract.from_text(HEADLINE + "xin chào")  # load the pipeline outside the timings
    rows = []
    for name, make in SHAPES.items():
        texts = [HEADLINE + make(n, random.Random(n)) for n in sizes]
        times = [seconds(text) for text in texts]  # a fresh text each: no warm cache
        rows.append({"shape": name, "kB": [round(len(t.encode()) / 1000) for t in texts],
                     "seconds": [round(t, 3) for t in times],
                     "growth": round(times[-1] / max(times[0], 1e-4), 1)})
    if args.json:
        print(json.dumps({"sizes": sizes, "rows": rows}, ensure_ascii=False, indent=1))
        return
    print(f"| shape | kB of text | seconds | growth ({sizes[-1] // sizes[0]}x the units) |")
    print("| --- | --- | --- | --- |")
    for row in rows:
        kb = " / ".join(map(str, row["kB"]))
        secs = " / ".join(f"{t:.2f}" for t in row["seconds"])
        print(f"| {row['shape']} | {kb} | {secs} | {row['growth']}x |")


if __name__ == "__main__":
    main()
