"""vn_officials: names, positions, organizations, roles, later mentions, not-people."""

from __future__ import annotations

import glob
import json
import os

import pytest

import extract
from extract.nlp.pipeline import build_nlp
from extract.normalize import normalize_text
from extract.record import Location
from extract.urls import corpus_urls

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(("vn_organizations", "vn_officials"))


def analyse(nlp, text, province="Đồng Tháp", district=None):
    """Run the components over ``text`` with the article context set by hand."""
    doc = nlp.make_doc(normalize_text(text))
    doc._.context.province = Location(province, "tỉnh", "province") if province else None
    if district:
        doc._.context.district = Location(district, "huyện", "district")
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def roles(official):
    return [(r.position, r.organization, r.qualifier) for r in official.roles]


def people(doc):
    """Each official's name and roles."""
    return {o.name: roles(o) for o in doc._.officials}


def only(doc):
    [official] = doc._.officials
    return official


def test_title_organization_and_name_run_together(nlp):
    doc = analyse(
        nlp,
        "Phát biểu, Phó Bí thư Thường trực Tỉnh ủy Đồng Tháp Phan Văn Thắng đánh giá cao kết quả.",
    )
    o = only(doc)
    assert (o.name, o.position, o.organization) == (
        "Phan Văn Thắng",
        "Phó Bí thư Thường trực",
        "Tỉnh ủy Đồng Tháp",
    )
    assert roles(o) == [("Phó Bí thư Thường trực", "Tỉnh ủy Đồng Tháp", None)]


def test_name_then_title_after_a_comma_or_a_dash(nlp):
    doc = analyse(
        nlp,
        "Tiếp đoàn có ông Lê Văn Tâm, Giám đốc Sở NN&PTNT; bà Võ Thị Lan- Phó Chủ tịch UBND huyện.",
        district="Lai Vung",
    )
    assert [(o.name, o.position, o.organization) for o in doc._.officials] == [
        ("Lê Văn Tâm", "Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Tháp"),
        ("Võ Thị Lan", "Phó Chủ tịch", "Ủy ban nhân dân huyện Lai Vung"),
    ]


def test_several_roles_in_the_order_stated(nlp):
    doc = analyse(nlp, "Dự họp có Phó Bí thư Tỉnh ủy – Chủ tịch UBND tỉnh Trần Minh Hải.")
    assert roles(only(doc)) == [
        ("Phó Bí thư", "Tỉnh ủy Đồng Tháp", None),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp", None),
    ]


def test_list_of_comrades_separated_by_semicolons(nlp):
    doc = analyse(
        nlp,
        "Dự có các đồng chí: Trương Văn Hòa, Bí thư Tỉnh ủy; Đỗ Thị Mai, "
        "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh.",
    )
    assert [(o.name, roles(o)) for o in doc._.officials] == [
        ("Trương Văn Hòa", [("Bí thư", "Tỉnh ủy Đồng Tháp", None)]),
        (
            "Đỗ Thị Mai",
            [
                ("Ủy viên", "Ban Thường vụ Tỉnh ủy Đồng Tháp", None),
                ("Chủ tịch", "Hội đồng nhân dân tỉnh Đồng Tháp", None),
            ],
        ),
    ]


def test_head_of_a_board(nlp):
    doc = analyse(
        nlp,
        "Bà Ngô Thị Hạnh, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy Tây Ninh chủ trì.",
        province=None,
    )
    assert roles(only(doc)) == [
        ("Ủy viên", "Ban Thường vụ Tỉnh ủy Tây Ninh", None),
        ("Trưởng ban", "Ban Dân vận Tỉnh ủy Tây Ninh", None),
    ]


def test_bare_head_takes_the_board_named_just_before(nlp):
    doc = analyse(
        nlp,
        "Đoàn giám sát của Ban Pháp chế HĐND tỉnh do bà Lê Thị Vân - Trưởng ban làm trưởng đoàn.",
    )
    assert roles(only(doc)) == [
        ("Trưởng ban", "Ban Pháp chế Hội đồng nhân dân tỉnh Đồng Tháp", None)
    ]


def test_qualifiers_are_kept_apart(nlp):
    doc = analyse(
        nlp,
        "Cùng dự có Quyền Giám đốc Sở Tài chính Đỗ Văn Hùng và ông Lê Văn Út, "
        "nguyên Bí thư Huyện ủy Cao Lãnh.",
    )
    assert [roles(o) for o in doc._.officials] == [
        [("Giám đốc", "Sở Tài chính tỉnh Đồng Tháp", "quyền")],
        [("Bí thư", "Huyện ủy Cao Lãnh", "nguyên")],
    ]


