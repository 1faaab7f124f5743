"""The whole pipeline never raises, and every mention it emits points into its record."""

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extract


def check(record):
    for kind in ("officials", "organizations", "locations", "ratios", "percents", "directives"):
        for item in getattr(record, kind):
            assert item.mentions, (kind, item)
            for m in item.mentions:
                value = getattr(record, m.field)
                assert value is not None and 0 <= m.start < m.end <= len(value)
    for name in ("title", "summary", "text", "author"):
        value = getattr(record, name)
        assert value is None or unicodedata.is_normalized("NFC", value)


vietnamese = st.text(
    alphabet=st.sampled_from(
        list(
            "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệ"
            "ìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ĐUBNDHTP.,;:-–/%()\n0123456789"
        )
    ),
    max_size=400,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), vietnamese))
def test_never_raises_and_mentions_point_into_record(text):
    check(extract.from_text(text))


def test_edge_inputs():
    for text in ["", "\n\n\n", "\x00\x01\x02 \x1b[31m", "a" * 1_000_000, "17/17 xã " * 50_000]:
        check(extract.from_text(text))


def test_seed_nfd_gives_same_record_as_nfc(seed_text, seed_record):
    nfd = extract.from_text(unicodedata.normalize("NFD", seed_text), url=seed_record.url)
    assert nfd.to_json() == seed_record.to_json()


def test_same_input_same_bytes(seed_text, seed_record):
    assert extract.from_text(seed_text, url=seed_record.url).to_json() == seed_record.to_json()
