"""Ratio facts ("17/17 xã đạt chuẩn nông thôn mới") and percents ("đạt 91,5%").

This is where "17/17 xã" is recognised. A ratio is two whole numbers around a
slash followed by a counted noun from the lexicon (``lexicons/quantities.toml``);
dates, document numbers, scores and addresses look the same, so the words
around the slash decide. A percent is a Vietnamese number (decimal comma,
thousands dot) before "%", alone or as a range "từ 60% - 100%".
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from extract.nlp.extensions import context_of, facts_of, set_facts
from extract.nlp.spans import COORDINATOR, doc_text, mention
from extract.record import Percent, Ratio

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# A number as Vietnamese pages write it: "1.700" (thousands), "91,5", "09".
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"
_WHOLE = r"\d{1,3}(?:\.\d{3})+|\d+"
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # "1.700", "1.234,5"
# one space may stand on either side of the "/" ("29.354/ 29.773 hộ")
_RATIO = re.compile(rf"(?<![\d/.,\w-])({_WHOLE})[ \t]?/[ \t]?({_WHOLE})(?![\d/]|[.,]\d)")
_NOUN_RATIO = re.compile(
    rf"(?<![\d/.,])({_WHOLE})[ \t]+([^\W\d_]+(?:[ \t][^\W\d_]+)?)/({_WHOLE})[ \t]+\2(?!\w)"
)
_RANGE = re.compile(
    rf"(?<![\d.,])(?:(?P<from>từ)\s+)?(?P<low>{NUMBER})\s*(?P<pct>%)?\s*(?:[-–—]|(?P<to>đến))\s*"
    rf"(?:dưới\s+)?(?P<high>{NUMBER})\s*%"  # "từ 30% đến dưới 50%"
)
_RANGE_DASHES = ("-", "–", "—", "đến")  # one of these stands between a range's two numbers
_PERCENT = re.compile(rf"(?<![\d.,])(?P<value>{NUMBER})\s?%")
_CLAUSE_END = re.compile(
    r"[;:()\n]|[.!?](?=\s|$)|,(?=\s|$)(?!\s+chống\b)"  # "phòng, chống" is one word
    r"|\s(?:như|gồm|trong đó)(?=[\s:,])|\svà(?=\s+(?:các|những|\d))"
    # "22/22 xã đã kiện toàn tổ công nghệ số với 214 tổ", "... nhưng tỷ lệ ...": what
    # follows tells more, not what the units did
    r"|\svới(?=\s+\d)|\snhưng(?=\s)"
)
# Capital letters: a word starting with one is a name.
_UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
# Words are what str.split() gives: runs of non-space (its spaces are re's \s, exactly).
# A parenthesis right after the counted noun: its share, its list of names.
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")
# The end of a parenthesis the ratio stands in.
_CLOSE = re.compile(r"\s*\)")
# An acronym qualifying the counted noun ("4/6 trường THPT đã đạt chuẩn").
_ACRONYM = re.compile(r"^[A-ZĐ]{2,}(?:&[A-ZĐ]+)?\s+(?=[a-zà-ỹđ])")
# A predicate is at most this many words: a clause, not the rest of the sentence.
PREDICATE_WORDS = 16


# A ratio's share in brackets before its noun: "16/16 (100%) xã".
# "đạt" just before a bare ratio: what a unit (a commune) reached, its criteria.
_REACHED = re.compile(r"\bđạt(?:\s+(?:lần lượt|được|khoảng))?\s*$")
_SHARE_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*[\d.,]+[ \t]*%[ \t]*\)(?=[ \t])")


@dataclass(frozen=True)
class Lexicon:
    """The word lists of quantities.toml, compiled for matching."""

    unit_list: re.Pattern[str]
    unit_before: re.Pattern[str]
    not_before: re.Pattern[str]
    counted_before: re.Pattern[str]
    not_units: re.Pattern[str]
    new_rural_cues: tuple[str, ...]
    new_rural_denominators: frozenset[int]
    after_skip: re.Pattern[str]
    after_not_start: re.Pattern[str]
    object_verbs: frozenset[str]
    before_stop: frozenset[str]
    change_words: frozenset[str]
    fall_words: frozenset[str]
    level_units: dict[str, str]
    level_pattern: re.Pattern[str]
    level_window: int
    rate_denominator: int
    score_units: frozenset[str]
    score_denominators: frozenset[int]


@cache
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load and compile a quantities lexicon (default: the bundled one), once per path."""
    source = Path(path) if path else files("extract.nlp").joinpath("lexicons/quantities.toml")
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    unit = _alternation(data["units"])
    not_listed = _alternation(data["not_listed"])
    return Lexicon(
        # a noun after a comma is one more counted noun, not "xã Phú Minh" starting a clause
        # nor the verb of one ("571/612 hộ, chi trả cho ...")
        unit_list=re.compile(
            rf"(?:{unit})(?:(?:\s*,\s*|\s+và\s+)(?!(?:{not_listed})(?!\w))"
            rf"(?:{unit})(?!\w)(?![ \t]+[{_UPPER}]))*(?!\w)"
        ),
        # the noun written before a bare ratio: "với số phiếu 27/27"
        unit_before=re.compile(rf"(?<!\w)số[ \t]+({unit})[ \t]+(?:là[ \t]+|đạt[ \t]+)?$"),
        not_before=re.compile(
            rf"(?:^|\s)(?:{_alternation(data['not_before'])})\s*$", re.IGNORECASE
        ),
        counted_before=re.compile(
            rf"(?:^|\s)(?:{_alternation(data['counted_before'])})\s*$", re.IGNORECASE
        ),
        not_units=re.compile(rf"(?:{_alternation(data['not_units'])})(?!\w)"),
        new_rural_cues=tuple(data["new_rural_cues"]),
        new_rural_denominators=frozenset(data["new_rural_denominators"]),
        after_skip=re.compile(rf"^(?:(?:{_alternation(data['predicate_after_skip'])})\s*)+"),
        after_not_start=re.compile(
            rf"(?:{_alternation(data['predicate_after_not_start'])})(?!\w)", re.IGNORECASE
        ),
        object_verbs=frozenset(data["predicate_object_verbs"]),
        before_stop=frozenset(data["predicate_before_stop"]),
        change_words=frozenset(data["change_words"]),
        fall_words=frozenset(data["fall_words"]),
        level_units=data["level_units"],
        level_pattern=re.compile(rf"(?i)(?<!\w)(?:{_alternation(list(data['level_units']))})(?!\w)"),
        level_window=data["level_window"],
        rate_denominator=data["rate_denominator"],
        score_units=frozenset(data["score_units"]),
        score_denominators=frozenset(data["score_denominators"]),
    )


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def parse_number(text: str) -> float:
    """A Vietnamese number: "91,5" is 91.5, "1.700" is 1700, "3.5" is 3.5."""
    if _THOUSANDS.fullmatch(text):
        text = text.replace(".", "")
    return float(text.replace(",", "."))


