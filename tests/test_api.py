"""The library API a notebook user relies on: extract.nlp(), custom components, to_frame."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from spacy.language import Language

import extract
from extract.nlp.pipeline import COMPONENTS
from extract.nlp.spans import add_entities, mention
from extract.record import FACT_KINDS, Organization, Record

ARTICLE = """Châu Thành: 14/14 xã đạt chuẩn nông thôn mới
Cập nhật ngày: 08/06/2021 10:20:00
Sáng 7/6, Chủ tịch UBND huyện Châu Thành Phạm Quang Vinh cho biết 14/14 xã của huyện \
đã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo còn 1,2%.
Tổ hợp tác Rau Sạch Phú Hựu cung cấp 30 tấn rau mỗi tháng cho các bếp ăn tập thể.
Ông Vinh yêu cầu các xã tiếp tục nâng chất các tiêu chí và giữ vững kết quả đạt được.
Thanh Vân
"""
URL = "https://baodongthap.vn/kinh-te/chau-thanh-14-14-xa-dat-chuan.aspx"
SECOND = """Lai Vung có 5/10 xã đạt chuẩn nông thôn mới nâng cao
Cập nhật ngày: 02/12/2023 07:00:00
Năm 2023, huyện Lai Vung có 5/10 xã đạt chuẩn nông thôn mới nâng cao, tăng 2 xã \
so với năm trước; tốc độ tăng trưởng đạt 7,4%.
"""
SECOND_URL = "https://baodongthap.vn/kinh-te/lai-vung-5-10-xa.aspx"
GROUP = "Tổ hợp tác Rau Sạch Phú Hựu"


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


# --- extract.nlp(): a callable subpackage -------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        # the subpackage first, then the call
        "import extract.nlp.pipeline, extract.nlp.quantities, extract\n"
        "nlp = extract.nlp()\n"
        "assert extract.nlp.pipeline.build_nlp is extract.nlp.build_nlp\n",
        # the call first, then the subpackage
        "import extract\n"
        "nlp = extract.nlp()\n"
        "import extract.nlp.pipeline\n"
        "from extract.nlp import doc_for_page\n"
        "assert extract.nlp().pipe_names == nlp.pipe_names\n",
        # attribute access through the lazy API, from a fresh import
        "from extract import nlp as make\nnlp = make()\n",
    ],
)
def test_nlp_is_callable_in_any_import_order(code):
    result = run_python(
        code
        + "from spacy.language import Language\n"
        + "from extract.nlp.pipeline import COMPONENTS\n"
        + "assert isinstance(nlp, Language)\n"
        + "assert tuple(nlp.pipe_names) == COMPONENTS, nlp.pipe_names\n"
    )
    assert result.returncode == 0, result.stderr


def test_nlp_builds_a_fresh_pipeline_each_time():
    first, second = extract.nlp(), extract.nlp()
    assert first is not second
    first.remove_pipe(first.pipe_names[-1])
    assert tuple(second.pipe_names) == COMPONENTS
    assert tuple(extract.nlp.shared_nlp().pipe_names) == COMPONENTS


def test_our_components_are_registered_factories():
    for name in COMPONENTS:
        assert Language.has_factory(name), name
    only = extract.nlp(components=COMPONENTS[-1:])
    assert only.pipe_names == [COMPONENTS[-1]]


# --- a user's own component after ours ----------------------------------------------------


@Language.component("test_api_groups")
def find_groups(doc):
    """A user component: cooperative groups become organizations and ORG entities."""
    start = doc.text.find(GROUP)
    if start >= 0:
        end = start + len(GROUP)
        doc._.organizations.append(Organization(GROUP, mentions=[mention(start, end)]))
        add_entities(doc, [(start, end, "ORG")])
    return doc


def test_a_user_component_after_ours_reaches_the_record():
    nlp = extract.nlp()
    nlp.add_pipe("test_api_groups", last=True)
    plain = extract.from_text(ARTICLE, url=URL)
    mine = extract.from_text(ARTICLE, url=URL, nlp=nlp)

    names = [org.name for org in mine.organizations]
    assert GROUP in names and GROUP not in [org.name for org in plain.organizations]
    found = mine.organizations[names.index(GROUP)]
    assert [mine.mentioned(m) for m in found.mentions] == [GROUP]
    # the record keeps SPEC's shape: no new keys, same facts otherwise
    assert mine.to_dict().keys() == plain.to_dict().keys()
    assert mine.ratios == plain.ratios
    # and the user's fact shows in the frames and the display
    assert GROUP in extract.to_frame(mine, "organizations")["name"].tolist()
    assert GROUP in mine._repr_html_()


def test_user_entities_are_on_the_doc():
    from extract.page import page_from_text

    nlp = extract.nlp()
    nlp.add_pipe("test_api_groups", last=True)
    doc = extract.nlp.doc_for_page(page_from_text(ARTICLE, URL), nlp)
    assert (GROUP, "ORG") in [(ent.text, ent.label_) for ent in doc.ents]


# --- to_frame -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return [extract.from_text(ARTICLE, url=URL), extract.from_text(SECOND, url=SECOND_URL)]


@pytest.mark.parametrize("kind", FACT_KINDS)
def test_fact_frames_have_one_row_per_fact_with_the_article_on_every_row(records, kind):
    frame = extract.to_frame(records, kind)
    assert len(frame) == sum(len(getattr(r, kind)) for r in records)
    by_id = {r.id: r for r in records}
    for row in frame.itertuples():
        record = by_id[row.article_id]
        assert (row.url, row.title, row.source) == (record.url, record.title, record.source)
        assert row.published.isoformat() == record.published


def test_fact_frames_carry_the_facts(records):
    ratios = extract.to_frame(records, "ratios")
    facts = {(r.numerator, r.denominator, r.unit) for r in ratios.itertuples()}
    assert (14, 14, "xã") in facts and (5, 10, "xã") in facts
    first = records[0].ratios[0]
    row = ratios.iloc[0]
    assert row["evidence"] == records[0].mentioned(first.mentions[0])
    assert row["n_mentions"] == len(first.mentions)
    percents = extract.to_frame(records, "percents")
    assert {1.2, 7.4} <= set(percents["value"])


def test_article_frame_counts_facts(records):
    frame = extract.to_frame(records, "articles")
    assert frame["article_id"].tolist() == [r.id for r in records]
    for row, record in zip(frame.itertuples(), records, strict=True):
        assert row.text == record.text
        assert row.author == record.author or (record.author is None and pd.isna(row.author))
        for kind in FACT_KINDS:
            assert getattr(row, f"n_{kind}") == len(getattr(record, kind))
    assert frame["published"].dt.year.tolist() == [2021, 2023]
    assert str(frame["published"].dt.tz) == "UTC+07:00"


def test_to_frame_takes_json_dicts_a_single_record_and_generators(records):
    from_dicts = extract.to_frame([r.to_dict() for r in records], "percents")
    from_records = extract.to_frame(records, "percents")
    assert from_dicts.equals(from_records)
    assert len(extract.to_frame(records[0], "articles")) == 1
    assert len(extract.to_frame((r for r in records), "articles")) == 2


def test_to_frame_empty_and_unknown_kind(records):
    empty = extract.to_frame([], "locations")
    assert empty.empty and {"article_id", "title", "published", "name", "code"} <= set(empty)
    assert list(empty.columns) == list(extract.to_frame(records, "locations").columns)
    with pytest.raises(ValueError, match="unknown kind"):
        extract.to_frame(records, "people")


def test_records_are_made_without_loading_spacy_and_match_a_pipeline_s():
    # a batch worker and a plain from_text() start without spaCy's import (0.6-0.8 s)
    result = run_python(
        "import sys, extract\n"
        f"record = extract.from_text({ARTICLE!r}, url={URL!r})\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc'))\n"
        "assert not loaded, loaded\n"
        "print(record.to_json())\n"
    )
    assert result.returncode == 0, result.stderr
    record = extract.from_text(ARTICLE, url=URL, nlp=extract.nlp())
    assert record.officials and record.ratios and record.directives
    assert result.stdout.strip() == record.to_json()


def test_a_doc_made_for_a_record_skips_entities_and_tokens_and_nothing_else():
    from extract.api import FACT_EXTENSIONS, build_record
    from extract.page import page_from_text

    page = page_from_text(ARTICLE, URL)
    shown = extract.nlp.doc_for_page(page)
    for_record = extract.nlp.doc_for_page(page, for_record=True)
    assert shown.ents and not for_record.ents
    # our components read the text by offsets: a Doc for a record is not tokenized ...
    assert len(for_record) == 1 and for_record.text == shown.text
    # ... unless a component of yours, which may read tokens, is in the pipeline
    nlp = extract.nlp()
    nlp.add_pipe("test_api_groups", last=True)
    assert len(extract.nlp.doc_for_page(page, nlp, for_record=True)) == len(shown)
    for kind in FACT_EXTENSIONS:
        assert list(getattr(shown._, kind)) == list(getattr(for_record._, kind)), kind
    # the record from_page builds (without entities) is the one the shown Doc gives
    facts = {kind: list(getattr(shown._, kind)) for kind in FACT_EXTENSIONS}
    assert extract.from_page(page) == build_record(page, facts, shown._.context.fields)
