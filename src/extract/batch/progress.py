"""Progress of a batch: a live bar on a terminal, periodic log lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts processed articles and reports the rate and the time left.

    On a terminal one line is redrawn (at most ``refresh`` times a second);
    elsewhere (a log file, CI) a plain line is printed every ``interval``
    seconds. ``total`` may be set later, once the inputs are counted.
    """

    def __init__(
        self,
        total: int | None = None,
        stream: TextIO | None = None,
        interval: float = 10.0,
        enabled: bool = True,
        refresh: float = 0.2,
    ):
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.errors = 0
        self.enabled = enabled
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.interval = refresh if self.tty else interval
        self.started = time.monotonic()
        self._last = self.started
        self.skipped = 0

    def skip(self, n: int = 1) -> None:
        """Count ``n`` items done by an earlier run (they do not count in the rate)."""
        self.skipped += n

    def update(self, n: int = 1, errors: int = 0) -> None:
        """Count ``n`` more items processed, ``errors`` of them failed."""
        self.done += n
        self.errors += errors
        now = time.monotonic()
        if self.enabled and now - self._last >= self.interval:
            self._last = now
            self._show(now)

    def line(self, now: float | None = None) -> str:
        """The status text: "1,200/5,000 articles (24%), 3 errors, 310/s, ETA 0:00:12"."""
        now = now or time.monotonic()
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        count = self.done + self.skipped
        parts = [f"{count:,}" + (f"/{self.total:,}" if self.total else "") + " articles"]
        if self.total:
            parts[0] += f" ({100 * count / max(self.total, 1):.0f}%)"
        if self.errors:
            parts.append(f"{self.errors:,} errors")
        parts.append(f"{rate:,.0f}/s")
        if self.total and rate > 0:
            left = max(self.total - count, 0) / rate
            parts.append(f"ETA {_clock(left)}")
        else:
            parts.append(f"elapsed {_clock(elapsed)}")
        return ", ".join(parts)

    def _show(self, now: float) -> None:
        if self.tty:
            self.stream.write("\r" + _bar(self.done + self.skipped, self.total) + self.line(now))
            self.stream.write("\x1b[K")
        else:
            self.stream.write(f"vnextract batch: {self.line(now)}\n")
        self.stream.flush()

    def close(self) -> None:
        """Print the final status line."""
        if not self.enabled:
            return
        now = time.monotonic()
        if self.tty:
            self.stream.write("\r" + _bar(self.done + self.skipped, self.total) + self.line(now))
            self.stream.write("\x1b[K\n")
        else:
            self.stream.write(f"vnextract batch: {self.line(now)}\n")
        self.stream.flush()


def _bar(done: int, total: int | None, width: int = 24) -> str:
    if not total:
        return ""
    filled = min(width, int(width * done / max(total, 1)))
    return "[" + "#" * filled + "." * (width - filled) + "] "


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