@dataclass
class RatioMatch:
    numerator: int
    denominator: int
    unit: str | None
    start: int
    end: int
    predicate: str | None


@dataclass
class PercentMatch:
    value: float | None
    low: float | None
    high: float | None
    start: int
    end: int
    predicate: str | None


class QuantityFinder:
    """Find ratio facts and percents; write them to ``doc._.ratios`` and ``doc._.percents``."""

    def __init__(self, nlp: Language | None = None, name: str = "vn_quantities",
                 lexicon: str | None = None):
        """Args:
        nlp: the pipeline (unused; part of spaCy's factory signature).
        name: the component's name in the pipeline.
        lexicon: path to a quantities TOML lexicon (default: the bundled one).
        """
        self.name = name
        self.lexicon = load_lexicon(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        """Find, then write. Returns the same Doc."""
        ratios, percents = self.match(doc)
        self.set_annotations(doc, ratios, percents)
        return doc

    def match(self, doc: Doc) -> tuple[list[RatioMatch], list[PercentMatch]]:
        """Return the ratio and percent matches of ``doc``, in text order."""
        text = doc_text(doc)
        return self.match_ratios(text), self.match_percents(text)

    def match_ratios(self, text: str) -> list[RatioMatch]:
        """Every count ratio of ``text`` with its unit and predicate."""
        found: list[RatioMatch] = []
        unitless: list[RatioMatch] = []
        for m in _ratios_in(text):
            numerator, denominator = int(parse_number(m.group(1))), int(parse_number(m.group(2)))
            if denominator == 0 or numerator > denominator:
                continue  # days and months (21/6), scores (2/1), "24/7"
            if denominator >= self.lexicon.rate_denominator and numerator == 1:
                continue  # a rate: "1/100.000 dân"
            window = text[max(0, m.start() - 20) : m.start()]
            if self.lexicon.not_before.search(window) and not self.lexicon.counted_before.search(
                window
            ):
                continue  # "ngày 12/7", "tháng 5/2013", "số 3/12" (not "tổng số 8/22")
            # its share in brackets may come before the noun: "16/16 (100%) xã"
            share = _SHARE_IN_BRACKETS.match(text, m.end())
            skipped = share.end() - m.end() if share else 0
            after = text[m.end() + skipped : m.end() + skipped + 80]
            if self.lexicon.not_units.match(after.lstrip()):
                continue  # "1/4 kế hoạch năm"
            unit_match = self._unit_after(after)
            unit = None
            if unit_match and after[:1].isspace():  # as written: "13/13 Huyện"
                unit = after[unit_match.start() : unit_match.end()]
            if unit and self._is_score(unit, denominator):
                continue  # "đạt 87/100 điểm": a score, not 87 places of 100
            end = m.end() + (skipped + unit_match.end() if unit else 0)
            ratio = RatioMatch(numerator, denominator, unit, m.start(), end, None)
            ratio.predicate = self._ratio_predicate(text, m.start(), end, unit)
            (found if unit else unitless).append(ratio)
        found += self._implied_units(text, found, unitless)
        found += self._counted_on_both_sides(text)
        return sorted(found, key=lambda r: r.start)

    def _is_score(self, unit: str, denominator: int) -> bool:
        """Whether "a/b <unit>" is a mark out of a full score ("87/100 điểm")."""
        return unit.lower() in self.lexicon.score_units and (
            denominator in self.lexicon.score_denominators
        )

    def _counted_on_both_sides(self, text: str) -> list[RatioMatch]:
        """Ratios whose noun is written on both sides of the "/": "99 xã/150 xã"."""
        found = []
        for at in _places(text, "/"):
            if not text[at - 1 : at].isalpha():
                continue  # most "/" stand between digits, read by `match_ratios`
            m = _NOUN_RATIO.search(text, max(0, at - 40), min(len(text), at + 30))
            if m is None or m.start(3) != at + 1:
                continue
            unit = self._unit_after(" " + m.group(2))
            if unit is None or unit.end() != len(m.group(2)) + 1:
                continue  # the noun is no counted unit
            numerator, denominator = int(parse_number(m.group(1))), int(parse_number(m.group(3)))
            if 0 < denominator and numerator <= denominator:
                ratio = RatioMatch(numerator, denominator, m.group(2), m.start(), m.end(), None)
                ratio.predicate = self._ratio_predicate(text, m.start(), m.end(), m.group(2))
                found.append(ratio)
        return found

    def _unit_after(self, after: str) -> re.Match[str] | None:
        """The counted noun(s) at the start of ``after`` (the text after a ratio); one
        written with a capital ("13/13 Huyện đạt chuẩn") is read in small letters."""
        at = len(after) - len(after.lstrip())
        found = self.lexicon.unit_list.match(after, at)
        if found is None and after[at : at + 1].isupper():
            lowered = after[:at] + after[at].lower() + after[at + 1 :]
            found = self.lexicon.unit_list.match(lowered, at)
        return found

    def _implied_units(self, text: str, found: list[RatioMatch],
                       unitless: list[RatioMatch]) -> list[RatioMatch]:
        """Give unit-less ratios the noun their context implies, or drop them."""
        by_denominator = {r.denominator: r.unit for r in found}
        new_rural = any(cue in text for cue in self.lexicon.new_rural_cues)
        kept = []
        for ratio in unitless:
            criteria = new_rural and ratio.denominator in self.lexicon.new_rural_denominators
            listed = next(
                (f for f in found if COORDINATOR.fullmatch(text, ratio.end, f.start)), None
            )
            if kept and COORDINATOR.fullmatch(text, kept[-1].end, ratio.start):
                ratio.unit = kept[-1].unit  # "lần lượt 9/19 và 10/19": the same noun
            elif listed is not None:
                ratio.unit = listed.unit  # "đạt 21/24 và 19/22 chỉ tiêu": the noun after both
            elif criteria and _REACHED.search(text, max(0, ratio.start - 25), ratio.start):
                # "có 11/19 xã đạt chuẩn ...; xã Ia Púch mới đạt 9/19": a commune's criteria
                ratio.unit = "tiêu chí"
            elif before := self.lexicon.unit_before.search(
                text, max(0, ratio.start - 40), ratio.start
            ):
                ratio.unit = before.group(1)  # "với số phiếu 27/27": the noun before it
            elif ratio.denominator in by_denominator:
                ratio.unit = by_denominator[ratio.denominator]
            elif criteria:
                ratio.unit = "tiêu chí"
            elif level := self._level_before(text, ratio.start):
                ratio.unit = level  # "Đối với cấp xã: nguy cơ cao 13/173"
            else:
                continue  # a bare "a/b" with no counted noun is not a count fact
            kept.append(ratio)
        return kept

    def _level_before(self, text: str, start: int) -> str | None:
        """The unit of the last level ("cấp xã") named before ``start`` in its paragraph."""
        window = text[max(0, start - self.lexicon.level_window) : start]
        window = window[window.rfind("\n") + 1 :]
        found = list(self.lexicon.level_pattern.finditer(window))
        return self.lexicon.level_units[found[-1].group().lower()] if found else None

    def _ratio_predicate(self, text: str, start: int, end: int, unit: str | None) -> str | None:
        """The sentence's own words for what the counted units did or are: the verb
        phrase after the count ("17/17 xã đạt chuẩn nông thôn mới"), or, where the
        count is the object ("đạt 9/19 chỉ tiêu Nghị quyết ..."), the verb before it
        with the rest of the object ("đạt chỉ tiêu Nghị quyết ...")."""
        after = _clause_after(text, end).strip()
        after = self.lexicon.after_skip.sub("", after).strip()
        if self.lexicon.after_not_start.match(after):
            after = ""  # "15/19 tiêu chí và đang ...", "16/19 tiêu chí theo Bộ tiêu chí ..."
        last = [w.lower() for w in text[max(0, start - 30) : start].split()[-2:]]
        verbs = self.lexicon.object_verbs
        if last and (last[-1] in verbs or " ".join(last) in verbs):
            before = self._predicate_before(text, start)
            rest = _first_words(after, PREDICATE_WORDS)
            parts = (before, unit, rest) if rest else (before,)  # "mới đạt" alone
            return " ".join(p for p in parts if p) or None
        after = _ACRONYM.sub("", after, count=1) if unit else after
        if after and after[0].islower():
            return _first_words(after, PREDICATE_WORDS)
        return self._predicate_before(text, start) or None

    def _predicate_before(self, text: str, start: int) -> str:
        # the loop reads at most the last nine words and the one before them
        words = _last_words(_clause_before(text, start), 10)
        kept: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            word = words[i].lower()
            pair = f"{words[i - 1].lower()} {word}" if i else word
            if word in self.lexicon.before_stop or pair in self.lexicon.before_stop:
                break
            if words[i][:1].isupper() or len(kept) == 8:
                break
            kept.insert(0, words[i])
        return " ".join(kept)

    def match_percents(self, text: str) -> list[PercentMatch]:
        """Every percent of ``text``: ranges first, then single values outside them."""
        found: list[PercentMatch] = []
        taken: list[tuple[int, int]] = []
        for lo, hi in _windows_before(text, "%", 60):
            self._match_percents_in(text, lo, hi, found, taken)
        return sorted(found, key=lambda p: p.start)

    def _match_percents_in(self, text: str, lo: int, hi: int, found: list[PercentMatch],
                           taken: list[tuple[int, int]]) -> None:
        window = text[lo:hi]
        ranges = _RANGE.finditer(text, lo, hi) if any(d in window for d in _RANGE_DASHES) else ()
        for m in ranges:  # (a range holds a dash or "đến": most windows hold neither)
            low, high = parse_number(m.group("low")), parse_number(m.group("high"))
            if m.group("to") and not m.group("from"):
                continue  # "5% đến năm 2025 ..." style coincidences
            if low >= high or (m.group("to") and self._is_change(text, m.start())):
                continue  # "tăng từ 5% đến 7%" is a change between two values
            found.append(PercentMatch(None, low, high, m.start(), m.end(),
                                      self._percent_predicate(text, m.start())))
            taken.append((m.start(), m.end()))
        for m in _PERCENT.finditer(text, lo, hi):
            if any(a <= m.start() < b for a, b in taken):
                continue
            found.append(PercentMatch(parse_number(m.group("value")), None, None, m.start(),
                                      m.end(), self._percent_predicate(text, m.start())))

    def _is_change(self, text: str, start: int) -> bool:
        """Whether the rising pair of figures at ``start`` is a change between two values:
        a change word before it, but not a fall's ("giảm từ 20% đến 40%": the fall's size)."""
        words = text[max(0, start - 30) : start].lower().split()
        if not words or words[-1] not in self.lexicon.change_words:
            return False
        return words[-1] not in self.lexicon.fall_words

    def _percent_predicate(self, text: str, start: int) -> str | None:
        words = _last_words(_clause_before(text, start), 8)
        while words and words[-1].lower() in {"từ", "là", "khoảng", "mức", "ở"}:
            words.pop()
        return " ".join(words) or None

    def set_annotations(self, doc: Doc, ratios: list[RatioMatch],
                        percents: list[PercentMatch]) -> None:
        """Merge repeated facts (one fact, many mentions) and store them on the Doc."""
        title_end = next((hi for name, _, hi in context_of(doc).fields if name == "title"), 0)
        # what a ratio's subject is looked for in (most articles have no ratio)
        text, places = (doc_text(doc), _unit_mentions(doc)) if ratios else ("", [])
        merged: dict[tuple, Ratio] = {}
        for r in ratios:
            key = (r.numerator, r.denominator, r.unit)
            if key not in merged:
                merged[key] = Ratio(r.numerator, r.denominator, r.unit, r.predicate,
                                    _subject(text, places, r.start))
            elif merged[key].mentions[0].start < title_end and r.predicate:
                # a headline is telegraphic; the body states the fact in full
                merged[key].predicate = r.predicate
                merged[key].subject = _subject(text, places, r.start) or merged[key].subject
            merged[key].mentions.append(mention(r.start, r.end))
        set_facts(doc, "ratios", _headline_units_merged(list(merged.values()), title_end))
        merged_percents = self._merged_percents(percents, title_end, doc_text(doc))
        set_facts(doc, "percents", merged_percents)

    def _merged_percents(
        self, percents: list[PercentMatch], title_end: int, text: str
    ) -> list[Percent]:
        """One fact per percent, except that a headline's or a subheading's figure
        repeated in the body below it is the same fact mentioned twice, and a table's
        cell repeats a figure the text already stated ("tăng 8,2% so với cùng kỳ", then
        "Tăng trưởng GRDP | 8,2%")."""
        facts: list[Percent] = []
        in_title: dict[tuple, Percent] = {}
        stated: dict[tuple, Percent] = {}
        for p in percents:
            key = (p.value, p.low, p.high)
            if p.start >= title_end and key in in_title:
                fact = in_title.pop(key)
                fact.mentions.append(mention(p.start, p.end))
                fact.predicate = p.predicate or fact.predicate
                continue
            if key in stated and _alone_in_cell(text, p.start, p.end):
                stated[key].mentions.append(mention(p.start, p.end))
                continue
            fact = Percent(p.value, p.low, p.high, p.predicate, [mention(p.start, p.end)])
            if p.start < title_end or _in_subheading(text, p.start):
                in_title[key] = fact  # a subheading's figure too: "Du lịch tháng 1 tăng 14,2%"
            stated.setdefault(key, fact)
            facts.append(fact)
        return facts


_SUBHEADING_CHARS = 90


def _in_subheading(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a subheading: a short paragraph of its own with no closing
    stop, over the paragraph that states its figure ("Cà phê: sản lượng ước tăng 6,3%")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    return (
        len(line) <= _SUBHEADING_CHARS
        and line[-1:] not in ".:;!?"
        and text[end : end + 2] == "\n\n"
        and text[start - 2 : start] in ("\n\n", "")
    )


def _headline_units_merged(ratios: list[Ratio], title_end: int) -> list[Ratio]:
    """A headline's ratio the body states again with a shorter or longer noun ("126/183 hộ
    dân" over "126/183 hộ") is the body's fact, mentioned in the headline too."""
    kept: list[Ratio] = []
    for ratio in ratios:
        if ratio.mentions[0].start < title_end and ratio.mentions[-1].start < title_end:
            same = next((r for r in ratios if r is not ratio
                         and (r.numerator, r.denominator) == (ratio.numerator, ratio.denominator)
                         and r.mentions[0].start >= title_end
                         and _one_noun(r.unit or "", ratio.unit or "")), None)
            if same is not None:
                same.mentions[:0] = ratio.mentions
                continue
        kept.append(ratio)
    return kept


def _one_noun(unit: str, other: str) -> bool:
    """Whether two counted nouns are one, the longer naming more of it ("hộ", "hộ dân")."""
    shorter, longer = sorted((unit.lower(), other.lower()), key=len)
    return bool(shorter) and (longer == shorter or longer.startswith(shorter + " "))


def _alone_in_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a table's cell: the whole of its line, or of the
    stretch between two "|" of a row flattened into one line."""
    left = max(text.rfind("\n", 0, start), text.rfind("|", 0, start)) + 1
    right = min(i for i in (text.find("\n", end), text.find("|", end), len(text)) if i >= 0)
    return not text[left:start].strip() and not text[end:right].strip()


def _unit_mentions(doc: Doc) -> list:
    """The mentions of the administrative units of ``doc``, unit by unit."""
    return [m for location in facts_of(doc, "locations") for m in location.mentions]


def _subject(text: str, places: list, start: int) -> str | None:
    """The nearest administrative unit named earlier in the ratio's sentence.

    Args:
        text: the Doc text.
        places: the units' mentions (`_unit_mentions`).
        start: where the ratio starts.
    """
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    best = None
    for m in places:
        if sentence_start <= m.start and m.end <= start and (not best or m.start > best[0]):
            best = (m.start, text[m.start : m.end])
    return best[1] if best else None


def _windows_before(text: str, sign: str, width: int) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows reaching ``width`` characters back from each
    ``sign``: the regexes then scan a few windows instead of the whole article."""
    return _merged((max(0, at - width), at + 1) for at in _places(text, sign))


def _ratios_in(text: str) -> Iterator[re.Match[str]]:
    """``_RATIO.finditer(text)``, scanning only around each "/" (a ratio is digits and
    dots on both sides of one): the regex's look-behind, tried at every position of
    the article, cost as much as all the rest of the ratio finding."""
    # each window holds the digits and dots on either side of a "/", and two
    # characters more for the regex's look-ahead (its look-behind sees before a
    # window's start)
    windows = _merged(
        (_number_run(text, at, -1), min(len(text), _number_run(text, at, 1) + 2))
        for at in _places(text, "/")
    )
    for lo, hi in windows:
        yield from _RATIO.finditer(text, lo, hi)


def _places(text: str, sign: str) -> Iterator[int]:
    """Where ``sign`` stands in ``text``, in order."""
    at = text.find(sign)
    while at != -1:
        yield at
        at = text.find(sign, at + 1)


def _merged(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` windows in order of their starts, overlapping ones merged."""
    merged: list[tuple[int, int]] = []
    for lo, hi in windows:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _number_run(text: str, slash: int, step: int) -> int:
    """Where the digits and dots before (``step`` -1: its start) or after (+1: its end)
    the "/" at ``slash`` stop (``\\d`` is any Unicode decimal digit, as ``isdecimal``)."""
    at = slash + step
    if 0 <= at < len(text) and text[at] in " \t":
        at += step  # "29.354/ 29.773"
    while 0 <= at < len(text) and (text[at].isdecimal() or text[at] == "."):
        at += step
    return at + 1 if step < 0 else at


def _clause_after(text: str, end: int) -> str:
    window = text[end : end + 200]
    aside = _ASIDE.match(window) or _CLOSE.match(window)
    if aside:  # "5.775/8.227 xã (chiếm 70,2%) đạt ...", "100% huyện (6/6 huyện) đạt ..."
        window = window[aside.end() :]
    stop = _CLAUSE_END.search(window)
    return window[: stop.start()] if stop else window


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 200) : start]
    return window[_last_clause_end(window) :]


def _last_clause_end(window: str) -> int:
    """Where the last clause end of ``window`` ends (0: none), looked for in its last
    60 characters first. Where a clause-end match may start does not depend on where
    the scan starts (none overlaps another, no look-behind), so a match found in the
    tail is the one a scan of the whole window would end on."""
    for tail in (60, len(window)):
        ends = [m.end() for m in _CLAUSE_END.finditer(window, max(0, len(window) - tail))]
        if ends:
            return ends[-1]
    return 0


def _first_words(text: str, limit: int) -> str:
    return " ".join(text.split(None, limit)[:limit])


def _last_words(text: str, count: int) -> list[str]:
    """The last ``count`` words of ``text`` (all of them if fewer), without splitting
    the rest."""
    words = text.rsplit(None, count)
    return words[1:] if len(words) > count else words
