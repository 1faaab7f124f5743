"""The scoring of SPEC.md: records against gold files, field by field.

    >>> golds, problems = load_gold("corpora/dev")
    >>> records, problems = load_records("dev.jsonl")
    >>> report = evaluate(golds, records)
    >>> report.headline, report.fields["officials"].f1

Strings are compared after `normalize` (NFC, lower case, one tone placement,
apostrophes dropped, white space collapsed, punctuation trimmed at both ends,
abbreviations expanded). Each field is scored by one-to-one matching of
predicted items to gold items:

- a prediction matched to a required gold item is a true positive;
- a prediction matched to an ``"optional": true`` gold item counts nowhere;
- an unmatched prediction is a false positive, an unmatched required gold
  item a false negative.

Counts are summed over the corpus (micro-average) before precision, recall
and F1 are taken; the headline is the mean of the per-field F1s. The extra
accuracies (position, code, issuer, ...) are taken over matched required
items whose gold value is not null.

Records are paired with gold by the stem of their url (the last path segment
without its extension). Records are plain dicts (parsed JSON), so any tool's
output can be scored, not only ours.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from extract.nlp.lexicon import read_lexicon
from extract.normalize import normalize_text

__all__ = [
    "FACT_FIELDS",
    "PAGE_FIELDS",
    "FieldScore",
    "Mean",
    "Report",
    "evaluate",
    "evaluate_paths",
    "check_record",
    "gold_as_records",
    "load_gold",
    "load_records",
    "normalize",
    "token_f1",
    "tokens",
    "url_stem",
]

Item = dict[str, Any]

# The fields a fact evaluation reports, in table order ("actions" are the
# directives' actions, pooled per article).
FACT_FIELDS = ("officials", "organizations", "locations", "ratios", "percents", "actions")
# What --pages scores: the body text as a bag of tokens; title, published and
# author are reported as exact-match accuracies of the "text" row.
PAGE_FIELDS = ("text",)
PAGE_ACCURACIES = ("title", "published", "author")
FACT_KINDS = ("officials", "organizations", "locations", "ratios", "percents", "directives")
MENTION_FIELDS = ("title", "summary", "text")
ACTION_THRESHOLD = 0.5  # token-F1 at which a predicted action counts as a gold one
NUMBER_TOLERANCE = 0.01  # percents within this of the gold value match

# --- strings -------------------------------------------------------------------------------

_APOSTROPHES = re.compile("['\u2018\u2019\u02bc\u02bb`\u00b4]")
_WORD = re.compile(r"\w+")


@cache
def abbreviations() -> dict[str, str]:
    """The abbreviation table (upper-case abbreviation -> expansion), read once.

    Returns:
        ``{"UBND": "Ủy ban nhân dân", ...}`` from ``nlp/lexicons/abbreviations.tsv``.
    """
    return {row[0].upper(): row[1] for row in read_lexicon("abbreviations.tsv") if len(row) > 1}


@cache
def _abbreviation_pattern() -> re.Pattern[str]:
    # Longest first so that no abbreviation shadows a longer one sharing its start;
    # an optional dot after it belongs to the abbreviation ("TP.Cao Lãnh").
    names = sorted(abbreviations(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)\.?", re.IGNORECASE)


def _expand(match: re.Match[str]) -> str:
    return " " + abbreviations()[match.group(1).upper()] + " "


def _is_edge_junk(char: str) -> bool:
    """Punctuation, symbols and spaces: trimmed from both ends of a compared string."""
    return char.isspace() or unicodedata.category(char)[0] in "PS"


def normalize(value: Any) -> str:
    """The comparison form of a string under SPEC.md's rules.

    Args:
        value: a string (None becomes "", other values are turned into text).

    Returns:
        NFC, one tone placement, abbreviations expanded, lower case,
        apostrophes dropped, white space collapsed, punctuation trimmed at
        both ends: ``normalize("UBND tỉnh Đồng Tháp.") == "ủy ban nhân dân tỉnh đồng tháp"``.
    """
    if value is None:
        return ""
    return _normalize(value if isinstance(value, str) else str(value))


@lru_cache(maxsize=1 << 16)
def _normalize(text: str) -> str:
    text = normalize_text(text)
    text = _abbreviation_pattern().sub(_expand, text)
    text = _APOSTROPHES.sub("", text.lower())
    text = " ".join(text.split())
    start, end = 0, len(text)
    while start < end and _is_edge_junk(text[start]):
        start += 1
    while end > start and _is_edge_junk(text[end - 1]):
        end -= 1
    return text[start:end]


def tokens(value: Any) -> list[str]:
    """The words of ``normalize(value)``: runs of letters and digits, punctuation dropped."""
    return _WORD.findall(normalize(value))


def token_f1(predicted: Any, gold: Any) -> float:
    """Bag-of-tokens F1 between two strings (1.0 when both have no tokens).

    Args:
        predicted: the predicted string.
        gold: the gold string.

    Returns:
        2·overlap / (len(predicted tokens) + len(gold tokens)), tokens as a multiset.
    """
    pred, gold_tokens = Counter(tokens(predicted)), Counter(tokens(gold))
    total = sum(pred.values()) + sum(gold_tokens.values())
    if not total:
        return 1.0
    return 2 * sum((pred & gold_tokens).values()) / total


def url_stem(url: str | None) -> str | None:
    """The last path segment of ``url`` without its extension, or None.

    >>> url_stem("https://baodongthap.vn/kinh-te/d01-cao-lanh.aspx?x=1")
    'd01-cao-lanh'
    """
    if not url:
        return None
    segments = [s for s in unquote(urlsplit(str(url)).path).split("/") if s]
    if not segments:
        return None
    stem = segments[-1]
    if "." in stem[1:]:
        stem = stem[: stem.rindex(".")]
    return stem or None


def _number(value: Any) -> float | None:
    """A number from a JSON value (numbers, or strings like "91,5"); None if it is not one."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip().replace(",", "."))
    except ValueError:
        return None