def test_abbreviated_titles_are_expanded(nlp):
    doc = analyse(
        nlp,
        "Có đồng chí Phạm Văn Trí - TUV, Bí thư Huyện ủy Cái Bè; PCT UBND tỉnh "
        "Lý Văn Sang; GĐ Sở Công Thương Hà Văn Ninh.",
        province="Tiền Giang",
    )
    assert [(o.name, roles(o)) for o in doc._.officials] == [
        (
            "Phạm Văn Trí",
            [("Tỉnh ủy viên", "Tỉnh ủy Tiền Giang", None), ("Bí thư", "Huyện ủy Cái Bè", None)],
        ),
        ("Lý Văn Sang", [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Tiền Giang", None)]),
        ("Hà Văn Ninh", [("Giám đốc", "Sở Công Thương tỉnh Tiền Giang", None)]),
    ]


def test_title_before_and_after_the_name(nlp):
    doc = analyse(
        nlp,
        "Đoàn do ĐBQH Đinh Thị Ngọc, Phó Trưởng Đoàn ĐBQH tỉnh làm trưởng đoàn.",
        province="Quảng Ngãi",
    )
    assert roles(only(doc)) == [
        ("Đại biểu Quốc hội", "Quốc hội", None),
        ("Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi", None),
    ]


def test_later_mentions_join_the_same_official(nlp):
    text = (
        "Chủ tịch UBND tỉnh Lê Quốc Thắng làm việc với huyện. Ông Thắng ghi nhận kết quả. "
        "Chủ tịch UBND tỉnh chỉ đạo huyện tập trung. Lê Quốc Thắng cũng giao nhiệm vụ."
    )
    doc = analyse(nlp, text)
    o = only(doc)
    assert [doc.text[m.start : m.end] for m in o.mentions] == [
        "Lê Quốc Thắng",
        "Thắng",
        "Chủ tịch UBND tỉnh",
        "Lê Quốc Thắng",
    ]
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == [
        "Lê Quốc Thắng",
        "Thắng",
        "Lê Quốc Thắng",
    ]


def test_comrade_with_no_title_is_an_official(nlp):
    doc = analyse(nlp, "Đồng chí Huỳnh Văn Bé phát biểu về vốn vay. Đ/c Bé đề nghị tỉnh hỗ trợ.")
    o = only(doc)
    assert (o.name, o.position, o.roles) == ("Huỳnh Văn Bé", None, [])
    assert len(o.mentions) == 2


def test_elected_to_a_post(nlp):
    doc = analyse(nlp, "Đồng chí Huỳnh Thanh Tú được bầu giữ chức Bí thư Đảng ủy xã Nhị Mỹ.")
    assert roles(only(doc)) == [("Bí thư", "Đảng ủy xã Nhị Mỹ", None)]


def test_not_people(nlp):
    text = (
        "Năm 2021, Đoàn công tác thăm mô hình của ông Nguyễn Văn Mười, nông dân ở ấp 3. "
        "Tuyến đường Phạm Văn Đồng và UBND huyện Trần Văn Thời được nâng cấp. "
        "Anh Trần Văn Tư chia sẻ kinh nghiệm. Ảnh: Hoàng Anh. "
        "Chủ tịch UBND các huyện, thị xã, thành phố Lê Văn Hai ghi nhận."
    )
    assert analyse(nlp, text, province="Cà Mau")._.officials == []


def test_place_names_after_a_title_are_not_names(nlp):
    doc = analyse(
        nlp, "Bí thư Tỉnh ủy Cà Mau Nguyễn Tiến Hải làm việc tại TP. Hồ Chí Minh.", province=None
    )
    assert [(o.name, o.organization) for o in doc._.officials] == [
        ("Nguyễn Tiến Hải", "Tỉnh ủy Cà Mau")
    ]


def test_one_official_per_person(nlp):
    text = (
        "Phó Chủ tịch UBND tỉnh Đặng Văn Thạnh chủ trì. Phó Chủ tịch UBND tỉnh Đặng Văn "
        "Thạnh trao bằng khen. Ông Thạnh nhấn mạnh yêu cầu."
    )
    o = only(analyse(nlp, text))
    assert roles(o) == [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp", None)]


def test_seed_gives_exactly_the_spec_official(seed_record):
    assert [(o.name, o.position, o.organization) for o in seed_record.officials] == [
        ("Phan Văn Thắng", "Phó Bí thư Thường trực", "Tỉnh ủy Đồng Tháp")
    ]
    [official] = seed_record.officials
    assert [(r.position, r.organization, r.qualifier) for r in official.roles] == [
        ("Phó Bí thư Thường trực", "Tỉnh ủy Đồng Tháp", None)
    ]
    assert [seed_record.mentioned(m) for m in official.mentions] == ["Phan Văn Thắng"]


def test_dev_corpus_scores():
    """The targets of issue 5 on corpora/dev (skipped where the corpus is absent)."""
    golds = sorted(glob.glob(os.path.join(ROOT, "corpora", "dev", "*.json")))
    if not golds:
        pytest.skip("corpora/dev is not available")
    import extract
    from extract.evaluate import FieldScore, score_items

    urls = corpus_urls(os.path.join(ROOT, "corpora", "dev"))
    scores = {kind: FieldScore(kind) for kind in ("officials", "organizations")}
    for path in golds:
        gold = json.load(open(path, encoding="utf-8"))
        stem = os.path.basename(path)[: -len(".json")]
        text = open(path[: -len(".json")] + ".txt", encoding="utf-8").read()
        record = extract.from_text(text, url=urls.get(stem)).to_dict()
        for kind, score in scores.items():
            score_items(kind, gold.get(kind, []), record[kind], score)
    officials, organizations = scores["officials"], scores["organizations"]
    assert officials.f1 >= 0.95
    assert officials.extras["position"].value >= 0.9
    assert officials.extras["organization"].value >= 0.9
    assert organizations.f1 >= 0.9


def test_names_on_both_sides_of_a_title_share_it(nlp):
    doc = analyse(
        nlp,
        "Dự có ông Nguyễn Văn An, Phó Giám đốc Sở Tài chính, Chánh Văn phòng UBND tỉnh Lê Thị Cúc.",
    )
    assert [(o.name, roles(o)) for o in doc._.officials] == [
        ("Nguyễn Văn An", [("Phó Giám đốc", "Sở Tài chính tỉnh Đồng Tháp", None)]),
        ("Lê Thị Cúc", [("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp", None)]),
    ]


def test_title_then_addressed_name_and_common_word_family_names(nlp):
    doc = analyse(
        nlp,
        "Dự có Chủ tịch UBND tỉnh, ông Nguyễn Văn Dương. Phó Chủ tịch UBND tỉnh "
        "Đoàn Tấn Bửu kiểm tra. Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh báo cáo.",
    )
    assert [(o.name, o.position, o.organization) for o in doc._.officials] == [
        ("Nguyễn Văn Dương", "Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp"),
        ("Đoàn Tấn Bửu", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp"),
        ("Lê Văn Hòa", "Giám đốc", "Công an tỉnh Đồng Tháp"),
    ]


def test_given_names_that_are_common_words(nlp):
    doc = analyse(
        nlp,
        "Bí thư Tỉnh đoàn Nguyễn Thị Năm và Chủ tịch UBND xã Tân Phú, huyện "
        "Châu Thành Lê Văn Kha dự. Năm 2021, xã đạt chuẩn.",
    )
    assert [o.name for o in doc._.officials] == ["Nguyễn Thị Năm", "Lê Văn Kha"]


def test_post_written_without_its_body_after_the_same_post(nlp):
    doc = analyse(nlp, "Giám đốc Sở Y tế Võ Văn Cường và Phó Giám đốc Lê Thị Dung dự họp.")
    assert [(o.name, o.position, o.organization) for o in doc._.officials] == [
        ("Võ Văn Cường", "Giám đốc", "Sở Y tế tỉnh Đồng Tháp"),
        ("Lê Thị Dung", "Phó Giám đốc", "Sở Y tế tỉnh Đồng Tháp"),
    ]


# --- real-genre shapes (issue 14) -----------------------------------------------------------


def test_standing_deputy_prime_minister_is_an_official_not_a_body(nlp):
    doc = analyse(
        nlp,
        "Ngày 23/5, Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình đã ký Quyết định công "
        "nhận huyện Tam Nông đạt chuẩn nông thôn mới.",
    )
    official = only(doc)
    assert official.name == "Trương Hòa Bình"
    assert roles(official) == [("Phó Thủ tướng Thường trực", "Chính phủ", None)]
    assert "Thường trực Chính phủ" not in [o.name for o in doc._.organizations]


def test_capitalised_chinh_phu_is_not_part_of_a_name(nlp):
    doc = analyse(nlp, "Thủ tướng Chính Phủ Nguyễn Xuân Phúc dự lễ. Thủ tướng Chính Phủ giao tỉnh.")
    assert [(o.name, roles(o)) for o in doc._.officials] == [
        ("Nguyễn Xuân Phúc", [("Thủ tướng", "Chính phủ", None)])
    ]


def test_people_named_in_appointment_lists_are_members(nlp):
    doc = analyse(
        nlp,
        "Tại hội nghị, ông Nguyễn Văn Nam và bà Trần Thị Lan được chỉ định tham gia Ban Chấp "
        "hành Đảng bộ huyện Tam Nông nhiệm kỳ 2020 - 2025; đồng chí Lê Văn Út được chỉ định "
        "giữ chức Phó Bí thư Huyện ủy Tam Nông. Các đồng chí: Võ Văn An; Đặng Thị Bình được "
        "bầu bổ sung vào Ban Thường vụ Huyện ủy Tam Nông.",
    )
    got = {o.name: roles(o) for o in doc._.officials}
    assert got == {
        "Nguyễn Văn Nam": [("Ủy viên", "Ban Chấp hành Đảng bộ huyện Tam Nông", None)],
        "Trần Thị Lan": [("Ủy viên", "Ban Chấp hành Đảng bộ huyện Tam Nông", None)],
        "Lê Văn Út": [("Phó Bí thư", "Huyện ủy Tam Nông", None)],
        "Võ Văn An": [("Ủy viên", "Ban Thường vụ Huyện ủy Tam Nông", None)],
        "Đặng Thị Bình": [("Ủy viên", "Ban Thường vụ Huyện ủy Tam Nông", None)],
    }


def test_a_private_citizen_in_a_list_is_not_made_a_member(nlp):
    doc = analyse(nlp, "Nhiều hộ dân như ông Lê Văn Hai được bầu vào tổ tự quản của ấp.")
    assert doc._.officials == []


def test_former_posts_and_the_most_specific_body(nlp):
    doc = analyse(
        nlp,
        "Dự có nguyên Bí thư Tỉnh ủy Lê Vĩnh Tân; ông Nguyễn Văn Dương, Bí thư Huyện ủy Tam "
        "Nông; bà Lê Thị Hoa, nguyên Phó Chủ tịch UBND tỉnh.",
    )
    got = {o.name: roles(o) for o in doc._.officials}
    assert got == {
        "Lê Vĩnh Tân": [("Bí thư", "Tỉnh ủy Đồng Tháp", "nguyên")],
        "Nguyễn Văn Dương": [("Bí thư", "Huyện ủy Tam Nông", None)],
        "Lê Thị Hoa": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp", "nguyên")],
    }


def test_politburo_and_central_committee_members_hold_the_post_of_uy_vien(nlp):
    doc = analyse(
        nlp,
        "Đồng chí Trương Minh Khải, Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ "
        "và đồng chí Vũ Thị Lan Phương, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự hội nghị.",
        province="Quảng Ninh",
    )
    got = {o.name: roles(o) for o in doc._.officials}
    assert got["Trương Minh Khải"] == [
        ("Ủy viên", "Bộ Chính trị", None),
        ("Phó Thủ tướng Thường trực", "Chính phủ", None),
    ]
    assert got["Vũ Thị Lan Phương"][0] == ("Ủy viên", "Ban Chấp hành Trung ương Đảng", None)


def test_a_post_in_a_bare_body_takes_the_body_named_just_before(nlp):
    doc = analyse(
        nlp,
        "Sáng 5/9, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị triển khai vụ lúa "
        "đông xuân. Ông Trần Văn Lâm, Phó Giám đốc Sở chủ trì hội nghị.",
        province="Tây Ninh",
    )
    assert roles(only(doc)) == [
        ("Phó Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Tây Ninh", None)
    ]


def test_a_name_printed_in_capitals_is_an_official_and_its_given_name_refers_back():
    text = (
        "Đối thoại với lãnh đạo huyện\n"
        "Phóng viên Báo Đồng Tháp trao đổi với ông TRẦN MINH KHOA, Bí thư Huyện ủy Tháp Mười.\n"
        "Ông Khoa cho biết toàn huyện đã có 12/12 xã đạt chuẩn nông thôn mới."
    )
    rec = extract.from_text(text, url="https://baodongthap.vn/a.aspx")
    (official,) = rec.officials
    assert (official.name, official.position, official.organization) == (
        "Trần Minh Khoa", "Bí thư", "Huyện ủy Tháp Mười"
    )
    assert [rec.mentioned(m) for m in official.mentions] == ["TRẦN MINH KHOA", "Khoa"]


def test_a_headline_in_capitals_holds_no_official():
    rec = extract.from_text("ĐỒNG THÁP: CHỦ TỊCH UBND TỈNH KIỂM TRA HUYỆN THÁP MƯỜI\nNội dung.",
                            url="https://baodongthap.vn/a.aspx")
    assert rec.officials == []


@pytest.mark.parametrize(
    "sentence, url, expected",
    [
        (  # "thôi giữ chức ... đối với ông X"
            "HĐND tỉnh thông qua nghị quyết miễn nhiệm chức Chủ tịch UBND tỉnh nhiệm kỳ "
            "2021-2026 đối với ông Đoàn Tấn Lực để nghỉ hưu theo chế độ.",
            "https://baodongthap.vn/a.aspx",
            ("Đoàn Tấn Lực", "Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp"),
        ),
        (  # "miễn nhiệm chức vụ ... của ông X": X held the post
            "Thủ tướng phê chuẩn miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Sóc Trăng của ông "
            "Lâm Hoàng Nghiệp để nhận nhiệm vụ mới.",
            "https://baosoctrang.org.vn/a.html",
            ("Lâm Hoàng Nghiệp", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sóc Trăng"),
        ),
    ],
)
def test_a_post_taken_from_someone_names_them_after_it(sentence, url, expected):
    rec = extract.from_text("Nhân sự\n" + sentence, url=url)
    assert [(o.name, o.position, o.organization) for o in rec.officials] == [expected]


def test_a_bare_party_post_is_held_in_the_committee_of_the_next_post_s_unit():
    """ "Phó Bí thư, Chủ tịch UBND huyện Tam Nông": the deputy secretary of Huyện ủy Tam
    Nông; a commune's secretary is its Đảng ủy's."""
    record = extract.from_text(
        "Hội nghị sơ kết\n\nĐồng chí Lê Minh Tâm – Phó bí thư, Chủ tịch UBND huyện Tam Nông "
        "chủ trì. Dự có ông Võ Văn Năm, Bí thư Đảng ủy, Chủ tịch HĐND xã Phú Thành A.",
        url="https://baodongthap.vn/chinh-tri/a.aspx",
    )
    roles = {(o.name, r.position, r.organization) for o in record.officials for r in o.roles}
    assert ("Lê Minh Tâm", "Phó Bí thư", "Huyện ủy Tam Nông") in roles
    assert ("Võ Văn Năm", "Bí thư", "Đảng ủy xã Phú Thành A") in roles


def test_a_commune_committee_member_names_the_committee_as_an_organization():
    """ "Đảng ủy viên, Phó Chủ tịch UBND xã Phú Thành B": the membership is held in Đảng ủy
    xã Phú Thành B, which is then an organization, as a secretary's committee is."""
    record = extract.from_text(
        "Hội nghị sơ kết\n\nDự có ông Võ Văn Năm, Bí thư Đảng ủy, Chủ tịch HĐND xã Phú Thành "
        "A. Bà Lê Thị Hoa, Đảng ủy viên, Phó Chủ tịch UBND xã Phú Thành B phát biểu.",
        url="https://baodongthap.vn/chinh-tri/a.aspx",
    )
    names = {o.name for o in record.organizations}
    assert {"Đảng ủy xã Phú Thành A", "Đảng ủy xã Phú Thành B"} <= names


def test_a_form_of_address_between_a_title_and_the_name():
    """ "Phó Chủ tịch UBND tỉnh ông Trần Văn Toàn", "Đại biểu HĐND tỉnh ông ...": the
    official after the title; a delegate's post is "Đại biểu" of the council named."""
    record = extract.from_text(
        "Tiếp xúc cử tri\n\nChiều 12/5/2021, Phó Chủ tịch UBND tỉnh ông Trần Văn Toàn và "
        "Đại biểu HĐND tỉnh ông Lê Hữu Phước tiếp xúc cử tri xã Mỹ Hiệp.",
        url="https://baodongthap.vn/chinh-tri/a.aspx",
    )
    roles = {(o.name, r.position, r.organization) for o in record.officials for r in o.roles}
    assert roles == {
        ("Trần Văn Toàn", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp"),
        ("Lê Hữu Phước", "Đại biểu", "Hội đồng nhân dân tỉnh Đồng Tháp"),
    }
    # in small letters too, but only before the council: "ý kiến đại biểu, ..." names none
    record = extract.from_text(
        "Tiếp xúc cử tri\n\nTiếp thu ý kiến đại biểu, ông Trần Văn Toàn trả lời. Ông Lê Hữu "
        "Phước – đại biểu HĐND tỉnh cũng dự.",
        url="https://baodongthap.vn/chinh-tri/a.aspx",
    )
    roles = {(o.name, r.position, r.organization) for o in record.officials for r in o.roles}
    assert roles == {("Lê Hữu Phước", "Đại biểu", "Hội đồng nhân dân tỉnh Đồng Tháp")}


def test_holders_listed_after_a_plural_title_and_la_cac_ong():
    record = extract.from_text(
        "Nhân sự UBND tỉnh\n\nNăm 2016, UBND tỉnh Đồng Tháp có 3 Phó Chủ tịch UBND tỉnh là "
        "các ông: Lê Văn Một, Trần Văn Hai và Phạm Văn Ba.",
        url="https://baodongthap.vn/chinh-tri/a.aspx",
    )
    roles = {(o.name, r.position, r.organization) for o in record.officials for r in o.roles}
    assert roles == {
        (name, "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp")
        for name in ("Lê Văn Một", "Trần Văn Hai", "Phạm Văn Ba")
    }


def test_delegate_seated_by_a_constituency_sits_in_the_article_council(nlp):
    doc = analyse(
        nlp,
        "Chiều 9/12, HĐND tỉnh Gia Lai khóa XII tiếp tục phiên chất vấn. Đại biểu Rơ Châm "
        "H'Yuin (đơn vị bầu cử xã Ia Grai) hỏi về tiến độ cấp nước sinh hoạt; đại biểu "
        "K'Brồ (Tổ đại biểu xã Chư Păh) đề nghị làm rõ trách nhiệm. Ý kiến đại biểu, "
        "cử tri đều được ghi nhận.",
        province="Gia Lai",
    )
    council = "Hội đồng nhân dân tỉnh Gia Lai"
    assert people(doc) == {
        "Rơ Châm H'Yuin": [("Đại biểu", council, None)],
        "K'Brồ": [("Đại biểu", council, None)],
    }


def test_delegate_without_constituency_or_council_is_no_official(nlp):
    doc = analyse(nlp, "Đại biểu Nguyễn Văn An (đơn vị bầu cử số 2) phát biểu tại hội nghị.")
    assert doc._.officials == []


def test_head_of_a_health_station_named_in_brackets(nlp):
    doc = analyse(nlp, "Bà Siu H'Nga (Trạm trưởng Trạm Y tế xã Ia Đal) cho biết số ca bệnh giảm.",
                  province="Gia Lai")
    assert roles(only(doc)) == [("Trạm trưởng", "Trạm Y tế xã Ia Đal", None)]


def test_a_bare_department_word_then_its_holders_name(nlp):
    doc = analyse(
        nlp,
        "Báo cáo của Sở Tài chính do Phó Giám đốc Sở Vàng A Dính trình bày. Phó Giám đốc "
        "Sở Tài chính Lò Văn Mạnh bổ sung.",
        province="Điện Biên",
    )
    assert people(doc) == {
        "Vàng A Dính": [("Phó Giám đốc", "Sở Tài chính tỉnh Điện Biên", None)],
        "Lò Văn Mạnh": [("Phó Giám đốc", "Sở Tài chính tỉnh Điện Biên", None)],
    }


def test_officers_agreed_on_by_a_front_and_a_bare_post_before_its_deputies(nlp):
    doc = analyse(
        nlp,
        "Đại hội đã hiệp thương cử 41 vị vào Ủy ban MTTQ Việt Nam huyện. Bà Đỗ Thị Mai được "
        "hiệp thương cử giữ chức Chủ tịch; ông Lâm Văn Tài được hiệp thương cử làm Phó Chủ "
        "tịch Ủy ban MTTQ Việt Nam huyện Tháp Mười khóa XII.",
    )
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tháp Mười"
    assert people(doc) == {
        "Đỗ Thị Mai": [("Chủ tịch", front, None)],
        "Lâm Văn Tài": [("Phó Chủ tịch", front, None)],
    }


def test_border_guard_posts(nlp):
    doc = analyse(
        nlp,
        "Thiếu tá Lý A Sài, Đồn trưởng Đồn Biên phòng Pa Tần cho biết đơn vị đã cử 25 cán bộ. "
        "Đại tá Triệu Văn Phúc, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh dự.",
        province="Lai Châu",
    )
    assert people(doc) == {
        "Lý A Sài": [("Đồn trưởng", "Đồn Biên phòng Pa Tần", None)],
        "Triệu Văn Phúc": [("Phó Chính ủy", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu", None)],
    }


def test_a_name_after_the_provinces_committee_is_its_holder_not_a_province(nlp):
    doc = analyse(nlp, "Phó Chủ tịch UBND tỉnh H'Yim Kđoh đề nghị các huyện tập trung thu "
                       "hoạch cà phê.", province="Đắk Lắk")
    assert [(o.name, roles(o)) for o in doc._.officials] == [
        ("H'Yim Kđoh", [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đắk Lắk", None)])
    ]


def test_a_delegate_seated_by_a_constituency_written_short():
    """ "đại biểu X (đơn vị phường Thủ Dầu Một)": a delegate of the article's council."""
    rec = extract.from_text(
        "Kỳ họp HĐND\nKỳ họp thứ 5 HĐND TP.HCM khai mạc. Thảo luận tại kỳ họp, đại biểu Lý Thị "
        "Thanh Xuân (đơn vị phường Thủ Dầu Một) đề nghị UBND TP sớm ban hành chính sách.",
        url="https://sggp.org.vn/a.html",
    )
    assert [(o.name, o.position, o.organization) for o in rec.officials] == [
        ("Lý Thị Thanh Xuân", "Đại biểu", "Hội đồng nhân dân thành phố Hồ Chí Minh")
    ]


def test_a_doctor_s_degrees_before_the_name_and_a_ward_head():
    record = extract.from_text(
        "Sốt xuất huyết tăng\nBS.CKII Lê Hoàng Phúc, Trưởng khoa Nhi, cho biết số ca nhập viện "
        "tăng gần 20%. ThS.BS Nguyễn Hữu Phước, Phó Trưởng khoa Truyền nhiễm, đề nghị người "
        "dân đưa trẻ đi tiêm đủ mũi.",
        url="https://baodongthap.vn/a.html",
    )
    assert [(o.name, o.position) for o in record.officials] == [
        ("Lê Hoàng Phúc", "Trưởng khoa"), ("Nguyễn Hữu Phước", "Phó Trưởng khoa")
    ]


def test_khmer_and_stieng_family_names_a_town_committee_member_and_a_former_acting_head(nlp):
    """Family names the lexicon lacked ("Kiên", "Điểu"), "Thị ủy viên" as "Huyện ủy
    viên" is, and two qualifiers before a post: the first tells it ("nguyên Quyền Giám
    đốc" was acting, and is no longer)."""
    doc = analyse(
        nlp,
        "Trao quyết định nghỉ hưu cho các đồng chí: Hoàng Thị Nhung - Thị ủy viên, Chủ tịch "
        "Ủy ban MTTQ thị xã Kỳ Anh; Kiên Thị Ngọc Hân - Phó Chủ tịch UBND xã Cầu Ngang; "
        "Điểu Văn Hùng - Bí thư Đảng ủy xã Bù Đăng. Bằng khen cũng được trao cho ông Nguyễn "
        "Cảnh Toàn, nguyên Quyền Giám đốc Sở Tài chính.",
        province="Hà Tĩnh",
    )
    assert people(doc) == {
        "Hoàng Thị Nhung": [
            ("Thị ủy viên", "Thị ủy Kỳ Anh", None),
            ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Kỳ Anh", None),
        ],
        "Kiên Thị Ngọc Hân": [("Phó Chủ tịch", "Ủy ban nhân dân xã Cầu Ngang", None)],
        "Điểu Văn Hùng": [("Bí thư", "Đảng ủy xã Bù Đăng", None)],
        "Nguyễn Cảnh Toàn": [("Giám đốc", "Sở Tài chính tỉnh Hà Tĩnh", "nguyên")],
    }


def test_an_alternate_member_of_the_central_committee_in_capitals_then_further_posts(nlp):
    doc = analyse(
        nlp,
        "Ông Thái Thanh Quý, Ủy viên Dự khuyết Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch "
        "UBND tỉnh trao quyết định.",
        province="Nghệ An",
    )
    assert people(doc) == {"Thái Thanh Quý": [
        ("Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng", None),
        ("Phó Bí thư", "Tỉnh ủy Nghệ An", None),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", None),
    ]}



def test_a_central_committee_member_written_tw_dang_then_further_posts(nlp):
    doc = analyse(
        nlp,
        "Sáng 28/3, đồng chí Nguyễn Văn Lợi - Ủy viên TW Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn "
        "ĐBQH tỉnh chủ trì hội nghị.",
        province="Bình Phước",
    )
    assert people(doc) == {"Nguyễn Văn Lợi": [
        ("Ủy viên", "Ban Chấp hành Trung ương Đảng", None),
        ("Bí thư", "Tỉnh ủy Bình Phước", None),
        ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Bình Phước", None),
    ]}


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Đại tá Lại Tiến Giang, Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh phát biểu.",
         "Bộ Chỉ huy Quân sự tỉnh Tuyên Quang"),
        ("Ông Lục Văn Thành, Chỉ huy trưởng Ban Chỉ huy quân sự xã Yên Minh phát biểu.",
         "Ban Chỉ huy Quân sự xã Yên Minh"),
    ],
)
def test_a_military_command_written_in_small_letters_is_named_in_full(nlp, text, organization):
    doc = analyse(nlp, text, province="Tuyên Quang")
    assert roles(only(doc)) == [("Chỉ huy trưởng", organization, None)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Đoàn công tác của Bộ Xây dựng do Thứ trưởng Trịnh Xuân Khải làm trưởng đoàn đã "
         "kiểm tra dự án.", ("Thứ trưởng", "Bộ Xây dựng", None)),
        ("Báo cáo của Cục Thống kê tỉnh do Quyền Cục trưởng Đỗ Văn Thịnh trình bày cho thấy "
         "kinh tế tăng trưởng.", ("Cục trưởng", "Cục Thống kê tỉnh Đắk Lắk", "quyền")),
    ],
)
def test_a_post_after_body_do_is_held_in_that_body(nlp, text, role):
    doc = analyse(nlp, text, province="Đắk Lắk")
    assert roles(only(doc)) == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Trung tá Sùng Mí Lử, Chính trị viên Đồn Biên phòng Sơn Vĩ cho biết.",
         ("Chính trị viên", "Đồn Biên phòng Sơn Vĩ", None)),
        ("Thiếu tá Ngô Quang Huy, Chính trị viên phó Ban Chỉ huy Quân sự huyện Lục Nam phát "
         "biểu.", ("Chính trị viên phó", "Ban Chỉ huy Quân sự huyện Lục Nam", None)),
        ("Bà Nguyễn Thị Kim Hoa, Phó Giám đốc phụ trách Kho bạc Nhà nước khu vực XVIII cho "
         "biết.", ("Phó Giám đốc phụ trách", "Kho bạc Nhà nước khu vực XVIII", None)),
    ],
)
def test_army_political_posts_and_a_deputy_in_charge_take_their_body(nlp, text, role):
    doc = analyse(nlp, text, province="Hà Giang")
    assert roles(only(doc)) == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ông Hà Văn Tình, Hiệu trưởng Trường THPT Mường Lát cho biết trường còn thiếu giáo "
         "viên.", ("Hiệu trưởng", "Trường THPT Mường Lát", None)),
        ("Năm học mới, Trường THCS Lê Quý Đôn tuyển 9 lớp 6. Ông Phạm Văn Lực, Hiệu trưởng nhà "
         "trường cho biết trường đủ phòng học.", ("Hiệu trưởng", "Trường THCS Lê Quý Đôn", None)),
    ],
)
def test_a_principal_heads_the_school_named_or_the_one_named_before(nlp, text, role):
    doc = analyse(nlp, text, province="Thanh Hóa")
    assert roles(only(doc)) == [role]


