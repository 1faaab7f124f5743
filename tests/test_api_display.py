"""A Record's rich display in Jupyter: highlighted text and fact tables, safely escaped."""

from __future__ import annotations

import html
import re

import pytest

import extract
from extract.display import highlights, record_html
from extract.record import Mention, Official, Organization, Percent, Ratio, Record
from tests.conftest import ROOT

TEXT = (
    "Bí thư Huyện ủy Tam Nông Võ Thành Đạt cho biết 8/8 xã đạt chuẩn nông thôn mới, "
    "tỷ lệ <b>che phủ</b> rừng đạt 12,5% & còn tăng."
)


def span(sub: str, field: str = "text", text: str = TEXT) -> Mention:
    start = text.index(sub)
    return Mention(field, start, start + len(sub))


def sample() -> Record:
    return Record(
        id="x",
        url="https://baodongthap.vn/a.aspx?x=1&y=<2>",
        source="baodongthap.vn",
        title="Tam Nông: 8/8 xã đạt chuẩn",
        published="2022-05-04T08:00:00+07:00",
        text=TEXT,
        captions=["Quang cảnh <hội nghị>"],
        officials=[
            Official(
                "Võ Thành Đạt", "Bí thư", "Huyện ủy Tam Nông", mentions=[span("Võ Thành Đạt")]
            )
        ],
        # nested in no other mention, but overlapping the official's position
        organizations=[Organization("Huyện ủy Tam Nông", mentions=[span("Huyện ủy Tam Nông")])],
        ratios=[
            Ratio(
                8,
                8,
                "xã",
                "đạt chuẩn nông thôn mới",
                mentions=[span("8/8 xã"), span("8/8 xã", "title", "Tam Nông: 8/8 xã đạt chuẩn")],
            )
        ],
        # a mention inside another one: only one of the two may be drawn
        percents=[Percent(value=12.5, mentions=[span("12,5%"), span("5%")])],
    )


def visible_text(fragment: str) -> str:
    """What a reader sees: tags removed (labels included), entities decoded."""
    fragment = re.sub(r"<span[^>]*>[A-Z]+</span>", "", fragment)
    fragment = fragment.replace("<br>", "\n")
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_every_mention_is_marked_with_its_label():
    page = record_html(sample())
    for surface, label in [
        ("Võ Thành Đạt", "PERSON"),
        ("Huyện ủy Tam Nông", "ORG"),
        ("8/8 xã", "RATIO"),
        ("12,5%", "PERCENT"),
    ]:
        assert re.search(
            rf'<mark class="entity"[^>]*>{re.escape(html.escape(surface))}<span[^>]*>{label}',
            page,
        ), surface


def test_field_text_survives_highlighting_unchanged():
    record = sample()
    page = record_html(record)
    blocks = re.findall(r'<div class="entities"[^>]*>(.*?)</div>', page, flags=re.S)
    assert [visible_text(b) for b in blocks] == [record.title, record.text]


def test_overlapping_mentions_are_drawn_once():
    marks = highlights(sample(), "text")
    for before, after in zip(marks, marks[1:], strict=False):
        assert before.end <= after.start
    assert [TEXT[m.start : m.end] for m in marks if m.kind == "percents"] == ["12,5%"]


def test_mentions_outside_the_field_are_ignored():
    record = sample()
    record.percents[0].mentions.append(Mention("text", len(TEXT) - 2, len(TEXT) + 40))
    record.percents[0].mentions.append(Mention("summary", 0, 3))  # no summary at all
    assert record_html(record)  # no error
    assert all(m.end <= len(TEXT) for m in highlights(record, "text"))


def test_article_text_and_attributes_are_escaped():
    page = record_html(sample())
    assert "<b>" not in page and "<hội nghị>" not in page and "<2>" not in page
    assert "&lt;b&gt;che phủ&lt;/b&gt;" in page and "&amp; còn tăng" in page


def test_facts_as_tables_one_per_kind_found():
    page = record_html(sample())
    assert page.count("<table") == 4  # officials, organizations, ratios, percents
    assert "<h4>directives (0)</h4>" in page
    assert "<td>Huyện ủy Tam Nông</td>" in page and "<td>12.5</td>" in page


def test_repr_html_is_the_record_html():
    record = sample()
    assert record._repr_html_() == record_html(record)


def test_dev_corpus_records_render_with_their_text_intact():
    paths = sorted((ROOT / "corpora" / "dev").glob("*.txt"))
    if not paths:
        pytest.skip("corpora/dev is not available")
    marked = 0
    for path in paths:
        record = extract.from_text(path.read_text(encoding="utf-8"))
        page = record_html(record)
        blocks = re.findall(r'<div class="entities"[^>]*>(.*?)</div>', page, flags=re.S)
        fields = [getattr(record, f) for f in ("title", "summary", "text") if getattr(record, f)]
        assert [visible_text(b) for b in blocks] == fields, path.name
        marked += page.count('<mark class="entity"')
    assert marked > len(paths)  # facts are found and drawn, not just text