def _close(a: Any, b: Any) -> bool:
    x, y = _number(a), _number(b)
    return x is not None and y is not None and abs(x - y) <= NUMBER_TOLERANCE + 1e-9


def _items(container: Any, kind: str) -> list[Item]:
    """The list ``container[kind]`` keeping only dict entries (robust to odd files)."""
    values = container.get(kind) if isinstance(container, dict) else None
    return [v for v in values if isinstance(v, dict)] if isinstance(values, list) else []


def _optional(item: Item) -> bool:
    return item.get("optional") is True


def _aliases(item: Item) -> list[Any]:
    aliases = item.get("aliases")
    if isinstance(aliases, str):
        return [aliases]
    return list(aliases) if isinstance(aliases, list) else []


# --- scores --------------------------------------------------------------------------------


@dataclass
class Mean:
    """A running mean: an accuracy (sum of 0/1) or a mean token-F1."""

    total: float = 0.0
    count: int = 0

    def add(self, value: float) -> None:
        """Add one observation (1.0/0.0 for right/wrong, or a score)."""
        self.total += value
        self.count += 1

    @property
    def value(self) -> float | None:
        """The mean, or None when nothing was observed."""
        return self.total / self.count if self.count else None


@dataclass
class FieldScore:
    """The counts of one field over the corpus, and the extras reported with it."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0
    extras: dict[str, Mean] = field(default_factory=dict)

    @property
    def n_gold(self) -> int:
        """Required gold items (optional ones are not counted)."""
        return self.tp + self.fn

    @property
    def n_pred(self) -> int:
        """Predicted items that counted (those matched to optional gold do not)."""
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        """TP / predicted; 1.0 when nothing was to be found and nothing was predicted."""
        if not self.n_pred:
            return 1.0 if not self.n_gold else 0.0
        return self.tp / self.n_pred

    @property
    def recall(self) -> float:
        """TP / gold; 1.0 when nothing was to be found and nothing was predicted."""
        if not self.n_gold:
            return 1.0 if not self.n_pred else 0.0
        return self.tp / self.n_gold

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def extra(self, name: str) -> Mean:
        """The extra measure ``name``, created empty on first use."""
        return self.extras.setdefault(name, Mean())

    def to_dict(self) -> dict[str, Any]:
        """JSON form: counts, P/R/F1 and each extra as ``{"value", "n"}``."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "optional_matched": self.optional_matched,
            "extras": {k: {"value": m.value, "n": m.count} for k, m in self.extras.items()},
        }