def test_a_degree_holder_named_as_an_expert_is_no_official(nlp):
    doc = analyse(nlp, "Theo TS Nguyễn Ngọc Ẩn, chuyên gia thủy lợi, thành phố cần quy hoạch "
                       "thoát nước. PGS.TS Lê Văn Hùng phát biểu tại hội thảo.")
    assert list(people(doc)) == ["Lê Văn Hùng"]

def test_a_full_time_deputy_secretary_keeps_the_committee_after_the_word(nlp):
    doc = analyse(
        nlp,
        "Cùng dự có đồng chí Đỗ Thị Hương, Phó Bí thư chuyên trách Đảng ủy UBND tỉnh.",
        province="Hưng Yên",
    )
    assert roles(only(doc)) == [
        ("Phó Bí thư", "Đảng ủy Ủy ban nhân dân tỉnh Hưng Yên", None)
    ]


def test_a_two_syllable_given_name_refers_back_to_the_full_name(nlp):
    doc = analyse(
        nlp,
        "Báo cáo tại hội nghị, đồng chí Lương Thị Hồng Nhung, Chủ tịch Ủy ban MTTQ Việt Nam "
        "tỉnh, cho biết kết quả. Đồng chí Hồng Nhung đề nghị các xã rà soát danh sách.",
        province="Thái Nguyên",
    )
    assert list(people(doc)) == ["Lương Thị Hồng Nhung"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tại phiên chất vấn, đại biểu Trần Văn Út (khu vực 4) đề nghị UBND phường cho biết "
        "giải pháp chống ngập.",
        "Đại biểu Trần Văn Út chất vấn về giải pháp chống ngập.",
    ],
)
def test_a_council_member_asking_at_question_time_sits_in_the_council(sentence):
    record = extract.from_text(
        "HĐND phường Vị Thanh khai mạc kỳ họp cuối năm. " + sentence,
        url="https://baocantho.com.vn/hdnd-phuong-vi-thanh-a190012.html",
    )
    [ut] = [o for o in record.officials if o.name == "Trần Văn Út"]
    assert (ut.position, ut.organization) == ("Đại biểu", "Hội đồng nhân dân phường Vị Thanh")