@dataclass
class ArticleErrors:
    """What one article got wrong in one field: gold items missed, predictions spurious."""

    tp: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


@dataclass
class Report:
    """The result of one evaluation run."""

    mode: str  # "facts" or "pages"
    fields: dict[str, FieldScore]
    gold_articles: int = 0
    paired: int = 0
    missing_records: list[str] = field(default_factory=list)
    records_without_gold: list[str] = field(default_factory=list)
    duplicate_records: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # unreadable files or lines
    articles: dict[str, dict[str, ArticleErrors]] = field(default_factory=dict)

    @property
    def headline(self) -> float:
        """The mean of the per-field F1s.

        For pages, the mean of the text F1 (when a gold file had text) and the
        title, published and author accuracies (those any gold file had).
        """
        if self.mode == "pages":
            parts = [m.value for s in self.fields.values() for m in s.extras.values() if m.count]
            parts += [s.f1 for s in self.fields.values() if s.n_gold or s.n_pred]
            return sum(parts) / len(parts) if parts else 0.0
        return sum(s.f1 for s in self.fields.values()) / len(self.fields) if self.fields else 0.0

    @property
    def ok(self) -> bool:
        """True when every check passed and every input could be read."""
        return not self.violations and not self.problems

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (what ``vnextract eval --json`` prints)."""
        return {
            "mode": self.mode,
            "headline_f1": self.headline,
            "fields": {name: score.to_dict() for name, score in self.fields.items()},
            "gold_articles": self.gold_articles,
            "paired": self.paired,
            "missing_records": self.missing_records,
            "records_without_gold": len(self.records_without_gold),
            "duplicate_records": self.duplicate_records,
            "violations": self.violations,
            "problems": self.problems,
            "articles": {
                stem: {
                    name: {"tp": e.tp, "missed": e.missed, "spurious": e.spurious}
                    for name, e in fields.items()
                }
                for stem, fields in self.articles.items()
            },
        }

    def table(self, errors: bool = False, limit: int = 20) -> str:
        """A plain-text table: one row per field (P, R, F1, n_gold, n_pred, extras).

        Args:
            errors: also list, per article, the gold items missed and the
                predictions that matched nothing.
            limit: at most this many violations and problems are listed.

        Returns:
            The text, ending with a newline.
        """
        lines = [
            f"{self.mode}: {self.gold_articles} gold articles, {self.paired} paired with a "
            f"record, {len(self.missing_records)} without a record, "
            f"{len(self.records_without_gold)} records without gold",
            "",
            f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'n_gold':>8}{'n_pred':>8}  extras",
        ]
        for name, s in self.fields.items():
            extras = ", ".join(
                f"{k} {_fmt(m.value)} (n={m.count})" for k, m in s.extras.items() if m.count
            )
            lines.append(
                f"{name:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
                f"{s.n_gold:>8}{s.n_pred:>8}  {extras}".rstrip()
            )
        if self.mode == "pages":
            lines += ["", f"headline (mean of text F1 and the accuracies): {self.headline:.3f}"]
        else:
            lines += ["", f"headline F1 (mean of {len(self.fields)} fields): {self.headline:.3f}"]
        if self.missing_records:
            lines.append("gold without a record: " + ", ".join(self.missing_records))
        if self.duplicate_records:
            lines.append("duplicate records (first kept): " + ", ".join(self.duplicate_records))
        lines.append(f"checks: {len(self.violations)} violations, {len(self.problems)} problems")
        for message in (self.problems + self.violations)[:limit]:
            lines.append("  " + message)
        if len(self.problems) + len(self.violations) > limit:
            lines.append(f"  ... and {len(self.problems) + len(self.violations) - limit} more")
        if errors:
            lines += ["", "errors by article (- missed gold, + spurious prediction):"]
            for stem, fields in self.articles.items():
                for name, e in fields.items():
                    for text in e.missed:
                        lines.append(f"  {stem} {name} - {text}")
                    for text in e.spurious:
                        lines.append(f"  {stem} {name} + {text}")
        return "\n".join(lines) + "\n"


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


# --- matching ------------------------------------------------------------------------------

# An edge function says how well a prediction fits a gold item: 0 not at all,
# 1 through an alias, 2 directly. Direct fits are matched first.
Edge = Callable[[Item, Item], int]


def _max_matching(
    golds: Sequence[int],
    preds: Sequence[int],
    fits: Callable[[int, int], bool],
    matched: dict[int, int],
) -> None:
    """Grow ``matched`` (gold index -> pred index) to a maximum one-to-one matching.

    Kuhn's augmenting paths; the lists are an article's items, so small.
    """
    owner = {p: g for g, p in matched.items()}

    def augment(g: int, seen: set[int]) -> bool:
        for p in preds:
            if p in seen or not fits(g, p):
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in golds:
        if g not in matched:
            augment(g, set())
    matched.clear()
    matched.update({g: p for p, g in owner.items()})


def match_items(gold: list[Item], pred: list[Item], edge: Edge) -> tuple[dict[int, int], set[int]]:
    """Match predictions one-to-one to gold items.

    Required gold items are matched first (direct fits, then alias fits, as a
    maximum matching); the remaining predictions are then matched to optional
    gold items so that they count neither way.

    Args:
        gold: the gold items of one article and field.
        pred: the predicted items.
        edge: how a prediction fits a gold item (0, 1 alias, 2 direct).

    Returns:
        ``(required, absorbed)``: gold index -> pred index for required
        items, and the pred indices matched to optional items.
    """
    ranks = {(g, p): edge(gold[g], pred[p]) for g in range(len(gold)) for p in range(len(pred))}
    required = [g for g in range(len(gold)) if not _optional(gold[g])]
    optional = [g for g in range(len(gold)) if _optional(gold[g])]
    every = list(range(len(pred)))
    matched: dict[int, int] = {}
    _max_matching(required, every, lambda g, p: ranks[g, p] >= 2, matched)
    _max_matching(required, every, lambda g, p: ranks[g, p] >= 1, matched)
    left = [p for p in every if p not in matched.values()]
    extra: dict[int, int] = {}
    _max_matching(optional, left, lambda g, p: ranks[g, p] >= 1, extra)
    return matched, set(extra.values())


def _name_edge(gold: Item, pred: Item) -> int:
    name = normalize(pred.get("name"))
    if not name:
        return 0
    if name == normalize(gold.get("name")):
        return 2
    return 1 if any(name == normalize(a) for a in _aliases(gold)) else 0


def _location_edge(gold: Item, pred: Item) -> int:
    same_kind = normalize(gold.get("level")) == normalize(pred.get("level")) and normalize(
        gold.get("type")
    ) == normalize(pred.get("type"))
    return _name_edge(gold, pred) if same_kind else 0


def _ratio_edge(gold: Item, pred: Item) -> int:
    same = (
        _close(gold.get("numerator"), pred.get("numerator"))
        and _close(gold.get("denominator"), pred.get("denominator"))
        and normalize(gold.get("unit")) == normalize(pred.get("unit"))
    )
    return 2 if same else 0


def _percent_edge(gold: Item, pred: Item) -> int:
    if gold.get("value") is not None:
        return 2 if _close(gold["value"], pred.get("value")) else 0
    if gold.get("low") is not None or gold.get("high") is not None:
        same = _close(gold.get("low"), pred.get("low")) and _close(
            gold.get("high"), pred.get("high")
        )
        return 2 if same and pred.get("value") is None else 0
    return 0


EDGES: dict[str, Edge] = {
    "officials": _name_edge,
    "organizations": _name_edge,
    "locations": _location_edge,
    "ratios": _ratio_edge,
    "percents": _percent_edge,
}


def describe(kind: str, item: Item) -> str:
    """A short readable form of an item, for error listings."""
    if kind == "locations":
        return f"{item.get('level')}: {item.get('type')} {item.get('name')} ({item.get('code')})"
    if kind == "ratios":
        return f"{item.get('numerator')}/{item.get('denominator')} {item.get('unit')}"
    if kind == "percents":
        if item.get("value") is not None:
            return f"{item.get('value')}%"
        return f"{item.get('low')}-{item.get('high')}%"
    if kind == "actions":
        return str(item.get("action"))
    return str(item.get("name"))


# --- per-article scoring -------------------------------------------------------------------


def _role_pairs(pred: Item) -> list[tuple[str, str]]:
    """The (position, organization) pairs a predicted official holds, normalised."""
    pairs = [(normalize(pred.get("position")), normalize(pred.get("organization")))]
    pairs += [
        (normalize(r.get("position")), normalize(r.get("organization")))
        for r in _items(pred, "roles")
    ]
    return pairs


def _official_extras(gold: Item, pred: Item, score: FieldScore) -> None:
    """Position, organization and role (the pair together) accuracy of one match."""
    roles = _items(gold, "roles")
    position = gold.get("position") or (roles[0].get("position") if roles else None)
    organization = gold.get("organization") or (roles[0].get("organization") if roles else None)
    pairs = _role_pairs(pred)
    if position:
        score.extra("position").add(float(normalize(position) in {p for p, _ in pairs}))
    if organization:
        score.extra("organization").add(float(normalize(organization) in {o for _, o in pairs}))
    if position:
        wanted = (normalize(position), normalize(organization))
        score.extra("role").add(float(wanted in pairs))


def _location_extras(gold: Item, pred: Item, score: FieldScore) -> None:
    """Code accuracy, where the gold item has a code."""
    if gold.get("code") not in (None, ""):
        right = str(pred.get("code") or "").strip() == str(gold["code"]).strip()
        score.extra("code").add(float(right))


def _ratio_extras(gold: Item, pred: Item, score: FieldScore) -> None:
    """Token-F1 of the predicate, where the gold item has one."""
    if normalize(gold.get("predicate")):
        score.extra("predicate_f1").add(token_f1(pred.get("predicate"), gold.get("predicate")))


EXTRAS: dict[str, Callable[[Item, Item, FieldScore], None]] = {
    "officials": _official_extras,
    "locations": _location_extras,
    "ratios": _ratio_extras,
}


def score_items(kind: str, gold: list[Item], pred: list[Item], score: FieldScore) -> ArticleErrors:
    """Score one article's items of one field and add the counts to ``score``.

    Args:
        kind: "officials", "organizations", "locations", "ratios" or "percents".
        gold: the gold items (may carry ``optional`` and ``aliases``).
        pred: the predicted items.
        score: the corpus-wide score of the field, updated in place.

    Returns:
        This article's true positives, missed gold items and spurious predictions.
    """
    matched, absorbed = match_items(gold, pred, EDGES[kind])
    errors = ArticleErrors(tp=len(matched))
    score.tp += len(matched)
    score.optional_matched += len(absorbed)
    for g, item in enumerate(gold):
        if g in matched:
            if kind in EXTRAS:
                EXTRAS[kind](item, pred[matched[g]], score)
        elif not _optional(item):
            score.fn += 1
            errors.missed.append(describe(kind, item))
    used = set(matched.values()) | absorbed
    for p, item in enumerate(pred):
        if p not in used:
            score.fp += 1
            errors.spurious.append(describe(kind, item))
    return errors


def pooled_actions(directives: list[Item]) -> list[Item]:
    """Every action of an article's directives, each with its directive's issuer,
    addressee and optional flag: ``[{"action", "issuer", "addressee", "optional"}]``."""
    pooled = []
    for directive in directives:
        actions = directive.get("actions")
        if isinstance(actions, str):
            actions = [actions]
        for action in actions if isinstance(actions, list) else []:
            if normalize(action):
                pooled.append(
                    {
                        "action": action,
                        "issuer": directive.get("issuer"),
                        "addressee": directive.get("addressee"),
                        "optional": _optional(directive),
                    }
                )
    return pooled


def pair_actions(
    gold: list[Item], pred: list[Item], threshold: float = ACTION_THRESHOLD
) -> tuple[dict[int, int], set[int]]:
    """Greedy one-to-one pairing of predicted and gold actions by token-F1.

    Pairs are taken best first (ties in text order) while both sides are free
    and the token-F1 is at least ``threshold``; required gold actions are
    paired first, then optional ones take what is left.

    Args:
        gold: pooled gold actions (see `pooled_actions`).
        pred: pooled predicted actions.
        threshold: the least token-F1 of a pair.

    Returns:
        ``(required, absorbed)`` as in `match_items`.
    """

    def greedy(golds: list[int], preds: list[int]) -> dict[int, int]:
        candidates = []
        for g in golds:
            for p in preds:
                f1 = token_f1(pred[p]["action"], gold[g]["action"])
                if f1 >= threshold:
                    candidates.append((-f1, g, p))
        taken: dict[int, int] = {}
        used: set[int] = set()
        for _, g, p in sorted(candidates):
            if g not in taken and p not in used:
                taken[g] = p
                used.add(p)
        return taken

    required = greedy([g for g, a in enumerate(gold) if not a["optional"]], list(range(len(pred))))
    left = [p for p in range(len(pred)) if p not in required.values()]
    optional = greedy([g for g, a in enumerate(gold) if a["optional"]], left)
    return required, set(optional.values())


def _contains_either(gold: Any, pred: Any) -> bool:
    a, b = normalize(gold), normalize(pred)
    return bool(a and b) and (a in b or b in a)


def score_actions(gold_directives: list[Item], pred_directives: list[Item], score: FieldScore):
    """Score one article's directive actions (pooled) and add the counts to ``score``.

    Issuer and addressee accuracy are taken on matched required actions whose
    gold value is not null: right when one normalised string contains the other.

    Returns:
        This article's `ArticleErrors`.
    """
    gold, pred = pooled_actions(gold_directives), pooled_actions(pred_directives)
    matched, absorbed = pair_actions(gold, pred)
    errors = ArticleErrors(tp=len(matched))
    score.tp += len(matched)
    score.optional_matched += len(absorbed)
    for g, item in enumerate(gold):
        if g in matched:
            p = pred[matched[g]]
            for role in ("issuer", "addressee"):
                if normalize(item[role]):
                    score.extra(role).add(float(_contains_either(item[role], p[role])))
        elif not item["optional"]:
            score.fn += 1
            errors.missed.append(describe("actions", item))
    used = set(matched.values()) | absorbed
    for p, item in enumerate(pred):
        if p not in used:
            score.fp += 1
            errors.spurious.append(describe("actions", item))
    return errors


def score_article(gold: Item, record: Item | None, fields: dict[str, FieldScore]):
    """Score one article's facts; a missing record counts every gold item as missed.

    Args:
        gold: the gold file's object.
        record: the paired record (None when there is none).
        fields: the corpus-wide scores, updated in place.

    Returns:
        Field name -> `ArticleErrors` for this article.
    """
    record = record or {}
    errors = {}
    for kind in FACT_FIELDS:
        if kind == "actions":
            errors[kind] = score_actions(
                _items(gold, "directives"), _items(record, "directives"), fields[kind]
            )
        else:
            errors[kind] = score_items(kind, _items(gold, kind), _items(record, kind), fields[kind])
    return errors


def _same_date(gold: Any, pred: Any) -> bool:
    """Dates match exactly; a gold date without a time compares the day only."""
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = str(gold).strip(), str(pred).strip()
    if g == p:
        return True
    try:
        gold_time = datetime.fromisoformat(g)
        pred_time = datetime.fromisoformat(p)
    except ValueError:
        return False
    if len(g) <= 10:  # a date only
        return gold_time.date() == pred_time.date()
    if (gold_time.tzinfo is None) != (pred_time.tzinfo is None):
        return False
    return gold_time == pred_time


def score_page(gold: Item, record: Item | None, fields: dict[str, FieldScore]):
    """Score one page: body text as a bag of tokens, title/published/author exactly.

    Only what the gold file has is scored (a gold file without ``text``
    adds nothing to the text counts).

    Returns:
        ``{"text": ArticleErrors}`` (missed/spurious hold a count summary).
    """
    record = record or {}
    score = fields["text"]
    errors = ArticleErrors()
    for name in PAGE_ACCURACIES:
        if name not in gold:
            continue
        if name == "published":
            right = _same_date(gold.get(name), record.get(name))
        else:
            right = normalize(gold.get(name)) == normalize(record.get(name))
        score.extra(name).add(float(right))
        if not right:
            errors.missed.append(f"{name}: {gold.get(name)!r} (got {record.get(name)!r})")
    if "text" in gold:
        gold_bag, pred_bag = Counter(tokens(gold.get("text"))), Counter(tokens(record.get("text")))
        overlap = sum((gold_bag & pred_bag).values())
        score.tp += overlap
        score.fn += sum(gold_bag.values()) - overlap
        score.fp += sum(pred_bag.values()) - overlap
        errors.tp = overlap
        missed, extra = gold_bag - pred_bag, pred_bag - gold_bag
        if missed:
            errors.missed.append(f"text: {sum(missed.values())} gold tokens missing")
        if extra:
            errors.spurious.append(f"text: {sum(extra.values())} extra tokens")
    return {"text": errors}


# --- checks --------------------------------------------------------------------------------


def _strings(value: Any, path: str) -> Iterable[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings(inner, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _strings(inner, f"{path}[{i}]")


def check_record(record: Item, check_mentions: bool = True) -> list[str]:
    """The ways ``record`` breaks SPEC.md's rules for evidence and Unicode.

    Args:
        record: a record object (parsed JSON).
        check_mentions: check that every fact item has a mention and that
            each mention's ``record[field][start:end]`` is a non-empty slice
            within bounds. Off only for records built from gold files, which
            carry no mentions.

    Returns:
        One message per violation (empty when the record is sound); every
        string of the record except its url and id must also be NFC.
    """
    problems = []
    for path, text in _strings(record, ""):
        if path not in ("url", "id") and not unicodedata.is_normalized("NFC", text):
            problems.append(f"{path}: not NFC")
    if not check_mentions:
        return problems
    for kind in FACT_KINDS:
        for i, item in enumerate(_items(record, kind)):
            mentions = item.get("mentions")
            if not isinstance(mentions, list) or not mentions:
                problems.append(f"{kind}[{i}]: no mention")
                continue
            for j, mention in enumerate(mentions):
                problem = _mention_problem(record, mention)
                if problem:
                    problems.append(f"{kind}[{i}].mentions[{j}]: {problem}")
    return problems


def _mention_problem(record: Item, mention: Any) -> str | None:
    """Why a mention does not point into its record, or None when it does."""
    if not isinstance(mention, dict):
        return "not an object"
    name, start, end = mention.get("field"), mention.get("start"), mention.get("end")
    if name not in MENTION_FIELDS:
        return f"field {name!r} is not one of {', '.join(MENTION_FIELDS)}"
    text = record.get(name)
    if not isinstance(text, str):
        return f"record has no {name}"
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        return "start/end are not integers"
    if not 0 <= start < end <= len(text):
        return f"[{start}:{end}] is empty or outside {name} (length {len(text)})"
    if not text[start:end].strip():
        return f"[{start}:{end}] is only white space"
    return None


# --- inputs --------------------------------------------------------------------------------


def gold_files(gold_dir: str | Path) -> list[Path]:
    """The gold files of a directory (``*.json``; searched recursively when none sit
    at the top), or the one file given."""
    path = Path(gold_dir)
    if path.is_file():
        return [path]
    found = sorted(path.glob("*.json"))
    return found or sorted(path.rglob("*.json"))


def load_gold(gold_dir: str | Path) -> tuple[dict[str, Item], list[str]]:
    """Read every gold file of ``gold_dir``.

    Args:
        gold_dir: a directory of ``<stem>.json`` gold files (or one file).

    Returns:
        ``(golds, problems)``: stem (of the file name) -> gold object, and a
        message for each file that could not be read as a JSON object.
    """
    golds, problems = {}, []
    for path in gold_files(gold_dir):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            problems.append(f"{path}: unreadable gold ({error})")
            continue
        if not isinstance(data, dict):
            problems.append(f"{path}: gold is not a JSON object")
            continue
        golds[path.stem] = data
    return golds, problems


def load_records(source: str | Path | Iterable[str]) -> tuple[list[Item], list[str]]:
    """Read records from a JSON Lines file (or any iterable of lines).

    Returns:
        ``(records, problems)``: the JSON objects, and a message for each
        line that is not one.
    """
    if isinstance(source, str | Path):
        name = str(source)
        try:
            lines: Iterable[str] = Path(source).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            return [], [f"{name}: unreadable records ({error})"]
    else:
        lines, name = source, "<records>"
    records, problems = [], []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{name}:{number}: not JSON ({error})")
            continue
        if isinstance(data, dict):
            records.append(data)
        else:
            problems.append(f"{name}:{number}: not a JSON object")
    return records, problems


def gold_as_records(gold_dir: str | Path) -> list[Item]:
    """Records made from gold files: what a perfect extractor would emit.

    Each record copies the gold's page fields and items (``optional`` and
    ``aliases`` dropped, ``mentions`` empty) and takes the gold's url, or a
    file URL named after the gold file so that it pairs by stem. Evaluate
    them with ``check_mentions=False``: gold has no mentions.

    Args:
        gold_dir: a directory of gold files.

    Returns:
        One record object per readable gold file.
    """
    golds, _ = load_gold(gold_dir)
    records = []
    for stem, gold in golds.items():
        url = gold.get("url") if url_stem(gold.get("url")) == stem else None
        record: Item = {
            "schema": "vn-news-record/1",
            "url": url or f"file:///gold/{stem}.json",
            "title": gold.get("title"),
            "published": gold.get("published"),
            "author": gold.get("author"),
            "summary": gold.get("summary"),
            "text": gold.get("text") or "",
            "captions": list(gold.get("captions") or []),
        }
        for kind in FACT_KINDS:
            record[kind] = [
                {k: v for k, v in item.items() if k not in ("optional", "aliases")}
                | {"mentions": []}
                for item in _items(gold, kind)
            ]
        records.append(record)
    return records


def pair_records(
    golds: dict[str, Item], records: list[Item]
) -> tuple[dict[str, Item], list[str], list[str]]:
    """Pair records with gold files by url stem (the gold's file stem or its url's).

    Returns:
        ``(paired, without_gold, duplicates)``: gold stem -> its record (the
        first one seen), the urls of records no gold file claims, and the
        gold stems that more than one record claimed.
    """
    by_stem: dict[str, str] = {}
    for stem, gold in golds.items():
        by_stem.setdefault(stem, stem)
        other = url_stem(gold.get("url"))
        if other:
            by_stem.setdefault(other, stem)
    paired: dict[str, Item] = {}
    without_gold, duplicates = [], []
    for record in records:
        stem = by_stem.get(url_stem(record.get("url")) or "")
        if stem is None:
            without_gold.append(str(record.get("url")))
        elif stem in paired:
            duplicates.append(stem)
        else:
            paired[stem] = record
    return paired, without_gold, duplicates


# --- the evaluation ------------------------------------------------------------------------


def evaluate(
    golds: dict[str, Item],
    records: list[Item],
    pages: bool = False,
    check_mentions: bool = True,
) -> Report:
    """Score records against gold files.

    Args:
        golds: stem -> gold object (see `load_gold`).
        records: record objects (see `load_records`); every one is checked,
            paired or not.
        pages: score the page fields (title, published, author, text)
            instead of the facts.
        check_mentions: check mentions (turn off only for `gold_as_records`).

    Returns:
        The `Report`.
    """
    names = PAGE_FIELDS if pages else FACT_FIELDS
    report = Report(mode="pages" if pages else "facts", fields={n: FieldScore(n) for n in names})
    paired, report.records_without_gold, report.duplicate_records = pair_records(golds, records)
    report.gold_articles, report.paired = len(golds), len(paired)
    for record in records:
        where = url_stem(record.get("url")) or str(record.get("url"))
        report.violations += [f"{where}: {p}" for p in check_record(record, check_mentions)]
    for stem in sorted(golds):
        record = paired.get(stem)
        if record is None:
            report.missing_records.append(stem)
        scorer = score_page if pages else score_article
        report.articles[stem] = scorer(golds[stem], record, report.fields)
    return report


def evaluate_paths(
    gold_dir: str | Path, records: str | Path | Iterable[str], pages: bool = False
) -> Report:
    """`evaluate` the records of a JSON Lines file against the gold files of a directory.

    Args:
        gold_dir: a directory of gold files (see `load_gold`).
        records: a JSON Lines file, or an iterable of its lines (e.g. stdin).
        pages: score the page fields instead of the facts.

    Returns:
        The `Report`; unreadable gold files and record lines are listed in
        ``report.problems``.
    """
    golds, gold_problems = load_gold(gold_dir)
    loaded, record_problems = load_records(records)
    report = evaluate(golds, loaded, pages=pages)
    report.problems = gold_problems + record_problems
    return report
